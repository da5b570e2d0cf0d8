import { ROLES } from '../../../core/roles';
import { allActions } from '../../support/action-tables';
import { ANONYMOUS, STRANGER, callersFor, mayCall, writeCallers, type Caller } from '../../support/fuzz/callers';
import { callFunction, startTestCloud } from '../../support/local-cloud';

/**
 * The authorization matrix, generated from the functions' action tables: every action × every role (a user holding
 * exactly that role, privacy policy accepted), an unknown signed-in user and an anonymous caller.
 *
 * The shell checks the role before it parses the payload (cloudfunctions/_shared/handler.ts: authorize, then
 * consent, then parseOrThrow), so a payload no schema accepts makes the role check the only thing that decides:
 * a caller the table lets in gets VALIDATION (the next check), any other gets FORBIDDEN. A wrong FORBIDDEN from a
 * handler's own checks cannot hide behind this, as no handler runs.
 */
const PROBE = { action: '', payload: 'authorization-matrix-probe', requestId: 'matrix-probe-0001' };

const actions = allActions();
const roleCallers = callersFor({ prefix: 'matrix', perRole: 1, only: true });
let cloud: Awaited<ReturnType<typeof startTestCloud>>;

beforeAll(async () => {
  cloud = await startTestCloud();
  await writeCallers(cloud, roleCallers);
});
afterAll(async () => {
  await cloud?.stop();
});

it('covers every role of core/roles.ts and every action of every function', () => {
  expect(roleCallers.map((c) => c.roles[0])).toEqual([...ROLES]);
  expect([...new Set(actions.map((a) => a.fn))]).toEqual(
    expect.arrayContaining(['account', 'liaisons', 'policies', 'reports', 'requests', 'scheduler', 'stations', 'stays', 'workspaces']),
  );
  expect(actions.length).toBeGreaterThanOrEqual(55);
});

describe.each(actions.map((a) => [`${a.fn}.${a.action}`, a] as const))('%s', (_name, { fn, action, spec }) => {
  const expected = (caller: Caller): string => {
    if (caller.openId === null) return 'UNAUTHENTICATED';
    if (!mayCall(caller, spec.roles)) return 'FORBIDDEN';
    // An unknown user has accepted nothing yet: actions taking personal data stop at the consent check.
    if (caller === STRANGER && spec.personalData) return 'FORBIDDEN (consent)';
    return 'VALIDATION';
  };

  it.each([...roleCallers, STRANGER, ANONYMOUS].map((c) => [c.label, c] as const))('%s', async (_label, caller) => {
    const { body } = await callFunction(cloud, fn, { ...PROBE, action }, caller.openId);
    expect(body.ok).toBe(false);
    const got = body.error.code === 'FORBIDDEN' && body.error.details?.consentRequired ? 'FORBIDDEN (consent)' : body.error.code;
    expect({ caller: caller.label, allowed: spec.roles, got }).toEqual({
      caller: caller.label,
      allowed: spec.roles,
      got: expected(caller),
    });
  });
});
