import { Image, Switch, Textarea, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo } from 'react';
import { WISH_TEXT_MAX, WISHES_PER_DAY, wishCategories, wishCategoryLabels } from '@yilu/shared';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { askSubscribe } from '../../notifications/subscribe';
import { mapCrs } from '../../points/location';
import { useTextSizeClass } from '../../text-size/large-text';
import { SignInFirst } from '../SignInFirst';
import { openWish } from '../WishCard';
import { useWishPost } from '../use-wish-post';
import type { WishPlaceChoice } from '../wish-body';
import '../wishes.css';

/** The place the form starts with: the point it was opened from, the board's district, or the map's centre. */
function initialPlace(p: Record<string, string | undefined>): WishPlaceChoice | null {
  if (p.pointId) return { kind: 'point', pointId: p.pointId, name: t.wishes.atPoint(decodeURIComponent(p.pointName ?? '')) };
  if (p.areaCode) return { kind: 'area', areaCode: p.areaCode, name: t.wishes.inArea(decodeURIComponent(p.areaName ?? p.areaCode)) };
  const lng = Number(p.lng);
  const lat = Number(p.lat);
  if (p.lng && p.lat && Number.isFinite(lng) && Number.isFinite(lat))
    return { kind: 'spot', location: { lng, lat }, crs: mapCrs, name: '' };
  return null;
}

const FieldError = ({ message }: { message?: string }) => (message ? <View className="error">{message}</View> : null);

function PostForm({ initial }: { initial: WishPlaceChoice | null }) {
  const post = useWishPost(initial);

  async function send() {
    // WeChat shows the prompt only inside the tap, so before anything is awaited.
    askSubscribe('wish');
    const id = await post.send();
    if (!id) return;
    void Taro.showToast({ title: t.wishes.sent, icon: 'none' });
    void Taro.redirectTo({ url: `/wishes/detail/index?id=${id}` });
  }

  return (
    <View className="card" data-testid="wish-post">
      <View className="wish-field__label">{t.wishes.category}</View>
      <View className="wishes-chips" data-testid="wish-categories">
        {wishCategories.map((c) => (
          <View key={c} className={`chip ${post.category === c ? 'chip--on' : ''}`} onClick={() => post.setCategory(c)}>
            {wishCategoryLabels[c]}
          </View>
        ))}
      </View>
      <FieldError message={post.errors.category} />

      <View className="wish-field">
        <View className="wish-field__label">{t.wishes.text}</View>
        <Textarea
          className="wish-textarea"
          value={post.text}
          maxlength={WISH_TEXT_MAX}
          placeholder={t.wishes.textPlaceholder}
          onInput={(e) => post.setText(e.detail.value)}
        />
        <View className="wish-counter">{t.wishes.counter([...post.text].length, WISH_TEXT_MAX)}</View>
        <FieldError message={post.errors.text} />
      </View>

      {post.similar.length ? (
        <View className="wish-similar" data-testid="similar-wishes">
          <View>{t.wishes.similar}</View>
          {post.similar.map((w) => (
            <View key={w.id} className="wish-similar__item" onClick={() => openWish(w.id)}>
              {w.text}（{t.wishes.support(w.supportCount)}）
            </View>
          ))}
        </View>
      ) : null}

      <View className="wish-field">
        {post.photo ? <Image src={post.photo.preview} mode="aspectFill" className="wish-thumb" /> : null}
        <View
          className="tap-link"
          onClick={() => void post.addPhoto().catch((e: Error) => Taro.showToast({ title: e.message, icon: 'none' }))}
        >
          {post.photo ? t.wishes.changePhoto : t.wishes.photo}
        </View>
        <FieldError message={post.errors.photo} />
      </View>

      <View className="wish-field">
        <View className="wish-field__label">{t.wishes.place}</View>
        {initial && initial.kind !== 'spot' ? (
          <View className={`chip ${post.place === initial ? 'chip--on' : ''}`} onClick={() => post.setPlace(initial)}>
            {initial.name}
          </View>
        ) : null}
        {post.place?.kind === 'spot' ? <View className="chip chip--on">{post.place.name || t.wishes.locating}</View> : null}
        <View className="tap-link" onClick={() => void post.takeMyPosition()}>
          {post.locating ? t.wishes.locating : t.wishes.myPosition}
        </View>
        <View className="muted">{t.wishes.positionNote}</View>
        <FieldError message={post.errors.place} />
      </View>

      <View className="wish-check">
        <Switch
          checked={post.staffOnly}
          color="#0b57d0"
          // On h5 the checkbox is an <input> inside Taro's element: only nativeProps reach it.
          nativeProps={{ 'aria-label': t.wishes.staffOnlyOption }}
          onChange={(e) => post.setStaffOnly(e.detail.value)}
        />
        {t.wishes.staffOnlyOption}
      </View>

      <ActionButton className="primary-button" loading={post.sending} disabled={post.sending || undefined} onClick={() => void send()}>
        {t.wishes.send}
      </ActionButton>
      {post.message ? <View className="error">{post.message}</View> : null}
      <View className="muted">{t.wishes.perDay(WISHES_PER_DAY)}</View>
    </View>
  );
}

/** 提个心愿: category, text with a counter, an optional photo and the place; open wishes like it are offered while typing. */
export default function PostWishPage() {
  const { params } = useRouter();
  const initial = useMemo(
    () =>
      initialPlace({
        pointId: params.pointId,
        pointName: params.pointName,
        areaCode: params.areaCode,
        areaName: params.areaName,
        lng: params.lng,
        lat: params.lat,
      }),
    [params.pointId, params.pointName, params.areaCode, params.areaName, params.lng, params.lat],
  );
  const textSize = useTextSizeClass();
  return (
    <View className={`page ${textSize}`}>
      <PageHeader title={t.pageHeader.postWish} back />
      <SignInFirst>
        <PostForm initial={initial} />
      </SignInFirst>
    </View>
  );
}
