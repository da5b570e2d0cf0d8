import type { ServiceRequest } from '../requests/request';
import type { StayApplication, StayStatus } from '../stays/model';
import type { SeatApplication, SeatStatus } from '../workspaces/model';
import {
  anonymiseLedSeat,
  anonymiseMemberEntries,
  anonymiseRequest,
  anonymiseStay,
  assertNothingActive,
  claimOnlyServedThem,
} from './anonymise';

const now = new Date('2026-12-01T02:00:00Z');
const sealed = { kid: 'k', iv: 'iv', tag: 't', ct: 'ct' };
const person = {
  name: '王小明',
  phoneMasked: '*******5678',
  idKind: 'passport' as const,
  idMasked: '****7315',
  sealed: { phone: sealed, idNumber: sealed },
};

const stay: StayApplication = {
  _id: 'stay-1',
  stationId: 'station-pudong',
  type: 'graduate',
  program: 'talent',
  ownerId: 'o-1',
  person,
  idHash: 'h-1',
  checkIn: '2026-12-10',
  nights: 3,
  held: null,
  status: 'checked-out',
  facts: {
    intendsToWorkInShanghai: true,
    university: 'Fudan',
    graduationDate: '2026-06-30',
    purpose: 'interview',
    seatApplicationId: 'seat-9',
  },
  documents: [{ kind: 'passport', fileId: 'cloud://x/p.pdf', type: 'pdf', size: 10 } as never],
  pickup: { place: 'PVG', number: 'MU588', arrivalAt: now, requestedAt: now },
  reason: '证件照片不清晰',
  offerExpiresAt: null,
  submittedAt: now,
  updatedAt: now,
};

const seat: SeatApplication = {
  _id: 'seat-1',
  stationId: 'station-pudong',
  ownerId: 'o-1',
  teamKey: 'o-1',
  team: {
    name: '小明工作室',
    leader: person,
    projectSummary: 'AI for farms',
    creditCode: '91310000MA1FL0000X',
    members: [
      { name: '李四', idKind: 'passport', idMasked: '****1111', sealed: { idNumber: sealed } },
      { name: '赵五', idKind: 'id-card', idMasked: '****2222', sealed: { idNumber: sealed } },
    ],
  },
  leaderIdHash: 'h-1',
  memberIdHashes: ['h-4', 'h-5'],
  seats: 2,
  months: 3,
  startDate: '2026-12-01',
  endDate: '2027-03-01',
  held: null,
  status: 'ended',
  seatNumbers: [3, 4],
  referredTo: null,
  reason: 'x',
  documents: [],
  submittedAt: now,
  updatedAt: now,
};

const request: ServiceRequest = {
  _id: 'req-1',
  applicantId: 'o-1',
  category: 'housing',
  title: '想了解人才公寓',
  body: '我的电话 13712345678',
  attachments: ['cloud://x/a.png'],
  status: 'closed',
  tier: 5,
  leadUnitId: 'unit-a',
  coUnitIds: ['unit-b'],
  unitIds: ['unit-a', 'unit-b'],
  dispatchedAt: now,
  dueAt: now,
  dueDate: '2026-12-08',
  dueProvisional: false,
  extension: { days: 3, reason: '需要王小明补材料', requestedAt: now, status: 'granted' },
  consultations: [
    { id: 'c1', scheduledFor: now, unitIds: ['unit-a'], topic: '王小明的住房', status: 'held', minutes: '会议纪要', heldAt: now },
  ],
  resolvedAt: now,
  reply: '已为王小明安排',
  rating: { score: 4, satisfied: true, comment: '谢谢', at: now },
  reopenCount: 0,
  reminderPending: false,
  overdue: false,
  month: '2026-12',
  version: 7,
  createdAt: now,
  updatedAt: now,
  timeline: [
    { type: 'submit', at: now, by: { role: 'applicant', openId: 'o-1' }, visibility: 'public' },
    { type: 'note', at: now, by: { role: 'operator', openId: 'op-1' }, visibility: 'internal', text: '王小明来电' },
    {
      type: 'resolve',
      at: now,
      by: { role: 'unit', openId: 'u-1', unitId: 'unit-a' },
      visibility: 'public',
      text: '已安排',
      data: { onTime: true },
    },
  ] as ServiceRequest['timeline'],
};

/** Every string of the value, for "no trace of the person left" checks. */
const text = (value: unknown) => JSON.stringify(value);
const PERSONAL = ['王小明', '5678', '7315', 'o-1', 'h-1', 'Fudan', 'MU588', 'cloud://', '证件照片', 'sealed', '"ct"'];

describe('anonymiseStay', () => {
  const out = anonymiseStay(stay, now);

  it.each(PERSONAL)('leaves no trace of %s', (needle) => {
    expect(text(out)).not.toContain(needle);
  });

  it('keeps what statistics count: station, type, programme, dates, nights, status, purpose, the team link', () => {
    expect(out).toMatchObject({
      _id: 'stay-1',
      stationId: 'station-pudong',
      type: 'graduate',
      program: 'talent',
      checkIn: '2026-12-10',
      nights: 3,
      status: 'checked-out',
      submittedAt: now,
      updatedAt: now,
      facts: { purpose: 'interview', seatApplicationId: 'seat-9' },
      person: { idKind: 'passport' },
      anonymisedAt: now,
    });
  });

  it('a stay without optional facts gets an empty facts object, not undefined keys', () => {
    expect(anonymiseStay({ ...stay, facts: {} }, now).facts).toEqual({});
  });
});

describe('anonymiseLedSeat', () => {
  const out = anonymiseLedSeat(seat, now);

  it.each([...PERSONAL, '小明工作室', '李四', '赵五', 'AI for farms', '91310000', 'h-4'])('leaves no trace of %s', (needle) => {
    expect(text(out)).not.toContain(needle);
  });

  it('keeps seats, months, dates, seat numbers, status, and one blank entry per member (team size stays countable)', () => {
    expect(out).toMatchObject({
      seats: 2,
      months: 3,
      startDate: '2026-12-01',
      endDate: '2027-03-01',
      seatNumbers: [3, 4],
      status: 'ended',
      memberIdHashes: ['', ''],
    });
    expect(out.team.members).toEqual([
      { name: '', idKind: 'passport', idMasked: '' },
      { name: '', idKind: 'id-card', idMasked: '' },
    ]);
  });
});

describe('anonymiseMemberEntries', () => {
  it('blanks only the entry whose identity hash is the deleted person, leaving the leader and the other member', () => {
    const out = anonymiseMemberEntries(seat, ['h-5']);
    expect(out).toEqual({
      members: [seat.team.members[0], { name: '', idKind: 'id-card', idMasked: '' }],
      memberIdHashes: ['h-4', ''],
      memberOpenIds: [],
    });
  });

  it('blanks the entry a member made by joining (by openid) with its phone, and takes the openid out of memberOpenIds', () => {
    const joined = {
      ...seat,
      team: {
        ...seat.team,
        members: [seat.team.members[0], { ...seat.team.members[1], phoneMasked: '*******5678', openId: 'joiner', joinedAt: new Date() }],
      },
      memberOpenIds: ['joiner', 'other'],
    };
    expect(anonymiseMemberEntries(joined, [], 'joiner')).toEqual({
      members: [seat.team.members[0], { name: '', idKind: 'id-card', idMasked: '' }],
      memberIdHashes: ['h-4', ''],
      memberOpenIds: ['other'],
    });
    expect(anonymiseMemberEntries(joined, [], 'nobody')).toBeNull();
  });

  it('answers null when no entry is theirs', () => {
    expect(anonymiseMemberEntries(seat, ['h-9'])).toBeNull();
  });

  it('an already blanked hash never matches (a second deletion with an empty hash list entry)', () => {
    expect(anonymiseMemberEntries({ ...seat, memberIdHashes: ['', 'h-5'] }, [''])).toBeNull();
  });
});

describe('anonymiseRequest', () => {
  const out = anonymiseRequest(request, now);

  it.each(['王小明', '13712345678', 'cloud://', 'o-1', 'op-1', 'u-1', '谢谢', '会议纪要', '已安排', '想了解'])(
    'leaves no trace of %s',
    (needle) => {
      expect(text(out)).not.toContain(needle);
    },
  );

  it('keeps category, units, tier, status, deadline, the rating score and the kind and time of every step (KPIs)', () => {
    expect(out).toMatchObject({
      category: 'housing',
      leadUnitId: 'unit-a',
      unitIds: ['unit-a', 'unit-b'],
      tier: 5,
      status: 'closed',
      dueDate: '2026-12-08',
      resolvedAt: now,
      rating: { score: 4, satisfied: true, comment: null, at: now },
      extension: { days: 3, status: 'granted' },
      month: '2026-12',
    });
    expect(out.timeline).toEqual([
      { type: 'submit', at: now, by: { role: 'applicant' }, visibility: 'public' },
      { type: 'note', at: now, by: { role: 'operator' }, visibility: 'internal' },
      { type: 'resolve', at: now, by: { role: 'unit', unitId: 'unit-a' }, visibility: 'public' },
    ]);
  });

  it('moves the version on, so a step taken on the old version conflicts instead of writing text back', () => {
    expect(out.version).toBe(8);
  });
});

describe('claimOnlyServedThem', () => {
  it.each([
    ['no active application and no free stay recorded', { active: null, free: {} }, true],
    ['an old claim without a free map', { active: null }, true],
    ['a free stay used (kept: deleting an account must not give a second free stay)', { active: null, free: { talent: 'stay-1' } }, false],
    ['an active application', { active: 'stay-2', free: {} }, false],
  ])('%s → %s', (_t, claim, expected) => {
    expect(claimOnlyServedThem(claim as never)).toBe(expected);
  });
});

describe('assertNothingActive', () => {
  const refusal = (stays: StayStatus[], seats: SeatStatus[]) => {
    try {
      assertNothingActive({
        stays: stays.map((status, i) => ({ _id: `s${i}`, status })),
        seats: seats.map((status, i) => ({ _id: `t${i}`, status })),
      });
      return null;
    } catch (error) {
      return error as { code: string; localized: Record<string, string>; details: unknown };
    }
  };

  it.each([
    ['nothing at all', [], []],
    [
      'only finished stays and seats',
      ['checked-out', 'cancelled', 'rejected', 'expired', 'no-show'],
      ['ended', 'ended-early', 'cancelled', 'rejected', 'referred', 'expired'],
    ],
  ] as Array<[string, StayStatus[], SeatStatus[]]>)('allows %s', (_t, stays, seats) => {
    expect(refusal(stays, seats)).toBeNull();
  });

  it.each(['waitlisted', 'offered', 'pending', 'approved', 'checked-in'] as StayStatus[])(
    'refuses a %s stay, saying to cancel it first',
    (status) => {
      expect(refusal([status, 'checked-out'], [])).toMatchObject({
        code: 'CONFLICT',
        localized: {
          'zh-CN': '请先取消1 份进行中的入住申请，再注销账号',
          en: 'Cancel your 1 active stay application before deleting your account',
        },
        details: { activeStays: ['s0'], activeSeats: [] },
      });
    },
  );

  it.each(['pending', 'approved'] as SeatStatus[])('refuses a %s seat application', (status) => {
    expect(refusal([], [status])).toMatchObject({ code: 'CONFLICT', details: { activeStays: [], activeSeats: ['t0'] } });
  });

  it('names both kinds when both are active', () => {
    expect(refusal(['pending', 'approved'], ['approved'])?.localized.en).toBe(
      'Cancel your 2 active stay applications and 1 active seat application before deleting your account',
    );
  });
});
