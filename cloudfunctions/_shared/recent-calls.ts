import type { Database } from './cloud';

/**
 * How many call tokens a counted document keeps. A write whose reply was lost is sent again within seconds; only as
 * many other writes to the document in between would let the repeat apply twice.
 */
const RECENT_CALLS = 20;

/**
 * A counted update applied once per call token: where the document's recent tokens (`field`) do not hold `token`,
 * and the update that adds it, the oldest dropped. An increment sent again after its reply was lost is refused.
 */
export const oncePerCall = (db: Database, field: string, token: string) => ({
  where: { [field]: db.command.neq(token) },
  update: { [field]: db.command.push({ each: [token], slice: -RECENT_CALLS }) },
});
