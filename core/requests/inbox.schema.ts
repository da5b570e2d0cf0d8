import * as z from 'zod';
import { page } from './fields';
import { STATUSES } from './statuses';

/** A unit handler's list: requests where their unit leads or co-handles, by default the open ones. */
export const inboxInput = page
  .extend({ statuses: z.array(z.enum(STATUSES)).min(1).max(STATUSES.length).default(['dispatched', 'in_progress']) })
  .strict()
  .default({ page: 0, pageSize: 20, statuses: ['dispatched', 'in_progress'] });
