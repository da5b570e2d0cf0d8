import { randomUUID } from 'node:crypto';
import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { shanghaiInstant, type EventRecord, type SessionRecord } from '../../../core/events/model';
import { toEventView } from '../../../core/events/views';
import { assertStationStaff } from '../../../core/stays/access';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { loadStation } from '../../_shared/stations';
import { moveOfferDeadlines, offerFreedPlaces } from '../../_shared/events/offers';
import { ORGANISERS } from '../organiser';
import { findEvent, insertEvent, insertSession, replaceEvent, sessionsOf, updateSessionWithinTaken } from '../../_shared/events/repository';

const issue = (path: string, zh: string, en: string, locale: string) => ({ path, message: locale === 'en' ? en : zh });

/**
 * An organiser creates an event (no id) or edits one of their station's. Everything is checked before anything is
 * written: sessions start after sign-up closes, places named exist, an edited capacity is not below the places
 * already taken, and the allocation does not change once sign-up has opened. Sessions left out of an edit stay.
 */
export const saveEvent = defineAction<ActionContext>()({
  ...eventsApi.saveEvent,
  roles: ORGANISERS,
  idempotent: true,
  freeText: ['title.zh-CN', 'title.en', 'description.zh-CN', 'description.en'],
  async handler(input, ctx) {
    const caller = callerOf(ctx);
    assertStationStaff(caller, input.stationId);
    const before = input.id ? await findEvent(ctx.db, input.id) : null;
    if (before) {
      assertStationStaff(caller, before.stationId);
      if (before.stationId !== input.stationId) throw new AppError('CONFLICT', { details: { rule: 'station-fixed' } });
      if (before.allocation !== input.allocation && ctx.now >= before.opensAt)
        throw new AppError('CONFLICT', { details: { rule: 'allocation-fixed-once-open' } });
    }
    await loadStation(ctx.db, input.stationId);
    for (const placeStation of new Set(input.sessions.flatMap((s) => (s.place.stationId ? [s.place.stationId] : []))))
      await loadStation(ctx.db, placeStation);

    const eventId = before?._id ?? `ev-${randomUUID()}`;
    const existing = before ? await sessionsOf(ctx.db, [eventId]) : [];
    const byId = new Map(existing.map((s) => [s._id, s]));
    const closesAt = new Date(input.closesAt);
    const issues: Array<{ path: string; message: string }> = [];
    let next = existing.reduce((n, s) => Math.max(n, Number(s._id.slice(s._id.lastIndexOf('-s') + 2)) + 1), 0);
    const sessions: SessionRecord[] = input.sessions.map((s, i) => {
      const old = s.id ? byId.get(s.id) : undefined;
      if (s.id && !old) issues.push(issue(`sessions.${i}.id`, '没有这一场次', 'No such session', ctx.locale));
      if (old && s.capacity < old.taken)
        issues.push(issue(`sessions.${i}.capacity`, `已有 ${old.taken} 人报名`, `${old.taken} places are already taken`, ctx.locale));
      const startsAt = shanghaiInstant(s.date, s.startTime);
      if (startsAt < closesAt)
        issues.push(issue(`sessions.${i}.date`, '场次须在报名截止后开始', 'A session starts after sign-up closes', ctx.locale));
      return {
        _id: old?._id ?? `${eventId}-s${next++}`,
        eventId,
        stationId: input.stationId,
        date: s.date,
        startTime: s.startTime,
        endTime: s.endTime,
        startsAt,
        endsAt: shanghaiInstant(s.date, s.endTime),
        place: { stationId: s.place.stationId ?? null, address: s.place.address ?? null },
        capacity: s.capacity,
        taken: old?.taken ?? 0,
        draw: old?.draw ?? null,
        reminded: old ? old.reminded && old.startsAt.getTime() === startsAt.getTime() : false,
      };
    });
    if (next > 100) issues.push(issue('sessions', '场次过多', 'Too many sessions', ctx.locale));
    if (issues.length > 0) throw new AppError('VALIDATION', { issues });

    const all = [...existing.filter((s) => !sessions.some((n) => n._id === s._id)), ...sessions];
    const event: EventRecord = {
      _id: eventId,
      stationId: input.stationId,
      type: input.type,
      title: input.title,
      description: input.description,
      audience: input.audience,
      allocation: input.allocation,
      opensAt: new Date(input.opensAt),
      closesAt,
      maxPartySize: input.maxPartySize,
      fields: input.fields,
      noShowPenalty: input.noShowPenalty,
      active: true,
      lastStartsAt: new Date(Math.max(...all.map((s) => s.startsAt.getTime()))),
      createdBy: before?.createdBy ?? ctx.identity.openId,
      createdAt: before?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    for (const session of sessions) {
      if (!byId.has(session._id)) {
        await insertSession(ctx.db, session);
        continue;
      }
      // Never below the places taken meanwhile: the same conditional update that keeps sign-ups within capacity.
      if (!(await updateSessionWithinTaken(ctx.db, session))) throw new AppError('CONFLICT', { details: { rule: 'capacity-below-taken' } });
    }
    if (before) await replaceEvent(ctx.db, event);
    else await insertEvent(ctx.db, event);
    // A session moved: the places offered on it get the deadline the rule gives for its new start (never past it). A
    // failure fails the save, whose retry moves them still (moveOfferDeadlines is idempotent).
    // Places an edit added (a larger capacity) go to the waitlist in order, as freed places do, before anyone who signs
    // up next could take them.
    for (const session of sessions) {
      if (!byId.has(session._id)) continue;
      await moveOfferDeadlines(ctx, event, session);
      try {
        await offerFreedPlaces(ctx, event, session._id);
      } catch (error) {
        // The edit stands; the next cancellation (or lapse) offers what is free.
        console.error(`[${ctx.requestId}] offers after editing ${session._id} not made`, error);
      }
    }
    await recordAudit(
      { ...ctx, action: 'events.saveEvent' },
      {
        target: { collection: COLLECTIONS.events, id: eventId },
        before: before ? 'saved' : null,
        after: 'saved',
        note: { sessions: sessions.length },
      },
    );
    // The photos are not rewritten by an edit (`replaceEvent` leaves fields it is not given), so the reply keeps them.
    return toEventView({ ...event, photos: before?.photos }, await sessionsOf(ctx.db, [eventId]));
  },
});
