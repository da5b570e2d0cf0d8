import type { NoticeTemplate } from '../notices/templates';
import type { StayApplication } from './model';
import type { StayEvent } from './state';

/**
 * Which status changes the applicant is told about, and with which notice: the decisions of the operator and of the
 * timer. The applicant's own steps (cancel, confirm an offer) and check-in/out at the desk tell nobody.
 */
export const STAY_NOTICES: Partial<Record<StayEvent, NoticeTemplate>> = {
  approve: 'stay_approved',
  reject: 'stay_rejected',
  waitlist: 'stay_waitlisted',
  offer: 'stay_offered',
  expireOffer: 'stay_offer_expired',
  expire: 'stay_expired',
  markNoShow: 'stay_no_show',
};

/** A localised name, as stations have. */
export type LocalName = { 'zh-CN': string; en: string };

/**
 * The notice for one change of one application, or null when the event tells nobody. Keyed by the application, the
 * event and the version it changed from (`updatedAt` before the change): a retried action that finds the change
 * already made sends nothing again, and a later change of the same kind (waitlisted a second time) is a new notice.
 */
export function stayNotice(input: {
  app: StayApplication;
  event: StayEvent;
  stationName: LocalName | null;
  fields?: Partial<StayApplication>;
}) {
  const template = STAY_NOTICES[input.event];
  if (!template) return null;
  const { app, stationName } = input;
  const after = { ...app, ...input.fields };
  const data: Record<string, unknown> = {
    applicationId: app._id,
    kind: 'stay',
    stationName: stationName ?? { 'zh-CN': app.stationId, en: app.stationId },
    checkIn: app.checkIn,
    nights: app.nights,
  };
  if (after.reason) data.reason = after.reason;
  if (after.offerExpiresAt) data.offerExpiresAt = new Date(after.offerExpiresAt).toISOString();
  return { key: `stay:${app._id}:${input.event}:${new Date(app.updatedAt).getTime()}`, template, data };
}
