import { Text, View } from '@tarojs/components';
import { useLocale } from '@/i18n';
import { GUEST_PURPOSES, SELF_APPLICANT_TYPES } from '@core/stays/model';
import { tp } from '../../i18n';
import { eligibilityReasons } from '../../model/stay-draft';
import { Check, Choice, PersonFields, Section, TextField } from '../form';
import { personLabels } from '../person-labels';
import type { StepProps } from './types';

/** Step 1: who applies (or who the guest is), with the eligibility rules checked live as the user answers. */
export function WhoStep({ draft, update, errors, context }: StepProps) {
  const locale = useLocale();
  const guest = draft.mode === 'guest';
  const reasons = eligibilityReasons(draft, context, { documents: false });
  const { policy } = context;

  return (
    <View className='stay-who'>
      <Section title={tp(guest ? 'stay.who.headingGuest' : 'stay.who.heading')}>
        {guest ? (
          <>
            <TextField
              name='employerName'
              label={tp('stay.employerName')}
              value={draft.employerName}
              error={errors.employerName}
              onChange={(employerName) => update({ employerName })}
            />
            <Text className='form__label'>{tp('stay.purpose')}</Text>
            <Choice
              name='purpose'
              value={draft.purpose}
              onChange={(purpose) => update({ purpose })}
              options={GUEST_PURPOSES.map((p) => ({ value: p, label: tp(`stay.purpose.${p}`) }))}
            />
          </>
        ) : (
          <Choice
            name='type'
            value={draft.type}
            onChange={(type) => update({ type })}
            options={SELF_APPLICANT_TYPES.map((type) => ({
              value: type,
              label: tp(`stay.type.${type}`, { years: policy.minYearsAbroad }),
            }))}
          />
        )}
        <PersonFields
          value={draft}
          onChange={update}
          errors={errors}
          at={guest ? 'guest' : 'applicant'}
          kinds={['passport', 'id-card']}
          labels={personLabels()}
        />
        {!guest && draft.type !== 'team-member' && (
          <Check
            name='intendsShanghai'
            label={tp('stay.intendsShanghai')}
            checked={draft.intendsToWorkInShanghai}
            onChange={(intendsToWorkInShanghai) => update({ intendsToWorkInShanghai })}
          />
        )}
        {!guest && draft.type === 'overseas-professional' && (
          <TextField
            name='yearsAbroad'
            type='digit'
            label={tp('stay.yearsAbroad')}
            value={draft.yearsAbroad}
            error={errors.yearsAbroad}
            onChange={(yearsAbroad) => update({ yearsAbroad })}
          />
        )}
        {!guest && draft.type === 'graduate' && (
          <>
            <TextField
              name='university'
              label={tp('stay.university')}
              hint={
                policy.listedUniversities.length > 0
                  ? tp('stay.universityHint', { list: policy.listedUniversities.join(locale === 'en' ? ', ' : '、') })
                  : undefined
              }
              value={draft.university}
              error={errors.university}
              onChange={(university) => update({ university })}
            />
            <TextField
              name='graduationDate'
              label={tp('stay.graduationDate')}
              hint={tp('stay.dateHint')}
              value={draft.graduationDate}
              error={errors.graduationDate}
              onChange={(graduationDate) => update({ graduationDate })}
            />
          </>
        )}
        {!guest && draft.type === 'team-member' && (
          <TextField
            name='seatApplicationId'
            label={tp('stay.seatApplicationId')}
            value={draft.seatApplicationId}
            error={errors.seatApplicationId}
            onChange={(seatApplicationId) => update({ seatApplicationId })}
          />
        )}
      </Section>
      <Section title={tp('stay.rules.heading')} className='stay-rules'>
        {reasons.length === 0 ? (
          <Text className='stay-rules__ok'>{tp('stay.rules.allMet')}</Text>
        ) : (
          reasons.map((r) => (
            <Text key={r.rule} className={`stay-rules__unmet stay-rules__unmet--${r.rule}`}>
              {`✗ ${r.message[locale]}`}
            </Text>
          ))
        )}
        {errors.rules && <Text className='form__error stay-rules__blocked'>{errors.rules}</Text>}
        <Text className='form__hint'>{tp('stay.rules.laterDocuments')}</Text>
      </Section>
    </View>
  );
}
