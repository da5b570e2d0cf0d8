import { AppError } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { leaseTerm, offerLastDay } from '../../../core/housing/lease';
import type { ApartmentApplication, ApartmentBuilding, ApartmentUnit } from '../../../core/housing/records';
import { changePeriods } from '../../../core/housing/unit-periods';
import { recordAudit } from '../audit';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { skipConflict } from '../skip-conflict';
import { changeUnit, policyOf, setApplication, tell, toApartmentView, waitingHeads } from './store';

/** Candidates tried per read of the list's head, and reads. */
const HEADS = 5;
const HEAD_ROUNDS = 3;

type OfferContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * Offers a unit from `start`, for the policy's lease term, to the head of the building's list for the unit's type:
 * an operator's `housing.offer`, or the scheduler's for a building whose policy offers automatically (`auditAction`).
 * The head becomes offered (compare-and-set on its status), then the unit is taken by a conditional write on its
 * version that refuses any clash with another household's offer or lease; refused there, the head goes back.
 * NOT_FOUND when nobody waits for the unit's type; CONFLICT when the unit cannot be offered from `start`.
 */
export async function offerUnit(
  ctx: OfferContext,
  input: { unit: ApartmentUnit; building: ApartmentBuilding; start: string; auditAction: 'housing.offer' | 'housing.autoOffer' },
) {
  const { unit, building } = input;
  const today = shanghaiDate(ctx.now);
  if (unit.status !== 'available' || !building.unitTypes[unit.type]) throw new AppError('CONFLICT');
  const policy = policyOf(building);
  const term = leaseTerm(input.start, policy.leaseMonths);
  const offered = { unitId: unit._id, ...term, offeredOn: today, expiresOn: offerLastDay(today, policy) };
  const offerChange = (holderId: string) =>
    ({ kind: 'offer', holderId, start: term.start, end: term.end, expiresOn: offered.expiresOn }) as const;
  const fields: Partial<ApartmentApplication> = { status: 'offered', offer: offered, viewing: null, updatedAt: ctx.now };
  // Of offers racing for one head, one goes on to the unit; the others try the next ones, and read the list's head
  // again, a few times.
  let app: ApartmentApplication | null = null;
  for (let round = 0; round < HEAD_ROUNDS && !app; round += 1) {
    const heads = await waitingHeads(ctx.db, { buildingId: building._id, unitType: unit.type, policy, count: HEADS });
    if (heads.length === 0)
      throw new AppError('NOT_FOUND', { message: { 'zh-CN': '该户型暂无轮候申请', en: 'Nobody is waiting for this unit type' } });
    // Refused on the unit as read: nothing is written.
    const precheck = changePeriods({ unitId: unit._id, periods: unit.periods, change: offerChange(heads[0]._id), today });
    if (!precheck.ok) throw new AppError('CONFLICT', { message: precheck.reasons[0].message, details: { reasons: precheck.reasons } });
    for (const candidate of heads) {
      if (await skipConflict(() => setApplication(ctx.db, { id: candidate._id, from: 'waiting', fields }))) {
        app = candidate;
        break;
      }
    }
  }
  if (!app) throw new AppError('CONFLICT');
  const head = app;
  try {
    await changeUnit(ctx.db, { unitId: unit._id, change: offerChange(head._id), today, now: ctx.now });
  } catch (error) {
    // Taken meanwhile: the application goes back to the list as it was (unless its owner withdrew meanwhile).
    const back = { status: 'waiting' as const, offer: null, viewing: head.viewing, updatedAt: head.updatedAt };
    await skipConflict(() => setApplication(ctx.db, { id: head._id, from: 'offered', fields: back }));
    throw error;
  }
  await recordAudit(
    { ...ctx, action: input.auditAction },
    {
      target: { collection: COLLECTIONS.apartmentApplications, id: head._id },
      before: 'waiting',
      after: 'offered',
      note: { unitId: unit._id, start: term.start, end: term.end },
    },
  );
  await tell(ctx, {
    recipient: head.ownerId,
    event: 'offered',
    recordId: head._id,
    version: head.updatedAt,
    buildingName: building.name,
    data: { start: term.start, expiresOn: offered.expiresOn },
  });
  return toApartmentView({ ...head, ...fields });
}
