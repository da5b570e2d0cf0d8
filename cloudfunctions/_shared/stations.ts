import { AppError } from '../../core/contract';
import type { StayPolicy } from '../../core/stays/policy';
import type { SeatPolicy } from '../../core/workspaces/policy';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';

/** The `stations` document as the booking functions read it; policies are partial, core fills the defaults. */
export interface Station {
  _id: string;
  name: { 'zh-CN': string; en: string };
  beds: number;
  seats: number;
  active: boolean;
  stayPolicy?: Partial<StayPolicy>;
  seatPolicy?: Partial<SeatPolicy>;
}

export async function loadStation(db: Database, stationId: string): Promise<Station> {
  const { data } = await db.collection(COLLECTIONS.stations).where({ _id: stationId }).limit(1).get();
  const station = data[0] as Station | undefined;
  if (!station || !station.active) throw new AppError('NOT_FOUND');
  return station;
}
