import * as z from 'zod';

/** `scheduler.run` takes nothing: it works on the database as it is, at the current time. */
export const runInput = z.object({}).strict().optional();

/** What a timer trigger sends on CloudBase: `{ Type: 'Timer', TriggerName, Time, Message }`. */
export const timerEventSchema = z
  .object({ Type: z.literal('Timer'), TriggerName: z.string().optional(), Time: z.string().optional() })
  .loose();
