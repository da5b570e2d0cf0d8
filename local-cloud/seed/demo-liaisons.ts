import type { User } from '../../core/account/user';
import { shanghaiDateOf } from '../../core/calendar/dates';
import { addDays } from '../../core/dates';
import { CONTACT_WEEKS, contactDueOn } from '../../core/liaisons/contact';

/** Talents of the demo district besides the personas: the liaison's list has a few names on it. */
const SYNTHETIC_TALENTS: Array<[string, string]> = [
  ['demo-talent-chen', '陈海归'],
  ['demo-talent-liu', '刘博士'],
  ['demo-talent-zhou', '周青年'],
];

export function demoTalents(now: Date): User[] {
  return SYNTHETIC_TALENTS.map(([openId, displayName]) => ({
    _id: openId,
    appId: 'wx-local-dev',
    unionId: null,
    roles: ['applicant'],
    locale: 'zh-CN',
    displayName,
    consents: [],
    stationId: null,
    unitId: null,
    createdAt: now,
    updatedAt: now,
  }));
}

/**
 * 双结对 in the demo: the unit handler persona (demo-unit, 赵科长) looks after the returnee persona, the startup team
 * persona and the synthetic talents. Pairing dates lie a few weeks back, none yet past the contact rule, so a fresh
 * demo has nothing overdue; the talent last visited has a 走访记录.
 */
export function demoLiaisonData(now: Date) {
  const today = shanghaiDateOf(now);
  const pairs = [
    { talentId: 'demo-applicant', daysAgo: 30, visitedDaysAgo: 10 },
    { talentId: 'demo-team', daysAgo: 45, visitedDaysAgo: null },
    { talentId: 'demo-talent-chen', daysAgo: 50, visitedDaysAgo: null },
    { talentId: 'demo-talent-liu', daysAgo: 20, visitedDaysAgo: 5 },
    { talentId: 'demo-talent-zhou', daysAgo: 7, visitedDaysAgo: null },
  ].map(({ talentId, daysAgo, visitedDaysAgo }) => {
    const pairedOn = addDays(today, -daysAgo);
    const lastContactOn = visitedDaysAgo === null ? null : addDays(today, -visitedDaysAgo);
    return {
      _id: talentId,
      talentId,
      liaisonId: 'demo-unit',
      pairedOn,
      active: true,
      endedOn: null,
      lastContactOn,
      contactDueOn: contactDueOn({ pairedOn, lastContactOn: lastContactOn ?? undefined, weeks: CONTACT_WEEKS }),
      reminderPending: true,
      updatedAt: now,
    };
  });
  const visits = pairs
    .filter((p) => p.lastContactOn !== null)
    .map((p) => ({
      _id: `V-demo-${p.talentId}`,
      kind: 'visit',
      liaisonId: p.liaisonId,
      talentId: p.talentId,
      on: p.lastContactOn as string,
      month: (p.lastContactOn as string).slice(0, 7),
      topic: '走访了解工作和生活情况',
      followUp: '协助了解人才公寓申请条件',
      requestId: null,
      loggedAt: now,
    }));
  return { pairs, visits };
}
