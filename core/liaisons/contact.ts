import { addDays, daysBetween } from '../dates';

/**
 * 双结对: a unit handler (科长) looks after a few talents. A talent with no visit or request for `weeks` weeks since
 * the later of the pairing and the last contact is due a contact; the reminder goes to the liaison that day.
 */
/** The district's rule: a talent is contacted at least every this many weeks (a visit or a request filed for them). */
export const CONTACT_WEEKS = 8;

export const contactDueOn = (input: { pairedOn: string; lastContactOn?: string; weeks: number }): string => {
  const since = input.lastContactOn && input.lastContactOn > input.pairedOn ? input.lastContactOn : input.pairedOn;
  return addDays(since, input.weeks * 7);
};

export const contactOverdue = (input: { pairedOn: string; lastContactOn?: string; weeks: number; today: string }): boolean =>
  input.today >= contactDueOn(input);

export interface LiaisonPair {
  liaisonId: string;
  talentId: string;
  pairedOn: string;
  /** Unpaired (reassigned or ended) on this day; still counted up to it. */
  endedOn?: string;
}

/** A contact of a liaison with a talent: a 走访记录, or a request the liaison filed on the talent's behalf. */
export interface Contact {
  kind: 'visit' | 'request';
  liaisonId: string;
  talentId: string;
  on: string;
}

export interface LiaisonFigures {
  liaisons: number;
  talentsCovered: number;
  visits: number;
  requestsRaised: number;
  /** Talents whose contact is overdue on `today`. */
  overdue: number;
}

/**
 * The KPI page's liaison figures for `[from, to]` (both included): pairs active on `to`, visits and requests on the
 * talents' behalf in the period, and how many talents are waiting for contact on `to`. Both kinds of contact move
 * the due date, as they do on the liaison's own list (`liaisons.myTalents`), so the two never disagree on who is
 * overdue.
 */
export function liaisonFigures(input: {
  pairs: readonly LiaisonPair[];
  contacts: readonly Contact[];
  from: string;
  to: string;
  weeks: number;
}): LiaisonFigures {
  const { pairs, contacts, from, to, weeks } = input;
  const active = pairs.filter((p) => p.pairedOn <= to && (!p.endedOn || p.endedOn > to));
  const inPeriod = (c: Contact) => c.on >= from && c.on <= to;
  const lastContact = new Map<string, string>();
  for (const c of contacts) {
    const key = `${c.liaisonId}|${c.talentId}`;
    if (c.on <= to && (lastContact.get(key) ?? '') < c.on) lastContact.set(key, c.on);
  }
  return {
    liaisons: new Set(active.map((p) => p.liaisonId)).size,
    talentsCovered: new Set(active.map((p) => p.talentId)).size,
    visits: contacts.filter((c) => c.kind === 'visit' && inPeriod(c)).length,
    requestsRaised: contacts.filter((c) => c.kind === 'request' && inPeriod(c)).length,
    overdue: active.filter((p) =>
      contactOverdue({ pairedOn: p.pairedOn, lastContactOn: lastContact.get(`${p.liaisonId}|${p.talentId}`), weeks, today: to }),
    ).length,
  };
}

/** Whole weeks since the last contact, for the liaison's list ("8 周未联系"). */
export const weeksSince = (on: string, today: string): number => Math.floor(daysBetween(on, today) / 7);
