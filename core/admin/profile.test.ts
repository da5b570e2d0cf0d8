import { fieldErrors } from '../contract/validation';
import { setProfileInput } from './schemas';

const ok = { stationId: 'station-pudong' };

describe('setProfileInput: a station profile as the admin saves it', () => {
  it.each([
    ['nothing but the station', {}],
    ['a district and kind', { district: 'chongming', kind: 'incubator' }],
    ['services, repeated once', { services: ['stay', 'apartments', 'stay'] }],
    ['a desk phone with an email', { contact: { phone: '+86 21 5555-0101', email: 'desk@example.org' } }],
    ['cleared contact, hours and map point', { contact: null, hours: null, location: null }],
    ['cloud and https photos', { photos: ['cloud://env-1.bucket/a/b.jpg', 'https://example.org/c.png'] }],
    ['order 0', { order: 0 }],
  ])('takes %s', (_name, fields) => {
    expect(fieldErrors(setProfileInput, { ...ok, ...fields }, 'en')).toEqual({});
  });

  it('keeps services once each', () => {
    expect(setProfileInput.parse({ ...ok, services: ['stay', 'events', 'stay'] }).services).toEqual(['stay', 'events']);
  });

  it.each([
    ['an unknown district', { district: 'atlantis' }, 'district'],
    ['an unknown service', { services: ['spa'] }, 'services.0'],
    ['a phone in words', { contact: { phone: 'call us' } }, 'contact.phone'],
    ['a bad email', { contact: { phone: '021-55550101', email: 'desk' } }, 'contact.email'],
    ['hours in one language only', { hours: { 'zh-CN': '每天', en: '' } }, 'hours.en'],
    ['a data address as a photo', { photos: ['data:image/png;base64,AAAA'] }, 'photos.0'],
    ['ten photos', { photos: Array.from({ length: 10 }, (_v, i) => `https://example.org/${i}.jpg`) }, 'photos'],
    ['a latitude beyond the pole', { location: { latitude: 91, longitude: 121 } }, 'location.latitude'],
    ['a negative order', { order: -1 }, 'order'],
    ['an unknown field', { owner: 'me' }, ''],
  ])('refuses %s', (_name, fields, path) => {
    expect(Object.keys(fieldErrors(setProfileInput, { ...ok, ...fields }, 'zh-CN'))).toContain(path);
  });
});
