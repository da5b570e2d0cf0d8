import { callFunction, type Envelope, type Reply } from './api';

// The bookings tab lists apartment applications and leases; everything else of housing is the `housing` subpackage's.
export type HousingMine = Reply<'housing', 'mine'>;

export const mine = (): Promise<Envelope<HousingMine>> => callFunction('housing', 'mine', {});
