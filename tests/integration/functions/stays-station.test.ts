import { startTestCloud } from '../../support/local-cloud';
import { addStation, callStays, dbOf } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let stays: ReturnType<typeof callStays>;

beforeAll(async () => {
  cloud = await startTestCloud();
  stays = callStays(cloud);
});
afterAll(() => cloud.stop());

describe('stays.station', () => {
  it('without a station id answers the first active station with its public facts and resolved rules', async () => {
    const reply = await stays('station', undefined, 'demo-applicant');
    expect(reply.ok).toBe(true);
    expect(reply.data).toMatchObject({
      id: 'station-pudong',
      name: { 'zh-CN': '浦东国际人才驿站' },
      address: { en: expect.stringContaining('Pudong') },
      location: { latitude: expect.any(Number), longitude: expect.any(Number) },
      services: ['stay', 'seats', 'apartments', 'pickup', 'policy', 'career', 'events'],
      beds: 10,
      stayPolicy: { maxNights: 7, minYearsAbroad: 3, listedUniversities: expect.arrayContaining(['复旦大学']) },
      seatPolicy: { maxSeats: 6, months: [1, 2, 3] },
    });
  });

  it('answers a named station, with defaults for what an older document lacks', async () => {
    await addStation(dbOf(cloud), 'station-plain', 4, 2);
    const reply = await stays('station', { stationId: 'station-plain' }, 'demo-team');
    // No service list (made before there was one): the stays and seats it always took (core `servicesOf`).
    expect(reply.data).toMatchObject({ id: 'station-plain', address: null, location: null, photos: [], services: ['stay', 'seats'] });
  });

  it('answers NOT_FOUND for an unknown station and VALIDATION for a malformed id', async () => {
    expect((await stays('station', { stationId: 'nope' }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
    expect((await stays('station', { stationId: 'Bad Id!' }, 'demo-applicant')).error.code).toBe('VALIDATION');
  });
});
