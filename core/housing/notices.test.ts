import { NOTICE_TEMPLATES } from '../notices/templates';
import { APARTMENT_NOTICES, BLOCK_NOTICES, apartmentNotice, blockNotice } from './notices';

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

describe('blockNotice', () => {
  const name = { 'zh-CN': '金桥人才公寓', en: 'Jinqiao Talent Apartments' };

  it('has a template for every block decision', () => {
    for (const template of Object.values(BLOCK_NOTICES)) expect(NOTICE_TEMPLATES).toContain(template);
  });

  it.each([
    ['allocated', undefined, { units: 2 }, 'apartment-block:blk-1:allocated:3'],
    ['rejected', undefined, { reason: '房源不足' }, 'apartment-block:blk-1:rejected:3'],
    ['tenantNamed', 'u-302', undefined, 'apartment-block:blk-1:tenantNamed:u-302:3'],
    ['confirmed', 'u-302', { start: '2026-07-01' }, 'apartment-block:blk-1:confirmed:u-302:3'],
  ] as const)('%s: keyed by block, event, unit and version', (event, unitId, data, key) => {
    expect(blockNotice({ event, blockId: 'blk-1', version: 3, unitId, buildingName: name, data })).toEqual({
      key,
      template: BLOCK_NOTICES[event],
      data: { blockId: 'blk-1', kind: 'apartment-block', buildingName: name, ...(unitId ? { unitId } : {}), ...data },
    });
  });

  it('a renaming (a later version) is a new notice', () => {
    const at = (version: number) => blockNotice({ event: 'tenantNamed', blockId: 'blk-1', version, unitId: 'u', buildingName: name }).key;
    expect(at(4)).not.toBe(at(3));
  });
});
