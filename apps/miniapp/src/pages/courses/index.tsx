import { Input, Text, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { describeFee, describeSchedule, enrollBlocker, levelLabel } from '../../courses/format';
import { askClassAlert, interestPage } from '../../demand/class-alert';
import { useCourses } from '../../courses/use-courses';
import { formatDistance } from '../../points/format';
import { t } from '../../locales/zh-CN';
import PageHeader from '../../components/page-header';
import { keyboardFocusable } from '../../components/keyboard/focusable';
import { useTextSizeClass } from '../../text-size/large-text';
import ChipRow from '../../components/chip-row';
import { useInSteps } from '../../components/in-steps';
import './index.css';

export default function CoursesPage() {
  const { filters, trades, courses, loading, error, near, toggle, chooseTrade, searchTrade } = useCourses();
  const textSize = useTextSizeClass();
  const shown = useInSteps(courses);
  const [typed, setTyped] = useState('');

  return (
    <View className={`page courses-page ${textSize}`} data-testid="courses-page">
      <PageHeader title={t.pageHeader.courses} />
      <Input
        className="text-box courses-page__search"
        confirmType="search"
        maxlength={40}
        placeholder={t.courses.searchTrade}
        value={typed}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={() => searchTrade(typed)}
      />
      {trades.length > 1 ? (
        <ChipRow className="courses-page__trades" testId="trade-chips">
          <View className={`chip ${filters.trade ? '' : 'chip--on'}`} onClick={() => chooseTrade(filters.trade)}>
            {t.courses.allTrades}
          </View>
          {trades.map((trade) => (
            <View key={trade} className={`chip ${filters.trade === trade ? 'chip--on' : ''}`} onClick={() => chooseTrade(trade)}>
              {trade}
            </View>
          ))}
        </ChipRow>
      ) : null}
      <View className="courses-page__chips">
        <View className={`chip ${filters.dualCertificate ? 'chip--on' : ''}`} onClick={() => toggle('dualCertificate')}>
          {t.courses.dualOnly}
        </View>
        <View className={`chip ${filters.free ? 'chip--on' : ''}`} onClick={() => toggle('free')}>
          {t.courses.freeOnly}
        </View>
        <View className={`chip ${filters.startingSoon ? 'chip--on' : ''}`} onClick={() => toggle('startingSoon')}>
          {t.courses.startingSoon}
        </View>
      </View>
      {error ? <View className="card error">{error}</View> : null}
      {loading && !courses.length ? <View className="card muted">{t.courses.loading}</View> : null}
      {!loading && !error && !courses.length && !filters.trade ? <View className="card muted">{t.courses.none}</View> : null}
      {!loading && !error && !courses.length && filters.trade ? (
        <View className="card" data-testid="courses-empty">
          <View>{t.courses.noneForTrade(filters.trade)}</View>
          <ActionButton className="primary-button" onClick={() => void askClassAlert(filters.trade, near)}>
            {t.courses.alertMe}
          </ActionButton>
          <View className="tap-link" onClick={() => void Taro.navigateTo({ url: interestPage(filters.trade) })}>
            {t.courses.sayInterest}
          </View>
        </View>
      ) : null}
      {shown.map((c) => (
        <View
          key={c.id}
          className="card course-card"
          data-testid="course-card"
          role="link"
          {...keyboardFocusable}
          onClick={() => void Taro.navigateTo({ url: `/pages/course/index?id=${c.id}` })}
        >
          <View className="course-card__title">
            {c.dualCertificate ? <Text className="course-card__dual">{t.courses.dual}</Text> : null}
            {c.title}
          </View>
          <View className="muted">
            {c.provider.name} · {c.trade.name} · {levelLabel(c.level)}
          </View>
          <View className="muted">
            {describeSchedule(c.sessions)} · {describeFee(c.feeFen, c.subsidyFen)}
          </View>
          <View className="course-card__foot">
            <Text className={enrollBlocker(c) ? 'muted' : 'course-card__seats'}>
              {enrollBlocker(c) ?? t.courses.seatsLeft(c.seatsLeft)}
            </Text>
            {c.distanceM !== undefined ? <Text className="muted">{formatDistance(c.distanceM)}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
