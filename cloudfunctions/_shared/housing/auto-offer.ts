import { AppError } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { unitsToOfferNow } from '../../../core/housing/board';
import type { ActionContext } from '../handler';
import { offerUnit } from './offer';
import { activeBuildings, unitsOf } from './repository';
import { policyOf } from './store';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * The scheduler's automatic offers: in each building whose policy says so (`autoOffer`), every unit core's
 * `unitsToOfferNow` names goes to the head of its type's list, for a lease from the start it gives, as the operator's
 * offer would (`offerUnit`), at most `limit` a run. A freed unit (a lease ended, an offer declined or lapsed) is
 * offered on the next run; a unit taken meanwhile, or a type nobody waits for, is left for the next run.
 */
export async function offerFreedUnits(ctx: SweepContext, input: { limit: number }): Promise<{ offered: number }> {
  const today = shanghaiDate(ctx.now);
  let offered = 0;
  for (const building of await activeBuildings(ctx.db)) {
    const policy = policyOf(building);
    if (!policy.autoOffer) continue;
    const units = await unitsOf(ctx.db, building._id);
    const { start, units: free } = unitsToOfferNow({ policy, unitTypes: building.unitTypes, units, today });
    const nobodyWaits = new Set<string>();
    for (const unit of free) {
      if (offered >= input.limit) return { offered };
      if (nobodyWaits.has(unit.type)) continue;
      try {
        await offerUnit(ctx, { unit, building, start, auditAction: 'housing.autoOffer' });
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
