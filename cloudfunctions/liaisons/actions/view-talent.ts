import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import type { ServiceRequest } from '../../../core/requests/request';
import type { SeatApplication } from '../../../core/workspaces/model';
import type { StayApplication } from '../../../core/stays/model';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { findUser } from '../../_shared/users';
import { myPair, todayOf, toTalentItem, type ContactDoc } from '../repository';

const RECENT = 20;

/**
 * One of the caller's talents with their recent bookings and requests, read-only: what and when, never personal
 * numbers. Every view is audited (`liaisons.view`), as staff opening a record always is.
 */
export const viewTalent = defineAction<ActionContext>()({
  ...liaisonsApi.viewTalent,
  roles: ['unit'],
  async handler(input, ctx) {
    const pair = await myPair(ctx, input.talentId);
    const { db } = ctx;
    const [user, stays, seats, requests, visits] = await Promise.all([
      findUser(db, pair.talentId),
      db.collection(COLLECTIONS.stayApplications).where({ ownerId: pair.talentId }).orderBy('submittedAt', 'desc').limit(RECENT).get(),
      db.collection(COLLECTIONS.seatApplications).where({ ownerId: pair.talentId }).orderBy('submittedAt', 'desc').limit(RECENT).get(),
      db.collection(COLLECTIONS.requests).where({ applicantId: pair.talentId }).orderBy('createdAt', 'desc').limit(RECENT).get(),
      db.collection(COLLECTIONS.liaisonContacts).where({ talentId: pair.talentId }).orderBy('on', 'desc').limit(RECENT).get(),
    ]);
    await recordAudit(
      { ...ctx, action: 'liaisons.view' },
      {
        target: { collection: COLLECTIONS.users, id: pair.talentId },
        before: null,
        after: null,
        note: { stays: stays.data.length, seats: seats.data.length, requests: requests.data.length },
      },
    );
    return {
      talent: toTalentItem(pair, user ?? undefined, todayOf(ctx)),
      stays: (stays.data as StayApplication[]).map((s) => ({
        id: s._id,
        stationId: s.stationId,
        checkIn: s.checkIn,
        nights: s.nights,
        status: s.status,
      })),
      seats: (seats.data as SeatApplication[]).map((s) => ({
        id: s._id,
        stationId: s.stationId,
        status: s.status,
        submittedAt: s.submittedAt,
      })),
      requests: (requests.data as ServiceRequest[]).map((r) => ({
        id: r._id,
        category: r.category,
        title: r.title,
        status: r.status,
        createdAt: r.createdAt,
        dueDate: r.dueDate,
      })),
      visits: (visits.data as ContactDoc[])
        .filter((c) => c.kind === 'visit')
        .map((c) => ({ id: c._id, talentId: c.talentId, on: c.on, topic: c.topic, followUp: c.followUp, loggedAt: c.loggedAt })),
    };
  },
});
