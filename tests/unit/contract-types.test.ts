import type { ActionName, InputOf, ReplyOf } from '../../core/contract/api';
import { accountApi } from '../../core/account/api';
import { adminApi } from '../../core/admin/api';
import { reportsApi } from '../../core/reports/api';
import { schedulerApi } from '../../core/scheduler/api';
import { staysApi } from '../../core/stays/api';
import type { Role } from '../../core/roles';
import { workspacesApi } from '../../core/workspaces/api';
import type { Reply } from '../../src/services/api';

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

test('every action of a migrated function has an input and an output schema', () => {
  const tables = {
    stays: staysApi,
    account: accountApi,
    admin: adminApi,
    reports: reportsApi,
    scheduler: schedulerApi,
    workspaces: workspacesApi,
  };
  for (const [action, contract] of Object.values(tables).flatMap((table) => Object.entries(table))) {
    expect([action, typeof contract.input.safeParse, typeof contract.output.safeParse]).toEqual([action, 'function', 'function']);
  }
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
