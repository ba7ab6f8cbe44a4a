import { View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { wishCategories, wishCategoryLabels } from '@yilu/shared';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { useTextSizeClass } from '../../text-size/large-text';
import { useWishBoard } from '../use-wish-board';
import { SignInFirst } from '../SignInFirst';
import { WishCard } from '../WishCard';
import ChipRow from '../../components/chip-row';
import '../wishes.css';

/** The spot the board was opened with (the map's centre, in mapCrs), if any. */
function spotOf(params: Record<string, string | undefined>) {
  const lng = Number(params.lng);
  const lat = Number(params.lat);
  return params.lng && params.lat && Number.isFinite(lng) && Number.isFinite(lat) ? { lng, lat } : undefined;
}

function postUrl(area: { areaCode: string; areaName: string } | undefined) {
  return area ? `/wishes/post/index?areaCode=${area.areaCode}&areaName=${encodeURIComponent(area.areaName)}` : '/wishes/post/index';
}

function Board({ spot }: { spot?: { lng: number; lat: number } }) {
  const board = useWishBoard({ spot });
  const [toast, setToast] = useState('');
  const items = board.board?.items ?? [];
  const area = board.board?.area;

  return (
    <>
      <View className="card">
        <View className="title" data-testid="board-title">
          {area ? t.wishes.boardIn(area.areaName) : t.wishes.board}
        </View>
        <View className="muted">{t.wishes.intro}</View>
        <ActionButton className="primary-button" onClick={() => void Taro.navigateTo({ url: postUrl(area) })}>
          {t.wishes.post}
        </ActionButton>
      </View>
      {!board.located ? <View className="wish-notice">{t.wishes.locationDenied}</View> : null}
      <ChipRow className="wishes-chips">
        <View className={`chip ${board.category === '' ? 'chip--on' : ''}`} onClick={() => board.setCategory('')}>
          {t.wishes.allCategories}
        </View>
        {wishCategories.map((c) => (
          <View key={c} className={`chip ${board.category === c ? 'chip--on' : ''}`} onClick={() => board.setCategory(c)}>
            {wishCategoryLabels[c]}
          </View>
        ))}
      </ChipRow>
      <View className="wishes-chips">
        <View className={`chip ${board.sort === 'newest' ? 'chip--on' : ''}`} onClick={() => board.setSort('newest')}>
          {t.wishes.newest}
        </View>
        <View className={`chip ${board.sort === 'supported' ? 'chip--on' : ''}`} onClick={() => board.setSort('supported')}>
          {t.wishes.mostSupported}
        </View>
      </View>
      {toast ? <View className="wish-message">{toast}</View> : null}
      {board.error ? (
        <View className="card error" onClick={() => void board.reload()}>
          {board.error} · {t.wishes.retry}
        </View>
      ) : null}
      <View data-testid="wish-list">
        {board.loading && !items.length ? <View className="card muted">{t.wishes.loading}</View> : null}
        {!board.loading && !board.error && !items.length ? <View className="card muted">{t.wishes.empty}</View> : null}
        {items.map((w) => (
          <WishCard key={w.id} wish={w} onSupport={(id) => void board.support(id).then(setToast)} />
        ))}
      </View>
    </>
  );
}

/** 心愿栏: public wishes in the worker's district (or the map's), by category, with the +1 and 提个心愿. */
export default function WishBoardPage() {
  const { params } = useRouter();
  const spot = useMemo(() => spotOf({ lng: params.lng, lat: params.lat }), [params.lng, params.lat]);
  const textSize = useTextSizeClass();
  return (
    <View className={`page ${textSize}`} data-testid="wish-board">
      <PageHeader title={t.pageHeader.wishes} back />
      <SignInFirst>
        <Board spot={spot} />
      </SignInFirst>
    </View>
  );
}
