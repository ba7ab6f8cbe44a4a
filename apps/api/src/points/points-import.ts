import { convertCrs, createPointBodySchema, type CreatePointBody, type OpeningHours, type SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { assertCommittable, newReport, type ImportReport, type ImportRowResult } from '../sheets/import-report.js';
import { columnOf, readPointsSheet, rowToBody } from './points-sheet.js';
import { inScope } from '../auth/scope.js';
import { areaMismatch } from '../areas/area-check.js';
import { createPointsService, notDeleted } from './points.service.js';
import { isSamePlace, samePlaceCandidates } from './same-place.js';

/**
 * Bulk import from .xlsx/.csv. Every row is checked with the same schema as the form. `validate` writes nothing;
 * `commit` writes only when every row is valid, unless `acceptValid` asks to import the valid rows alone.
 * A row matching a stored point (same external id, or the same place by `isSamePlace`: kind, name as read, within
 * 100 m) updates it instead of adding a twin; the point keeps an external id it has.
 */
export async function importPoints(
  ctx: AppContext,
  file: Buffer,
  options: { mode: 'validate' | 'commit'; acceptValid: boolean },
  user: SessionUser,
): Promise<ImportReport> {
  const rows = await readPointsSheet(file);
  const { Point } = ctx.models;
  const results: (ImportRowResult & { body?: CreatePointBody; existingId?: string })[] = [];
  const seen: { row: number; body: CreatePointBody }[] = [];

  for (const { row, cells } of rows) {
    const { body, issues } = rowToBody(cells);
    const parsed = createPointBodySchema.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ column: columnOf(issue.path), message: issue.message });
    }
    const result: (typeof results)[number] = { row, name: cells.name, action: 'error', issues };
    results.push(result);
    if (issues.length || !parsed.success) continue;

    const point = parsed.data;
    if (!inScope(user, point.areaCode)) {
      issues.push({ column: columnOf(['areaCode']), message: '不在您的管辖范围内' });
      continue;
    }
    const mismatch = areaMismatch(convertCrs(point.location, point.crs, 'wgs84'), point.areaCode);
    if (mismatch) {
      issues.push(
        { column: columnOf(['location', 'lng']), message: mismatch.location },
        { column: columnOf(['areaCode']), message: mismatch.areaCode },
      );
      continue;
    }
    const twin = seen.find((s) => (point.externalId && s.body.externalId === point.externalId) || isSamePlace(s.body, point));
    if (twin) {
      issues.push({ column: columnOf(['name']), message: `与第 ${twin.row} 行重复` });
      continue;
    }
    seen.push({ row, body: point });

    const byExternalId = point.externalId ? await Point.findOne({ externalId: point.externalId, ...notDeleted() }).lean() : null;
    const existing =
      byExternalId ?? (await Point.find({ ...samePlaceCandidates(point), ...notDeleted() }).lean()).find((p) => isSamePlace(p, point));
    if (existing && !inScope(user, existing.areaCode)) {
      issues.push({ column: columnOf(['externalId']), message: '与其他区域的服务点重复' });
      continue;
    }
    result.action = existing ? 'update' : 'create';
    // A file without a 特殊日期 cell keeps the holidays and closures staff entered in the admin.
    const stored = (existing?.hours as OpeningHours | undefined)?.exceptions ?? [];
    result.body = cells.exceptions || !point.hours ? point : { ...point, hours: { ...point.hours, exceptions: stored } };
    // Matched by place, a point listed under another external id (another list, the demo's) keeps that id.
    if (existing?.externalId) result.body = { ...result.body, externalId: existing.externalId };
    result.existingId = existing?._id.toString();
  }

  const report = newReport(options.mode, results);
  if (options.mode === 'validate') return report;
  assertCommittable(report, options.acceptValid);

  const points = createPointsService(ctx);
  for (const r of results) {
    if (!r.body) continue;
    if (r.existingId) {
      const { crs, ...fields } = r.body;
      await points.update(r.existingId, { ...fields, crs }, user);
      report.updated++;
    } else {
      await points.create(r.body, user);
      report.created++;
    }
  }
  return report;
}
