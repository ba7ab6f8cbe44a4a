import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Job } from '@yilu/contract';
import { useSession } from '../../auth/use-session';
import { keyboardFocusable } from '../../components/keyboard/focusable';
import PageHeader from '../../components/page-header';
import { t } from '../../locales/zh-CN';
import { OfflineBanner } from '../../offline/OfflineBanner';
import { formatDistance } from '../../points/format';
import { navigateTo } from '../../points/navigate';
import { useTextSizeClass } from '../../text-size/large-text';
import { ApplyCard } from '../ApplyCard';
import { payPerMonth, shiftsText } from '../format';
import { FitLine } from '../JobCard';
import { JobFitCard } from '../JobFit';
import { useJob } from '../use-job';
import '../jobs.css';

const openCourse = (id: string) => void Taro.navigateTo({ url: `/pages/course/index?id=${id}` });

/** The post, the employer, pay, shifts, headcount, deadline, the site with navigation and the order class. */
function JobFacts({ job }: { job: Job }) {
  const [navError, setNavError] = useState('');
  return (
    <View className="card">
      <View className="title">{job.jobTitle}</View>
      <View className="muted">
        {job.employerName} · {job.areaName}
      </View>
      <View className="job-pay">{payPerMonth(job.payFen)}</View>
      <View className="muted">
        {t.jobs.headcount(job.headcount)} · {t.jobs.deadline(job.deadline)}
      </View>
      <FitLine fit={job.fit} />
      <Text className="job-label">{t.jobs.shifts}</Text>
      <View>{shiftsText(job.shifts)}</View>
      <Text className="job-label">{t.jobs.site}</Text>
      <View className="job-site">
        <Text className="job-site__name">
          {job.site.name} · {job.site.address}
          {job.distanceM === undefined ? '' : ` · ${formatDistance(job.distanceM)}`}
        </Text>
        <View
          className="tap-link"
          role="button"
          {...keyboardFocusable}
          onClick={() => void navigateTo({ ...job.site, crs: job.crs }).catch((e: Error) => setNavError(e.message))}
        >
          {t.jobs.navigate}
        </View>
      </View>
      {navError ? <View className="error">{navError}</View> : null}
      {job.orderCourse ? (
        <View className="tap-link" role="link" {...keyboardFocusable} onClick={() => openCourse(job.orderCourse!.id)}>
          {t.jobs.orderClass(job.orderCourse.title)}
        </View>
      ) : null}
      {job.description ? (
        <>
          <Text className="job-label">{t.jobs.description}</Text>
          <View className="job-description">{job.description}</View>
        </>
      ) : null}
    </View>
  );
}

/** 岗位详情: the job, whether the worker's certificates fit it (and the classes for what is missing), and 申请. */
export default function JobPage() {
  const { params } = useRouter();
  const { user } = useSession();
  const textSize = useTextSizeClass();
  const state = useJob(params.id);
  const { job } = state;

  return (
    <View className={`page job-page ${textSize}`} data-testid="job-detail">
      <PageHeader title={t.pageHeader.job} back />
      <OfflineBanner savedAt={state.savedAt} />
      {state.error ? <View className="card error">{state.error}</View> : null}
      {!job && !state.error ? <View className="card muted">{t.jobs.loadingJob}</View> : null}
      {job ? (
        <>
          <JobFacts job={job} />
          <JobFitCard job={job} />
          <ApplyCard job={job} state={state} signedIn={Boolean(user)} />
        </>
      ) : null}
    </View>
  );
}
