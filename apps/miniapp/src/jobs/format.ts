import type { Job, JobApplication, JobFit } from '@yilu/contract';
import {
  applicationStateLabels,
  applicationSteps,
  BEIJING_TIMEZONE,
  jobShiftLabels,
  zonedDateTime,
  zoneNote,
  type ApplicationState,
} from '@yilu/shared';
import { t } from '../locales/zh-CN';

/** "5,000", "5,500.5": yuan from fen, grouped by thousands the same way on every phone (no locale data needed). */
export function yuan(fen: number): string {
  const [whole, cents] = (Math.round(fen) / 100).toFixed(2).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = cents.replace(/0+$/, '');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** "5,000–8,000 元/月", or "6,000 元/月" when the range is one figure. */
export function payPerMonth(payFen: { min: number; max: number }): string {
  const range = payFen.min === payFen.max ? yuan(payFen.min) : `${yuan(payFen.min)}–${yuan(payFen.max)}`;
  return t.jobs.perMonth(range);
}

/** "白班、夜班". */
export const shiftsText = (shifts: Job['shifts']) => shifts.map((s) => jobShiftLabels[s]).join('、');

export type FitTone = 'ok' | 'missing' | 'unknown';

/**
 * What a job card says about the worker: "✔ 符合条件", "缺少：电工特种作业操作证" (each missing certificate by its label),
 * or, for a guest (no fit), that signing in tells.
 */
export function fitWording(fit: JobFit | undefined): { tone: FitTone; text: string } {
  if (!fit) return { tone: 'unknown', text: t.jobs.signInForFit };
  if (fit.qualifies) return { tone: 'ok', text: t.jobs.qualifies };
  return { tone: 'missing', text: t.jobs.missing(fit.missing.map((m) => m.label).join('、')) };
}

export interface Pathway {
  /** The missing certificates these classes end in. */
  labels: string[];
  classes: JobFit['missing'][number]['classes'];
}

/**
 * The ways to the missing certificates: certificates the same classes end in go together, so a 一培双证 class that
 * gives both missing certificates is offered once for the two, not once for each.
 */
export function pathways(missing: JobFit['missing']): Pathway[] {
  const bySet = new Map<string, Pathway>();
  for (const m of missing) {
    const key = m.classes.length ? m.classes.map((c) => c.id).join(',') : `none:${m.label}`;
    const found = bySet.get(key);
    if (found) found.labels.push(m.label);
    else bySet.set(key, { labels: [m.label], classes: m.classes });
  }
  return [...bySet.values()];
}

/** The first day of a pathway class, as a worker reads it: "12月1日". */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** Beijing time of an interview, named as such on a phone in another zone (Xinjiang): "2026-12-03 10:00（北京时间）". */
export const beijingTime = (iso: string, phoneZone?: string) =>
  `${zonedDateTime(iso, BEIJING_TIMEZONE)}${zoneNote(BEIJING_TIMEZONE, phoneZone)}`;

/**
 * An application's state in words, with what the worker needs next: the interview's time and place, the start
 * date, the employer's reason.
 */
export function applicationStateText(a: Pick<JobApplication, 'state' | 'interview' | 'startDate' | 'reason'>, phoneZone?: string): string {
  if (a.state === 'interview' && a.interview) return t.applications.interview(beijingTime(a.interview.at, phoneZone), a.interview.place);
  if (a.state === 'hired' && a.startDate) return t.applications.hired(a.startDate);
  if (a.state === 'declined' && a.reason) return t.applications.declined(a.reason);
  return applicationStateLabels[a.state];
}

/** Whether the worker may still withdraw: the shared rule the API enforces (before the start, not once it is over). */
export const canWithdraw = (state: ApplicationState) => applicationSteps.withdraw.from.includes(state);

/** Tone of a state for its tag: under way, good news, or over. */
export function stateTone(state: ApplicationState): 'open' | 'done' | 'closed' {
  if (state === 'declined' || state === 'withdrawn') return 'closed';
  return state === 'applied' ? 'open' : 'done';
}
