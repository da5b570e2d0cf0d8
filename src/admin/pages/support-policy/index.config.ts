import { adminZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: adminZhCN['support.policy.title'] });
