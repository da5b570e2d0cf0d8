import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { setPolicyInput } from '@core/housing/inputs';
import { UNIT_TYPES, UNIT_TYPE_LABELS } from '@core/housing/model';
import type { ApartmentPolicy } from '@core/housing/policy';
import { DEGREES, DEGREE_LABELS, TALENT_CATEGORIES, TALENT_CATEGORY_LABELS, type TalentCategory } from '@core/talent/profile';
import { tLabel } from '@/i18n';
import { ta, type AdminMessageKey } from '../../i18n';
import { housingApi, type BuildingView } from '../../services/housing-api';
import { Choice, Field, Toggle, errorAt, numberOf } from '../../components/fields';
import { useSave } from '../../hooks/use-save';

const NUMBERS = [
  'leaseMonths',
  'maxCumulativeMonths',
  'renewalWindowDays',
  'noticeDays',
  'rentShare',
  'employerConfirmWorkingDays',
  'offerDays',
  'maxDeclines',
  'blockNameWorkingDays',
  'blockConfirmWorkingDays',
] as const satisfies ReadonlyArray<keyof ApartmentPolicy>;
type NumberRule = (typeof NUMBERS)[number];

/** A category's tier as the form holds it: 1…n, or 0 for unlisted (served after every tier). */
const TIER_CHOICES = TALENT_CATEGORIES.map((_c, i) => String(i + 1));
const UNLISTED = '0';

const tiersOf = (policy: ApartmentPolicy): Record<TalentCategory, string> =>
  Object.fromEntries(
    TALENT_CATEGORIES.map((c) => {
      const index = policy.priorityTiers.findIndex((tier) => tier.includes(c));
      return [c, index === -1 ? UNLISTED : String(index + 1)];
    }),
  ) as Record<TalentCategory, string>;

/** The tiers the policy stores: in tier order, empty tiers dropped (tier 1 and 3 chosen → two tiers). */
export const priorityTiersOf = (tiers: Record<TalentCategory, string>): TalentCategory[][] =>
  TIER_CHOICES.map((n) => TALENT_CATEGORIES.filter((c) => tiers[c] === n)).filter((tier) => tier.length > 0);

/** The building's whole policy (`housing.setPolicy`): eligibility, lease term and cap, discount, priority, offers. */
export function PolicyForm({ building, onSaved }: { building: BuildingView; onSaved: () => void }) {
  const policy = building.policy;
  const [rules, setRules] = useState(policy);
  const [numbers, setNumbers] = useState<Record<NumberRule, string>>(
    () => Object.fromEntries(NUMBERS.map((n) => [n, String(policy[n])])) as Record<NumberRule, string>,
  );
  const [households, setHouseholds] = useState(() => Object.fromEntries(UNIT_TYPES.map((t) => [t, String(policy.maxHousehold[t])])));
  const [tiers, setTiers] = useState(() => tiersOf(policy));
  const { errors, message, save } = useSave();
  const set = <K extends keyof ApartmentPolicy>(key: K, value: ApartmentPolicy[K]) => setRules({ ...rules, [key]: value });
  const toggleCategory = (c: TalentCategory) =>
    set(
      'eligibleCategories',
      rules.eligibleCategories.includes(c)
        ? rules.eligibleCategories.filter((x) => x !== c)
        : TALENT_CATEGORIES.filter((x) => x === c || rules.eligibleCategories.includes(x)),
    );

  const submit = () => {
    const next: ApartmentPolicy = {
      ...rules,
      ...(Object.fromEntries(NUMBERS.map((n) => [n, numberOf(numbers[n])])) as Record<NumberRule, number>),
      priorityTiers: priorityTiersOf(tiers),
      maxHousehold: {
        studio: numberOf(households.studio),
        'one-room': numberOf(households['one-room']),
        'two-rooms': numberOf(households['two-rooms']),
      },
    };
    return save(setPolicyInput, { buildingId: building._id, policy: next }, housingApi.setPolicy, onSaved);
  };

  return (
    <View className='admin-panel housing-policy'>
      <Text className='housing-field__label'>{ta('housing.policy.eligibleCategories')}</Text>
      <View className='admin-chips housing-policy__categories'>
        {TALENT_CATEGORIES.map((c) => (
          <Text
            key={c}
            className={`admin-chips__chip housing-policy__category--${c}${rules.eligibleCategories.includes(c) ? ' admin-chips__chip--on' : ''}`}
            onClick={() => toggleCategory(c)}
          >
            {tLabel(TALENT_CATEGORY_LABELS, c)}
          </Text>
        ))}
      </View>
      <Text className='housing-field__label'>{ta('housing.policy.minDegree')}</Text>
      <Choice
        name='min-degree'
        options={DEGREES}
        value={rules.minDegree}
        label={(d) => tLabel(DEGREE_LABELS, d)}
        onChange={(d) => set('minDegree', d)}
      />
      <View className='admin-chips'>
        <Toggle
          name='social-insurance'
          label='housing.policy.requireSocialInsurance'
          value={rules.requireSocialInsurance}
          onChange={(v) => set('requireSocialInsurance', v)}
        />
        <Toggle
          name='no-home'
          label='housing.policy.requireNoHomeInShanghai'
          value={rules.requireNoHomeInShanghai}
          onChange={(v) => set('requireNoHomeInShanghai', v)}
        />
        <Toggle name='auto-offer' label='housing.policy.autoOffer' value={rules.autoOffer} onChange={(v) => set('autoOffer', v)} />
      </View>
      <View className='housing-inline'>
        {NUMBERS.map((n) => (
          <Field
            key={n}
            name={n}
            label={ta(`housing.policy.${n}` as AdminMessageKey)}
            number
            value={numbers[n]}
            onChange={(v) => setNumbers({ ...numbers, [n]: v })}
            error={errors[`policy.${n}`]}
          />
        ))}
      </View>
      <Text className='housing-field__label'>{ta('housing.policy.onDecline')}</Text>
      <Choice
        name='on-decline'
        options={['move-down', 'remove'] as const}
        value={rules.onDecline}
        label={(v) => ta(`housing.policy.onDecline.${v}`)}
        onChange={(v) => set('onDecline', v)}
      />
      <Text className='housing-field__label'>{ta('housing.policy.priorityTiers')}</Text>
      {TALENT_CATEGORIES.map((c) => (
        <View key={c} className={`housing-tier housing-tier--${c}`}>
          <Text className='housing-tier__category'>{tLabel(TALENT_CATEGORY_LABELS, c)}</Text>
          <Choice
            name={`tier-${c}`}
            options={[...TIER_CHOICES, UNLISTED]}
            value={tiers[c]}
            label={(n) => (n === UNLISTED ? ta('housing.policy.unlisted') : ta('housing.board.tier', { tier: n }))}
            onChange={(n) => setTiers({ ...tiers, [c]: n })}
          />
        </View>
      ))}
      <Text className='housing-field__label'>{ta('housing.policy.maxHousehold')}</Text>
      <View className='housing-inline'>
        {UNIT_TYPES.map((t) => (
          <Field
            key={t}
            name={`household-${t}`}
            label={tLabel(UNIT_TYPE_LABELS, t)}
            number
            value={households[t]}
            onChange={(v) => setHouseholds({ ...households, [t]: v })}
            error={errors[`policy.maxHousehold.${t}`]}
          />
        ))}
      </View>
      {errorAt(errors, 'policy.priorityTiers') ? <Text className='admin-message'>{errorAt(errors, 'policy.priorityTiers')}</Text> : null}
      <Button type='primary' size='mini' className='housing-policy__save' onClick={() => void submit()}>
        {ta('housing.inventory.save')}
      </Button>
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} housing-policy__message`}>{message.text}</Text>
      ) : null}
    </View>
  );
}
