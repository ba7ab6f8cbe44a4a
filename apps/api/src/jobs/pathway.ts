import type { PathwayClass } from '@yilu/contract';
import { beijingDate, haversineM, meets, type JobRequirement } from '@yilu/shared';
import type { AppContext } from '../context.js';

const MAX_CLASSES = 3;

/**
 * The classes that lead to a missing certificate: open for enrollment with seats left, not started, in the job's
 * trade, issuing the certificate type at the level asked or higher; nearest first when the worker's place is known,
 * else soonest. Read from the open-classes snapshot the class list uses.
 */
export async function pathwayClasses(
  ctx: Pick<AppContext, 'openClasses'>,
  requirement: JobRequirement,
  trade: string,
  near?: { lng: number; lat: number },
): Promise<PathwayClass[]> {
  const { docs, seats } = await ctx.openClasses.get();
  const today = beijingDate();
  const found: PathwayClass[] = [];
  for (const c of docs) {
    const firstSession = c.sessions[0]?.date ?? '';
    const seatsLeft = c.capacity - (seats.get(c._id.toString()) ?? 0);
    if (c.status !== 'open' || seatsLeft <= 0 || firstSession < today) continue;
    const issues = c.certificates.some((x) =>
      meets({ no: '', type: x.type ?? '', trade: c.trade?.name ?? '', level: c.level }, requirement, trade),
    );
    if (!issues) continue;
    const distanceM = near
      ? Math.round(Math.min(...c.sites.map((s) => haversineM(near, { lng: s.location?.lng ?? 0, lat: s.location?.lat ?? 0 }))))
      : undefined;
    found.push({
      id: c._id.toString(),
      title: c.title,
      providerName: c.providerName ?? '',
      firstSession,
      seatsLeft,
      ...(distanceM === undefined ? {} : { distanceM }),
    });
  }
  // Ties (classes at one site, or on one day) by the soonest, then by id, so the same classes are listed each time.
  const order = (a: PathwayClass, b: PathwayClass) =>
    (a.distanceM ?? 0) - (b.distanceM ?? 0) || a.firstSession.localeCompare(b.firstSession) || a.id.localeCompare(b.id);
  return found.sort(order).slice(0, MAX_CLASSES);
}
