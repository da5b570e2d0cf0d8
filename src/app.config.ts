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
      // Housing support: the queue (with the disbursement CSV) and one application.
      'pages/support/index',
      'pages/support-detail/index',
    ],
  },
  // Filing and following a request: opened from the requests tab, not needed at launch.
  { root: 'request', pages: ['new/index', 'detail/index'] },
  // The application forms are their own subpackage too: only applicants who apply download them.
  {
    root: 'apply',
    // A team leader's invite (share card) and the page the card opens for the invitee: same subpackage as the seat form.
    pages: ['pages/stay/index', 'pages/seat/index', 'pages/invite/index', 'pages/join/index'],
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
