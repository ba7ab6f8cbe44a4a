import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { describeFee, describeSchedule, levelLabel } from '../../courses/format';
import { useCourses } from '../../courses/use-courses';
import { formatDistance } from '../../points/format';
import { t } from '../../locales/zh-CN';
import './index.css';

export default function CoursesPage() {
  const { filters, courses, loading, error, toggle } = useCourses();

  return (
    <View className='page courses-page'>
      <View className='courses-page__chips'>
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
      {error ? <View className='card error'>{error}</View> : null}
      {loading && !courses.length ? <View className='card muted'>{t.courses.loading}</View> : null}
      {!loading && !error && !courses.length ? <View className='card muted'>{t.courses.none}</View> : null}
      {courses.map((c) => (
        <View key={c.id} className='card course-card' data-testid='course-card' onClick={() => void Taro.navigateTo({ url: `/pages/course/index?id=${c.id}` })}>
          <View className='course-card__title'>
            {c.dualCertificate ? <Text className='course-card__dual'>{t.courses.dual}</Text> : null}
            {c.title}
          </View>
          <View className='muted'>
            {c.provider.name} · {c.trade.name} · {levelLabel(c.level)}
          </View>
          <View className='muted'>
            {describeSchedule(c.sessions)} · {describeFee(c.feeFen, c.subsidyFen)}
          </View>
          <View className='course-card__foot'>
            <Text className={c.seatsLeft ? 'course-card__seats' : 'muted'}>{c.seatsLeft ? t.courses.seatsLeft(c.seatsLeft) : t.courses.full}</Text>
            {c.distanceM !== undefined ? <Text className='muted'>{formatDistance(c.distanceM)}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
