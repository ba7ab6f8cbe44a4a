import { Checkbox, Text, View } from '@tarojs/components';
import ActionButton from '../../components/action-button';
import Taro, { useRouter } from '@tarojs/taro';
import PointsMap from '../../components/points-map';
import { navigateTo } from '../../points/navigate';
import { useState } from 'react';
import { BEIJING_TIMEZONE, percentText, zonedDateTime, zoneNote } from '@yilu/shared';
import {
  certificateTypeLabels,
  describeFee,
  enrollBlocker,
  groupLabels,
  levelLabel,
  myEnrollmentState,
  scheduleByDay,
} from '../../courses/format';
import { useCourse } from '../../courses/use-course';
import { openJob } from '../../jobs/JobCard';
import { t } from '../../locales/zh-CN';
import { askSubscribe } from '../../notifications/subscribe';
import { OfflineBanner } from '../../offline/OfflineBanner';
import FormField, { bindFields } from '../../components/form-field';
import PageHeader from '../../components/page-header';
import { useTextSizeClass } from '../../text-size/large-text';
import './index.css';

const openPoint = (id: string) => void Taro.navigateTo({ url: `/pages/point/index?id=${id}` });
const openMyClasses = () => void Taro.switchTab({ url: '/pages/me/index' });

export default function CoursePage() {
  const { params } = useRouter();
  const textSize = useTextSizeClass();
  const { course, savedAt, sitePoint, error, form, setForm, fieldErrors, sending, message, setMessage, submit } = useCourse(params.id);
  const [enrolling, setEnrolling] = useState(false);

  if (error)
    return (
      <View className={`page ${textSize}`}>
        <PageHeader title={t.pageHeader.course} back />
        <View className="card error">{error}</View>
      </View>
    );
  if (!course)
    return (
      <View className={`page ${textSize}`}>
        <PageHeader title={t.pageHeader.course} back />
        <View className="card muted">加载中…</View>
      </View>
    );

  const blocker = enrollBlocker(course);
  const mine = myEnrollmentState(course.myEnrollment);
  const bind = bindFields(form, setForm, fieldErrors);

  return (
    <View className={`page course-page ${textSize}`} data-testid="course-detail">
      <PageHeader title={t.pageHeader.course} back />
      <OfflineBanner savedAt={savedAt} />
      <View className="card">
        <View className="title">{course.title}</View>
        <View className="muted">
          {course.trade.name}
          {course.trade.code ? `（${course.trade.code}）` : ''} · {levelLabel(course.level)}
        </View>
        <View className="course-page__label">{t.course.certificatesTitle}</View>
        <View data-testid="course-certificates">
          {course.certificates.map((c) => (
            <View key={c.type} className="course-page__cert">
              🎓 {c.name}
              <Text className="muted">
                （{certificateTypeLabels[c.type]}，{c.issuer}）
              </Text>
            </View>
          ))}
        </View>
        <View className="course-page__rule" data-testid="attendance-rule">
          {t.course.attendanceRule(percentText(course.minAttendanceShare))}
        </View>
      </View>

      <View className="card">
        <View className="course-page__label">
          {t.course.schedule}
          <Text className="course-page__zone" data-testid="schedule-zone">
            {zoneNote(BEIJING_TIMEZONE)}
          </Text>
        </View>
        {scheduleByDay(course.sessions).map((d) => (
          <View key={d.day} className="course-page__day">
            <Text className="course-page__date">{d.day}</Text>
            <Text>{d.slots}</Text>
          </View>
        ))}
        <View className="course-page__label">{t.course.site}</View>
        {sitePoint ? (
          <View className="course-page__map" data-testid="course-site-map">
            <PointsMap
              center={sitePoint.location}
              features={[{ ...sitePoint, type: 'point' }]}
              selectedId={sitePoint.id}
              onSelect={openPoint}
            />
          </View>
        ) : null}
        {course.sites.map((s) => (
          <View key={s.name} className="course-page__site">
            <Text className="course-page__site-name">
              {s.name} · {s.address}
            </Text>
            <Text
              className="tap-link"
              onClick={() => void navigateTo({ ...s, crs: course.crs }).catch((e: Error) => setMessage(e.message))}
            >
              {t.course.navigate}
            </Text>
            {s.pointId ? (
              <Text className="tap-link" onClick={() => openPoint(s.pointId!)}>
                {t.course.sitePoint}
              </Text>
            ) : null}
          </View>
        ))}
        <View className="course-page__label">{t.course.fee}</View>
        <View>{describeFee(course.feeFen, course.subsidyFen)}</View>
        <View className="course-page__label">{t.course.eligibility}</View>
        <View>{course.eligibility.map((g) => groupLabels[g]).join('；')}</View>
        <View className="course-page__label">{t.course.provider}</View>
        <View>
          {course.provider.name}（{course.provider.registrationNo}）
        </View>
        {course.employer ? (
          <>
            <View className="course-page__label">{t.course.employer}</View>
            <View>{course.employer}</View>
          </>
        ) : null}
        <View className="course-page__label">{t.course.deadline}</View>
        <View data-testid="enroll-deadline">
          {zonedDateTime(course.enrollDeadline, BEIJING_TIMEZONE)}
          {zoneNote(BEIJING_TIMEZONE)}
        </View>
        <View className={blocker ? 'course-page__closed' : 'course-page__seats'}>{blocker ?? t.courses.seatsLeft(course.seatsLeft)}</View>
      </View>

      <View className="card">
        {mine ? (
          <View className="course-page__mine" data-testid="my-enrollment">
            <Text>{t.course.mine(mine.label)}</Text>
            {mine.offerEnroll ? null : (
              <Text className="link" onClick={openMyClasses}>
                {t.course.myClasses}
              </Text>
            )}
          </View>
        ) : null}
        {course.orderJobs?.map((j) => (
          <View key={j.id} className="course-page__promise" data-testid="order-promise" onClick={() => openJob(j.id)}>
            {t.course.orderPromise(j.employerName, j.jobTitle)}
          </View>
        ))}
        {mine && !mine.offerEnroll ? null : enrolling ? (
          <>
            <View className="course-page__label">{t.course.enrollTitle}</View>
            <FormField label={t.course.realName} {...bind('realName')} />
            <FormField label={t.course.phone} type="number" {...bind('phone')} />
            <FormField label={t.course.idNumber} type="idcard" {...bind('idNumber')} />
            <Text className="course-page__label">{t.course.group}</Text>
            <View className="course-form__groups">
              {course.eligibility.map((g) => (
                <View key={g} className={`chip ${form.group === g ? 'chip--on' : ''}`} onClick={() => setForm({ ...form, group: g })}>
                  {groupLabels[g]}
                </View>
              ))}
            </View>
            {fieldErrors.group ? <Text className="error">{fieldErrors.group}</Text> : null}
            <View
              className={`course-form__consent ${form.consent ? 'course-form__consent--on' : ''}`}
              data-testid="consent"
              onClick={() => setForm({ ...form, consent: !form.consent })}
            >
              <Checkbox value="consent" checked={form.consent} color="#0b57d0" nativeProps={{ 'aria-label': t.course.consent }} />
              <Text>{t.course.consent}</Text>
            </View>
            {fieldErrors.consent ? <Text className="error">{fieldErrors.consent}</Text> : null}
            <ActionButton
              className="primary-button"
              loading={sending}
              disabled={sending}
              onClick={() => {
                askSubscribe('enroll');
                void submit();
              }}
            >
              {t.course.submit}
            </ActionButton>
          </>
        ) : (
          <ActionButton className="primary-button" disabled={Boolean(blocker)} onClick={() => setEnrolling(true)}>
            {blocker ?? t.course.enroll}
          </ActionButton>
        )}
        {message ? (
          <View
            className={`course-page__message ${message === t.course.enrolled ? '' : 'course-page__message--error'}`}
            data-testid="enroll-message"
          >
            {message}
          </View>
        ) : null}
      </View>
    </View>
  );
}
