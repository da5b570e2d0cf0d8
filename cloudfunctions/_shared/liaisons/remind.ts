import { shanghaiDateOf } from '../../../core/calendar/dates';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { notify } from '../notify';
import { usersById } from '../users';

interface DuePair {
  _id: string;
  talentId: string;
  liaisonId: string;
  pairedOn: string;
  lastContactOn: string | null;
  contactDueOn: string;
}

const PAGE = 100;
const MAX_PAGES = 20;

/**
 * 双结对 reminders, a scheduler step: each pair whose contact is due today or earlier (`contactDueOn`, moved on by
 * every visit or request filed, cloudfunctions/liaisons) and still owed a reminder gets one notice to its liaison.
 * The notice is keyed by talent and due date and `reminderPending` is cleared after it, so a crash between the two
 * or a second run sends nothing twice. Answers how many liaisons were newly reminded.
 */
export async function remindOverdueContacts(db: Database, now: Date): Promise<number> {
  const _ = db.command;
  const today = shanghaiDateOf(now);
  let reminded = 0;
  const seen = new Set<string>();
  // Each pair handled leaves the selection (its flag cleared), so every page is read from the start.
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await db
      .collection(COLLECTIONS.liaisonPairs)
      .where({ reminderPending: true, contactDueOn: _.lte(today) })
      .orderBy('contactDueOn', 'asc')
      .limit(PAGE)
      .get();
    const pairs = (data as DuePair[]).filter((p) => !seen.has(p._id));
    if (pairs.length === 0) return reminded;
    // The page's talents in one read, not one per pair.
    const users = await usersById(
      db,
      pairs.map((p) => p.talentId),
    );
    for (const pair of pairs) {
      seen.add(pair._id);
      const talentName = users.get(pair.talentId)?.displayName ?? pair.talentId;
      reminded += await notify(
        db,
        [pair.liaisonId],
        {
          key: `liaison-due:${pair.talentId}:${pair.contactDueOn}`,
          template: 'liaison_contact_due',
          data: { talentId: pair.talentId, talentName, since: pair.lastContactOn ?? pair.pairedOn, dueOn: pair.contactDueOn },
        },
        now,
      );
      // Only if the due date is still the one reminded of: a visit logged meanwhile owes the next reminder.
      await db
        .collection(COLLECTIONS.liaisonPairs)
        .where({ _id: pair._id, contactDueOn: pair.contactDueOn })
        .update({ reminderPending: false });
    }
  }
  return reminded;
}
