import type { Messages } from './zh-CN';

export const en: Messages = {
  'app.name': 'Talent Station',
  'app.tagline': 'Talent Treasure · one place for coming to work in Shanghai',

  'tab.home': 'Home',
  'tab.bookings': 'My bookings',
  'tab.requests': 'Requests',
  'tab.me': 'Me',

  'home.title': 'Talent Station',
  'home.applyHeading': 'You can apply for',
  'home.applyStay': 'A free stay at a talent station (up to 7 nights), with pickup on arrival',
  'home.applySeat': 'Free co-working seats for startup teams (1–3 months)',
  'home.applyEmployer': 'Employers: a stay for a new hire, interviewee or visiting expert',
  'home.applyRequest': 'Service requests: residence, housing, schooling and 9 more topics',

  'bookings.title': 'My bookings',
  'requests.title': 'Requests',
  'common.comingSoon': 'Coming soon',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',

  'me.title': 'Me',
  'me.identity': 'Signed in as',
  'me.roles': 'Roles',
  'me.consent': 'Privacy policy',
  'me.consentAccepted': 'Accepted (version {version}, {at})',
  'me.consentMissing': 'Not accepted yet (version {version})',
  'me.consentOutdated': 'The privacy policy has changed (version {version}); please read and accept it again',
  'me.consentButton': 'Accept the privacy policy',
  'me.language': 'Language',
  'me.languageCurrent': 'English',
  'me.languageSwitch': '切换到中文',
  'me.adminEntry': 'Open the admin console',

  'admin.title': 'Admin console',
  'admin.audience': 'For station operators, unit handlers and the district talent office',

  'roleSwitcher.label': 'Local test identity',

  'persona.demo-applicant': 'Applicant',
  'persona.demo-team': 'Startup team',
  'persona.demo-employer': 'Employer',
  'persona.demo-operator': 'Operator',
  'persona.demo-unit': 'Unit handler',
  'persona.demo-admin': 'District admin',

  'error.network': 'Network error; please check your connection and try again',
  'error.badReply': 'The server sent a reply we could not read; please try again later',
  'error.fieldIssue': '{path}: {message}',
  'error.requestId': 'Request id: {id}',
};
