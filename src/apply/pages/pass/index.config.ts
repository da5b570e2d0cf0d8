import { applyZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: applyZhCN['pass.title'] });
