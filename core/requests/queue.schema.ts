import * as z from 'zod';
import { page } from './fields';
import { STATUSES } from './statuses';

/** The operator's list: by default what waits for triage or dispatch. */
export const queueInput = page
  .extend({ statuses: z.array(z.enum(STATUSES)).min(1).max(STATUSES.length).default(['submitted', 'returned', 'triaged']) })
  .strict()
  .default({ page: 0, pageSize: 20, statuses: ['submitted', 'returned', 'triaged'] });
