import type { ContractTable } from '../contract/define-action';
import * as input from './inputs';
import * as reply from './replies';

/**
 * The `tenancies` function's actions: lease documents and employers' blocks of units. A function of its own beside
 * `housing` (sharing its collections) only because one bundle holding both would pass the 400 KB budget.
 */
export const tenanciesApi = {
  // The lease document (tenant, or the building's operators) and the tenant's signature.
  leaseDocument: { input: input.leaseDocumentInput, output: reply.leaseDocumentReply },
  signLease: { input: input.signLeaseInput, output: reply.leaseView },
  // Employer blocks: HR asks and names tenants; operators allocate or reject; the named tenant confirms.
  applyBlock: { input: input.applyBlockInput, output: reply.blockView },
  employerBlocks: { input: input.employerBlocksInput, output: reply.blocksReply },
  withdrawBlock: { input: input.withdrawBlockInput, output: reply.blockView },
  nameTenant: { input: input.nameTenantInput, output: reply.blockView },
  blockQueue: { input: input.blockQueueInput, output: reply.blocksReply },
  allocateBlock: { input: input.allocateBlockInput, output: reply.blockView },
  rejectBlock: { input: input.rejectBlockInput, output: reply.blockView },
  confirmTenancy: { input: input.confirmTenancyInput, output: reply.leaseView },
} satisfies ContractTable;
