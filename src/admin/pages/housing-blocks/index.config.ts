import { adminZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: adminZhCN['housing.blocks.title'] });
