import { supportZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: supportZhCN['support.mine.title'] });
