import { Switch, Text, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro from '@tarojs/taro';
import type { NotificationAnswer } from '@yilu/contract';
import { BEIJING_TIMEZONE, notificationKindLabels, notificationKinds, zonedDateTime } from '@yilu/shared';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { useTextSizeClass } from '../../text-size/large-text';
import { useInbox } from '../use-inbox';
import './index.css';

/** Tabs are switched to, other pages navigated to. */
const TAB_PAGES = ['/pages/map/index', '/pages/courses/index', '/pages/me/index'];
function open(link: string) {
  if (TAB_PAGES.includes(link)) void Taro.switchTab({ url: link });
  else void Taro.navigateTo({ url: link });
}

function MessageCard({ message, onOpen }: { message: NotificationAnswer; onOpen: () => void }) {
  return (
    <View className={`card inbox__item ${message.readAt ? '' : 'inbox__item--unread'}`} data-testid="inbox-item" onClick={onOpen}>
      <View className="inbox__head">
        {message.readAt ? null : <Text className="inbox__dot">{t.inbox.unreadMark}</Text>}
        <Text className="inbox__title">{message.title}</Text>
      </View>
      <View>{message.body}</View>
      <View className="muted">{zonedDateTime(message.createdAt, BEIJING_TIMEZONE)}</View>
    </View>
  );
}

export default function InboxPage() {
  const textSize = useTextSizeClass();
  const inbox = useInbox();
  const openMessage = (m: NotificationAnswer) => {
    if (!m.readAt) void inbox.markRead({ ids: [m.id] });
    if (m.link) open(m.link);
  };

  return (
    <View className={`page ${textSize}`} data-testid="inbox-page">
      <PageHeader title={t.inbox.title} back />
      {inbox.error ? <View className="card error">{inbox.error}</View> : null}
      {inbox.unread > 0 ? (
        <ActionButton className="secondary-button" onClick={() => void inbox.markRead({ all: true })}>
          {t.inbox.markAllRead(inbox.unread)}
        </ActionButton>
      ) : null}
      {inbox.loading ? <View className="card muted">{t.inbox.loading}</View> : null}
      {!inbox.loading && inbox.items.length === 0 ? <View className="card muted">{t.inbox.empty}</View> : null}
      {inbox.items.map((m) => (
        <MessageCard key={m.id} message={m} onOpen={() => openMessage(m)} />
      ))}

      <View className="card" data-testid="inbox-preferences">
        <View className="title">{t.inbox.pushTitle}</View>
        <Text className="muted">{t.inbox.pushHint}</Text>
        {notificationKinds.map((kind) => (
          <View key={kind} className="inbox__switch">
            <Text>{notificationKindLabels[kind]}</Text>
            <Switch
              checked={inbox.kinds.includes(kind)}
              color="#0b57d0"
              nativeProps={{ 'aria-label': notificationKindLabels[kind] }}
              onChange={(e) => void inbox.setKind(kind, e.detail.value)}
            />
          </View>
        ))}
      </View>
    </View>
  );
}
