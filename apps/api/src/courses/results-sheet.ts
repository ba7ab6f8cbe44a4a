import { enrollmentStatusLabels, type EnrollmentStatus } from '@yilu/shared';
import { readSheet, writeSheet, type SheetColumns } from '../sheets/read-sheet.js';

/** Enrollments that can receive exam results and certificates. */
export const RESULT_STATES: readonly EnrollmentStatus[] = ['approved', 'attending', 'completed', 'certified'];

export const PASSED_TEXT = '合格';
export const FAILED_TEXT = '不合格';

type CertField = 'score' | 'passed' | 'no' | 'issuedAt';
const certFieldHeaders: Record<CertField, string> = { score: '成绩', passed: '结果', no: '证书编号', issuedAt: '发证日期' };

/** A column key: a fixed one, or `<certificateType>.<field>` for each certificate the class ends in. */
export type ResultsKey = 'enrollmentId' | 'seatNo' | 'realName' | 'idNumber' | 'status' | `${string}.${CertField}`;

export const certKey = (type: string, field: CertField): ResultsKey => `${type}.${field}`;

/** The columns of a class's results sheet: who, then score, result, number and date for each certificate. */
export function resultsColumns(certificates: { type: string; name: string }[]): SheetColumns<ResultsKey> {
  return [
    ['enrollmentId', '报名编号'],
    ['seatNo', '座位号'],
    ['realName', '姓名'],
    ['idNumber', '身份证号'],
    ['status', '状态'],
    ...certificates.flatMap((c) =>
      (Object.keys(certFieldHeaders) as CertField[]).map((f) => [certKey(c.type, f), `${c.name}·${certFieldHeaders[f]}`] as const),
    ),
  ];
}

export const readResultsSheet = (buffer: Buffer, certificates: { type: string; name: string }[]) =>
  readSheet(buffer, resultsColumns(certificates), ['enrollmentId']);

export interface ResultsSheetEnrollment {
  id: string;
  seatNo?: number | null;
  realName?: string | null;
  idNumberMasked?: string | null;
  status: EnrollmentStatus;
  results: { certificateType?: string | null; passed?: boolean | null; score?: number | null }[];
  certificates: { type: string; no: string; issuedAt: string }[];
}

/** The sheet staff fill in after the exam, prefilled with what is already recorded. */
export function writeResultsSheet(certificates: { type: string; name: string }[], enrollments: ResultsSheetEnrollment[]): Promise<Buffer> {
  const columns = resultsColumns(certificates);
  const rows = enrollments.map((e) => {
    const row: Partial<Record<ResultsKey, string | number>> = {
      enrollmentId: e.id,
      seatNo: e.seatNo ?? '',
      realName: e.realName ?? '',
      idNumber: e.idNumberMasked ?? '',
      status: enrollmentStatusLabels[e.status],
    };
    for (const c of certificates) {
      const result = e.results.find((r) => r.certificateType === c.type);
      const issued = e.certificates.find((x) => x.type === c.type);
      if (result?.score !== undefined && result.score !== null) row[certKey(c.type, 'score')] = result.score;
      if (result) row[certKey(c.type, 'passed')] = result.passed ? PASSED_TEXT : FAILED_TEXT;
      if (issued) {
        row[certKey(c.type, 'no')] = issued.no;
        row[certKey(c.type, 'issuedAt')] = issued.issuedAt;
      }
    }
    return row;
  });
  const widths = Object.fromEntries(columns.map(([key, header]) => [key, Math.max(12, header.length * 2)])) as Partial<
    Record<ResultsKey, number>
  >;
  return writeSheet('成绩与证书', columns, rows, 'xlsx', { ...widths, enrollmentId: 28, idNumber: 22 });
}
