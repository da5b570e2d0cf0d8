import { LOCALES } from '@core/contract/locale';
import type { LabelTable } from '@core/contract/labels';
import { NOTICE_TEMPLATES } from '@core/notices/templates';
import { REQUEST_STATUS_LABELS } from '@core/requests/labels';
import { STATUSES } from '@core/requests/statuses';
import { STAY_STATUS_LABELS } from '@core/stays/labels';
import { STAY_STATUSES } from '@core/stays/model';
import { SEAT_STATUS_LABELS } from '@core/workspaces/labels';
import { SEAT_STATUSES } from '@core/workspaces/model';
import { TRANSITIONS, TRANSITION_NAMES } from '@core/requests/transitions';
import { DICTIONARIES } from '@/i18n';
import { REQUEST_DICTIONARIES } from '@/request/i18n';

/**
 * Status labels are core's tables, one per status set, read by code at run time: every status of every set has a
 * label in every language, and no two statuses of a set read alike.
 */
describe.each([
  ['request', STATUSES, REQUEST_STATUS_LABELS],
  ['stay', STAY_STATUSES, STAY_STATUS_LABELS],
  ['seat', SEAT_STATUSES, SEAT_STATUS_LABELS],
] as [string, readonly string[], LabelTable<string>][])('%s status labels', (_set, statuses, table) => {
  test.each(LOCALES)('every status has a label in %s', (locale) => {
    expect(statuses.filter((status) => !table[status]?.[locale]?.trim())).toEqual([]);
  });

  test.each(LOCALES)('the labels in %s are distinct', (locale) => {
    const labels = statuses.map((status) => table[status][locale]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('the table has no status the set does not have', () => {
    expect(Object.keys(table).sort()).toEqual([...statuses].sort());
  });
});

/** Keys built at run time (`requests.timeline.${name}`…) escape the type check on literal keys; pin them here. */
describe.each(Object.entries(REQUEST_DICTIONARIES))('the request subpackage in %s has a text for every step', (_locale, messages) => {
  // Every step the applicant's timeline shows (the public ones) has its own words, not the generic "updated".
  test.each(TRANSITION_NAMES.filter((name) => TRANSITIONS[name].visibility === 'public'))('public step %s', (name) => {
    expect(Object.keys(messages)).toContain(`requests.timeline.${name}`);
  });
});

describe.each(Object.entries(DICTIONARIES))('%s has a text for every key built at run time', (_locale, messages) => {
  test.each(NOTICE_TEMPLATES)('message template %s', (template) => {
    expect(Object.keys(messages)).toContain(`messages.${template}`);
  });
});
