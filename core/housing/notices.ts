import type { NoticeTemplate } from '../notices/templates';

/** The decisions the applicant (or the employer's HR) is told about, and with which notice. */
export const APARTMENT_NOTICES = {
  /** To the employer's HR: an application names them and waits for their confirmation. */
  toConfirm: 'apartment_to_confirm',
  confirmed: 'apartment_waiting',
  denied: 'apartment_employer_denied',
  lapsed: 'apartment_lapsed',
  offered: 'apartment_offered',
  offerLapsed: 'apartment_offer_lapsed',
  removed: 'apartment_removed',
  renewed: 'apartment_renewed',
  movedOut: 'apartment_lease_ended',
  offerLapsing: 'apartment_offer_lapsing',
  leaseEnding: 'apartment_lease_ending',
} as const satisfies Record<string, NoticeTemplate>;
export type ApartmentNoticeEvent = keyof typeof APARTMENT_NOTICES;

/**
 * The notice of one decision on one application or lease. Keyed by the record, the event and the version it changed
 * from (`updatedAt` before the change), so a retried action sends nothing twice and a later decision of the same kind
 * is a new notice.
 */
export function apartmentNotice(input: {
  event: ApartmentNoticeEvent;
  recordId: string;
  version: Date;
  buildingName: { 'zh-CN': string; en: string };
  data?: Record<string, unknown>;
}) {
  return {
    key: `apartment:${input.recordId}:${input.event}:${new Date(input.version).getTime()}`,
    template: APARTMENT_NOTICES[input.event],
    data: { applicationId: input.recordId, kind: 'apartment', buildingName: input.buildingName, ...input.data },
  };
}

/** The decisions on an employer's block: to its HR; the tenant's confirmation also to the operator and the tenant. */
export const BLOCK_NOTICES = {
  allocated: 'apartment_block_allocated',
  rejected: 'apartment_block_rejected',
  tenantNamed: 'apartment_block_tenant_named',
  confirmed: 'apartment_block_confirmed',
  unitsLapsed: 'apartment_block_units_lapsed',
} as const satisfies Record<string, NoticeTemplate>;
export type BlockNoticeEvent = keyof typeof BLOCK_NOTICES;

/**
 * The notice of one decision on a block (of one of its units when `unitId` is given). Keyed by the block, the event,
 * the unit and the block's version it changed from, so a retried action sends nothing twice and a renaming is news.
 */
export function blockNotice(input: {
  event: BlockNoticeEvent;
  blockId: string;
  version: number;
  unitId?: string;
  buildingName: { 'zh-CN': string; en: string };
  data?: Record<string, unknown>;
}) {
  const unit = input.unitId ? `:${input.unitId}` : '';
  return {
    key: `apartment-block:${input.blockId}:${input.event}${unit}:${input.version}`,
    template: BLOCK_NOTICES[input.event],
    data: {
      blockId: input.blockId,
      kind: 'apartment-block',
      buildingName: input.buildingName,
      ...(input.unitId ? { unitId: input.unitId } : {}),
      ...input.data,
    },
  };
}
