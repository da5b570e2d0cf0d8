import * as z from 'zod';
import { staySweepReply } from '../stays/sweep-reply';

// Reply schema of `scheduler.run` (core/scheduler/api.ts): what one run did, counted.
const count = z.number().int().nonnegative();

/** The outbox delivered as WeChat subscribe messages, counted (cloudfunctions/scheduler/deliver.ts). */
export const deliveryCounts = z.object({ sent: count, skipped: count, failed: count, retrying: count, interrupted: count }).strict();

/** A run's counts: requests escalated, reminded, auto-closed; bookings swept; outbox delivered (scheduler/tick.ts). */
export const runReply = z
  .object({
    escalated: count,
    reminded: count,
    autoClosed: count,
    notices: count,
    stays: staySweepReply,
    /** The seats sweep (cloudfunctions/_shared/workspaces/sweep.ts): unreviewed applications expired, terms ended. */
    seats: z.object({ expired: count, ended: count }).strict(),
    /** Talent apartments (cloudfunctions/_shared/housing/sweep.ts): lapsed confirmations and offers, reminders sent. */
    housing: z.object({ employerLapsed: count, offersLapsed: count, reminded: count }).strict(),
    /**
     * Units offered by the scheduler to the head of a list, in buildings whose policy offers automatically
     * (cloudfunctions/_shared/housing/auto-offer.ts).
     */
    housingAutoOffered: count,
    /** Employers' blocks (cloudfunctions/_shared/housing/block-sweep.ts): stuck allocations rolled back, units given back. */
    blocks: z.object({ allocationsRolledBack: count, unitsLapsed: count }).strict(),
    /** Housing support (cloudfunctions/_shared/support/sweep.ts): re-check reminders queued, schedules lapsed. */
    support: z.object({ recheckReminded: count, lapsed: count }).strict(),
    /** People reminded of an event session starting within a day (cloudfunctions/_shared/event-reminders.ts). */
    eventReminders: count,
    /** Places offered from an event's waitlist not accepted by their deadline, lapsed (cloudfunctions/_shared/events/lapse.ts). */
    eventOffersLapsed: count,
    /** Sessions whose count of places was put right after a change cut short (cloudfunctions/_shared/events/recount.ts). */
    sessionsRecounted: count,
    submitsRecovered: count,
    /**
     * Applications whose places were still counted after a status change that should have given them back was cut
     * short (cloudfunctions/scheduler/release-leftovers.ts): each one's places given back.
     */
    leftoversReleased: count,
    /**
     * Talent apartments: offers, their ends, accepts, block tenants' confirmations, renewals, notices and move-outs
     * cut short between their writes, put right (cloudfunctions/_shared/housing/repairs.ts).
     */
    housingRepaired: count,
    /** Liaisons reminded of a talent whose contact is due (cloudfunctions/_shared/liaisons/remind.ts). */
    liaisonReminders: count,
    auditPurged: count,
    delivered: deliveryCounts,
  })
  .strict();
