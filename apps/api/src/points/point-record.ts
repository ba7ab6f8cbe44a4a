import type { ServicePoint } from '@yilu/shared';
import type { PointFields } from './point.model.js';

/** What the API keeps in memory for a point and serves: the stored fields, always WGS-84. */
export type PointRecord = Omit<ServicePoint, 'openNow' | 'closesAt' | 'closesNextDay' | 'distanceM' | 'crs'> & {
  createdAt?: string;
};

const opt = <K extends string>(key: K, value: string | null | undefined) => (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

export function toRecord(doc: PointFields & { createdAt?: Date }): PointRecord {
  const hours = doc.hours as unknown as PointRecord['hours'];
  return {
    id: doc._id.toString(),
    kind: doc.kind as PointRecord['kind'],
    name: doc.name,
    address: doc.address,
    areaCode: doc.areaCode,
    location: { lng: doc.location!.lng, lat: doc.location!.lat },
    amenities: [...(doc.amenities as PointRecord['amenities'])],
    access: doc.access as PointRecord['access'],
    hours: {
      timezone: hours?.timezone ?? 'Asia/Shanghai',
      alwaysOpen: Boolean(hours?.alwaysOpen),
      weekly: (hours?.weekly ?? []).map((w) => ({ days: [...w.days], ranges: w.ranges.map((r) => ({ open: r.open, close: r.close })) })),
      exceptions: (hours?.exceptions ?? []).map((e) => ({
        date: e.date,
        closed: Boolean(e.closed),
        ranges: e.ranges.map((r) => ({ open: r.open, close: r.close })),
        ...(e.note ? { note: e.note } : {}),
      })),
    },
    ...opt('contact', doc.contact),
    photos: [...(doc.photos ?? [])],
    ...opt('description', doc.description),
    status: doc.status as PointRecord['status'],
    ...opt('externalId', doc.externalId),
    ...opt('verifiedAt', doc.verifiedAt?.toISOString()),
    updatedAt: (doc.updatedAt ?? new Date()).toISOString(),
    ...opt('createdAt', doc.createdAt?.toISOString()),
  };
}
