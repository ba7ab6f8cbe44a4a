import { Image } from '@tarojs/components';
import { usePhoto } from './use-photo';

/** A photo attached to a wish or to a step of it, fetched with the worker's token. */
export function WishPhoto({ url, className = 'wish-photo' }: { url: string; className?: string }) {
  const src = usePhoto(url);
  return src ? <Image src={src} mode="widthFix" className={className} /> : null;
}
