import { api, type ActionName, type InputOf, type ReplyOf } from '../../core/api';
import type { Role } from '../../core/roles';
import type { Reply } from '../../src/services/api';
import { allActions } from '../support/action-tables';

// The client's types come from core's action tables: what must and must not compile is checked by
// `npm run typecheck` (each `@ts-expect-error` fails the type check if the line it covers becomes valid).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(value: T): T => value;

test('a reply type is the action output schema, as it arrives through JSON', () => {
  assertType<Equal<Reply<'stays', 'get'>['submittedAt'], string>>(true);
  assertType<Equal<ReplyOf<'stays', 'get'>['submittedAt'], Date>>(true);
  assertType<Equal<Reply<'stays', 'quote'>['nights'][number]['free'], number>>(true);

  const renamed: ActionName<'stays'> = 'quote';
  // @ts-expect-error an action that does not exist is not an action name
  const missing: ActionName<'stays'> = 'quotes';
  // @ts-expect-error a reply field that is not in the schema does not exist
  const notInSchema: Reply<'stays', 'get'>['submitted'] = '';
  // @ts-expect-error the payload is the input schema's: `nights` is a number
  const badInput: InputOf<'stays', 'quote'> = { stationId: 's', checkIn: '2026-12-04', nights: '7' };
  expect([renamed, missing, notInSchema, badInput.stationId]).toHaveLength(4);
});

test('admin and account replies are their schemas too', () => {
  assertType<Equal<Reply<'admin', 'auditLog'>['items'][number]['at'], string>>(true);
  assertType<Equal<ReplyOf<'admin', 'auditLog'>['items'][number]['at'], Date>>(true);
  assertType<Equal<Reply<'admin', 'users'>['items'][number]['roles'], Role[]>>(true);
  assertType<Equal<Reply<'account', 'me'>['consent']['acceptedAt'], string | null>>(true);
  assertType<Equal<Reply<'account', 'deleteMyAccount'>['deleted'], true>>(true);
  assertType<Equal<Reply<'reports', 'exportApplicationsCsv'>['nextCursor'], { at: string; id: string } | null>>(true);

  // @ts-expect-error the audit log's items carry no note (core/audit.ts keeps it; the reply leaves it out)
  const note: Reply<'admin', 'auditLog'>['items'][number]['note'] = {};
  // @ts-expect-error `users` lists staff: applicant is not a role it takes
  const applicants: InputOf<'admin', 'users'> = { role: 'applicant' };
  expect([note, applicants.role]).toHaveLength(2);
});

test('a seat reply is the workspaces output schema: numbers, enums and instants as they arrive', () => {
  assertType<Equal<Reply<'workspaces', 'get'>['seatNumbers'], number[]>>(true);
  assertType<Equal<Reply<'workspaces', 'get'>['team']['members'][number]['joinedAt'], string | undefined>>(true);
  assertType<Equal<Reply<'workspaces', 'invite'>['expiresAt'], string>>(true);
  assertType<Equal<Reply<'workspaces', 'history'>, Reply<'stays', 'history'>>>(true);

  // @ts-expect-error a seat status is one of core's SEAT_STATUSES, not a stay's
  const stayStatus: Reply<'workspaces', 'get'>['status'] = 'checked-in';
  // @ts-expect-error a member's view has no openid (toSeatView drops it)
  const openId: Reply<'workspaces', 'get'>['team']['members'][number]['openId'] = '';
  expect([stayStatus, openId]).toHaveLength(2);
});

test('requests: staff steps answer the staff view, the applicant never gets a type with staff fields', () => {
  assertType<Equal<Reply<'requests', 'triage'>['timeline'][number]['visibility'], 'public' | 'internal'>>(true);
  assertType<Equal<Reply<'requests', 'mine'>['items'][number]['dueAt'], string | null>>(true);

  // @ts-expect-error the applicant's view has no staff fields
  const internal: Reply<'requests', 'submit'>['applicantId'] = '';
  // @ts-expect-error the tier is one of TIERS
  const badTier: InputOf<'requests', 'triage'> = { id: 'R1', tier: 6, leadUnitId: 'u1' };
  expect([internal, badTier.id]).toHaveLength(2);
});

test("core's action tables list exactly the actions the functions route, each with an input and a reply schema", () => {
  const routed = allActions().map((a) => `${a.fn}.${a.action}`);
  const listed = Object.entries(api).flatMap(([fn, table]) => Object.keys(table).map((action) => `${fn}.${action}`));
  expect(listed.sort()).toEqual(routed.sort());
  for (const { fn, action, spec } of allActions()) {
    const contract = (api as Record<string, Record<string, { input: unknown; output: unknown }>>)[fn][action];
    expect([`${fn}.${action}`, spec.input === contract.input, spec.output === contract.output]).toEqual([`${fn}.${action}`, true, true]);
  }
});
