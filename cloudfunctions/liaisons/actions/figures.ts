import { monthsBetween } from '../../../core/calendar/months';
import { addDays } from '../../../core/dates';
import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import { CONTACT_WEEKS, liaisonFigures } from '../../../core/liaisons/contact';
import type { ActionContext } from '../../_shared/handler';
import { allPairs, contactsInMonths } from '../../_shared/liaisons/repository';

/** The KPI page's liaison figures for a period: pairs in force, visits and requests raised, talents overdue. */
export const figures = defineAction<ActionContext>()({
  ...liaisonsApi.figures,
  roles: ['admin'],
  async handler(input, ctx) {
    // Contacts in the period are counted; those in the contact rule's weeks before its end decide who is overdue.
    const reach = addDays(input.to, -CONTACT_WEEKS * 7);
    const first = reach < input.from ? reach : input.from;
    const months = monthsBetween(first.slice(0, 7), input.to.slice(0, 7));
    const pairs = await allPairs(ctx.db);
    const contacts = (await contactsInMonths(ctx.db, months)).filter((c) => c.on <= input.to);
    return {
      from: input.from,
      to: input.to,
      weeks: CONTACT_WEEKS,
      ...liaisonFigures({
        pairs: pairs.map((p) => ({
          liaisonId: p.liaisonId,
          talentId: p.talentId,
          pairedOn: p.pairedOn,
          ...(p.endedOn ? { endedOn: p.endedOn } : {}),
        })),
        // Visits and requests filed for a talent both count as contacts, as on the liaison's list (myTalents).
        contacts: contacts.map((c) => ({ kind: c.kind, liaisonId: c.liaisonId, talentId: c.talentId, on: c.on })),
        from: input.from,
        to: input.to,
        weeks: CONTACT_WEEKS,
      }),
    };
  },
});
