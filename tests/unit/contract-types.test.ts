import type { ActionName, InputOf, ReplyOf } from '../../core/contract/api';
import { requestsApi } from '../../core/requests/api';
import { staysApi } from '../../core/stays/api';
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

test('requests: staff steps answer the staff view, the applicant never gets a type with staff fields', () => {
  assertType<Equal<Reply<'requests', 'triage'>['timeline'][number]['visibility'], 'public' | 'internal'>>(true);
  assertType<Equal<Reply<'requests', 'mine'>['items'][number]['dueAt'], string | null>>(true);

  // @ts-expect-error the applicant's view has no staff fields
  const internal: Reply<'requests', 'submit'>['applicantId'] = '';
  // @ts-expect-error the tier is one of TIERS
  const badTier: InputOf<'requests', 'triage'> = { id: 'R1', tier: 6, leadUnitId: 'u1' };
  expect([internal, badTier.id]).toHaveLength(2);
});

test('every stays and requests action has an input and an output schema', () => {
  for (const [action, contract] of [...Object.entries(staysApi), ...Object.entries(requestsApi)]) {
    expect([action, typeof contract.input.safeParse, typeof contract.output.safeParse]).toEqual([action, 'function', 'function']);
  }
});
