import type { LabelTable } from '../contract/labels';
import type { Status } from './statuses';

/**
 * The one table of service request status labels, shown alike to the applicant and to staff. `returned` is worded
 * for both: the lead unit sent it back and the operator assigns it again.
 */
export const REQUEST_STATUS_LABELS: LabelTable<Status> = {
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  triaged: { 'zh-CN': '已受理', en: 'Accepted for handling' },
  dispatched: { 'zh-CN': '已派单', en: 'Dispatched' },
  in_progress: { 'zh-CN': '办理中', en: 'In progress' },
  returned: { 'zh-CN': '已退回，待重新分派', en: 'Returned, to be reassigned' },
  resolved: { 'zh-CN': '已办结', en: 'Resolved' },
  closed: { 'zh-CN': '已关闭', en: 'Closed' },
};
