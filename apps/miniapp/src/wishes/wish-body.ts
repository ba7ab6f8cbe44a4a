import { createWishBodySchema, fieldErrorsFromZod, type CreateWishBody, type Crs, type WishCategory } from '@yilu/shared';

/** Where a new wish is: a point, a district, or a spot (the worker's position or the map's centre) in `crs`. */
export type WishPlaceChoice =
  | { kind: 'point'; pointId: string; name: string }
  | { kind: 'area'; areaCode: string; name: string }
  | { kind: 'spot'; location: { lng: number; lat: number }; crs: Crs; name: string };

export interface WishFormValues {
  category: WishCategory | '';
  text: string;
  photo?: string;
  staffOnly: boolean;
  place: WishPlaceChoice | null;
}

const placeFields = (place: WishPlaceChoice | null) => {
  if (!place) return {};
  if (place.kind === 'point') return { pointId: place.pointId };
  if (place.kind === 'area') return { areaCode: place.areaCode };
  return { location: place.location, crs: place.crs };
};

/** The form field that shows a message: the place's fields all show under "place". */
const formField = (path: string) =>
  ['pointId', 'areaCode', 'location', 'crs'].includes(path.split('.')[0]!) ? 'place' : path.split('.')[0]!;

/** The API body of the post form, checked with the API's own schema, or the message of each field. */
export function wishBodyFrom(values: WishFormValues): { body?: CreateWishBody; errors: Record<string, string> } {
  const body = {
    ...(values.category ? { category: values.category } : {}),
    text: values.text.trim(),
    ...(values.photo ? { photo: values.photo } : {}),
    ...placeFields(values.place),
    visibility: values.staffOnly ? 'staff' : 'public',
  };
  const result = createWishBodySchema.safeParse(body);
  if (result.success) return { body: result.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const e of fieldErrorsFromZod(result.error)) errors[formField(e.field)] ??= e.message;
  return { errors };
}
