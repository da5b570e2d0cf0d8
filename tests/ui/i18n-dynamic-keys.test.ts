import { NOTICE_TEMPLATES } from '@core/notices/templates';
import { STATUSES } from '@core/requests/statuses';
import { TRANSITIONS, TRANSITION_NAMES } from '@core/requests/transitions';
import { DICTIONARIES } from '@/i18n';

/** Keys built at run time (`requests.status.${status}`…) escape the type check on literal keys; pin them here. */
describe.each(Object.entries(DICTIONARIES))('%s has a text for every key built at run time', (_locale, messages) => {
  test.each(STATUSES)('status %s', (status) => {
    expect(messages[`requests.status.${status}`]).toBeTruthy();
  });

  // Every step the applicant's timeline shows (the public ones) has its own words, not the generic "updated".
  test.each(TRANSITION_NAMES.filter((name) => TRANSITIONS[name].visibility === 'public'))('public step %s', (name) => {
    expect(Object.keys(messages)).toContain(`requests.timeline.${name}`);
  });

  test.each(NOTICE_TEMPLATES)('message template %s', (template) => {
    expect(Object.keys(messages)).toContain(`messages.${template}`);
  });
});
