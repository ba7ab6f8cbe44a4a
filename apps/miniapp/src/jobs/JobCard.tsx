import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Job } from '@yilu/contract';
import { applicationStateLabels } from '@yilu/shared';
import { keyboardFocusable } from '../components/keyboard/focusable';
import { t } from '../locales/zh-CN';
import { formatDistance } from '../points/format';
import { fitWording, payPerMonth, shiftsText, stateTone } from './format';

export const openJob = (id: string) => void Taro.navigateTo({ url: `/jobs/detail/index?id=${id}` });

/** 符合条件 or 缺少：<certificate>, in words and colour. */
export function FitLine({ fit }: { fit: Job['fit'] }) {
  const words = fitWording(fit);
  return (
    <View className={`job-fit job-fit--${words.tone}`} data-testid="job-fit">
      {words.text}
    </View>
  );
}

/** One job in the 工作 list: the post, the employer, the monthly pay, how far, the shifts, and whether the worker fits. */
export function JobCard({ job }: { job: Job }) {
  return (
    <View className="card job-card" data-testid="job-card" role="link" {...keyboardFocusable} onClick={() => openJob(job.id)}>
      <View className="job-card__head">
        <Text className="job-card__title">{job.jobTitle}</Text>
        {job.distanceM === undefined ? null : <Text className="job-card__distance">{formatDistance(job.distanceM)}</Text>}
      </View>
      <View className="muted">{job.employerName}</View>
      <View className="job-pay">{payPerMonth(job.payFen)}</View>
      <View className="muted">
        {shiftsText(job.shifts)} · {job.trade.name} · {t.jobs.headcount(job.headcount)}
      </View>
      <FitLine fit={job.fit} />
      {job.myApplication ? (
        <Text className={`job-tag job-tag--${stateTone(job.myApplication.state)}`}>
          {t.jobs.mine(applicationStateLabels[job.myApplication.state])}
        </Text>
      ) : null}
    </View>
  );
}
