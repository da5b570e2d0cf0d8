import { addDays, shanghaiDate } from '../../core/dates';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A family camp at the Pudong station for any talent, its sign-up window open since yesterday until tomorrow, one
 * morning session five days ahead with `capacity` places, parties of up to three: what the benches sign up for.
 */
export const benchEventInput = (input: { allocation: 'first-come' | 'lottery'; capacity: number }) => ({
  stationId: 'station-pudong',
  type: 'family-camp',
  title: { 'zh-CN': '压测活动', en: 'Bench event' },
  description: { 'zh-CN': '压测', en: 'Bench' },
  audience: 'any-talent',
  allocation: input.allocation,
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + DAY).toISOString(),
  maxPartySize: 3,
  sessions: [
    {
      date: addDays(shanghaiDate(new Date()), 5),
      startTime: '09:00',
      endTime: '12:00',
      place: { stationId: 'station-pudong' },
      capacity: input.capacity,
    },
  ],
});
