import { AppError } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { unitsToOfferNow } from '../../../core/housing/board';
import { autoOfferStart } from '../../../core/housing/lease';
import type { ActionContext } from '../handler';
import { offerUnit } from './offer';
import { activeBuildings, unitsOf } from './repository';
import { policyOf } from './store';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * The scheduler's automatic offers: in each building whose policy says so (`autoOffer`), every unit free for a lease
 * term from the day after the offer's last day (core `autoOfferStart`) goes to the head of its type's list, as the
 * operator's offer would (`offerUnit`), at most `limit` a run. A freed unit (a lease ended, an offer declined or lapsed) is offered on the next run.
 * A unit taken meanwhile, or a type nobody waits for, is left for the next run.
 */
export async function offerFreedUnits(ctx: SweepContext, input: { limit: number }): Promise<{ offered: number }> {
  const today = shanghaiDate(ctx.now);
  let offered = 0;
  for (const building of (await activeBuildings(ctx.db)).filter((b) => policyOf(b).autoOffer)) {
    const units = unitsToOfferNow({
      policy: policyOf(building),
      unitTypes: building.unitTypes,
      units: await unitsOf(ctx.db, building._id),
      today,
    });
    const nobodyWaits = new Set<string>();
    for (const unit of units) {
      if (offered >= input.limit) return { offered };
      if (nobodyWaits.has(unit.type)) continue;
      try {
        await offerUnit(ctx, { unit, building, start: autoOfferStart(today, policyOf(building)), auditAction: 'housing.autoOffer' });
        offered += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'NOT_FOUND') nobodyWaits.add(unit.type);
        else if (error.code !== 'CONFLICT') throw error;
      }
    }
  }
  return { offered };
}
