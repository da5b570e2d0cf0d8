import { zhCN } from './i18n/zh-CN';
import { TABS } from './tab-bar';

/**
 * Subpackages only staff open (from the Me tab's console link): never preloaded, so applicants never download them.
 * Every other subpackage is preloaded from the home page (`preloadRule`), which every user sees first.
 */
export const STAFF_SUBPACKAGES = ['admin'];

const subPackages = [
  {
    root: 'admin',
    pages: [
      'pages/index/index',
      // Operator screens (issue 7a).
      'pages/today/index',
      'pages/queue/index',
      'pages/application/index',
      'pages/check-in/index',
      // Dispatch board, unit inbox, KPI dashboard, settings (issue 7b).
      'pages/dispatch/index',
      'pages/inbox/index',
      'pages/kpi/index',
      'pages/settings/index',
      // 双结对: the liaison's talents and one talent (unit handlers), the district's pairs (issue 15).
      'pages/liaison-talents/index',
      'pages/liaison-talent/index',
      'pages/liaison-pairs/index',
      // Talent apartments (issue 14): allocation board, leases, inventory.
      'pages/housing-board/index',
      'pages/housing-leases/index',
      'pages/housing-blocks/index',
      'pages/housing-inventory/index',
      // Events and service projects: the organiser's list, edit form and sign-ups (issue 15).
      'pages/events-list/index',
      'pages/events-edit/index',
      'pages/events-sign-ups/index',
      // Housing support: the queue (with the disbursement CSV) and one application.
      'pages/support/index',
      'pages/support-detail/index',
      'pages/support-policy/index',
    ],
  },
  // Filing and following a request: opened from the requests tab, not needed at launch.
  { root: 'request', pages: ['new/index', 'detail/index'] },
  // The station network (list by district, offer and free places; a map in WeChat; a station's page): opened from
  // the home page's "change station".
  { root: 'stations', pages: ['pages/list/index', 'pages/detail/index'] },
  // Events and service projects (issue 15): the list, an event page (share cards open it), my sign-ups.
  { root: 'events', pages: ['pages/list/index', 'pages/detail/index', 'pages/mine/index'] },
  // The application forms are their own subpackage too: only applicants who apply download them.
  {
    root: 'apply',
    // A team leader's invite (share card) and the page the card opens for the invitee: same subpackage as the seat form.
    // An approved stay's check-in pass (its QR code, one tap from My bookings): the QR generator stays out of the
    // main package.
    pages: ['pages/stay/index', 'pages/seat/index', 'pages/invite/index', 'pages/join/index', 'pages/pass/index'],
  },
  // 政策直达 and the talent's profile, the catalogue, a policy, and my liaison (issue 15): opened from home and Me.
  {
    root: 'policies',
    pages: ['pages/for-me/index', 'pages/profile/index', 'pages/catalogue/index', 'pages/detail/index', 'pages/liaison/index'],
  },
  // Talent apartments (issue 14): buildings, the application, my application and lease, the employer's confirmations.
  {
    root: 'housing',
    pages: [
      'pages/index/index',
      'pages/building/index',
      'pages/apply/index',
      'pages/mine/index',
      'pages/employer/index',
      'pages/confirm-tenancy/index',
    ],
  },
  // Housing support (租房资助, 购房补贴): the application and the applicant's schedule.
  { root: 'support', pages: ['pages/apply/index', 'pages/mine/index'] },
];

// Read at build time by Taro; texts are the default language's (pages re-label them at run time for English).
// The main package, which every user downloads before the first page (budget: `npm run size`), holds the tab pages
// and nothing else: every other page, a new domain's included, goes to a subpackage (tests/unit/app-config.test.ts).
export default defineAppConfig({
  pages: TABS.map((tab) => tab.pagePath),
  // Operator, unit and admin pages live only in their subpackage, so applicants never download them.
  subPackages,
  // Once the home page is shown, WeChat downloads the subpackages an applicant opens next (the application forms,
  // a request) in the background, so opening them does not wait; WeChat allows 2 MB of preloads per page.
  preloadRule: {
    'pages/home/index': {
      network: 'all',
      packages: subPackages.map((sub) => sub.root).filter((root) => !STAFF_SUBPACKAGES.includes(root)),
    },
    // My bookings can be the first page (a notice opens it): its check-in pass must open without waiting.
    'pages/bookings/index': { network: 'all', packages: ['apply'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: zhCN['app.name'],
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TABS.map((tab) => ({ pagePath: tab.pagePath, text: zhCN[tab.textKey] })),
  },
  lazyCodeLoading: 'requiredComponents',
});
