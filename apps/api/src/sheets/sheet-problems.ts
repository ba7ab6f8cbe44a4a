import { HttpProblem } from '../http/problem.js';

/** The ways a spreadsheet is refused; each names the `file` field, as the import form shows it. */
export const unreadable = (detail: string) => new HttpProblem(400, 'unreadable-file', detail, [{ field: 'file', message: detail }]);

export const unreadableXlsx = () => unreadable('无法读取该 Excel 文件，请确认是 .xlsx 格式');

export const unsupported = () =>
  new HttpProblem(415, 'unsupported-file', '只支持 .xlsx 或 .csv 文件', [{ field: 'file', message: '文件类型不支持' }]);

export const contentTooLarge = (why: string) =>
  new HttpProblem(413, 'file-content-too-large', `文件内容过大：${why}，请删去不需要的内容或分成几个文件导入`, [
    { field: 'file', message: '文件内容过大' },
  ]);

export const tooManyRows = (max: number) =>
  new HttpProblem(422, 'too-many-rows', `文件超过 ${max} 行：一次最多导入 ${max} 行，请分成几个文件导入`, [
    { field: 'file', message: `文件超过 ${max} 行` },
  ]);
