import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Job, JobFit } from '@yilu/contract';
import { keyboardFocusable } from '../components/keyboard/focusable';
import { t } from '../locales/zh-CN';
import { formatDistance } from '../points/format';
import { monthDay, pathways, type Pathway } from './format';

type Missing = JobFit['missing'][number];
type Requirement = Job['requirements'][number];

const openCourse = (id: string) => void Taro.navigateTo({ url: `/pages/course/index?id=${id}` });
const sameRequirement = (a: Requirement, b: Missing) => a.type === b.type && a.level === b.level;

/** Missing certificates and the open classes nearby that end in them, each a tap away from its class page. */
function PathwayClasses({ pathway }: { pathway: Pathway }) {
  return (
    <View className="job-missing" data-testid="job-missing">
      <View className="job-missing__title">{t.jobs.pathway(pathway.labels)}</View>
      {pathway.classes.length === 0 ? <View className="muted">{t.jobs.noPathway}</View> : null}
      {pathway.classes.map((c) => (
        <View
          key={c.id}
          className="pathway-class"
          data-testid="pathway-class"
          role="link"
          {...keyboardFocusable}
          onClick={() => openCourse(c.id)}
        >
          <View>
            <View className="pathway-class__title">{c.title}</View>
            <View className="muted">
              {t.jobs.pathwayClass(c.providerName, monthDay(c.firstSession))}
              {c.distanceM === undefined ? '' : ` · ${formatDistance(c.distanceM)}`} · {t.courses.seatsLeft(c.seatsLeft)}
            </View>
          </View>
          <Text className="pathway-class__go">›</Text>
        </View>
      ))}
    </View>
  );
}

/** The certificates a job asks for, which the worker holds (✔) or lacks (✖), and the way to each one missing. */
export function JobFitCard({ job }: { job: Job }) {
  const missing = job.fit?.missing ?? [];
  return (
    <View className="card" data-testid="job-fit-card">
      <Text className="job-label">{t.jobs.requirements}</Text>
      {job.requirements.length === 0 ? <View className="job-requirement">{t.jobs.noRequirements}</View> : null}
      {job.requirements.map((r) => {
        const lacking = job.fit && missing.some((m) => sameRequirement(r, m));
        return (
          <View key={r.label} className={`job-requirement ${lacking ? 'job-requirement--missing' : ''}`}>
            {job.fit ? (lacking ? '✖ ' : '✔ ') : '🎓 '}
            {r.label}
          </View>
        );
      })}
      {pathways(missing).map((p) => (
        <PathwayClasses key={p.labels.join()} pathway={p} />
      ))}
    </View>
  );
}
