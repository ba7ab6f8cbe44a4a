// The value lists and limits of service points, without zod: apps import them without the schemas (see package.json
// sideEffects); points.ts builds the schemas from them.
export const pointKinds = ['rest_station', 'charging', 'reading_corner', 'canteen', 'toilet', 'training_site'] as const;
export const amenities = [
  'hot_water',
  'drinking_water',
  'microwave',
  'phone_charging',
  'ebike_charging',
  'battery_swap',
  'ev_fast_charging',
  'toilet',
  'seats',
  'heating',
  'cooling',
  'wifi',
  'first_aid',
  'books',
  'repair_tools',
] as const;
export const accessTypes = ['public', 'customers', 'workers'] as const;
export const pointStatuses = ['draft', 'published', 'closed'] as const;
/** Coordinate systems a client may speak: canonical WGS-84, or GCJ-02 used by WeChat and Chinese maps. */
export const crsValues = ['wgs84', 'gcj02'] as const;

export const MAX_RADIUS_M = 50_000;
export const MAX_NEAR_LIMIT = 100;

export const reportReasons = ['closed', 'moved', 'hours_wrong', 'amenity_missing', 'other'] as const;
export const reportStatuses = ['open', 'resolved', 'rejected'] as const;
