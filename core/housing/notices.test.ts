import { NOTICE_TEMPLATES } from '../notices/templates';
import { APARTMENT_NOTICES, apartmentNotice } from './notices';

describe('apartmentNotice', () => {
  const name = { 'zh-CN': '张江人才公寓', en: 'Zhangjiang Talent Apartments' };
  const version = new Date('2026-06-01T02:00:00Z');

  it('every event has a template of the one list', () => {
    for (const template of Object.values(APARTMENT_NOTICES)) expect(NOTICE_TEMPLATES).toContain(template);
  });

  it.each([
    ['offered', { start: '2026-07-01', expiresOn: '2026-06-04' }],
    ['denied', { reason: '非本单位员工' }],
    ['lapsed', undefined],
  ] as const)('%s: keyed by record, event and version; data carries the building and the facts', (event, data) => {
    expect(apartmentNotice({ event, recordId: 'apt-1', version, buildingName: name, data })).toEqual({
      key: `apartment:apt-1:${event}:${version.getTime()}`,
      template: APARTMENT_NOTICES[event],
      data: { applicationId: 'apt-1', kind: 'apartment', buildingName: name, ...data },
    });
  });

  it('a later decision of the same kind is a new notice; a retry of the same one is not', () => {
    const first = apartmentNotice({ event: 'offered', recordId: 'apt-1', version, buildingName: name });
    expect(apartmentNotice({ event: 'offered', recordId: 'apt-1', version, buildingName: name }).key).toBe(first.key);
    expect(
      apartmentNotice({ event: 'offered', recordId: 'apt-1', version: new Date(version.getTime() + 1), buildingName: name }).key,
    ).not.toBe(first.key);
  });
});
