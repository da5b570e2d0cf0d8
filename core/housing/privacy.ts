import { anonymousPerson } from '../personal-data';
import type { Person } from '../stays/model';
import { ACTIVE_APARTMENT_STATUSES, type ApartmentStatus, type LeaseStatus } from './model';
import type { ApartmentApplication, ApartmentBlock, ApartmentLease, BlockAllocation } from './records';
import type { Entitlement } from './support';
import { UNDECIDED, type SupportApplication, type SupportDisbursement, type SupportStatus } from './support-records';

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

export type AnonymisedApartment = Omit<ApartmentApplication, 'person'> & { person: Omit<Person, 'sealed'>; anonymisedAt: Date };

export const anonymiseApartment = (app: ApartmentApplication, now: Date): AnonymisedApartment => ({
  ...app,
  ownerId: '',
  person: anonymousPerson(app.person),
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
          { ...a, ownerId: '', tenant: { ...a.tenant, person: anonymousPerson(a.tenant.person) as Person, idHash: '', code: '' } }
        : a,
    ),
  };
}

// --- Housing support (租房资助, 购房补贴): the same rule as apartments ---

export type SupportStatusOf = { _id: string; status: SupportStatus; schedule: readonly Pick<Entitlement, 'month'>[] };

/**
 * Support still under way: an application not yet decided, or support (approved, or stopped after a failed re-check)
 * with a month of its schedule not yet paid. The account cannot be deleted while any is: the office still owes or
 * decides something, and the payee must stay known until then.
 */
export const activeSupport = (input: {
  applications: readonly SupportStatusOf[];
  paidMonths: Readonly<Record<string, readonly string[]>>;
}): string[] =>
  input.applications
    .filter(
      (a) =>
        UNDECIDED.includes(a.status) ||
        ((a.status === 'approved' || a.status === 'stopped') && a.schedule.some((e) => !(input.paidMonths[a._id] ?? []).includes(e.month))),
    )
    .map((a) => a._id);

export type AnonymisedSupport = Omit<SupportApplication, 'person'> & { person: Omit<Person, 'sealed'> };

/**
 * Kept for the statistics and the finance office: kind, category, employer, rent paid, amount, schedule, re-check
 * months and outcomes, status and dates. Dropped: the person, owner, identity hash, documents, the texts of questions,
 * answers and re-check notes, and the reason. `updatedAt` says when (the operators' view has no other field for it).
 */
export const anonymiseSupport = (app: SupportApplication, now: Date): AnonymisedSupport => ({
  ...app,
  ownerId: '',
  person: anonymousPerson(app.person),
  idHash: '',
  documents: [],
  openQuestion: null,
  answers: app.answers.map((a) => ({ ...a, question: '', text: '', documents: [] })),
  rechecks: app.rechecks.map((r) => ({ ...r, note: '' })),
  reason: null,
  updatedAt: now,
});

/** A month paid keeps its application, month, amount, day and reference; the payee's name and owner go. */
export const anonymiseDisbursement = (row: SupportDisbursement, now: Date): SupportDisbursement & { anonymisedAt: Date } => ({
  ...row,
  ownerId: '',
  name: '',
  anonymisedAt: now,
});
