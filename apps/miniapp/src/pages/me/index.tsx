import { Text, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro from '@tarojs/taro';
import { BEIJING_TIMEZONE, zoneNote } from '@yilu/shared';
import { signInLabelKey } from '../../auth/sign-in';
import { useSession } from '../../auth/use-session';
import { dayLabel, enrollmentStatusLabels } from '../../courses/format';
import { certificateWording } from '../../courses/certificate-wording';
import { useMyClasses } from '../../courses/use-my-classes';
import { t } from '../../locales/zh-CN';
import { OfflineBanner } from '../../offline/OfflineBanner';
import PageHeader from '../../components/page-header';
import QrZoom from '../../components/qr-zoom';
import { useTextSizeClass } from '../../text-size/large-text';
import { LargeTextSwitch } from '../../text-size/large-text-switch';
import { useUnread } from '../../notifications/use-unread';
import './index.css';

export default function MePage() {
  const { user, busy, error, login, logout } = useSession();
  const mine = useMyClasses(Boolean(user));
  const textSize = useTextSizeClass();
  const unread = useUnread(Boolean(user));

  if (!user) {
    return (
      <View className={`page ${textSize}`} data-testid="me-page">
        <PageHeader title={t.pageHeader.me} />
        <View className="card">
          <View className="title">{t.me.title}</View>
          <Text className="muted">{t.me.guest}</Text>
          <ActionButton className="primary-button" loading={busy} disabled={busy} onClick={login}>
            {busy ? t.me.signingIn : t.me[signInLabelKey]}
          </ActionButton>
          {error ? <View className="error">{error}</View> : null}
        </View>
        <LargeTextSwitch />
      </View>
    );
  }

  return (
    <View className={`page ${textSize}`} data-testid="me-page">
      <PageHeader title={t.pageHeader.me} />
      <OfflineBanner savedAt={mine.savedAt} />
      <View className="card">
        <View className="title">{t.me.hello(user.displayName)}</View>
        {mine.message ? (
          <View className="me__message" data-testid="me-message">
            {mine.message}
          </View>
        ) : null}
      </View>
      <LargeTextSwitch />

      <View className="card" data-testid="me-inbox">
        <View className="tap-link" onClick={() => void Taro.navigateTo({ url: '/notifications/inbox/index' })}>
          {t.inbox.entry(unread)}
        </View>
      </View>

      <View className="card" data-testid="me-jobs">
        <View className="tap-link" onClick={() => void Taro.navigateTo({ url: '/jobs/applications/index' })}>
          {t.me.myApplications}
        </View>
      </View>

      <View className="card" data-testid="me-learn">
        <View className="tap-link" onClick={() => void Taro.navigateTo({ url: '/demand/interest/index' })}>
          {t.me.learn}
        </View>
      </View>

      <View className="card" data-testid="me-wishes">
        <View className="tap-link" onClick={() => void Taro.navigateTo({ url: '/wishes/feedback/index' })}>
          {t.me.myFeedback}
        </View>
        <View className="tap-link" onClick={() => void Taro.navigateTo({ url: '/wishes/board/index' })}>
          {t.me.wishBoard}
        </View>
      </View>

      <View className="card" data-testid="my-classes">
        <View className="me__section">{t.me.myClasses}</View>
        {mine.classes.length === 0 ? <View className="muted">{t.me.noClasses}</View> : null}
        {mine.classes.map((e) => (
          <View key={e.id} className="me__class">
            <View className="me__class-title">{e.courseTitle}</View>
            <View className="muted">
              {enrollmentStatusLabels[e.status]} · {t.me.attendance(e.attendedSessions, e.sessionCount)}
            </View>
            {e.nextSession && ['approved', 'attending'].includes(e.status) ? (
              <View className="muted" data-testid="next-session">
                {t.me.nextSession(dayLabel(e.nextSession.date), e.nextSession.start, e.nextSession.end)}
                {zoneNote(BEIJING_TIMEZONE)}
              </View>
            ) : null}
            {e.status === 'approved' || e.status === 'attending' ? (
              <ActionButton className="primary-button" onClick={() => void mine.checkInTo(e.id)}>
                {t.me.checkIn}
              </ActionButton>
            ) : null}
            {['applied', 'approved', 'attending'].includes(e.status) ? (
              <View className="me__withdraw" onClick={() => void mine.withdrawFrom(e)}>
                {t.me.withdraw}
              </View>
            ) : null}
          </View>
        ))}
      </View>

      <View className="card" data-testid="wallet">
        <View className="me__section">{t.me.wallet}</View>
        {mine.certificates.length === 0 ? <View className="muted">{t.me.noCertificates}</View> : null}
        {mine.certificates.map((c) => {
          const words = certificateWording(c);
          return (
            <View key={c.no} className="me__cert" data-testid="wallet-certificate">
              <View className="me__cert-text">
                <View className="me__class-title">{c.name}</View>
                <View className={`me__cert-status me__cert-status--${c.status}`}>{words.status}</View>
                <View className="muted">
                  {c.issuer} · {c.issuedAt}
                </View>
                {words.lines.map((line) => (
                  <View key={line} className="muted">
                    {line}
                  </View>
                ))}
                {words.due ? (
                  <View className={words.due.soon ? 'me__cert-due me__cert-due--soon' : 'muted'} data-testid="certificate-due">
                    {words.due.text}
                    {words.due.soon ? `（${t.me.dueSoon}）` : ''}
                  </View>
                ) : null}
                <View className="muted">
                  {t.me.certNo}：{c.no}
                </View>
                {c.status === 'valid' ? <View className="muted">{t.me.scanToVerify}</View> : null}
              </View>
              <QrZoom src={c.qr} certificateNo={c.no} />
            </View>
          );
        })}
      </View>

      <View className="card">
        <ActionButton className="me__logout" onClick={logout}>
          {t.me.signOut}
        </ActionButton>
      </View>
    </View>
  );
}
