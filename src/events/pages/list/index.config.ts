import { eventsZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: eventsZhCN['list.title'], enableShareAppMessage: true });
