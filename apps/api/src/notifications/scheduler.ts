import type { AppContext } from '../context.js';
import { retryDue } from './deliver.js';
import { runReminders } from './reminders.js';

type Ctx = Pick<AppContext, 'models' | 'config' | 'logger'>;

/**
 * Runs the reminders and the retries every `config.schedulerMs` (0: never). Every API instance may run one: each
 * message is claimed by its key and each try by its number, so two instances computing the same reminder send it
 * once, and a message a stopped instance left pending is taken over by one of the others after the lease.
 */
export function createScheduler(ctx: Ctx) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function tick() {
    try {
      await runReminders(ctx);
      await retryDue(ctx);
    } catch (error) {
      ctx.logger.warn({ err: error }, 'reminders run failed');
    }
  }

  return {
    tick,
    start() {
      if (!ctx.config.schedulerMs || timer) return;
      timer = setInterval(() => {
        running ??= tick().finally(() => (running = undefined));
      }, ctx.config.schedulerMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
