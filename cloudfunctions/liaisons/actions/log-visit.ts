import { AppError, defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import { submitRecordId } from '../../_shared/idempotency';
import type { ActionContext } from '../../_shared/handler';
import { myPair, pairNamed, recordContact, todayOf, type ContactDoc } from '../../_shared/liaisons/repository';

/** A 走访记录 of one of the caller's talents: date, topic, follow-up. Idempotent by requestId; not in the future. */
export const logVisit = defineAction<ActionContext>()({
  ...liaisonsApi.logVisit,
  roles: ['unit'],
  idempotent: true,
  freeText: ['topic', 'followUp'],
  prefetch: pairNamed,
  async handler(input, ctx, read) {
    const pair = myPair(ctx, read);
    if (input.on > todayOf(ctx)) {
      throw new AppError('VALIDATION', {
        issues: [{ path: 'on', message: ctx.locale === 'en' ? 'A visit cannot be in the future' : '走访日期不能晚于今天' }],
      });
    }
    const contact: ContactDoc = {
      // Derived from the submit (recordContact): the app sending it again after a failure midway (the contact stored,
      // the pair's due date not) writes the same visit again, never a second one.
      _id: submitRecordId('V', ctx.submitKey),
      kind: 'visit',
      liaisonId: ctx.identity.openId,
      talentId: pair.talentId,
      on: input.on,
      month: input.on.slice(0, 7),
      topic: input.topic,
      followUp: input.followUp,
      requestId: null,
      loggedAt: ctx.now,
    };
    await recordContact(ctx, pair, contact);
    await recordAudit(
      { ...ctx, action: 'liaisons.logVisit' },
      {
        target: { collection: COLLECTIONS.liaisonContacts, id: contact._id },
        before: null,
        after: 'logged',
        note: { talentId: pair.talentId },
      },
    );
    return {
      id: contact._id,
      talentId: contact.talentId,
      on: contact.on,
      topic: contact.topic,
      followUp: contact.followUp,
      loggedAt: contact.loggedAt,
    };
  },
});
