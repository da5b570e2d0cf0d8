import { eventsZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: eventsZhCN['detail.title'], enableShareAppMessage: true });
