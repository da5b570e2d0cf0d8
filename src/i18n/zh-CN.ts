/**
 * The default language. Its keys are the message list: `en.ts` must have exactly the same ones
 * (the type enforces it, and a UI test checks that no text is empty).
 * `{name}` marks a parameter filled in by `t(key, { name })`.
 */
export const zhCN = {
  'app.name': '人才驿站',
  'app.tagline': '人才宝 · 来沪工作的一站式服务',

  'tab.home': '首页',
  'tab.bookings': '我的预订',
  'tab.requests': '诉求',
  'tab.me': '我的',

  'home.title': '人才驿站',
  'home.applyHeading': '您可以申请',
  'home.applyStay': '免费入住人才驿站（最长 7 晚），可预约接站',
  'home.applySeat': '创业团队免费工位（1–3 个月）',
  'home.applyEmployer': '用人单位为引进人才、面试者预订住宿',
  'home.applyRequest': '诉求直通车：落户、安居、子女教育等 12 类服务',

  'bookings.title': '我的预订',
  'requests.title': '诉求',
  'common.comingSoon': '功能即将上线，敬请期待',
  'common.loading': '加载中…',
  'common.retry': '重试',

  'me.title': '我的',
  'me.identity': '当前身份',
  'me.roles': '角色',
  'me.consent': '隐私政策',
  'me.consentAccepted': '已同意（版本 {version}，{at}）',
  'me.consentMissing': '尚未同意隐私政策（版本 {version}）',
  'me.consentOutdated': '隐私政策已更新（版本 {version}），请重新阅读并同意',
  'me.consentButton': '同意隐私政策',
  'me.language': '语言',
  'me.languageCurrent': '中文',
  'me.languageSwitch': 'Switch to English',
  'me.adminEntry': '进入管理后台',

  'admin.title': '管理后台',
  'admin.audience': '本页面供驿站工作人员、承办单位和区人才办使用',

  'roleSwitcher.label': '本地调试身份',

  'persona.demo-applicant': '申请人',
  'persona.demo-team': '创业团队',
  'persona.demo-employer': '用人单位',
  'persona.demo-operator': '驿站工作人员',
  'persona.demo-unit': '承办单位',
  'persona.demo-admin': '区人才办',

  'error.network': '网络异常，请检查网络后重试',
  'error.badReply': '服务器返回了无法识别的内容，请稍后再试',
  'error.fieldIssue': '{path}：{message}',
  'error.requestId': '请求编号：{id}',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
