import { fnv1a, mulberry32 } from '../random';
import { offersFromWaitlist } from './sign-up';

export interface LotteryEntry {
  id: string;
  partySize: number;
  /** Too many no-shows (policy): drawn after every other entry. */
  penalised?: boolean;
}

export interface Draw<T extends LotteryEntry> {
  /** Every entry in drawn order: the order winners were taken and the waitlist is served. */
  order: T[];
  winners: T[];
  waitlist: T[];
}

/**
 * A reproducible draw: anyone holding the published seed and the list of entries gets the same result. The seed is
 * made and published when the window closes, so nobody can know it while entries may still change; neither the
 * hash nor the generator is cryptographic, so fairness rests on that.
 *
 * Shuffles the entries (sorted by id first, so the order they were stored in cannot matter) with a generator
 * seeded from `seed`, puts penalised entries last, then fills the places in drawn order, skipping a party too
 * large for what is left.
 */
export function drawLottery<T extends LotteryEntry>(input: { seed: string; entries: readonly T[]; capacity: number }): Draw<T> {
  const order = seededShuffle(input.entries, input.seed);
  // Stable: the drawn order holds within each group.
  order.sort((a, b) => Number(a.penalised ?? false) - Number(b.penalised ?? false));
  const winners = offersFromWaitlist(order, input.capacity);
  const won = new Set(winners.map((w) => w.id));
  return { order, winners, waitlist: order.filter((e) => !won.has(e.id)) };
}

/** The shuffle the draw and its check share: entries sorted by id, then Fisher–Yates with the seeded generator. */
function seededShuffle<T extends { id: string }>(entries: readonly T[], seed: string): T[] {
  const order = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(fnv1a(seed));
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * Whether a published drawn order is what its seed gives, from nothing but what is published (what the event page's
 * "check it" runs): the seeded shuffle of the order's own entry ids, with the `drawnLast` entries put last for
 * no-shows moved to the end, each group keeping its shuffled order. Party sizes are not public, so the winners are
 * not re-checked here.
 */
export function drawMatchesSeed(input: { seed: string; order: readonly string[]; drawnLast: number }): boolean {
  const { order, drawnLast } = input;
  if (new Set(order).size !== order.length || drawnLast < 0 || drawnLast > order.length) return false;
  const position = new Map(
    seededShuffle(
      order.map((id) => ({ id })),
      input.seed,
    ).map((e, i) => [e.id, i]),
  );
  const at = order.map((id) => position.get(id) ?? -1);
  const split = order.length - drawnLast;
  return at.every((p, i) => i === 0 || i === split || at[i - 1] < p);
}
