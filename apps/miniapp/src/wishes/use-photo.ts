import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../api/client';

/**
 * A wish's photo. The API gives it only to signed-in accounts allowed to see the wish, so it is fetched with the
 * token: on h5 a Blob shown through a blob: URL, on WeChat an ArrayBuffer shown as a data: URL.
 */
export function usePhoto(url: string | undefined): string {
  const [src, setSrc] = useState('');
  useEffect(() => {
    if (!url) return;
    let shown = '';
    let live = true;
    api
      .getPhoto({ params: { id: url.split('/').pop() ?? '' } })
      .then((file) => {
        const data = file.data as Blob | ArrayBuffer;
        shown =
          typeof Blob !== 'undefined' && data instanceof Blob
            ? URL.createObjectURL(data)
            : `data:${file.contentType ?? 'image/jpeg'};base64,${Taro.arrayBufferToBase64(data as ArrayBuffer)}`;
        if (live) setSrc(shown);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (shown.startsWith('blob:')) URL.revokeObjectURL(shown);
    };
  }, [url]);
  return src;
}
