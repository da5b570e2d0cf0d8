import { NOTICE_GROUPS } from './templates';
import { configuredTemplateIds, parseWechatTemplates, templateIdsFor } from './wechat-templates';

const entry = (id: string, fields: Record<string, string> = { thing1: 'stationName' }) => ({ id, fields });

describe('parseWechatTemplates', () => {
  it.each([
    ['nothing configured (local, tests)', undefined, {}, []],
    ['an empty setting', '  ', {}, []],
    ['not JSON', '{stay_approved:', {}, ['not JSON']],
    ['a list instead of an object', '[]', {}, ['not an object of notice → template']],
    [
      'one good entry with a page and a fixed text',
      JSON.stringify({
        stay_approved: { id: 'Ab_-1', page: 'pages/bookings/index', fields: { thing1: 'stationName', phrase3: '=已通过' } },
      }),
      { stay_approved: { id: 'Ab_-1', page: 'pages/bookings/index', fields: { thing1: 'stationName', phrase3: '=已通过' } } },
      [],
    ],
    ['a notice that does not exist', JSON.stringify({ stay_teleported: entry('a') }), {}, ['stay_teleported: not a notice template']],
    ['a template id with a space', JSON.stringify({ stay_approved: entry('a b') }), {}, ['stay_approved: id is not a WeChat template id']],
    ['no fields', JSON.stringify({ stay_approved: entry('a', {}) }), {}, ['stay_approved: fields must name at least one field']],
    [
      'a field key without its number',
      JSON.stringify({ stay_approved: entry('a', { thing: 'x' }) }),
      {},
      ['stay_approved: field thing is not a WeChat field key'],
    ],
    [
      'an empty fixed text',
      JSON.stringify({ stay_approved: entry('a', { thing1: '=' }) }),
      {},
      ['stay_approved: field thing1 must name a data key or a "=text"'],
    ],
    [
      'a data key that is a path',
      JSON.stringify({ stay_approved: entry('a', { thing1: 'station.name' }) }),
      {},
      ['stay_approved: field thing1 must name a data key or a "=text"'],
    ],
    [
      'a page with a space',
      JSON.stringify({ stay_approved: { ...entry('a'), page: 'pages/a b' } }),
      {},
      ['stay_approved: page is not a page path'],
    ],
  ])('%s', (_title, json, templates, problems) => {
    expect(parseWechatTemplates(json)).toEqual({ templates, problems });
  });

  it('one wrong entry leaves the others in', () => {
    const parsed = parseWechatTemplates(JSON.stringify({ stay_approved: entry('good'), stay_rejected: entry('bad id') }));
    expect(Object.keys(parsed.templates)).toEqual(['stay_approved']);
    expect(parsed.problems).toHaveLength(1);
  });
});

describe('templateIdsFor: what one submit tap asks for', () => {
  const templates = parseWechatTemplates(
    JSON.stringify({
      stay_approved: entry('result'),
      stay_rejected: entry('result'),
      stay_waitlisted: entry('waitlist'),
      stay_offered: entry('offer'),
      stay_expired: entry('expired'),
      seat_approved: entry('seat'),
      request_resolved: entry('resolved'),
    }),
  ).templates;

  it.each([
    ['stay: distinct ids in the group order, at most 3 (WeChat takes no more per prompt)', 'stay', ['result', 'waitlist', 'offer']],
    ['seat: only its own', 'seat', ['seat']],
    ['request: only its own', 'request', ['resolved']],
  ] as const)('%s', (_title, group, ids) => {
    expect(templateIdsFor(templates, group)).toEqual(ids);
  });

  it('nothing configured asks for nothing', () => {
    for (const group of Object.keys(NOTICE_GROUPS) as Array<keyof typeof NOTICE_GROUPS>) expect(templateIdsFor({}, group)).toEqual([]);
  });

  it('configuredTemplateIds names each id once', () => {
    expect(configuredTemplateIds(templates).sort()).toEqual(['expired', 'offer', 'resolved', 'result', 'seat', 'waitlist']);
  });
});
