import type { InputOf } from '@core/api';
import { callFunction, type CallOptions, type Envelope, type Reply } from '@/services/api';

// The `housing` function's actions the applicant and the employer's HR use; reply types are core's output schemas.
export type BuildingsReply = Reply<'housing', 'buildings'>;
export type Building = BuildingsReply['items'][number];
export type MineReply = Reply<'housing', 'mine'>;
export type MyApplication = MineReply['applications'][number];
export type MyLease = MineReply['leases'][number];
export type Lease = Reply<'housing', 'requestRenewal'>;
export type ApartmentView = Reply<'housing', 'apply'>;

export const buildings = (): Promise<Envelope<BuildingsReply>> => callFunction('housing', 'buildings', {});

/** Submits; pass the same `requestId` on a retry so the server creates one application only. */
export const apply = (input: InputOf<'housing', 'apply'>, options: CallOptions): Promise<Envelope<ApartmentView>> =>
  callFunction('housing', 'apply', input, options);

/** The caller's applications (with their place on the list) and leases; the bookings tab reads it too. */
export { mine } from '@/services/housing';

export const withdraw = (id: string): Promise<Envelope<ApartmentView>> => callFunction('housing', 'withdraw', { id });

export const acceptOffer = (id: string, options: CallOptions): Promise<Envelope<Reply<'housing', 'acceptOffer'>>> =>
  callFunction('housing', 'acceptOffer', { id }, options);

export const declineOffer = (id: string): Promise<Envelope<ApartmentView>> => callFunction('housing', 'declineOffer', { id });

export const bookViewing = (input: InputOf<'housing', 'bookViewing'>): Promise<Envelope<Reply<'housing', 'bookViewing'>>> =>
  callFunction('housing', 'bookViewing', input);

export const requestRenewal = (leaseId: string, options: CallOptions): Promise<Envelope<Lease>> =>
  callFunction('housing', 'requestRenewal', { leaseId }, options);

export const giveNotice = (input: InputOf<'housing', 'giveNotice'>): Promise<Envelope<Lease>> =>
  callFunction('housing', 'giveNotice', input);

/** The employer's HR: applications naming the HR's employers, awaiting confirmation of employment. */
export const employerQueue = (): Promise<Envelope<Reply<'housing', 'employerQueue'>>> => callFunction('housing', 'employerQueue', {});

export const confirmEmployment = (id: string): Promise<Envelope<ApartmentView>> => callFunction('housing', 'confirmEmployment', { id });

export const denyEmployment = (input: InputOf<'housing', 'denyEmployment'>): Promise<Envelope<ApartmentView>> =>
  callFunction('housing', 'denyEmployment', input);

// The `tenancies` function: the lease document and its signature, employers' blocks and the tenant's code.
export type LeaseDocument = Reply<'tenancies', 'leaseDocument'>;
export type Block = Reply<'tenancies', 'applyBlock'>;

/** The lease as a PDF made now; its `url` expires, so it is asked for on each opening. */
export const leaseDocument = (leaseId: string): Promise<Envelope<LeaseDocument>> => callFunction('tenancies', 'leaseDocument', { leaseId });

/** Records that the tenant confirmed the document's text as it reads now (the server hashes it). */
/** Signs the text the tenant opened (`textHash` from `leaseDocument`): a text changed since is refused. */
export const signLease = (leaseId: string, textHash: string): Promise<Envelope<Lease>> =>
  callFunction('tenancies', 'signLease', { leaseId, textHash });

export const employerBlocks = (): Promise<Envelope<Reply<'tenancies', 'employerBlocks'>>> =>
  callFunction('tenancies', 'employerBlocks', {});

export const applyBlock = (input: InputOf<'tenancies', 'applyBlock'>): Promise<Envelope<Block>> =>
  callFunction('tenancies', 'applyBlock', input);

export const withdrawBlock = (id: string): Promise<Envelope<Block>> => callFunction('tenancies', 'withdrawBlock', { id });

export const nameTenant = (input: InputOf<'tenancies', 'nameTenant'>): Promise<Envelope<Block>> =>
  callFunction('tenancies', 'nameTenant', input);

export const confirmTenancy = (input: InputOf<'tenancies', 'confirmTenancy'>): Promise<Envelope<Lease>> =>
  callFunction('tenancies', 'confirmTenancy', input);
