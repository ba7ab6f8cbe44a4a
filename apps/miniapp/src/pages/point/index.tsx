import { Image, Text, Textarea, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { accessTypeLabels, formatHoursText, pointKindLabels, reportReasons, zoneNote } from '@yilu/shared';
import { t } from '../../locales/zh-CN';
import { askSubscribe } from '../../notifications/subscribe';
import { OfflineBanner } from '../../offline/OfflineBanner';
import { amenityBadge, describeOpen, describeVerified, formatDistance } from '../../points/format';
import { navigateTo } from '../../points/navigate';
import { usePoint } from '../../points/use-point';
import PageHeader from '../../components/page-header';
import { useTextSizeClass } from '../../text-size/large-text';
import './index.css';

const reasonLabels: Record<(typeof reportReasons)[number], string> = {
  closed: '已关闭',
  moved: '位置变了',
  hours_wrong: '营业时间不对',
  amenity_missing: '设施缺失',
  other: '其他',
};

export default function PointPage() {
  const { params } = useRouter();
  const textSize = useTextSizeClass();
  const { point, savedAt, error, sending, report, photo, addPhoto } = usePoint(params.id);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState<(typeof reportReasons)[number]>('hours_wrong');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const distance = params.d ? Number(params.d) : undefined;

  if (error)
    return (
      <View className={`page ${textSize}`}>
        <PageHeader title={t.pageHeader.point} back />
        <View className="card error">{error}</View>
      </View>
    );
  if (!point)
    return (
      <View className={`page ${textSize}`}>
        <PageHeader title={t.pageHeader.point} back />
        <View className="card muted">加载中…</View>
      </View>
    );

  async function sendReport() {
    try {
      setMessage(await report({ reason, ...(note.trim() ? { note: note.trim() } : {}) }));
      setReporting(false);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <View className={`page point-page ${textSize}`} data-testid="point-detail">
      <PageHeader title={t.pageHeader.point} back />
      <OfflineBanner savedAt={savedAt} />
      <View className="card">
        <View className="title">{point.name}</View>
        <View className="point-page__line">
          <Text className="tag">{pointKindLabels[point.kind]}</Text>
          <Text className={point.openNow ? 'point-page__open' : 'muted'}>{describeOpen(point)}</Text>
          {distance !== undefined ? <Text className="muted"> · {formatDistance(distance)}</Text> : null}
        </View>
        <View className="muted">{describeVerified(point.verifiedAt)}</View>
        <ActionButton className="primary-button" onClick={() => void navigateTo(point).catch((e: Error) => setMessage(e.message))}>
          {t.point.navigate}
        </ActionButton>
      </View>

      <View className="card">
        <View className="point-page__label">{t.point.amenities}</View>
        <View className="point-page__badges" data-testid="amenities">
          {point.amenities.map((a) => (
            <Text key={a} className="badge">
              {amenityBadge(a)}
            </Text>
          ))}
        </View>
        <View className="point-page__label">
          {t.point.hours}
          <Text data-testid="hours-zone">{point.hours ? zoneNote(point.hours.timezone) : ''}</Text>
        </View>
        <View data-testid="hours">{formatHoursText(point.hours) || '未填写'}</View>
        <View className="point-page__label">{t.point.access}</View>
        <View>{accessTypeLabels[point.access]}</View>
        <View className="point-page__label">{t.point.address}</View>
        <View>{point.address}</View>
        {point.contact ? (
          <>
            <View className="point-page__label">{t.point.contact}</View>
            <View className="point-page__link" onClick={() => void Taro.makePhoneCall({ phoneNumber: point.contact! })}>
              {point.contact}
            </View>
          </>
        ) : null}
        {point.description ? <View className="muted point-page__desc">{point.description}</View> : null}
        {point.photos.map((src) => (
          <Image key={src} src={src} mode="widthFix" className="point-page__photo" />
        ))}
      </View>

      <View className="card">
        {reporting ? (
          <>
            <View className="point-page__label">{t.point.reportTitle}</View>
            <View className="point-page__badges point-page__reasons">
              {reportReasons.map((r) => (
                <Text key={r} className={`badge ${reason === r ? 'badge--on' : ''}`} onClick={() => setReason(r)}>
                  {reasonLabels[r]}
                </Text>
              ))}
            </View>
            <Textarea
              className="point-page__note"
              value={note}
              maxlength={300}
              placeholder={t.point.reportNote}
              onInput={(e) => setNote(e.detail.value)}
            />
            {photo ? <Image src={photo.preview} mode="aspectFill" className="point-page__thumb" /> : null}
            <View className="point-page__link" onClick={() => void addPhoto().catch((e: Error) => setMessage(e.message))}>
              {photo ? t.point.changePhoto : t.point.addPhoto}
            </View>
            <ActionButton
              className="primary-button"
              loading={sending}
              disabled={sending}
              onClick={() => {
                askSubscribe('report');
                void sendReport();
              }}
            >
              {t.point.reportSend}
            </ActionButton>
          </>
        ) : (
          <View className="point-page__link" onClick={() => setReporting(true)}>
            {t.point.report}
          </View>
        )}
        <View
          className="point-page__link"
          onClick={() =>
            void Taro.navigateTo({ url: `/wishes/post/index?pointId=${point.id}&pointName=${encodeURIComponent(point.name)}` })
          }
        >
          {t.point.wish}
        </View>
        {message ? <View className="point-page__message">{message}</View> : null}
      </View>
    </View>
  );
}
