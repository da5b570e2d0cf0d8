import { zhCN } from './i18n/zh-CN';
import { TABS } from './tab-bar';

// Read at build time by Taro; texts are the default language's (pages re-label them at run time for English).
export default defineAppConfig({
  pages: TABS.map((tab) => tab.pagePath),
  // Operator, unit and admin pages live only in this subpackage, so applicants never download them.
  subPackages: [
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
  ],
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
