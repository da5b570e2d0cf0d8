import { createMain } from '../_shared/handler';
import {
  allocateBlock,
  applyBlock,
  blockQueue,
  confirmTenancy,
  employerBlocks,
  nameTenant,
  rejectBlock,
  withdrawBlock,
} from './actions/blocks';
import { leaseDocument, signLease } from './actions/lease-document';

/**
 * tenancies: the talent apartments' lease documents (the PDF, the tenant's signature) and employers' blocks of
 * units for their staff. Beside `housing` (applications, offers, leases), whose storage moves it shares
 * (cloudfunctions/_shared/housing), because one function holding both would pass the 400 KB bundle budget.
 */
export const main = createMain('tenancies', {
  leaseDocument,
  signLease,
  applyBlock,
  employerBlocks,
  withdrawBlock,
  nameTenant,
  blockQueue,
  allocateBlock,
  rejectBlock,
  confirmTenancy,
});
