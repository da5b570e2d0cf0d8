import { Button, Text, View } from '@tarojs/components';
import { PICKUP_PLACE_LABELS } from '@core/stays/labels';
import { tLabel } from '@/i18n';
import { tp } from '../../i18n';
import { applicantType, checkOut } from '../../model/stay-draft';
import type { Reasoned } from '../../model/submission';
import { Section } from '../form';
import { ConsentSection } from '../submit-footer';
import type { StepProps } from './types';

export interface ReviewState {
  /** The privacy policy version still to accept, or null when the user has accepted the current one. */
  consentVersion: string | null;
  consentChecked: boolean;
  onConsent: (checked: boolean) => void;
  busy: boolean;
  /** The last submit failed (so the button says it will not apply twice). */
  failed: boolean;
  error: string | null;
  reasons: readonly Reasoned[];
  onSubmit: () => void;
}

const Row = ({ name, label, value }: { name: string; label: string; value: string }) => (
  <View className={`stay-review__row stay-review__row--${name}`}>
    <Text className='stay-review__label'>{label}</Text>
    <Text className='stay-review__value'>{value}</Text>
  </View>
);

/** Step 5: everything at a glance, privacy consent if still needed, and the submit. */
export function ReviewStep({ draft, review, context }: Omit<StepProps, 'update' | 'errors'> & { review: ReviewState }) {
  const type = applicantType(draft);
  const documents = Object.values(draft.documents).filter(Boolean).length;
  const { pickup } = draft;
  return (
    <View className='stay-review'>
      <Section title={tp('stay.review.heading')}>
        <Row
          name='person'
          label={tp(draft.mode === 'guest' ? 'stay.review.guest' : 'stay.review.applicant')}
          value={`${draft.name} · ${draft.phone}`}
        />
        <Row
          name='type'
          label={tp('stay.review.type')}
          value={
            type === 'employer-guest'
              ? `${draft.employerName} · ${tp(`stay.purpose.${draft.purpose}`)}`
              : tp(`stay.type.${type}`, { years: context.policy.minYearsAbroad })
          }
        />
        <Row
          name='dates'
          label={tp('stay.step.dates')}
          value={tp('stay.review.dates', { checkIn: draft.checkIn, checkOut: checkOut(draft), nights: draft.nights })}
        />
        <Row
          name='pickup'
          label={tp('stay.review.pickup')}
          value={
            pickup.wanted
              ? tp('stay.review.pickupValue', {
                  place: tLabel(PICKUP_PLACE_LABELS, pickup.place),
                  number: pickup.number.toUpperCase(),
                  at: `${pickup.day} ${pickup.time}`,
                })
              : tp('stay.review.pickupNone')
          }
        />
        <Row name='documents' label={tp('stay.review.documents')} value={tp('stay.review.documentsCount', { count: documents })} />
      </Section>
      <ConsentSection
        version={review.consentVersion}
        checked={review.consentChecked}
        onChange={review.onConsent}
        className='stay-review__consent'
      />
      {(review.error || review.reasons.length > 0) && (
        <View className='stay-review__error'>
          {review.error && <Text className='form__error stay-review__message'>{review.error}</Text>}
          {review.reasons.length > 0 && <Text className='form__error'>{tp('stay.review.notEligible')}</Text>}
          {review.reasons.map((r) => (
            <Text key={r.rule} className={`form__error stay-review__reason stay-review__reason--${r.rule}`}>
              {`✗ ${r.message}`}
            </Text>
          ))}
        </View>
      )}
      <Button className='stay-review__submit' type='primary' disabled={review.busy ? true : undefined} onClick={review.onSubmit}>
        {tp(review.busy ? 'stay.review.submitting' : review.failed ? 'stay.review.retry' : 'stay.review.submit')}
      </Button>
    </View>
  );
}
