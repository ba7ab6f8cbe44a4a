import { Text, View } from '@tarojs/components';
import type { PointReport } from '@yilu/shared';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { useTextSizeClass } from '../../text-size/large-text';
import { dayMonth } from '../format';
import { useMyFeedback } from '../use-my-feedback';
import { SignInFirst } from '../SignInFirst';
import { WishCard } from '../WishCard';
import '../wishes.css';

function ReportCard({ report }: { report: PointReport }) {
  const tone = report.status === 'resolved' ? 'done' : report.status === 'rejected' ? 'closed' : 'open';
  return (
    <View className="card" data-testid="report-card">
      <View className="wish-card__head">
        <Text className="wish-tag">{t.wishes.reportReasons[report.reason]}</Text>
        <Text className={`wish-tag wish-tag--${tone}`}>{t.wishes.reportStatuses[report.status]}</Text>
      </View>
      <View className="wish-card__text">{report.pointName}</View>
      {report.note ? <View className="muted">{report.note}</View> : null}
      <View className="muted">{dayMonth(report.createdAt)}</View>
      {report.reply ? (
        <View className="wish-card__reply">
          <Text className="wish-card__reply-label">{t.wishes.reportReply}：</Text>
          {report.reply}
        </View>
      ) : (
        <View className="muted">{t.wishes.awaitingReply}</View>
      )}
    </View>
  );
}

function MyFeedback() {
  const mine = useMyFeedback();
  return (
    <>
      {mine.error ? (
        <View className="card error" onClick={() => void mine.reload()}>
          {mine.error} · {t.wishes.retry}
        </View>
      ) : null}
      {mine.loading ? <View className="card muted">{t.wishes.loading}</View> : null}
      <View className="title">{t.wishes.myWishes}</View>
      {!mine.loading && !mine.wishes.length ? <View className="card muted">{t.wishes.noWishes}</View> : null}
      {mine.wishes.map((w) => (
        <WishCard key={w.id} wish={w} />
      ))}
      <View className="title">{t.wishes.myReports}</View>
      {!mine.loading && !mine.reports.length ? <View className="card muted">{t.wishes.noReports}</View> : null}
      {mine.reports.map((r) => (
        <ReportCard key={r.id} report={r} />
      ))}
    </>
  );
}

/** 我的 → 我的反馈: the worker's wishes and reports, each with its state and the staff's reply. */
export default function MyFeedbackPage() {
  const textSize = useTextSizeClass();
  return (
    <View className={`page ${textSize}`} data-testid="my-feedback">
      <PageHeader title={t.pageHeader.myFeedback} back />
      <SignInFirst>
        <MyFeedback />
      </SignInFirst>
    </View>
  );
}
