import { offersFromWaitlist } from './sign-up';

/**
 * A reproducible draw: anyone holding the published seed and the list of entries gets the same result. The seed is
 * made and published when the window closes, so nobody can know it while entries may still change.
 * Hash: FNV-1a (32-bit) of the seed; generator: mulberry32. Neither is cryptographic; fairness rests on the seed
 * being unknown before the window closes, and anyone can check the draw afterwards.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
