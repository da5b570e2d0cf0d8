import { Text, View } from '@tarojs/components';
import { nameIn } from '@/hooks/use-catalog';
import type { MessageParams } from '@/i18n';
import { tr, type RequestMessageKey } from '../../i18n';
import { formatInstant } from '@/i18n/format';
import type { CatalogEntry, TimelineItem } from '@/services/requests';
import './index.css';

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Who asked a question: the unit by name, or the station's staff when an operator asked. */
export const askerName = (by: TimelineItem['by'], units: readonly CatalogEntry[] | undefined): string =>
  by.role === 'unit' ? nameIn(units, by.unitId ?? null) : tr('requests.detail.station');

/** The applicant's words for a step, filled from what the step recorded (units named from the catalog). */
export function describeStep(entry: TimelineItem, units: readonly CatalogEntry[] | undefined): string {
  const data = entry.data ?? {};
  const unit = nameIn(units, str(data.unitId) || entry.by.unitId || null);
  const known: Partial<Record<TimelineItem['type'], [RequestMessageKey, MessageParams?]>> = {
    submit: ['requests.timeline.submit'],
    // An addition that answered a question records the question it answered.
    addInfo: [data.question ? 'requests.timeline.answer' : 'requests.timeline.addInfo'],
    askForInfo: ['requests.timeline.askForInfo', { who: askerName(entry.by, units) }],
    triage: ['requests.timeline.triage', { days: str(data.tier) }],
    dispatch: ['requests.timeline.dispatch', { unit, date: str(data.dueDate) }],
    accept: ['requests.timeline.accept', { unit }],
    return: ['requests.timeline.return'],
    grantExtension: ['requests.timeline.grantExtension', { date: str(data.dueDate) }],
    scheduleConsultation: ['requests.timeline.scheduleConsultation'],
    resolve: ['requests.timeline.resolve', { unit }],
    rate: ['requests.timeline.rate'],
    reopen: ['requests.timeline.reopen', { date: str(data.dueDate) }],
    autoClose: ['requests.timeline.autoClose'],
  };
  const [key, params] = known[entry.type] ?? ['requests.timeline.other'];
  return tr(key, params);
}

/** 办理进度: every public step, oldest first, with its time in Shanghai and any text that came with it. */
export function RequestTimeline({ timeline, units }: { timeline: readonly TimelineItem[]; units?: readonly CatalogEntry[] }) {
  return (
    <View className='request-timeline'>
      {timeline.map((entry, index) => (
        <View key={`${entry.type}-${index}`} className={`request-timeline__entry request-timeline__entry--${entry.type}`}>
          <View className='request-timeline__dot' />
          <View className='request-timeline__content'>
            <Text className='request-timeline__what'>{describeStep(entry, units)}</Text>
            {entry.at && <Text className='request-timeline__when'>{formatInstant(entry.at)}</Text>}
            {entry.text && <Text className='request-timeline__text'>{entry.text}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
