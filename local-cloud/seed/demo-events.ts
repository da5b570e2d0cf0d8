import { COLLECTIONS } from '../../cloudfunctions/_shared/collections';
import { addDays, shanghaiDate } from '../../core/dates';
import { shanghaiInstant, type EventRecord, type SessionRecord } from '../../core/events/model';
import type { Doc } from '../db/types';
import { DEMO_STATION } from './demo-district';

const DAY = 24 * 60 * 60 * 1000;

type DemoSession = Pick<SessionRecord, 'date' | 'startTime' | 'endTime' | 'capacity'> & { address?: SessionRecord['place']['address'] };

function demoEvent(
  now: Date,
  event: Omit<EventRecord, 'stationId' | 'active' | 'lastStartsAt' | 'createdBy' | 'createdAt' | 'updatedAt'>,
  sessions: DemoSession[],
): Array<[string, Doc]> {
  const records: SessionRecord[] = sessions.map((s, i) => ({
    _id: `${event._id}-s${i}`,
    eventId: event._id,
    stationId: DEMO_STATION._id,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    startsAt: shanghaiInstant(s.date, s.startTime),
    endsAt: shanghaiInstant(s.date, s.endTime),
    place: s.address ? { stationId: null, address: s.address } : { stationId: DEMO_STATION._id, address: null },
    capacity: s.capacity,
    taken: 0,
    draw: null,
    reminded: false,
  }));
  const record: EventRecord = {
    ...event,
    stationId: DEMO_STATION._id,
    active: true,
    lastStartsAt: new Date(Math.max(...records.map((s) => s.startsAt.getTime()))),
    createdBy: 'demo-operator',
    createdAt: now,
    updatedAt: now,
  };
  return [
    [COLLECTIONS.events, record as unknown as Doc],
    ...records.map((s): [string, Doc] => [COLLECTIONS.eventSessions, s as unknown as Doc]),
  ];
}

/**
 * The demo events, dated from `now`: a monthly 三江创投 matchmaking (three sessions), an oversubscribed family camp
 * drawn by lottery with places counted per person, and a policy briefing at an address off the station.
 */
export function demoEvents(now: Date): Array<[string, Doc]> {
  const today = shanghaiDate(now);
  const in30 = addDays(today, 30);
  return [
    ...demoEvent(
      now,
      {
        _id: 'ev-sanjiang-matchmaking',
        type: 'investor-matchmaking',
        title: { 'zh-CN': '三江创投 · 月度项目对接会', en: 'Sanjiang Ventures monthly matchmaking' },
        description: {
          'zh-CN': '每月一次：人才项目路演，投资人现场对接。请简要介绍您的项目。',
          en: 'Monthly: talent projects pitch, investors meet them on the spot. Tell us about your project.',
        },
        audience: 'any-talent',
        allocation: 'first-come',
        opensAt: new Date(now.getTime() - DAY),
        closesAt: shanghaiInstant(addDays(today, 10), '00:00'),
        maxPartySize: 2,
        fields: [{ key: 'project', label: { 'zh-CN': '项目简介', en: 'Your project' }, required: true }],
        noShowPenalty: false,
      },
      [10, 40, 70].map((d) => ({ date: addDays(today, d), startTime: '14:00', endTime: '17:00', capacity: 40 })),
    ),
    ...demoEvent(
      now,
      {
        _id: 'ev-family-camp',
        type: 'family-camp',
        title: { 'zh-CN': '亲子研学夏令营', en: 'Family study camp' },
        description: {
          'zh-CN': '带孩子一起参观科创企业与博物馆。名额按人计算（家长与孩子各占一个），报名截止后公开摇号。',
          en: 'Visit tech companies and museums with your children. Places are per person; a public draw after sign-up closes.',
        },
        audience: 'any-talent',
        allocation: 'lottery',
        opensAt: new Date(now.getTime() - DAY),
        closesAt: shanghaiInstant(addDays(today, 14), '00:00'),
        maxPartySize: 4,
        fields: [{ key: 'childrenAges', label: { 'zh-CN': '孩子年龄', en: "Children's ages" }, required: true }],
        noShowPenalty: true,
      },
      [{ date: in30, startTime: '09:00', endTime: '16:00', capacity: 30 }],
    ),
    ...demoEvent(
      now,
      {
        _id: 'ev-policy-briefing',
        type: 'policy-briefing',
        title: { 'zh-CN': '海外人才政策宣讲会', en: 'Policy briefing for overseas talent' },
        description: {
          'zh-CN': '区人才办讲解居住证、落户、安居与创业扶持政策，现场答疑。',
          en: 'The district talent office explains residence permits, hukou, housing and startup support; questions welcome.',
        },
        audience: 'any-talent',
        allocation: 'first-come',
        opensAt: new Date(now.getTime() - DAY),
        closesAt: shanghaiInstant(addDays(today, 7), '00:00'),
        maxPartySize: 1,
        fields: [],
        noShowPenalty: false,
      },
      [
        {
          date: addDays(today, 7),
          startTime: '19:00',
          endTime: '20:30',
          capacity: 80,
          address: { 'zh-CN': '浦东新区示例路 200 号 3 楼报告厅', en: 'Hall, 3F, 200 Example Road, Pudong' },
        },
      ],
    ),
  ];
}
