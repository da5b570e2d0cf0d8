import * as z from 'zod';
import { authorize, defineAction, parseEvent, requireRequestId, routeAction } from './define-action';
import { AppError } from './errors';

const action = defineAction<{ who: string }>();
const table = {
  echo: action({ input: z.object({ text: z.string() }), output: z.string(), roles: [], handler: async (input) => input.text }),
  approve: action({ input: z.object({}), output: z.literal('ok'), roles: ['operator', 'admin'], handler: async () => 'ok' as const }),
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, issues: error.issues } : 'not an AppError';
  }
  return 'no error';
};

describe('routeAction', () => {
  it('finds a known action', () => {
    expect(routeAction(table, 'echo', 'en')).toBe(table.echo);
  });

  it.each([
    ['an unknown name', 'nope'],
    ['a name inherited from Object.prototype', 'toString'],
    ['an empty-looking name', ' '],
  ])('answers VALIDATION on the action field for %s', (_title, name) => {
    expect(codeOf(() => routeAction(table, name, 'en'))).toEqual({
      code: 'VALIDATION',
      issues: [{ path: 'action', message: 'Unknown action; expected one of: echo, approve' }],
    });
  });

  it('lists the actions in Chinese for a Chinese caller', () => {
    expect(codeOf(() => routeAction(table, 'nope', 'zh-CN'))).toEqual({
      code: 'VALIDATION',
      issues: [{ path: 'action', message: '未知的操作，可用的操作：echo, approve' }],
    });
  });
});

describe('authorize', () => {
  it.each([
    [[], ['applicant'], 'no error'],
    [['operator', 'admin'], ['applicant', 'operator'], 'no error'],
    [['operator', 'admin'], ['admin'], 'no error'],
    [['operator', 'admin'], ['applicant'], { code: 'FORBIDDEN', issues: undefined }],
    [['operator'], [], { code: 'FORBIDDEN', issues: undefined }],
  ] as const)('action for %j, caller with %j → %j', (roles, userRoles, expected) => {
    expect(codeOf(() => authorize({ roles }, userRoles))).toEqual(expected);
  });
});

describe('parseEvent', () => {
  it.each([
    [{ action: 'me' }, 'no error'],
    [{ action: 'me', payload: { a: 1 }, requestId: 'abcdefgh', locale: 'en' }, 'no error'],
    [{}, 'action'],
    [{ action: '' }, 'action'],
    [{ action: 'me', requestId: 'short' }, 'requestId'],
    [{ action: 'me', locale: 'fr' }, 'locale'],
    [null, ''],
    ['me', ''],
  ])('%j → %s', (event, failingPath) => {
    const result = codeOf(() => parseEvent(event, 'en'));
    if (failingPath === 'no error') expect(result).toBe('no error');
    else expect(result).toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ path: failingPath })] });
  });

  it('never takes identity from the event: unknown keys such as openId are dropped', () => {
    expect(parseEvent({ action: 'me', openId: 'someone-else' }, 'en')).toEqual({ action: 'me' });
  });
});

describe('requireRequestId', () => {
  it.each([
    [{ idempotent: true }, { action: 'apply', requestId: 'abcdefgh' }, 'abcdefgh'],
    [{ idempotent: false }, { action: 'apply', requestId: 'abcdefgh' }, null],
    [{}, { action: 'get' }, null],
  ])('spec %j with event %j → %j', (spec, event, expected) => {
    expect(requireRequestId(spec, event, 'en')).toBe(expected);
  });

  it('refuses an idempotent submit without a requestId, on the requestId field', () => {
    expect(codeOf(() => requireRequestId({ idempotent: true }, { action: 'apply' }, 'zh-CN'))).toEqual({
      code: 'VALIDATION',
      issues: [{ path: 'requestId', message: '此操作需要 requestId' }],
    });
  });
});
