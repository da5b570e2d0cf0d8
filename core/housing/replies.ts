import * as z from 'zod';
import { DOCUMENT_KINDS, FILE_TYPES } from '../documents';
import { personView } from '../stays/replies';
import { DEGREES, TALENT_CATEGORIES } from '../talent/profile';
import { BLOCK_LAPSE_REASONS, BLOCK_STATUSES } from './blocks';
import { APARTMENT_STATUSES, LEASE_STATUSES, UNIT_TYPES } from './model';
import { apartmentPolicySchema } from './policy';

// Reply schemas of the housing actions (core/housing/api.ts); instants are Dates before the reply becomes JSON.
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.date();
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() }).strict();
const count = z.number().int().nonnegative();
const unitType = z.enum(UNIT_TYPES);

export const unitTypeSpecView = z.object({ area: z.number(), monthlyRent: count, deposit: count }).strict();

export const buildingView = z
  .object({
    _id: z.string(),
    name: bilingual,
    district: z.string(),
    address: bilingual,
    location: z.object({ latitude: z.number(), longitude: z.number() }).strict().nullable(),
    photos: z.array(z.string()),
    facilities: z.array(z.string()),
    stationId: z.string(),
    unitTypes: z.partialRecord(unitType, unitTypeSpecView),
    viewing: z.object({ times: z.array(z.string()), capacity: count }).strict(),
    policy: apartmentPolicySchema,
    active: z.boolean(),
    updatedAt: instant,
  })
  .strict();

/** `housing.buildings`: each active building with its free units today, per unit type. */
export const buildingsReply = z
  .object({ items: z.array(buildingView.extend({ freeUnits: z.partialRecord(unitType, count) }).strict()) })
  .strict();

export const periodView = z
  .object({ start: date, end: date, holderId: z.string(), kind: z.enum(['offer', 'lease']), expiresOn: date.nullable() })
  .strict();

export const unitView = z
  .object({
    _id: z.string(),
    buildingId: z.string(),
    number: z.string(),
    floor: z.number().int(),
    type: unitType,
    status: z.enum(['available', 'maintenance']),
    periods: z.array(periodView),
    version: count,
    updatedAt: instant,
  })
  .strict();

/** `housing.staffBuildings`: the buildings the caller runs, by id. */
export const staffBuildingsReply = z.object({ items: z.array(buildingView) }).strict();

/** `housing.units`: a building's units by number, each with its periods. */
export const unitsReply = z.object({ items: z.array(unitView) }).strict();

export const employerView = z
  .object({ _id: z.string(), name: z.string(), hrOpenIds: z.array(z.string()), active: z.boolean(), updatedAt: instant })
  .strict();

export const offerView = z.object({ unitId: z.string(), start: date, end: date, offeredOn: date, expiresOn: date }).strict();

/** An application as its owner, the employer's HR and the building's operators see it (no identity hash). */
export const apartmentView = z
  .object({
    _id: z.string(),
    buildingId: z.string(),
    unitType,
    ownerId: z.string(),
    person: personView,
    householdSize: z.number().int().positive(),
    category: z.enum(TALENT_CATEGORIES),
    degree: z.enum(DEGREES),
    employer: z.object({ creditCode: z.string(), name: z.string() }).strict(),
    declarations: z.object({ socialInsuranceInShanghai: z.boolean(), ownsHomeInShanghai: z.boolean() }).strict(),
    documents: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), fileId: z.string(), type: z.enum(FILE_TYPES), size: z.number() }).strict()),
    status: z.enum(APARTMENT_STATUSES),
    employerDueOn: date,
    queuedAt: instant.nullable(),
    declines: count,
    offer: offerView.nullable(),
    viewing: z.object({ date, time: z.string() }).strict().nullable(),
    leaseId: z.string().nullable(),
    reason: z.string().nullable(),
    submittedAt: instant,
    updatedAt: instant,
    /** Its owner deleted their account (core/housing/privacy.ts): the person is blank. */
    anonymisedAt: instant.optional(),
  })
  .strict();

export const leaseView = z
  .object({
    _id: z.string(),
    applicationId: z.string(),
    ownerId: z.string(),
    buildingId: z.string(),
    unitId: z.string(),
    unitType,
    tenantName: z.string(),
    start: date,
    end: date,
    monthlyRent: count,
    deposit: count,
    months: count,
    status: z.enum(LEASE_STATUSES),
    renewals: z.array(z.object({ on: date, months: count, end: date }).strict()),
    notice: z.object({ givenOn: date, moveOut: date }).strict().nullable(),
    moveIn: z
      .object({ on: date, checklist: z.array(z.object({ item: z.string(), ok: z.boolean() }).strict()) })
      .strict()
      .nullable(),
    moveOut: z.object({ on: date, inspection: z.string(), deductions: count }).strict().nullable(),
    signedAt: instant,
    signature: z.object({ at: instant, textHash: z.string() }).strict().nullable().optional(),
    blockId: z.string().nullable().optional(),
    documentFileId: z.string().nullable().optional(),
    updatedAt: instant,
    anonymisedAt: instant.optional(),
  })
  .strict();

/** Where an applicant stands on the list, and why those ahead are ahead (core's waitingPosition). */
export const waitingPositionView = z.object({ position: count, total: count, aheadByPriority: count, aheadByTime: count }).strict();

/** The name of the building a record of `housing.mine` is in, for the card that shows it (null: no longer stored). */
const inBuilding = { buildingName: bilingual.nullable() };

/** `housing.mine`: the caller's applications (with their place on the list while waiting) and leases. */
export const mineReply = z
  .object({
    applications: z.array(apartmentView.extend({ waitingPosition: waitingPositionView.nullable(), ...inBuilding }).strict()),
    leases: z.array(leaseView.extend(inBuilding).strict()),
  })
  .strict();

export const viewingReply = z
  .object({ application: apartmentView, slot: z.object({ date, time: z.string(), booked: count, capacity: count }).strict() })
  .strict();

export const applicationsReply = z.object({ items: z.array(apartmentView) }).strict();

/** `housing.waitingList`: the list in serving order, each with its tier and place. */
export const waitingListReply = z.object({ items: z.array(apartmentView.extend({ tier: count, position: count }).strict()) }).strict();

export const leasesReply = z.object({ items: z.array(leaseView) }).strict();

/** `housing.acceptOffer`: the application, now leased, and its lease. */
export const acceptReply = z.object({ application: apartmentView, lease: leaseView }).strict();

/**
 * `housing.leaseDocument`: the PDF made from the lease now, stored; `url` is a temporary download link (the app
 * opens it with Taro.downloadFile + openDocument, the H5 app as a link), `fileId` the stored file.
 */
export const leaseDocumentReply = z
  .object({
    leaseId: z.string(),
    fileId: z.string(),
    url: z.string(),
    filename: z.string(),
    mimeType: z.literal('application/pdf'),
    /** SHA-256 of the terms' text: what `signLease` records the tenant confirmed. */
    textHash: z.string(),
    signed: z.boolean(),
  })
  .strict();

/** `housing.reveal`: the numbers in clear, for the building's operators (every reveal is audited), as for stays. */
export { revealReply } from '../stays/replies';

export const blockAllocationView = z
  .object({
    unitId: z.string(),
    holderId: z.string(),
    tenant: z.object({ person: personView, namedAt: instant, code: z.string() }).strict().nullable(),
    ownerId: z.string().nullable(),
    leaseId: z.string().nullable(),
    confirmedAt: instant.nullable(),
    lapsed: z
      .object({ on: date, why: z.enum(BLOCK_LAPSE_REASONS), released: z.boolean() })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

/** An employer's block as its HR and the building's operators see it (tenants masked). */
export const blockView = z
  .object({
    _id: z.string(),
    buildingId: z.string(),
    unitType,
    employer: z.object({ creditCode: z.string(), name: z.string() }).strict(),
    requestedBy: z.string(),
    units: z.number().int().positive(),
    start: date,
    months: z.number().int().positive(),
    end: date,
    status: z.enum(BLOCK_STATUSES),
    allocations: z.array(blockAllocationView),
    reason: z.string().nullable(),
    allocatedBy: z.string().nullable().optional(),
    allocatedOn: date.nullable().optional(),
    version: count,
    submittedAt: instant,
    updatedAt: instant,
  })
  .strict();

export const blocksReply = z.object({ items: z.array(blockView) }).strict();
