import { Text, View } from '@tarojs/components';
import type { TransitionName } from '@core/requests/transitions';
import type { AdminMessageKey } from '../i18n';
import { ta } from '../i18n';
import { REQUEST_STATUS_LABELS } from '@core/requests/labels';
import { tLabel } from '@/i18n';
import { nameOf, shanghaiTime } from '../services/labels';
import type { Named, RequestDetail, RequestItem } from '../services/staff-api';

/** Due date with its provisional and overdue marks, as every staff list shows it. */
export function DueMarks({ item, overdue }: { item: Pick<RequestItem, 'dueAt' | 'dueProvisional'>; overdue: boolean }) {
  return (
    <>
      <Text className='admin-due'>
        {item.dueAt ? ta('dispatch.due', { date: shanghaiTime(item.dueAt).slice(0, 10) }) : ta('dispatch.noDue')}
      </Text>
      {item.dueProvisional ? <Text className='admin-badge admin-badge--provisional'>{ta('dispatch.provisional')}</Text> : null}
      {overdue ? <Text className='admin-badge admin-badge--overdue'>{ta('dispatch.overdue')}</Text> : null}
    </>
  );
}

export function RequestRow({
  item,
  categories,
  units,
  selected,
  overdue,
  extra,
  onSelect,
}: {
  item: RequestItem;
  categories?: Named[];
  units?: Named[];
  selected: boolean;
  overdue: boolean;
  extra?: JSX.Element | null;
  onSelect: () => void;
}) {
  return (
    <View className={`admin-row request-row request-row--${item.id}${selected ? ' admin-row--selected' : ''}`} onClick={onSelect}>
      <Text className='request-row__title'>{item.title}</Text>
      <View className='admin-row__meta'>
        <Text className='request-row__status'>{tLabel(REQUEST_STATUS_LABELS, item.status)}</Text>
        <Text>{nameOf(categories, item.category)}</Text>
        {item.tier ? <Text>{ta('dispatch.tierDays', { days: item.tier })}</Text> : null}
        {item.leadUnitId ? <Text>{nameOf(units, item.leadUnitId)}</Text> : null}
        <DueMarks item={item} overdue={overdue} />
        {'extensionPending' in item && item.extensionPending ? (
          <Text className='admin-badge admin-badge--extension'>{ta('dispatch.column.extensions')}</Text>
        ) : null}
        {extra}
      </View>
    </View>
  );
}

/** The request's body, its state and its whole timeline (staff see internal entries too). */
export function RequestSummary({ request, units }: { request: RequestDetail; units?: Named[] }) {
  return (
    <View className='admin-panel__section request-summary'>
      <Text className='request-summary__title'>{request.title}</Text>
      <Text className='request-summary__body'>{request.body}</Text>
      <View className='admin-row__meta'>
        <Text className='request-summary__status'>{tLabel(REQUEST_STATUS_LABELS, request.status)}</Text>
        {request.tier ? <Text>{ta('dispatch.tierDays', { days: request.tier })}</Text> : null}
        {request.leadUnitId ? <Text>{ta('dispatch.lead', { unit: nameOf(units, request.leadUnitId) })}</Text> : null}
        {request.coUnitIds.length > 0 ? (
          <Text>{ta('dispatch.co', { units: request.coUnitIds.map((u) => nameOf(units, u)).join('、') })}</Text>
        ) : null}
        <DueMarks item={request} overdue={request.overdue} />
      </View>
      {request.reply ? <Text className='request-summary__reply'>{ta('inbox.replyShown', { reply: request.reply })}</Text> : null}
      <View className='request-timeline'>
        {request.timeline.map((entry, index) => (
          <Text key={index} className={`request-timeline__entry request-timeline__entry--${entry.type}`}>
            {`${shanghaiTime(entry.at)} · ${stepLabel(entry.type)}${entry.text ? ` · ${entry.text}` : ''}`}
          </Text>
        ))}
      </View>
    </View>
  );
}

const STEP_KEYS = {
  submit: 'dispatch.step.submit',
  addInfo: 'dispatch.step.addInfo',
  askForInfo: 'dispatch.step.askForInfo',
  triage: 'dispatch.step.triage',
  dispatch: 'dispatch.step.dispatch',
  accept: 'dispatch.step.accept',
  return: 'dispatch.step.return',
  note: 'dispatch.step.note',
  requestExtension: 'dispatch.step.requestExtension',
  grantExtension: 'dispatch.step.grantExtension',
  scheduleConsultation: 'dispatch.step.scheduleConsultation',
  recordConsultation: 'dispatch.step.recordConsultation',
  resolve: 'dispatch.step.resolve',
  rate: 'dispatch.step.rate',
  reopen: 'dispatch.step.reopen',
  autoClose: 'dispatch.step.autoClose',
  remind: 'dispatch.step.remind',
  markOverdue: 'dispatch.step.markOverdue',
} as const satisfies Record<TransitionName, AdminMessageKey>;

const stepLabel = (type: string): string => (type in STEP_KEYS ? ta(STEP_KEYS[type as TransitionName]) : type);
