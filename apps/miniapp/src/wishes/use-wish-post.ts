import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ApiError } from '@yilu/client';
import type { WishSummary } from '@yilu/contract';
import type { WishCategory } from '@yilu/shared';
import { api } from '../api/client';
import { requireSignIn } from '../auth/session';
import { t } from '../locales/zh-CN';
import { locate, mapCrs } from '../points/location';
import { nearParam } from './format';
import { wishBodyFrom, type WishPlaceChoice } from './wish-body';

const SIMILAR_AFTER_MS = 600;

/** The district a spot lies in, as the board names it (the spot is used for this query only). */
async function areaNameAt(spot: { lng: number; lat: number }): Promise<string> {
  const board = await api.listWishes({ query: { near: nearParam(spot), crs: mapCrs, pageSize: 1 } });
  return board.area?.areaName ?? '';
}

const similarQuery = (place: WishPlaceChoice) =>
  place.kind === 'point'
    ? { pointId: place.pointId }
    : place.kind === 'area'
      ? { areaCode: place.areaCode }
      : { near: nearParam(place.location), crs: place.crs };

/** The post form: category, text, photo, place, and the open wishes like it nearby while it is typed. */
export function useWishPost(initial: WishPlaceChoice | null) {
  const [category, setCategory] = useState<WishCategory | ''>('');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<{ url: string; preview: string } | null>(null);
  const [staffOnly, setStaffOnly] = useState(false);
  const [place, setPlace] = useState<WishPlaceChoice | null>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const [locating, setLocating] = useState(false);
  const [similar, setSimilar] = useState<WishSummary[]>([]);

  /** A field's message goes once the field is changed. */
  const clearing =
    <T>(field: string, set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setErrors((e) => (e[field] ? { ...e, [field]: '' } : e));
    };

  // A spot the page was opened with (the map's centre) is named by its district once the API has said which.
  useEffect(() => {
    if (initial?.kind !== 'spot' || initial.name) return;
    areaNameAt(initial.location).then(
      (name) => setPlace((p) => (p === initial ? { ...initial, name: t.wishes.inArea(name) } : p)),
      () => undefined,
    );
  }, [initial]);

  useEffect(() => {
    if (!category || !place || text.trim().length < 2) return setSimilar([]);
    const timer = setTimeout(() => {
      const query = { category, text: text.trim(), ...similarQuery(place) };
      api.similarWishes({ query }).then(
        (r) => setSimilar(r.items),
        () => setSimilar([]),
      );
    }, SIMILAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [category, text, place]);

  async function takeMyPosition() {
    setLocating(true);
    try {
      const p = await locate();
      if (!p.located) return setErrors((e) => ({ ...e, place: t.wishes.locationDenied }));
      const location = { lng: p.lng, lat: p.lat };
      clearing('place', setPlace)({ kind: 'spot', location, crs: mapCrs, name: t.wishes.positionArea(await areaNameAt(location)) });
    } catch (e) {
      setErrors((errs) => ({ ...errs, place: e instanceof Error ? e.message : String(e) }));
    } finally {
      setLocating(false);
    }
  }

  async function addPhoto() {
    requireSignIn();
    const chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    const filePath = chosen.tempFilePaths[0];
    if (!filePath) return;
    const { url } = await api.uploadPhoto({ file: filePath });
    setPhoto({ url, preview: filePath });
  }

  /** Sends the wish; answers its id, or undefined with the messages next to the fields. */
  async function send(): Promise<string | undefined> {
    setMessage('');
    const { body, errors: found } = wishBodyFrom({ category, text, photo: photo?.url, staffOnly, place });
    setErrors(found);
    if (!body) return undefined;
    setSending(true);
    try {
      return (await api.createWish({ body })).id;
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = e.fieldMessages();
        setErrors({ ...fields, ...(fields.location || fields.areaCode ? { place: fields.location ?? fields.areaCode } : {}) });
      }
      setMessage(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setSending(false);
    }
  }

  const form = { category, text, photo, staffOnly, place };
  const set = {
    setCategory: clearing('category', setCategory),
    setText: clearing('text', setText),
    setStaffOnly,
    setPlace: clearing('place', setPlace),
  };
  return { ...form, ...set, errors, message, sending, locating, similar, takeMyPosition, addPhoto, send };
}
