import { applyZhCN } from '../../i18n/zh-CN';

// The leader shares this page's card ("join our team"): WeChat asks the page for it (useShareAppMessage).
export default definePageConfig({ navigationBarTitleText: applyZhCN['invite.title'], enableShareAppMessage: true });
