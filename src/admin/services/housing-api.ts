import type { InputOf } from '@core/api';
import type { UnitType } from '@core/housing/model';
import { callFunction, type Reply } from '@/services/api';

// The housing function's staff and admin actions (core/housing/api.ts); reply types come from core's schemas.
export type BuildingView = Reply<'housing', 'staffBuildings'>['items'][number];
export type UnitView = Reply<'housing', 'units'>['items'][number];
export type WaitingItem = Reply<'housing', 'waitingList'>['items'][number];
export type LeaseView = Reply<'housing', 'leases'>['items'][number];
export type ApartmentView = Reply<'housing', 'offer'>;
export type RevealedTenant = Reply<'housing', 'reveal'>;
export type BlockView = Reply<'tenancies', 'blockQueue'>['items'][number];

export const housingApi = {
  staffBuildings: () => callFunction('housing', 'staffBuildings', {}),
  units: (buildingId: string) => callFunction('housing', 'units', { buildingId }),
  applications: (input: InputOf<'housing', 'applications'>) => callFunction('housing', 'applications', input),
  waitingList: (buildingId: string, unitType: UnitType) => callFunction('housing', 'waitingList', { buildingId, unitType }),
  offer: (input: InputOf<'housing', 'offer'>) => callFunction('housing', 'offer', input),
  leases: (input: InputOf<'housing', 'leases'>) => callFunction('housing', 'leases', input),
  /** A lease's tenant (or an application's applicant) with their numbers in clear; the function audits it. */
  reveal: (id: string) => callFunction('housing', 'reveal', { id }),
  recordMoveIn: (input: InputOf<'housing', 'recordMoveIn'>) => callFunction('housing', 'recordMoveIn', input),
  recordMoveOut: (input: InputOf<'housing', 'recordMoveOut'>) => callFunction('housing', 'recordMoveOut', input),
  saveBuilding: (input: InputOf<'housing', 'saveBuilding'>) => callFunction('housing', 'saveBuilding', input),
  saveUnitType: (input: InputOf<'housing', 'saveUnitType'>) => callFunction('housing', 'saveUnitType', input),
  saveUnit: (input: InputOf<'housing', 'saveUnit'>) => callFunction('housing', 'saveUnit', input),
  setPolicy: (input: InputOf<'housing', 'setPolicy'>) => callFunction('housing', 'setPolicy', input),
  // Employers' blocks (the tenancies function).
  blockQueue: (buildingId: string) => callFunction('tenancies', 'blockQueue', { buildingId }),
  allocateBlock: (input: InputOf<'tenancies', 'allocateBlock'>) => callFunction('tenancies', 'allocateBlock', input),
  rejectBlock: (input: InputOf<'tenancies', 'rejectBlock'>) => callFunction('tenancies', 'rejectBlock', input),
};
