import { policiesZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: policiesZhCN['profile.title'] });
