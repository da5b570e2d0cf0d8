import { replySubjects } from './reply-subjects';

describe('replySubjects', () => {
  it.each([
    ['an operator offering a unit: the applicant', { _id: 'a1', ownerId: 'talent-1', person: { name: '王' } }, ['talent-1']],
    ['the caller’s own record: nobody else', { _id: 'a1', ownerId: 'op' }, []],
    ['a request answered', { request: { applicantId: 'talent-2' } }, ['talent-2']],
    ['a liaison’s pair list', { items: [{ talentId: 't1' }, { talentId: 't2' }, { talentId: 't1' }] }, ['t1', 't2']],
    ['a block’s units, one not yet confirmed', { allocations: [{ ownerId: null }, { ownerId: '' }, { ownerId: 't3' }] }, ['t3']],
    ['no record at all', { credited: ['tpl'] }, []],
    ['a bare value', 'ok', []],
    ['null', null, []],
  ])('%s', (_title, reply, subjects) => {
    expect(replySubjects(reply, 'op')).toEqual(subjects);
  });

  it('does not descend without end', () => {
    let deep: Record<string, unknown> = { ownerId: 'too-deep' };
    for (let i = 0; i < 10; i += 1) deep = { next: deep };
    expect(replySubjects(deep, 'op')).toEqual([]);
  });
});
