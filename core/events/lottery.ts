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
  const order = [...input.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(fnv1a(input.seed));
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // Stable: the drawn order holds within each group.
  order.sort((a, b) => Number(a.penalised ?? false) - Number(b.penalised ?? false));
  const winners = offersFromWaitlist(order, input.capacity);
  const won = new Set(winners.map((w) => w.id));
  return { order, winners, waitlist: order.filter((e) => !won.has(e.id)) };
}
