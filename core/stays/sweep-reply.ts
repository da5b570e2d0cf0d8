import * as z from 'zod';

// Its own file: the scheduler's reply embeds it, and a bundle takes every schema of a file it imports from.
const count = z.number().int().nonnegative();

/** What one stay sweep did, counted (`stays.sweep`, and `stays` in `scheduler.run`'s reply). */
export const staySweepReply = z.object({ expired: count, noShows: count, offersLapsed: count }).strict();
