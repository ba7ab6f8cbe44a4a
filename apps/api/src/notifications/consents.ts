import type { Types } from 'mongoose';
import type { Models } from '../db/connection.js';

const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

/** Records one grant per accepted template, numbered after the worker's last one (a race takes the next number). */
export async function grantConsents(models: Models, workerId: string, templateIds: readonly string[]): Promise<void> {
  for (const templateId of new Set(templateIds)) {
    for (;;) {
      const last = await models.Consent.findOne({ workerId, templateId }).sort({ no: -1 }).select({ no: 1 }).lean();
      try {
        await models.Consent.create({ workerId, templateId, no: (last?.no ?? 0) + 1, grantedAt: new Date() });
        break;
      } catch (error) {
        if (!isDuplicate(error)) throw error;
      }
    }
  }
}

/**
 * Uses one of the worker's unused grants for the template; false when none is left. A message that already used one
 * (a later try, or a try taken over from a process that stopped) keeps it.
 */
export async function useConsent(models: Models, workerId: Types.ObjectId, templateId: string, deliveryKey: string): Promise<boolean> {
  if (await models.ConsentUse.exists({ deliveryKey })) return true;
  const granted = await models.Consent.countDocuments({ workerId, templateId });
  for (let no = (await models.ConsentUse.countDocuments({ workerId, templateId })) + 1; no <= granted; no++) {
    try {
      await models.ConsentUse.create({ workerId, templateId, no, deliveryKey });
      return true;
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
  }
  return false;
}
