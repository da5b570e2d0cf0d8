import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { yearCalendarSchema } from '@core/calendar/year-calendar';
import { States, useLoad } from '../../components/async';
import { ta } from '../../i18n';
import { adminApi } from '../../services/admin-api';
import { chooseJsonFile } from '../../services/files';
import { FeedbackText, useFeedback } from './feedback';
import { disabledWhen } from '@/components/button-state';

/**
 * The years whose holiday calendar is loaded, and loading one from a JSON file (the shape of
 * `core/calendar/years/2026.json`), checked with the same schema the function uses before it is sent.
 */
export function CalendarSection() {
  const loaded = useLoad(() => adminApi.calendars(), []);
  const [text, setText] = useState('');
  const { feedback, run } = useFeedback();
  const [invalid, setInvalid] = useState<string | null>(null);

  const load = async () => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return setInvalid(ta('settings.calendar.notJson'));
    }
    const parsed = yearCalendarSchema.safeParse(json);
    if (!parsed.success) return setInvalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    setInvalid(null);
    await run(adminApi.loadCalendar(parsed.data), ta('settings.calendar.loaded', { year: parsed.data.year }), (data) => {
      loaded.refresh();
      if (data.finalised > 0) Taro.showToast?.({ title: ta('settings.calendar.finalised', { count: data.finalised }), icon: 'none' });
    });
  };

  const chooseFile = () => chooseJsonFile(setText);

  return (
    <View className='settings-calendar'>
      <States loaded={loaded} empty={ta('settings.calendar.none')} isEmpty={(d) => d.years.length === 0}>
        {(data) => (
          <View className='admin-table settings-calendar__years'>
            {data.years.map((y) => (
              <View key={y.year} className={`admin-table__row calendar-year calendar-year--${y.year}`}>
                <Text className='admin-table__cell'>{y.year}</Text>
                <Text className='admin-table__cell'>{ta('settings.calendar.counts', { holidays: y.holidays, workdays: y.workdays })}</Text>
                <Text className='admin-table__cell'>{y.source}</Text>
              </View>
            ))}
            {data.provisionalRequests > 0 ? (
              <Text className='admin-message settings-calendar__provisional'>
                {ta('settings.calendar.provisional', { count: data.provisionalRequests })}
              </Text>
            ) : null}
          </View>
        )}
      </States>
      <View className='admin-panel__section'>
        <Text>{ta('settings.calendar.importTitle')}</Text>
        <Button size='mini' className='settings-calendar__file' onClick={chooseFile}>
          {ta('settings.calendar.chooseFile')}
        </Button>
        <Textarea
          className='admin-field settings-calendar__json'
          placeholder={ta('settings.calendar.placeholder')}
          value={text}
          maxlength={-1}
          onInput={(e) => setText(e.detail.value)}
        />
        {invalid ? <Text className='admin-message settings-calendar__invalid'>{invalid}</Text> : null}
        <Button size='mini' className='settings-calendar__load' disabled={disabledWhen(text.trim() === '')} onClick={load}>
          {ta('settings.calendar.load')}
        </Button>
        <FeedbackText feedback={feedback} className='settings-calendar__message' />
      </View>
    </View>
  );
}
