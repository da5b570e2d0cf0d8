import type { Role } from '../roles';
import { SYSTEM_ACTOR, type Actor } from './actor';
import { STATUSES, type Status } from './statuses';
import { checkTransition, TRANSITION_NAMES, TRANSITIONS, type TransitionName } from './transitions';

const request = (status: Status) => ({ status, applicantId: 'alice', leadUnitId: 'unit-a', unitIds: ['unit-a', 'unit-b'] });
const actor = (openId: string, roles: Role[], unitId: string | null = null): Actor => ({ openId, roles, unitId });

const ACTORS: Record<string, Actor> = {
  owner: actor('alice', ['applicant']),
  'another applicant': actor('bob', ['applicant']),
  operator: actor('op', ['applicant', 'operator']),
  admin: actor('adm', ['applicant', 'admin']),
  'lead unit handler': actor('ua', ['applicant', 'unit'], 'unit-a'),
  'co-unit handler': actor('ub', ['applicant', 'unit'], 'unit-b'),
  'handler of an unrelated unit': actor('uc', ['applicant', 'unit'], 'unit-c'),
  scheduler: SYSTEM_ACTOR,
};

/** Who may make each transition, written out by hand (not derived from TRANSITIONS) so the table is checked. */
const ALLOWED: Record<TransitionName, string[]> = {
  submit: ['owner'],
  addInfo: ['owner'],
  askForInfo: ['operator', 'admin', 'lead unit handler'],
  triage: ['operator', 'admin'],
  dispatch: ['operator', 'admin'],
  accept: ['lead unit handler'],
  return: ['lead unit handler'],
  note: ['operator', 'admin', 'lead unit handler', 'co-unit handler'],
  requestExtension: ['lead unit handler'],
  grantExtension: ['operator', 'admin'],
  scheduleConsultation: ['operator', 'admin'],
  recordConsultation: ['operator', 'admin'],
  resolve: ['lead unit handler'],
  rate: ['owner'],
  reopen: ['owner'],
  autoClose: ['scheduler'],
  remind: ['scheduler'],
  markOverdue: ['scheduler'],
};

/** Where each status-changing transition leads, by hand. */
const LEADS_TO: Partial<Record<TransitionName, Status>> = {
  submit: 'submitted',
  triage: 'triaged',
  dispatch: 'dispatched',
  accept: 'in_progress',
  return: 'returned',
  resolve: 'resolved',
  rate: 'closed',
  reopen: 'in_progress',
  autoClose: 'closed',
};

describe('checkTransition: who may make each transition (from a status it allows)', () => {
  const cases = TRANSITION_NAMES.filter((name) => name !== 'submit').flatMap((name) =>
    Object.keys(ACTORS).map((who) => [name, who] as const),
  );
  it.each(cases)('%s by %s', (name, who) => {
    const from = TRANSITIONS[name].from[0] as Status;
    const call = () => checkTransition({ name, request: request(from), actor: ACTORS[who] });
    if (ALLOWED[name].includes(who)) {
      expect(call().to).toBe(LEADS_TO[name] ?? from);
      return;
    }
    // Someone with no relation to the request must not learn that it exists.
    const stranger = ['another applicant', 'handler of an unrelated unit'].includes(who);
    expect(call).toThrow(expect.objectContaining({ code: stranger ? 'NOT_FOUND' : 'FORBIDDEN' }));
  });
});

describe('checkTransition: from which statuses', () => {
  const allowedActor = (name: TransitionName) => ACTORS[ALLOWED[name][0]];
  const cases = TRANSITION_NAMES.filter((name) => name !== 'submit').flatMap((name) => STATUSES.map((status) => [name, status] as const));
  it.each(cases)('%s from %s', (name, status) => {
    const call = () => checkTransition({ name, request: request(status), actor: allowedActor(name) });
    if ((TRANSITIONS[name].from as readonly Status[]).includes(status)) expect(call().to).toBe(LEADS_TO[name] ?? status);
    else expect(call).toThrow(expect.objectContaining({ code: 'CONFLICT', details: { status } }));
  });

  it('nothing leaves closed', () => {
    expect(TRANSITION_NAMES.filter((name) => (TRANSITIONS[name].from as readonly Status[]).includes('closed'))).toEqual([]);
  });

  it('the wrong-state error speaks both languages', () => {
    expect(() => checkTransition({ name: 'accept', request: request('resolved'), actor: ACTORS['lead unit handler'] })).toThrow(
      expect.objectContaining({ localized: { 'zh-CN': expect.stringContaining('不允许'), en: expect.stringContaining('not possible') } }),
    );
  });
});

describe('the relation that allowed a transition', () => {
  it.each([
    ['an operator who is also the owner rates as the owner', 'rate', actor('alice', ['applicant', 'operator']), 'owner'],
    ['an admin who is also the owner triages as the operator', 'triage', actor('alice', ['applicant', 'admin']), 'operator'],
    ['a lead unit handler notes as a unit', 'note', ACTORS['lead unit handler'], 'anyUnit'],
  ] as const)('%s', (_title, name, who, relation) => {
    const from = TRANSITIONS[name].from[0] as Status;
    expect(checkTransition({ name, request: request(from), actor: who }).relation).toBe(relation);
  });
});
