import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { WishSummary } from '@yilu/contract';
import { wishCategoryLabels, wishStatusLabels } from '@yilu/shared';
import { t } from '../locales/zh-CN';
import { canSupport, dayMonth, placeOf, statusTone } from './format';

export const openWish = (id: string) => void Taro.navigateTo({ url: `/wishes/detail/index?id=${id}` });

/** One wish on the board or in 我的反馈: category, state, text, place, the staff's answer and the +1. */
export function WishCard({ wish, onSupport }: { wish: WishSummary; onSupport?: (id: string) => void }) {
  return (
    <View className="card wish-card" data-testid="wish-card" onClick={() => openWish(wish.id)}>
      <View className="wish-card__head">
        <Text className="wish-tag">{wishCategoryLabels[wish.category]}</Text>
        <Text className={`wish-tag wish-tag--${statusTone(wish.status)}`}>{wishStatusLabels[wish.status]}</Text>
        {wish.mine ? <Text className="wish-tag">{t.wishes.mine}</Text> : null}
      </View>
      <View className="wish-card__text">{wish.text}</View>
      <View className="muted">
        {placeOf(wish)} · {wish.authorName} · {dayMonth(wish.createdAt)}
      </View>
      {wish.hidden ? <View className="error">{t.wishes.hidden(wish.hidden.reason)}</View> : null}
      {wish.reply || wish.reason ? (
        <View className="wish-card__reply">
          <Text className="wish-card__reply-label">{wish.reply ? t.wishes.reply : t.wishes.declined}：</Text>
          {wish.reply ?? wish.reason}
        </View>
      ) : null}
      <View className="wish-card__foot">
        {wish.confirmUntil ? <Text className="wish-tag wish-tag--open">{t.wishes.toConfirm}</Text> : <Text />}
        {onSupport ? (
          <View
            className={`support-button ${canSupport(wish) ? '' : 'support-button--done'}`}
            data-testid="support-button"
            onClick={(e) => {
              e.stopPropagation();
              if (canSupport(wish)) onSupport(wish.id);
            }}
          >
            {wish.supportedByMe ? t.wishes.supported(wish.supportCount) : t.wishes.support(wish.supportCount)}
          </View>
        ) : null}
      </View>
    </View>
  );
}
