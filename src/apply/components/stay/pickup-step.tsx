import { Text, View } from '@tarojs/components';
import { addDays } from '@core/calendar/dates';
import { PICKUP_PLACE_LABELS } from '@core/stays/labels';
import { PICKUP_PLACES } from '@core/stays/model';
import { tLabel } from '@/i18n';
import { tp } from '../../i18n';
import { Choice, Field, Section, TextField } from '../form';
import { TimeField } from '../time-field';
import type { StepProps } from './types';

/** Step 3: optional airport or railway pickup; registered with `stays.requestPickup` right after the submit. */
export function PickupStep({ draft, update, errors }: StepProps) {
  const { pickup } = draft;
  const set = (patch: Partial<typeof pickup>): void => update({ pickup: { ...pickup, ...patch } });
  // The policy allows an arrival the day before, of, or after check-in: offer exactly those days.
  const arrivalDays = draft.checkIn ? [addDays(draft.checkIn, -1), draft.checkIn, addDays(draft.checkIn, 1)] : [];

  return (
    <View className='stay-pickup'>
      <Section title={tp('stay.pickup.heading')}>
        <Choice
          name='pickup'
          value={pickup.wanted ? 'want' : 'none'}
          onChange={(choice) => set({ wanted: choice === 'want' })}
          options={[
            { value: 'none', label: tp('stay.pickup.none') },
            { value: 'want', label: tp('stay.pickup.want') },
          ]}
        />
        {pickup.wanted && (
          <>
            <Text className='form__label'>{tp('stay.pickup.place')}</Text>
            <Choice
              name='place'
              value={pickup.place}
              onChange={(place) => set({ place })}
              options={PICKUP_PLACES.map((p) => ({ value: p, label: tLabel(PICKUP_PLACE_LABELS, p) }))}
            />
            <TextField
              name='number'
              label={tp('stay.pickup.number')}
              hint={tp('stay.pickup.numberHint')}
              value={pickup.number}
              error={errors.number}
              onChange={(number) => set({ number })}
            />
            <Field name='arrivalDay' label={tp('stay.pickup.day')} error={errors.arrivalDay}>
              <Choice
                name='arrivalDay'
                value={pickup.day || null}
                onChange={(day) => set({ day })}
                options={arrivalDays.map((d) => ({ value: d, label: d }))}
              />
            </Field>
            <Field name='arrivalTime' label={tp('stay.pickup.time')} error={errors.arrivalTime}>
              <TimeField
                name='arrivalTime'
                value={pickup.time}
                placeholder={tp('stay.pickup.timeChoose')}
                title={tp('stay.pickup.time')}
                onChange={(time) => set({ time })}
              />
            </Field>
            <Text className='form__hint'>{tp('stay.pickup.afterSubmit')}</Text>
          </>
        )}
      </Section>
    </View>
  );
}
