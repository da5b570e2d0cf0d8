import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { SupportPolicy, SupportTier } from '@core/housing/support';
import { setSupportPolicyInput } from '@core/housing/support-inputs';
import { TALENT_CATEGORIES, TALENT_CATEGORY_LABELS, type TalentCategory } from '@core/talent/profile';
import { tLabel, useLocale } from '@/i18n';
import { RoleGate } from '../../components/role-gate';
import { ErrorState, Loading } from '../../components/state-view';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import { supportApi } from '../../services/support-api';
import { Field, numberOf } from '../../components/fields';
import { useSave } from '../../hooks/use-save';
import '../../components/admin.css';
import '../housing-board/index.css';
import '../housing-inventory/index.css';

const AMOUNTS = ['monthlyRent', 'rentMonths', 'purchase'] as const satisfies ReadonlyArray<keyof SupportTier>;
type Amount = (typeof AMOUNTS)[number];
type Rows = Record<TalentCategory, Record<Amount, string>>;

const rowsOf = (policy: SupportPolicy): Rows =>
  Object.fromEntries(
    TALENT_CATEGORIES.map((c) => {
      const tier = policy.tiers.find((t) => t.category === c);
      return [c, Object.fromEntries(AMOUNTS.map((a) => [a, tier ? String(tier[a]) : '']))];
    }),
  ) as Rows;

/** The categories the policy lists: those with any amount typed, in the categories' order (all blank: none). */
const listed = (rows: Rows) => TALENT_CATEGORIES.filter((c) => AMOUNTS.some((a) => rows[c][a].trim() !== ''));

/** The district's housing support policy (`support.setSupportPolicy`): per category the tier, and the re-check interval. */
function PolicyForm({ policy }: { policy: SupportPolicy }) {
  const [rows, setRows] = useState(() => rowsOf(policy));
  const [recheck, setRecheck] = useState(String(policy.recheckEveryMonths));
  const { errors, message, save } = useSave();
  const categories = listed(rows);
  const submit = () => {
    const next: SupportPolicy = {
      tiers: categories.map((category) => ({
        category,
        ...(Object.fromEntries(AMOUNTS.map((a) => [a, numberOf(rows[category][a])])) as Record<Amount, number>),
      })),
      recheckEveryMonths: numberOf(recheck),
    };
    return save(setSupportPolicyInput, { policy: next }, (input) => supportApi.setPolicy(input.policy));
  };
  return (
    <View className='admin-panel support-policy'>
      <Text className='support-policy__hint'>{ta('support.policy.hint')}</Text>
      {TALENT_CATEGORIES.map((c) => {
        const index = categories.indexOf(c);
        return (
          <View key={c} className={`support-policy__tier support-policy__tier--${c}`}>
            <Text className='housing-field__label'>{tLabel(TALENT_CATEGORY_LABELS, c)}</Text>
            <View className='housing-inline'>
              {AMOUNTS.map((a) => (
                <Field
                  key={a}
                  name={a}
                  label={ta(`support.policy.${a}`)}
                  number
                  value={rows[c][a]}
                  onChange={(v) => setRows({ ...rows, [c]: { ...rows[c], [a]: v } })}
                  error={index === -1 ? undefined : errors[`policy.tiers.${index}.${a}`]}
                />
              ))}
            </View>
          </View>
        );
      })}
      <Field
        name='recheck-every-months'
        label={ta('support.policy.recheckEveryMonths')}
        number
        value={recheck}
        onChange={setRecheck}
        error={errors['policy.recheckEveryMonths']}
      />
      <Button type='primary' size='mini' className='support-policy__save' onClick={() => void submit()}>
        {ta('support.policy.save')}
      </Button>
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} support-policy__message`}>{message.text}</Text>
      ) : null}
    </View>
  );
}

function Policy() {
  const { state, reload } = useCall(() => supportApi.policy(), []);
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'error') return <ErrorState message={state.message} onRetry={() => void reload()} />;
  return <PolicyForm policy={state.data.policy} />;
}

/** For district admins: the housing support tiers and how often rent support is re-checked. */
export default function SupportPolicyPage() {
  useAdminTitle('support.policy.title');
  useLocale();
  return <RoleGate roles={['admin']}>{() => <Policy />}</RoleGate>;
}
