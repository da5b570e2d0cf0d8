import { Text, View } from '@tarojs/components';
import DatePicker from '@nutui/nutui-react-taro/dist/es/packages/datepicker';
import '@nutui/nutui-react-taro/dist/es/packages/datepicker/style/css';
import { useState } from 'react';
import { NutLocale } from '@/components/nut-locale';
import './time-field.css';

const pad = (n: string | number | null): string => String(n ?? 0).padStart(2, '0');

/** `HH:mm` as the picker's `Date` on one fixed day (only hours and minutes matter); noon when nothing is chosen yet. */
function asDate(time: string): Date {
  const [hours, minutes] = /^\d\d:\d\d$/.test(time) ? time.split(':').map(Number) : [12, 0];
  return new Date(2000, 0, 1, hours, minutes);
}
// The picker clamps its value into [startDate, endDate] (by default the last and next ten years from now).
const DAY_START = new Date(2000, 0, 1, 0, 0);
const DAY_END = new Date(2000, 0, 1, 23, 59);

/** A time of day (`HH:mm`) chosen on NutUI's hour/minute picker, which slides up from the bottom on a tap. */
export function TimeField(props: { name: string; value: string; placeholder: string; title: string; onChange: (time: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <NutLocale>
      <View className={`time-field time-field--${props.name}`} onClick={() => setOpen(true)}>
        <Text className={props.value ? 'time-field__value' : 'time-field__placeholder'}>{props.value || props.placeholder}</Text>
      </View>
      <DatePicker
        type='hour-minutes'
        title={props.title}
        visible={open}
        value={asDate(props.value)}
        startDate={DAY_START}
        endDate={DAY_END}
        minuteStep={5}
        onClose={() => setOpen(false)}
        onConfirm={(_, [hours, minutes]) => props.onChange(`${pad(hours)}:${pad(minutes)}`)}
      />
    </NutLocale>
  );
}
