import { Button, Text, View } from '@tarojs/components';
import type { StayPolicy } from '@core/stations/policy';
import { tp } from '../../i18n';
import { Section } from '../form';

/** After the submit: the application's number and what happens next. */
export function DoneStep(props: { id: string; status: string; policy: StayPolicy; pickupError: string | null; onBookings: () => void }) {
  const waitlisted = props.status === 'waitlisted';
  const next = waitlisted
    ? [tp('stay.done.nextWaitlist', { hours: props.policy.offerHours })]
    : [tp('stay.done.next1', { days: props.policy.reviewWorkingDays }), tp('stay.done.next2'), tp('stay.done.next3')];
  return (
    <View className='stay-done'>
      <Section title={tp(waitlisted ? 'stay.done.waitlisted' : 'stay.done.heading')}>
        <Text className='stay-done__number'>{tp('stay.done.number', { id: props.id })}</Text>
        {props.pickupError && (
          <Text className='form__error stay-done__pickup-error'>{tp('stay.review.pickupFailed', { message: props.pickupError })}</Text>
        )}
        {next.map((line, index) => (
          <Text key={line} className='stay-done__next'>
            {`${index + 1}. ${line}`}
          </Text>
        ))}
      </Section>
      <Button className='stay-done__bookings' type='primary' onClick={props.onBookings}>
        {tp('stay.done.bookings')}
      </Button>
    </View>
  );
}
