import { callFunction } from '../../../support/local-cloud';
import { requestId, today } from '../../../support/stays';
import { cloud, db, loseReplyOf, submit, useLostReplies } from '../../../support/lost-replies';

/**
 * A liaison's visit log (双结对) whose second write, the pair's due date, fails: the reply lost and the request
 * sent again dropped too, so the error reaches the function. The app sends the same submit again (same requestId):
 * the visit is logged once. The harness, and why: tests/support/lost-replies.ts.
 */
useLostReplies();

it('a visit whose pair update failed, sent again by the app, is logged once', async () => {
  const visit = { talentId: 'demo-applicant', on: today(), topic: '回访：一次丢失的回复', followUp: '' };
  const request = requestId();
  loseReplyOf({ action: 'database.modifyDocument', collection: 'liaison_pairs' }, 'dropped too');
  const { reply: first } = await submit('liaisons', 'demo-unit', { action: 'logVisit', requestId: request, payload: visit });
  expect(first.ok).toBe(false);

  const again = (await callFunction(cloud, 'liaisons', { action: 'logVisit', payload: visit, requestId: request }, 'demo-unit')).body;
  expect(again.ok).toBe(true);
  const logged = await db.collection('liaison_contacts').where({ talentId: 'demo-applicant', topic: visit.topic }).count();
  expect(logged.total).toBe(1);
});
