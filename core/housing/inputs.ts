import * as z from 'zod';
import { text } from '../contract/text';
import { documentList } from '../documents';
import { calendarDate, personInput, stationId } from '../stays/fields';
import { APPLICATION_ID } from '../stays/ids';
import { identityDocument } from '../documents';
import { DEGREES, TALENT_CATEGORIES } from '../talent/profile';
import { BLOCK_STATUSES, MAX_BLOCK_UNITS } from './blocks';
import { LEASE_STATUSES, UNIT_TYPES } from './model';
import { apartmentPolicySchema } from './policy';

// The input schemas of the housing function's actions (core/housing/api.ts).

export const buildingId = z.string().regex(/^[a-z0-9-]{1,40}$/);
export const unitId = z.string().regex(/^[a-z0-9-]{1,60}$/);
export const recordId = z.string().regex(APPLICATION_ID);
/** 统一社会信用代码: 18 characters. */
export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
const bilingual = z.object({ 'zh-CN': text({ max: 80 }), en: text({ max: 120 }) }).strict();
const slotTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const byId = z.object({ id: recordId }).strict();
const byLease = z.object({ leaseId: recordId }).strict();
const money = z.number().int().min(0).max(1_000_000);

/** `housing.saveBuilding` (admin): creates or replaces a building's description; units and policy are separate. */
export const saveBuildingInput = z
  .object({
    id: buildingId,
    name: bilingual,
    district: text({ max: 40 }),
    address: z.object({ 'zh-CN': text({ max: 160 }), en: text({ max: 200 }) }).strict(),
    location: z
      .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
      .strict()
      .nullable(),
    photos: z.array(z.string().regex(/^cloud:\/\/[A-Za-z0-9._-]+\/[^\s]{1,500}$/)).max(9),
    facilities: z.array(text({ max: 40 })).max(20),
    stationId,
    viewing: z.object({ times: z.array(slotTime).min(1).max(12), capacity: z.number().int().min(1).max(50) }).strict(),
    active: z.boolean(),
  })
  .strict();

/** `housing.saveUnitType` (admin): one unit type's area, listed rent and deposit in a building. */
export const saveUnitTypeInput = z
  .object({
    buildingId,
    type: z.enum(UNIT_TYPES),
    area: z.number().min(5).max(500),
    monthlyRent: money,
    deposit: money,
  })
  .strict();

/** `housing.saveUnit` (admin): a unit of the inventory; its periods are never edited here. */
export const saveUnitInput = z
  .object({
    id: unitId,
    buildingId,
    number: text({ max: 20 }),
    floor: z.number().int().min(-5).max(200),
    type: z.enum(UNIT_TYPES),
    status: z.enum(['available', 'maintenance']),
  })
  .strict();

/** `housing.setPolicy` (admin): the building's whole policy (core/housing/policy.ts). */
export const setPolicyInput = z.object({ buildingId, policy: apartmentPolicySchema }).strict();

/** `housing.saveEmployer` (admin): an employer of the district's register and the HR users who confirm for it. */
export const saveEmployerInput = z
  .object({ creditCode, name: text({ max: 80 }), hrOpenIds: z.array(z.string().min(1).max(64)).max(20), active: z.boolean() })
  .strict();

export const buildingsInput = z.object({}).strict().optional();

/** `housing.apply`: a household applies for a unit type of a building, naming the employer that confirms. */
export const applyApartmentInput = z
  .object({
    buildingId,
    unitType: z.enum(UNIT_TYPES),
    householdSize: z.number().int().min(1).max(10),
    category: z.enum(TALENT_CATEGORIES),
    degree: z.enum(DEGREES),
    applicant: personInput,
    employerCreditCode: creditCode,
    socialInsuranceInShanghai: z.boolean(),
    ownsHomeInShanghai: z.boolean(),
    documents: documentList,
  })
  .strict();
export type ApplyApartmentInput = z.infer<typeof applyApartmentInput>;

export const mineInput = z.object({}).strict().optional();
export const withdrawInput = byId;
export const acceptOfferInput = byId;
export const declineOfferInput = byId;
/** `housing.bookViewing`: one slot of the offered building, while the offer stands. */
export const bookViewingInput = z.object({ id: recordId, date: calendarDate, time: slotTime }).strict();
export const requestRenewalInput = byLease;
/** `housing.giveNotice`: early termination; `moveOut` is the first day no longer leased. */
export const giveNoticeInput = z.object({ leaseId: recordId, moveOut: calendarDate }).strict();

export const employerQueueInput = z.object({}).strict().optional();
export const confirmEmploymentInput = byId;
export const denyEmploymentInput = z.object({ id: recordId, reason: text({ min: 2, max: 500, multiline: true }) }).strict();

export const waitingListInput = z.object({ buildingId, unitType: z.enum(UNIT_TYPES) }).strict();
/** `housing.staffBuildings`: the buildings the caller runs (an admin: every one, inactive too). */
export const staffBuildingsInput = z.object({}).strict().optional();
/** `housing.units`: a building's units with the periods each is taken (the inventory and the allocation board). */
export const unitsInput = z.object({ buildingId }).strict();
/**
 * `housing.applications`: a building's applications for a unit type that are not on the list itself: still
 * awaiting the employer's confirmation, or holding an offer (the board shows both beside the list).
 */
export const staffApplicationsInput = z
  .object({ buildingId, unitType: z.enum(UNIT_TYPES), status: z.enum(['awaiting-employer', 'offered']) })
  .strict();
/** `housing.offer`: the unit, from `start`, to the head of the building's list for the unit's type. */
export const offerInput = z.object({ unitId, start: calendarDate }).strict();
export const leasesInput = z.object({ buildingId, status: z.enum(LEASE_STATUSES).optional() }).strict();
export const recordMoveInInput = z
  .object({ leaseId: recordId, checklist: z.array(z.object({ item: text({ max: 60 }), ok: z.boolean() }).strict()).max(30) })
  .strict();
export const recordMoveOutInput = z
  .object({ leaseId: recordId, inspection: text({ min: 2, max: 1000, multiline: true }), deductions: money })
  .strict();

/** `housing.leaseDocument`: the lease as a PDF, for its tenant and the building's operators. */
export const leaseDocumentInput = byLease;
/** `housing.signLease`: the tenant confirms the lease document as it reads now (a recorded confirmation). */
/**
 * `tenancies.signLease`: the tenant confirms the lease document they opened, named by its text's SHA-256 (hex) as
 * `leaseDocument` answered it; a text changed since (a renewal, a notice) is not signed.
 */
export const signLeaseInput = z
  .object({ leaseId: recordId, textHash: z.string().regex(/^[0-9a-f]{64}$/, { message: 'not a document hash' }) })
  .strict();
/** `housing.reveal`: an application's, or a lease's tenant's, phone and identity numbers, for the operators. */
export const revealInput = byId;

/** `housing.applyBlock` (employer HR): `units` units of a type in a building, from `start`, for `months`. */
export const applyBlockInput = z
  .object({
    creditCode,
    buildingId,
    unitType: z.enum(UNIT_TYPES),
    units: z.number().int().min(1).max(MAX_BLOCK_UNITS),
    start: calendarDate,
    months: z.number().int().min(1).max(36),
  })
  .strict();
export const employerBlocksInput = z.object({}).strict().optional();
export const withdrawBlockInput = byId;
export const blockQueueInput = z.object({ buildingId, status: z.enum(BLOCK_STATUSES).optional() }).strict();
/** `housing.allocateBlock`: exactly the block's number of units, of its type, in its building. */
export const allocateBlockInput = z.object({ id: recordId, unitIds: z.array(unitId).min(1).max(MAX_BLOCK_UNITS) }).strict();
export const rejectBlockInput = z.object({ id: recordId, reason: text({ min: 2, max: 500, multiline: true }) }).strict();
/** `housing.nameTenant` (employer HR): who lives in one unit of the block; renaming is allowed until they confirm. */
export const nameTenantInput = z.object({ id: recordId, unitId, tenant: personInput }).strict();
/** The code HR passed on (`housing.nameTenant`'s reply). */
export const inviteCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NP-Z2-9]{10}$/);
/** `housing.confirmTenancy`: the named tenant, with the code and their identity document (it must be the named one). */
export const confirmTenancyInput = z.object({ code: inviteCode, identityDocument }).strict();
