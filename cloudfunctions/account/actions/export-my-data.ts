import { accountApi } from '../../../core/account/api';
import { defineAction } from '../../../core/contract';
import { toApplicantView } from '../../../core/requests/views';
import { SELF_APPLICANT_TYPES, type Person, type StayApplication } from '../../../core/stays/model';
import type { SeatApplication } from '../../../core/workspaces/model';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import { signUpsOf } from '../../_shared/event-sign-ups';
import type { ActionContext } from '../../_shared/handler';
import { openValue, type PiiKeyring } from '../../_shared/pii';
import {
  myApartments,
  myAuditTrail,
  myBlockTenancies,
  myLeases,
  myMessages,
  myRequests,
  mySeatsLed,
  myStays,
  pagesOf,
  seatsAsMember,
  mySupport,
  supportPaidOn,
} from '../../_shared/account/repository';
import type { ApartmentApplication, ApartmentBlock } from '../../../core/housing/records';
import type { SupportApplication } from '../../../core/housing/support-records';

const selfTypes: readonly string[] = SELF_APPLICANT_TYPES;

/** A person as their owner gets it back: the numbers opened, the sealed form and the masks left out. */
const openPerson = (keyring: PiiKeyring, person: Person) => ({
  name: person.name,
  idKind: person.idKind,
  phone: openValue(keyring, person.sealed.phone),
  idNumber: openValue(keyring, person.sealed.idNumber),
});

/** A guest's numbers are not the employer's own: masked, as in every other view. */
const maskedPerson = ({ sealed: _sealed, ...person }: Person) => person;

function stayExport(keyring: PiiKeyring, { idHash: _h, person, ...stay }: StayApplication) {
  return { ...stay, person: selfTypes.includes(stay.type) ? openPerson(keyring, person) : maskedPerson(person) };
}

function ledSeatExport(
  keyring: PiiKeyring,
  { leaderIdHash: _l, memberIdHashes: _m, memberOpenIds: _o, teamKey: _k, team, ...seat }: SeatApplication,
) {
  return {
    ...seat,
    team: { ...team, leader: openPerson(keyring, team.leader), members: team.members.map(({ sealed: _s, openId: _o, ...m }) => m) },
  };
}

/** A team the caller is a member of: the booking's facts and their own entry only, not the leader's or others'. */
function memberSeatExport(keyring: PiiKeyring, seat: SeatApplication, me: { idHashes: readonly string[]; openId: string }) {
  const entries = seat.team.members
    .filter((m, i) => me.idHashes.includes(seat.memberIdHashes[i]) || m.openId === me.openId)
    .map(({ sealed, ...m }) => ({
      name: m.name,
      idKind: m.idKind,
      idNumber: openValue(keyring, sealed.idNumber),
      phone: sealed.phone ? openValue(keyring, sealed.phone) : null,
      ...(m.joinedAt ? { joinedAt: m.joinedAt } : {}),
    }));
  return {
    _id: seat._id,
    stationId: seat.stationId,
    teamName: seat.team.name,
    status: seat.status,
    seats: seat.seats,
    months: seat.months,
    startDate: seat.startDate,
    endDate: seat.endDate,
    submittedAt: seat.submittedAt,
    memberEntries: entries,
  };
}

/** An apartment application (a waiting-list entry while waiting): their own numbers opened, no identity hash. */
const apartmentExport = (keyring: PiiKeyring, { idHash: _h, person, ...app }: ApartmentApplication) => ({
  ...app,
  person: person.sealed ? openPerson(keyring, person) : maskedPerson(person),
});

/** A housing support application: their own numbers opened, no identity hash. */
const supportExport = (keyring: PiiKeyring, { idHash: _h, person, ...app }: SupportApplication) => ({
  ...app,
  person: person.sealed ? openPerson(keyring, person) : maskedPerson(person),
});

/** A unit of an employer's block they are the tenant of: the block's facts and their own unit only. */
function blockTenancyExport(keyring: PiiKeyring, block: ApartmentBlock, openId: string) {
  return block.allocations
    .filter((a) => a.ownerId === openId && a.tenant)
    .map((a) => ({
      blockId: block._id,
      buildingId: block.buildingId,
      unitType: block.unitType,
      employer: block.employer,
      start: block.start,
      end: block.end,
      unitId: a.unitId,
      leaseId: a.leaseId,
      tenant: { person: openPerson(keyring, a.tenant!.person), namedAt: a.tenant!.namedAt },
      confirmedAt: a.confirmedAt,
    }));
}

/**
 * Everything the service holds about the caller, as one JSON document grouped by collection, their own phone and
 * identity numbers opened for them. Read through the owner fields' indexes page by page; audit-logged.
 */
export const exportMyData = defineAction<ActionContext>()({
  ...accountApi.exportMyData,
  roles: [],
  async handler(_input, ctx) {
    const openId = ctx.identity.openId;
    const keyring = ctx.config.pii;
    const [stays, led, requests, messages, auditTrail, liaisonPairs, liaisonContacts, apartments, leases, blocks, support] =
      await Promise.all([
        myStays(ctx.db, openId),
        mySeatsLed(ctx.db, openId),
        myRequests(ctx.db, openId),
        myMessages(ctx.db, openId),
        myAuditTrail(ctx.db, openId),
        pagesOf<Record<string, unknown>>(ctx.db, COLLECTIONS.liaisonPairs, { talentId: openId }, 'pairedOn'),
        pagesOf<Record<string, unknown>>(ctx.db, COLLECTIONS.liaisonContacts, { talentId: openId }, 'on'),
        myApartments(ctx.db, openId),
        myLeases(ctx.db, openId),
        myBlockTenancies(ctx.db, openId),
        mySupport(ctx.db, openId),
      ]);
    const paid = await supportPaidOn(ctx.db, support);
    // The caller as a person: the identity hashes of their own stays and of the teams they lead.
    const idHashes = [...stays.filter((s) => selfTypes.includes(s.type)).map((s) => s.idHash), ...led.map((s) => s.leaderIdHash)];
    const memberOf = await seatsAsMember(ctx.db, { openId, idHashes, led });
    const document = {
      exportedAt: ctx.now,
      openId,
      users: ctx.user ? { ...ctx.user } : null,
      stay_applications: stays.map((s) => stayExport(keyring, s)),
      seat_applications: {
        led: led.map((s) => ledSeatExport(keyring, s)),
        memberOf: memberOf.map((s) => memberSeatExport(keyring, s, { idHashes, openId })),
      },
      requests: requests.map(toApplicantView),
      event_sign_ups: (await signUpsOf(ctx.db, openId)).map(({ _id, ...signUp }) => ({ id: _id, ...signUp })),
      messages,
      audit_logs: auditTrail.map(({ _id: _i, ...entry }) => entry),
      liaison_pairs: liaisonPairs,
      liaison_contacts: liaisonContacts,
      apartment_applications: apartments.map((a) => apartmentExport(keyring, a)),
      apartment_leases: leases.map(({ documentFileId: _file, ...lease }) => lease),
      apartment_block_tenancies: blocks.flatMap((b) => blockTenancyExport(keyring, b, openId)),
      support_applications: support.map((a) => supportExport(keyring, a)),
      support_disbursements: paid.map((d) => ({ ...d })),
    };
    await recordAudit(
      { ...ctx, action: 'account.export' },
      {
        target: { collection: COLLECTIONS.users, id: openId },
        before: null,
        after: null,
        note: {
          stays: stays.length,
          seats: led.length + memberOf.length,
          requests: requests.length,
          messages: messages.length,
          apartments: apartments.length,
          leases: leases.length,
          support: support.length,
        },
      },
    );
    return document;
  },
});
