import type { ContractTable } from '../contract/define-action';
import * as input from './inputs';
import * as reply from './replies';

/** The `housing` function's actions: what each takes and what it answers (core/api.ts). */
export const housingApi = {
  // District admin: buildings, unit types, units, policy, the employer register.
  saveBuilding: { input: input.saveBuildingInput, output: reply.buildingView },
  saveUnitType: { input: input.saveUnitTypeInput, output: reply.buildingView },
  saveUnit: { input: input.saveUnitInput, output: reply.unitView },
  setPolicy: { input: input.setPolicyInput, output: reply.buildingView },
  saveEmployer: { input: input.saveEmployerInput, output: reply.employerView },
  // Applicants.
  buildings: { input: input.buildingsInput, output: reply.buildingsReply },
  apply: { input: input.applyApartmentInput, output: reply.apartmentView },
  mine: { input: input.mineInput, output: reply.mineReply },
  withdraw: { input: input.withdrawInput, output: reply.apartmentView },
  acceptOffer: { input: input.acceptOfferInput, output: reply.acceptReply },
  declineOffer: { input: input.declineOfferInput, output: reply.apartmentView },
  bookViewing: { input: input.bookViewingInput, output: reply.viewingReply },
  requestRenewal: { input: input.requestRenewalInput, output: reply.leaseView },
  giveNotice: { input: input.giveNoticeInput, output: reply.leaseView },
  // The employer's HR (the employer role, listed in the register for the credit code).
  employerQueue: { input: input.employerQueueInput, output: reply.applicationsReply },
  confirmEmployment: { input: input.confirmEmploymentInput, output: reply.apartmentView },
  denyEmployment: { input: input.denyEmploymentInput, output: reply.apartmentView },
  // The building's operators and admins.
  staffBuildings: { input: input.staffBuildingsInput, output: reply.staffBuildingsReply },
  units: { input: input.unitsInput, output: reply.unitsReply },
  applications: { input: input.staffApplicationsInput, output: reply.applicationsReply },
  waitingList: { input: input.waitingListInput, output: reply.waitingListReply },
  offer: { input: input.offerInput, output: reply.apartmentView },
  leases: { input: input.leasesInput, output: reply.leasesReply },
  recordMoveIn: { input: input.recordMoveInInput, output: reply.leaseView },
  recordMoveOut: { input: input.recordMoveOutInput, output: reply.leaseView },
  // The operators: an applicant's or tenant's numbers in clear (audited).
  reveal: { input: input.revealInput, output: reply.revealReply },
} satisfies ContractTable;
