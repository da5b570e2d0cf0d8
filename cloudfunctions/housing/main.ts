import { createMain } from '../_shared/handler';
import { saveBuilding, saveEmployer, saveUnit, saveUnitType, setPolicy } from './actions/admin';
import { acceptOffer, apply, bookViewing, buildings, declineOffer, giveNotice, mine, requestRenewal, withdraw } from './actions/applicant';
import { confirmEmployment, denyEmployment, employerQueue } from './actions/employer';
import { applications, staffBuildings, units } from './actions/inventory';
import { leases, offer, recordMoveIn, recordMoveOut, waitingList } from './actions/staff';

/**
 * housing: talent apartments (人才公寓) — the district admin's buildings, units and policy; applicants' applications,
 * offers, viewings and leases; the employer's confirmation of employment; the operators' waiting list and leases.
 */
export const main = createMain('housing', {
  saveBuilding,
  saveUnitType,
  saveUnit,
  setPolicy,
  saveEmployer,
  buildings,
  apply,
  mine,
  withdraw,
  acceptOffer,
  declineOffer,
  bookViewing,
  requestRenewal,
  giveNotice,
  employerQueue,
  confirmEmployment,
  denyEmployment,
  staffBuildings,
  units,
  applications,
  waitingList,
  offer,
  leases,
  recordMoveIn,
  recordMoveOut,
});
