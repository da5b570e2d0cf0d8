import { AppError } from '../contract/errors';
import { joinStep, nextInvite, INVITE_DAYS } from './invite';
import { memberInput } from './member.schema';
import type { SeatApplication, TeamMember } from './model';

const NOW = new Date('2026-11-23T02:00:00Z');
const LATER = new Date(NOW.getTime() + 86_400_000);
const member = (openId?: string): TeamMember => ({
  name: 'M',
  idKind: 'id-card',
  idMasked: '****',
  sealed: { idNumber: { kid: 'k', iv: 'i', tag: 't', ct: 'c' } },
  ...(openId ? { openId } : {}),
});
const team = (overrides: Partial<SeatApplication> = {}, members: TeamMember[] = [member()]) => ({
  ownerId: 'leader',
  status: 'pending' as const,
  leaderIdHash: 'h-leader',
  memberIdHashes: members.map((_m, i) => `h-${i}`),
  memberOpenIds: members.flatMap((m) => (m.openId ? [m.openId] : [])),
  invite: { version: 1, expiresAt: LATER },
  team: { name: 'T', leader: {} as SeatApplication['team']['leader'], members, projectSummary: '', creditCode: null },
  ...overrides,
});
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${(error.details as { rule: string }).rule}` : String(error);
  }
  return 'not refused';
};

describe('joinStep', () => {
  it.each([
    ['a stranger with a new document', team(), 'joiner', 'h-new', { kind: 'add' }],
    [
      'the person the leader listed (same document, no account yet) claims that entry',
      team(),
      'joiner',
      'h-0',
      { kind: 'claim', index: 0 },
    ],
    ['a member who already joined, again', team({}, [member('joiner')]), 'joiner', 'h-0', { kind: 'already' }],
    ['a member who already joined, again with another document', team({}, [member('joiner')]), 'joiner', 'h-other', { kind: 'already' }],
    [
      'a member who already joined, after the link expired and the team was cancelled',
      team({ status: 'cancelled', invite: { version: 1, expiresAt: NOW } }, [member('joiner')]),
      'joiner',
      'h-0',
      { kind: 'already' },
    ],
    ['an approved team', team({ status: 'approved' }), 'joiner', 'h-new', { kind: 'add' }],
    [
      'the 10th person of a team of 9',
      team(
        {},
        Array.from({ length: 8 }, () => member()),
      ),
      'joiner',
      'h-new',
      { kind: 'add' },
    ],
    [
      'a listed person when the team is full (their entry is counted already)',
      team(
        {},
        Array.from({ length: 9 }, () => member()),
      ),
      'joiner',
      'h-3',
      { kind: 'claim', index: 3 },
    ],
  ])('%s', (_title, app, openId, idHash, step) => {
    expect(joinStep({ app, openId, idHash, maxTeamSize: 10, now: NOW })).toEqual(step);
  });

  type Refused = [title: string, app: ReturnType<typeof team>, openId: string, idHash: string, refused: string, maxTeamSize?: number];
  it.each<Refused>([
    [
      'an invite that expired at this very instant',
      team({ invite: { version: 1, expiresAt: NOW } }),
      'joiner',
      'h-new',
      'CONFLICT invite-expired',
    ],
    ['an application with no invite', team({ invite: null }), 'joiner', 'h-new', 'CONFLICT invite-expired'],
    ...(['cancelled', 'rejected', 'referred', 'ended', 'ended-early', 'expired'] as const).map((status): Refused => [
      `a ${status} application`,
      team({ status }),
      'joiner',
      'h-new',
      'CONFLICT team-closed',
    ]),
    ['the leader by account', team(), 'leader', 'h-new', 'CONFLICT own-team'],
    ['the leader by identity document, from another account', team(), 'joiner', 'h-leader', 'CONFLICT own-team'],
    ["a document that is another account's member entry", team({}, [member('someone-else')]), 'joiner', 'h-0', 'CONFLICT already-member'],
    [
      'the 11th person (leader + 9 members)',
      team(
        {},
        Array.from({ length: 9 }, () => member()),
      ),
      'joiner',
      'h-new',
      'QUOTA_EXCEEDED team-full',
    ],
    ['a smaller maximum set by the station', team({}, [member(), member()]), 'joiner', 'h-new', 'QUOTA_EXCEEDED team-full', 3],
  ])('refuses %s', (_title, app, openId, idHash, refused, maxTeamSize = 10) => {
    expect(refusal(() => joinStep({ app, openId, idHash, maxTeamSize, now: NOW }))).toBe(refused);
  });

  it('an empty hash (a blanked entry of a deleted account) is never claimed', () => {
    expect(joinStep({ app: team({ memberIdHashes: [''] }), openId: 'joiner', idHash: '', maxTeamSize: 10, now: NOW })).toEqual({
      kind: 'add',
    });
  });
});

describe('nextInvite', () => {
  it(`starts at version 1, valid ${INVITE_DAYS} days; a renewal is the next version from now`, () => {
    expect(nextInvite({ previous: null, now: NOW })).toEqual({ version: 1, expiresAt: new Date(NOW.getTime() + INVITE_DAYS * 86_400_000) });
    expect(nextInvite({ previous: { version: 4, expiresAt: NOW }, now: LATER })).toEqual({
      version: 5,
      expiresAt: new Date(LATER.getTime() + INVITE_DAYS * 86_400_000),
    });
  });
});

describe('memberInput: a mainland mobile', () => {
  const doc = { kind: 'id-card', number: '310101199001011234' };
  it.each([
    ['13912345678', true],
    [' 19912345678 ', true],
    ['12912345678', false],
    ['1391234567', false],
    ['139123456789', false],
    ['+8613912345678', false],
    ['139-1234-5678', false],
  ])('%s → %s', (phone, valid) => {
    expect(memberInput.safeParse({ name: 'M', phone, identityDocument: doc }).success).toBe(valid);
  });

  it('needs the identity document', () => {
    expect(memberInput.safeParse({ name: 'M', phone: '13912345678' }).success).toBe(false);
  });
});
