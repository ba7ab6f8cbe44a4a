import { Image, View } from '@tarojs/components';
import { useState } from 'react';
import { t } from '../../locales/zh-CN';
import './index.css';

interface QrZoomProps {
  /** The QR image (a data URL). */
  src: string;
  /** Read out under the big QR, so a checker can type it when the scan fails. */
  certificateNo: string;
}

/** A certificate's QR, small in the wallet; a tap shows it full screen (280 px) for an employer's scanner. */
export default function QrZoom({ src, certificateNo }: QrZoomProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <View className="qr-zoom__thumb" aria-label={t.me.enlargeQr} data-testid="qr-thumb" onClick={() => setOpen(true)}>
        <Image className="qr-zoom__small" src={src} mode="aspectFit" imgProps={{ alt: t.me.qrAlt(certificateNo) }} />
      </View>
      {open ? (
        <View className="qr-zoom__overlay" data-testid="qr-overlay" onClick={() => setOpen(false)}>
          <Image className="qr-zoom__big" src={src} mode="aspectFit" imgProps={{ alt: t.me.qrAlt(certificateNo) }} />
          <View className="qr-zoom__no">
            {t.me.certNo}：{certificateNo}
          </View>
          <View className="qr-zoom__close" onClick={() => setOpen(false)}>
            {t.me.closeQr}
          </View>
        </View>
      ) : null}
    </>
  );
}
