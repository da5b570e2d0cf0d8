import { stationsZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: stationsZhCN['detail.title'] });
