import { stationsZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: stationsZhCN['list.title'] });
