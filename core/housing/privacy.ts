import type { Person } from '../stays/model';
import { ACTIVE_APARTMENT_STATUSES, type ApartmentStatus, type LeaseStatus } from './model';
import type { ApartmentApplication, ApartmentBlock, ApartmentLease, BlockAllocation } from './records';

/**
 * Talent apartment records when their person deletes their account (DESIGN.md, "Privacy"; core/account for the
 * other kinds). Kept for the statistics and KPIs: building, unit, type, dates, rent, status, category, tier and
 * the employer (a company, not a person). Dropped: the name, phone and identity numbers (sealed and masked), the
 * owner's openid, the identity hash, uploaded documents, the stored lease PDF, and free text written about them
 * (the employer's denial reason, the move-out inspection).
 */

export type ApartmentStatusOf = { _id: string; status: ApartmentStatus };
export type LeaseStatusOf = { _id: string; status: LeaseStatus };

/** An application still under way, or a lease not yet ended: the account cannot be deleted while any is. */
export const activeHousing = (input: { applications: readonly ApartmentStatusOf[]; leases: readonly LeaseStatusOf[] }): string[] => [
  ...input.applications.filter((a) => ACTIVE_APARTMENT_STATUSES.includes(a.status)).map((a) => a._id),
  ...input.leases.filter((l) => l.status !== 'ended').map((l) => l._id),
];

const anonymous = (person: Pick<Person, 'idKind'>): Omit<Person, 'sealed'> => ({
  name: '',
  phoneMasked: '',
  idKind: person.idKind,
  idMasked: '',
});

export type AnonymisedApartment = Omit<ApartmentApplication, 'person'> & { person: Omit<Person, 'sealed'>; anonymisedAt: Date };

export const anonymiseApartment = (app: ApartmentApplication, now: Date): AnonymisedApartment => ({
  ...app,
  ownerId: '',
  person: anonymous(app.person),
  idHash: '',
  documents: [],
  reason: null,
  anonymisedAt: now,
});

export type AnonymisedLease = Omit<ApartmentLease, 'documentFileId'> & { documentFileId: null; anonymisedAt: Date };

export const anonymiseLease = (lease: ApartmentLease, now: Date): AnonymisedLease => ({
  ...lease,
  ownerId: '',
  tenantName: '',
  moveOut: lease.moveOut ? { ...lease.moveOut, inspection: '' } : null,
  documentFileId: null,
  anonymisedAt: now,
});

/** A block with the units whose tenant is this account made anonymous (others' untouched); null if none is theirs. */
export function anonymiseBlockTenancies(
  block: ApartmentBlock,
  openId: string,
): (Omit<ApartmentBlock, 'allocations'> & { allocations: BlockAllocation[] }) | null {
  if (!openId || !block.allocations.some((a) => a.ownerId === openId)) return null;
  return {
    ...block,
    allocations: block.allocations.map((a) =>
      a.ownerId === openId && a.tenant
        ? // Stored whole (replaceWhole), so the sealed numbers are gone; the type keeps `Person` for the other units.
          { ...a, ownerId: '', tenant: { ...a.tenant, person: anonymous(a.tenant.person) as Person, idHash: '', code: '' } }
        : a,
    ),
  };
}
