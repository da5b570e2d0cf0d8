import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { findUser } from '../../_shared/users';
import { myPair, pairNamed, recentContacts, todayOf, toTalentItem } from '../../_shared/liaisons/repository';
import { applicantRequests } from '../../_shared/requests/repository';
import { listStays } from '../../_shared/stays/repository';
import { listSeats } from '../../_shared/workspaces/repository';

const RECENT = 20;

/**
 * One of the caller's talents with their recent bookings and requests, read-only: what and when, never personal
 * numbers. Every view is audited (`liaisons.view`), as staff opening a record always is.
 */
export const viewTalent = defineAction<ActionContext>()({
  ...liaisonsApi.viewTalent,
  roles: ['unit'],
  prefetch: pairNamed,
  async handler(_input, ctx, read) {
    const pair = myPair(ctx, read);
    const { db } = ctx;
    const recent = { where: { ownerId: pair.talentId }, order: 'desc' as const, page: 0, pageSize: RECENT };
    const [user, { items: stays }, { items: seats }, { items: requests }, visits] = await Promise.all([
      findUser(db, pair.talentId),
      listStays(db, recent),
      listSeats(db, recent),
      applicantRequests(db, pair.talentId, { page: 0, pageSize: RECENT }),
      recentContacts(db, pair.talentId, RECENT),
    ]);
    await recordAudit(
      { ...ctx, action: 'liaisons.view' },
      {
        target: { collection: COLLECTIONS.users, id: pair.talentId },
        before: null,
        after: null,
        note: { stays: stays.length, seats: seats.length, requests: requests.length },
      },
    );
    return {
      talent: toTalentItem(pair, user ?? undefined, todayOf(ctx)),
      stays: stays.map((s) => ({
        id: s._id,
        stationId: s.stationId,
        checkIn: s.checkIn,
        nights: s.nights,
        status: s.status,
      })),
      seats: seats.map((s) => ({
        id: s._id,
        stationId: s.stationId,
        status: s.status,
        submittedAt: s.submittedAt,
      })),
      requests: requests.map((r) => ({
        id: r._id,
        category: r.category,
        title: r.title,
        status: r.status,
        createdAt: r.createdAt,
        dueDate: r.dueDate,
      })),
      visits: visits
        .filter((c) => c.kind === 'visit')
        .map((c) => ({ id: c._id, talentId: c.talentId, on: c.on, topic: c.topic, followUp: c.followUp, loggedAt: c.loggedAt })),
    };
  },
});
