/**
 * Texts of the events subpackage (event list, event page, sign-up, my sign-ups), so the main package does not carry
 * them. Same rules as `src/i18n/zh-CN.ts`: `en.ts` has exactly these keys; `{name}` marks a parameter. Status,
 * type, audience and allocation labels are core's (`core/events/labels.ts`, `EVENT_TYPE_LABELS`).
 */
export const eventsZhCN = {
  'list.title': '活动与服务',
  'list.allTypes': '全部',
  'list.empty': '暂无即将举行的活动',
  'list.mine': '我的报名',
  'list.sessions': '{count} 场 · 首场 {date}',
  'list.more': '加载更多',

  'detail.title': '活动详情',
  'detail.who': '报名对象',
  'detail.window': '报名时间',
  'detail.windowValue': '{from} 至 {to}',
  'detail.allocation': '名额分配',
  'detail.party': '每份报名人数',
  'detail.partyValue': '最多 {count} 人（含本人，每人占一个名额）',
  'detail.fields': '报名需填写',
  'detail.noFields': '无需额外填写',
  'detail.sessions': '场次',
  'detail.sessionTime': '{date} {start}–{end}',
  'detail.free': '余 {free} / {capacity} 个名额',
  'detail.full': '名额已满，可报名候补',
  'detail.station': '驿站：{name}',
  'detail.signUp': '报名',
  'detail.enter': '参与抽签',
  'detail.closed': '报名已截止',
  'detail.notOpen': '报名尚未开始',

  'form.heading': '报名：{session}',
  'form.party': '人数（含本人）',
  'form.required': '请填写此项',
  'form.optional': '（选填）',
  'form.submit': '提交报名',
  'form.cancel': '取消',
  'form.seeMine': '查看我的报名',

  'draw.heading': '公开摇号结果',
  'draw.seed': '随机种子：{seed}',
  'draw.drawnAt': '摇号时间：{time}',
  'draw.entries': '共 {count} 份报名参与抽签，按抽中顺序：',
  'draw.won': '中签',
  'draw.mine': '（您）',
  'draw.drawnLast': '最后 {count} 份因多次未到场排在最后',
  'draw.how':
    '如何核对：把上面的报名编号按字母顺序排列，用随机种子经 FNV-1a 与 mulberry32 生成随机数做一次洗牌（代码公开于 core/events/lottery.ts），结果应与公布的顺序一致；名额按顺序依次分配，人数超出剩余名额的报名跳过。',
  'draw.check': '在本机核对',
  'draw.checkOk': '核对一致：公布的顺序正是该种子的结果',
  'draw.checkBad': '核对不一致',
  'draw.pending': '报名截止后由主办方公开摇号，届时公布随机种子与结果。',

  'mine.title': '我的报名',
  'mine.empty': '您还没有报名任何活动',
  'mine.party': '{count} 人',
  'mine.entry': '抽签编号：{id}',
  'mine.cancel': '取消报名',
  'mine.cancelConfirm': '确定取消这次报名吗？名额会让给候补的人。',
  'mine.cancelOk': '确定取消',
  'mine.keep': '再想想',
  'mine.code': '签到码：{code}',
  'mine.codeHint': '活动当天请向工作人员出示此二维码签到',
  'mine.offeredHint': '有人取消，名额已为您保留：请确认参加；不能参加请取消，以便让给下一位。',
  'mine.accept': '我会参加',
  'mine.rate': '为这次活动评分',
  'mine.rated': '您的评分：{stars} 星',
  'mine.star': '{n} 星',
  'mine.open': '查看活动',
} as const satisfies Record<string, string>;

export type EventsMessageKey = keyof typeof eventsZhCN;
export type EventsMessages = Record<EventsMessageKey, string>;
