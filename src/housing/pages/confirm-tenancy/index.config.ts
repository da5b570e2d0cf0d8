import { housingZhCN } from '../../i18n/zh-CN';

export default definePageConfig({ navigationBarTitleText: housingZhCN['tenancy.title'] });
