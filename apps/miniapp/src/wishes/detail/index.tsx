import { Text, Textarea, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Wish } from '@yilu/contract';
import { wishCategoryLabels, wishEventLabels, wishStatusLabels } from '@yilu/shared';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { useTextSizeClass } from '../../text-size/large-text';
import { canSupport, dayMonth, placeOf, statusTone, stepTime } from '../format';
import { SignInFirst } from '../SignInFirst';
import { useWish } from '../use-wish';
import { WishPhoto } from '../WishPhoto';
import '../wishes.css';

function Timeline({ wish }: { wish: Wish }) {
  return (
    <View className="card" data-testid="wish-timeline">
      <View className="wish-field__label">{t.wishes.timeline}</View>
      {wish.timeline.map((e, i) => (
        <View key={i} className="wish-timeline__step">
          <View className="wish-timeline__what">
            {wishEventLabels[e.kind]}
            {e.areaName ? ` → ${e.areaName}` : ''}
          </View>
          <View className="muted">
            {stepTime(e.at)} · {e.by}
          </View>
          {e.text ? <View className="wish-timeline__text">{e.text}</View> : null}
          {e.photo ? <WishPhoto url={e.photo} /> : null}
        </View>
      ))}
    </View>
  );
}

/** The author's say on a done wish: solved (confirm) or not (reopen, with what is still wrong). */
function AuthorActions({
  wish,
  busy,
  confirm,
  reopen,
}: {
  wish: Wish;
  busy: boolean;
  confirm: () => void;
  reopen: (r: string) => Promise<boolean>;
}) {
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  if (!wish.confirmUntil) return null;
  return (
    <View className="card" data-testid="author-actions">
      <View className="wish-field__label">{t.wishes.confirmUntil(dayMonth(wish.confirmUntil))}</View>
      <ActionButton className="primary-button" loading={busy} disabled={busy || undefined} onClick={confirm}>
        {t.wishes.confirm}
      </ActionButton>
      {reopening ? (
        <>
          <Textarea
            className="wish-textarea wish-field"
            value={reason}
            maxlength={300}
            placeholder={t.wishes.reopenReason}
            onInput={(e) => setReason(e.detail.value)}
          />
          <ActionButton
            className="secondary-button"
            disabled={busy || undefined}
            onClick={() => void reopen(reason.trim()).then((ok) => ok && setReopening(false))}
          >
            {t.wishes.reopenSend}
          </ActionButton>
        </>
      ) : (
        <ActionButton className="secondary-button" onClick={() => setReopening(true)}>
          {t.wishes.reopen}
        </ActionButton>
      )}
    </View>
  );
}

function WishBody({ wish, support, busy }: { wish: Wish; support: () => void; busy: boolean }) {
  return (
    <View className="card" data-testid="wish-detail">
      <View className="wish-card__head">
        <Text className="wish-tag">{wishCategoryLabels[wish.category]}</Text>
        <Text className={`wish-tag wish-tag--${statusTone(wish.status)}`}>{wishStatusLabels[wish.status]}</Text>
        {wish.visibility === 'staff' ? <Text className="wish-tag">{t.wishes.staffOnly}</Text> : null}
      </View>
      <View className="wish-card__text">{wish.text}</View>
      {wish.photo ? <WishPhoto url={wish.photo} /> : null}
      <View className="muted">
        {placeOf(wish)} · {wish.authorName} · {dayMonth(wish.createdAt)}
      </View>
      {wish.assignedTo ? <View className="muted">{t.wishes.assignedTo(wish.assignedTo.areaName)}</View> : null}
      {wish.hidden ? <View className="error">{t.wishes.hidden(wish.hidden.reason)}</View> : null}
      {wish.reply || wish.reason ? (
        <View className="wish-card__reply" data-testid="wish-reply">
          <Text className="wish-card__reply-label">{wish.reply ? t.wishes.reply : t.wishes.declined}：</Text>
          {wish.reply ?? wish.reason}
          {wish.replyPhoto ? <WishPhoto url={wish.replyPhoto} /> : null}
        </View>
      ) : null}
      {wish.duplicateOf ? (
        <View className="tap-link" onClick={() => void Taro.redirectTo({ url: `/wishes/detail/index?id=${wish.duplicateOf}` })}>
          {t.wishes.duplicateOf}
        </View>
      ) : null}
      <View className="wish-card__foot">
        <Text />
        <View
          className={`support-button ${canSupport(wish) && !busy ? '' : 'support-button--done'}`}
          data-testid="support-button"
          onClick={() => canSupport(wish) && !busy && support()}
        >
          {wish.supportedByMe ? t.wishes.supported(wish.supportCount) : t.wishes.support(wish.supportCount)}
        </View>
      </View>
    </View>
  );
}

function WishView({ id }: { id: string | undefined }) {
  const w = useWish(id);
  return (
    <>
      {w.error ? <View className="card error">{w.error}</View> : null}
      {!w.wish && !w.error ? <View className="card muted">{t.wishes.loading}</View> : null}
      {w.wish ? (
        <>
          <WishBody wish={w.wish} support={() => void w.support()} busy={w.busy} />
          {w.message ? <View className={w.failed ? 'error' : 'wish-message'}>{w.message}</View> : null}
          <AuthorActions wish={w.wish} busy={w.busy} confirm={() => void w.confirm()} reopen={w.reopen} />
          <Timeline wish={w.wish} />
        </>
      ) : null}
    </>
  );
}

/** One wish: what was asked, the staff's answer, its timeline, the +1, and the author's confirm or reopen. */
export default function WishDetailPage() {
  const { params } = useRouter();
  const textSize = useTextSizeClass();
  return (
    <View className={`page ${textSize}`}>
      <PageHeader title={t.pageHeader.wish} back />
      <SignInFirst>
        <WishView id={params.id} />
      </SignInFirst>
    </View>
  );
}
