import { contactDueOn, contactOverdue, liaisonFigures, weeksSince } from './contact';
import { parsePairCsv, planPairImport } from './pairs';
import { figuresInput } from './schemas';

describe('when a talent is due a contact', () => {
  it.each([
    ['never contacted: weeks after the pairing', { pairedOn: '2026-11-01', weeks: 4 }, '2026-11-29'],
    ['counted from the last visit', { pairedOn: '2026-01-01', lastContactOn: '2026-12-01', weeks: 4 }, '2026-12-29'],
    ['a contact before a new pairing does not count', { pairedOn: '2026-12-01', lastContactOn: '2026-11-01', weeks: 1 }, '2026-12-08'],
    ['across the year end', { pairedOn: '2026-12-20', weeks: 2 }, '2027-01-03'],
  ])('%s → due %s', (_t, input, due) => {
    expect(contactDueOn(input)).toBe(due);
  });

  it.each([
    ['the day before it is due', '2026-11-28', false],
    ['the day it is due', '2026-11-29', true],
  ])('overdue on %s → %s', (_t, today, expected) => {
    expect(contactOverdue({ pairedOn: '2026-11-01', weeks: 4, today })).toBe(expected);
  });

  it.each([
    ['6 days', '2026-12-01', '2026-12-07', 0],
    ['7 days', '2026-12-01', '2026-12-08', 1],
    ['56 days', '2026-10-06', '2026-12-01', 8],
  ])('weeks since a contact: %s', (_t, on, today, weeks) => {
    expect(weeksSince(on, today)).toBe(weeks);
  });
});

describe('liaison figures for December 2026', () => {
  const pairs = [
    { liaisonId: 'k1', talentId: 't1', pairedOn: '2026-01-01' },
    { liaisonId: 'k1', talentId: 't2', pairedOn: '2026-12-15' },
    { liaisonId: 'k2', talentId: 't3', pairedOn: '2026-06-01', endedOn: '2026-12-10' },
    { liaisonId: 'k3', talentId: 't3', pairedOn: '2026-12-10' },
    { liaisonId: 'k4', talentId: 't4', pairedOn: '2027-01-02' },
  ];
  const visit = (liaisonId: string, talentId: string, on: string) => ({ kind: 'visit' as const, liaisonId, talentId, on });
  const request = (liaisonId: string, talentId: string, on: string) => ({ kind: 'request' as const, liaisonId, talentId, on });
  const visits = [visit('k1', 't1', '2026-11-20'), visit('k1', 't1', '2026-12-05'), visit('k2', 't3', '2026-12-01')];
  const figures = liaisonFigures({
    pairs,
    contacts: [...visits, request('k9', 't9', '2026-11-30'), request('k9', 't9', '2026-12-01'), request('k9', 't9', '2026-12-31')],
    from: '2026-12-01',
    to: '2026-12-31',
    weeks: 4,
  });

  it('counts active pairs on the last day, visits and requests in the period', () => {
    expect(figures).toEqual({ liaisons: 2, talentsCovered: 3, visits: 2, requestsRaised: 2, overdue: 0 });
  });

  it('counts a talent overdue when the period ends past their due day', () => {
    expect(liaisonFigures({ pairs, contacts: visits, from: '2027-01-01', to: '2027-01-31', weeks: 4 }).overdue).toBe(4);
  });

  it('a request filed for a talent is a contact too, as on the liaison list: it moves their due day', () => {
    const contacts = [...visits, request('k1', 't2', '2027-01-10')];
    expect(liaisonFigures({ pairs, contacts, from: '2027-01-01', to: '2027-01-31', weeks: 4 })).toMatchObject({
      requestsRaised: 1,
      overdue: 3,
    });
  });
});

describe('importing pairs', () => {
  const liaisons = new Set(['k1', 'k2']);
  const talents = new Set(['t1', 't2', 't3']);
  const current = new Map([
    ['t1', 'k1'],
    ['t2', 'k1'],
  ]);
  it('plans new pairs, moves and rows that change nothing', () => {
    const plan = planPairImport({
      rows: [
        { liaisonId: 'k1', talentId: 't1' },
        { liaisonId: 'k2', talentId: 't2' },
        { liaisonId: 'k2', talentId: 't3' },
      ],
      liaisons,
      talents,
      current,
    });
    expect(plan).toEqual({
      add: [{ liaisonId: 'k2', talentId: 't3' }],
      move: [{ talentId: 't2', from: 'k1', to: 'k2' }],
      unchanged: 1,
      errors: [],
    });
  });

  it.each([
    ['a row without a talent', { liaisonId: 'k1' }, 'row-format'],
    ['a blank liaison', { liaisonId: '  ', talentId: 't1' }, 'row-format'],
    ['someone who is not a unit handler', { liaisonId: 'x', talentId: 't1' }, 'not-a-liaison'],
    ['an unknown talent', { liaisonId: 'k1', talentId: 'nobody' }, 'unknown-talent'],
  ])('refuses %s, naming the spreadsheet line', (_t, row, rule) => {
    const plan = planPairImport({ rows: [{ liaisonId: 'k1', talentId: 't1' }, row], liaisons, talents, current });
    expect(plan.errors.map((e) => [e.line, e.reason.rule])).toEqual([[3, rule]]);
  });

  it('refuses a talent given two liaisons in one file', () => {
    const plan = planPairImport({
      rows: [
        { liaisonId: 'k1', talentId: 't3' },
        { liaisonId: 'k2', talentId: 't3' },
      ],
      liaisons,
      talents,
      current,
    });
    expect(plan.errors.map((e) => [e.line, e.reason.message.en])).toEqual([[3, 'Talent t3 is already on line 2']]);
  });
});

describe('reading a pairing CSV', () => {
  it.each([
    [
      'a header, rows, CRLF and a BOM',
      '\uFEFFliaisonId,talentId\r\nk1,t1\r\nk2 , t2\r\n',
      [
        { liaisonId: 'k1', talentId: 't1' },
        { liaisonId: 'k2', talentId: 't2' },
      ],
    ],
    ['quoted cells', 'a,b\n"k1","t1"\n', [{ liaisonId: 'k1', talentId: 't1' }]],
    ['a blank line inside keeps its line number', 'a,b\n\nk1,t1', [[''], { liaisonId: 'k1', talentId: 't1' }]],
    ['a row with three cells is handed on', 'a,b\nk1,t1,x', [['k1', 't1', 'x']]],
    ['a header alone', 'liaisonId,talentId\n', []],
  ])('%s', (_t, csv, rows) => {
    expect(parsePairCsv(csv)).toEqual(rows);
  });

  it('gives planPairImport line numbers as the spreadsheet shows them', () => {
    const plan = planPairImport({
      rows: parsePairCsv('liaisonId,talentId\nk1,t1\n\nk1,t2'),
      liaisons: new Set(['k1']),
      talents: new Set(['t1', 't2']),
      current: new Map(),
    });
    expect(plan.errors.map((e) => [e.line, e.reason.rule])).toEqual([[3, 'row-format']]);
  });
});

describe('figuresInput', () => {
  it.each([
    [{ from: '2026-01-01', to: '2026-12-31' }, true],
    [{ from: '2026-12-01', to: '2026-11-30' }, false],
    [{ from: '2026-01-01', to: '2027-01-02' }, false],
    // A year past 2099 would make the action's month list (`YYYY-MM` compared as text) endless.
    [{ from: '9999-12-01', to: '9999-12-31' }, false],
    [{ from: '1999-12-31', to: '2000-01-31' }, false],
    // Refused with the field's issue, never a crash of the period check (found by tests/integration/robustness/fuzz).
    [{ from: '%"hWisP', to: '1881-08-03' }, false],
    [{ from: '2026-02-30', to: '2026-03-01' }, false],
  ])('%j accepted: %s', (input, ok) => {
    expect(figuresInput.safeParse(input).success).toBe(ok);
  });
});
