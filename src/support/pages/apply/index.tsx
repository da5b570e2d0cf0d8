import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { SUPPORT_KINDS, tierOf } from '@core/housing/support';
import { TALENT_CATEGORIES, TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import { useLocale } from '@/i18n';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { DocumentUpload } from '../../../apply/components/document-upload';
import { Check, Choice, PersonFields, Section, TextField } from '../../../apply/components/form';
import { useConsentedSubmit } from '../../../apply/hooks/use-consented-submit';
import { ts } from '../../i18n';
import { emptySupportDraft, supportErrors, supportPayload, type SupportDraft } from '../../model/support-draft';
import * as support from '../../services/support';
import '../support.css';

const openMine = () => Taro.redirectTo({ url: '/support/pages/mine/index' }).catch(() => undefined);

/** 租房资助 or 购房补贴: kind, category (with the policy's amount), applicant, employer, rent, documents, declarations. */
export default function SupportApplyPage() {
  const locale = useLocale();
  const [draft, setDraft] = useState<SupportDraft>(emptySupportDraft);
  const [policy, setPolicy] = useState<support.SupportPolicyView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useConsentedSubmit({ notices: 'support' });
  const { setError } = form;

  useEffect(() => setPageTitle(ts('support.apply.title')), [locale]);
  useEffect(() => {
    void support.policy().then((reply) => {
      if (reply.ok) setPolicy(reply.data);
      else setError(describeError(reply.error));
    });
  }, [setError]);

  const fieldErrors = () => supportErrors(draft, locale);
  const errors = form.marked(fieldErrors);
  const update = (patch: Partial<SupportDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    form.edited();
  };

  const submit = () =>
    form.submit({
      fields: fieldErrors,
      fix: { message: ts('support.fixErrors') },
      payload: () => supportPayload(draft),
      send: support.apply,
      onDone: (application) => setDone(application._id),
    });

  if (done) {
    return (
      <View className='support support--done'>
        <Section title={ts('support.apply.title')}>
          <Text className='support__done'>{ts('support.done', { id: done })}</Text>
        </Section>
        <Button className='support__to-mine' type='primary' onClick={() => void openMine()}>
          {ts('support.toMine')}
        </Button>
      </View>
    );
  }

  const tierText = (category: (typeof TALENT_CATEGORIES)[number]): string => {
    const label = TALENT_CATEGORY_LABELS[category][locale];
    const tier = policy ? tierOf(policy.policy, category) : undefined;
    if (!tier) return '';
    if (draft.kind === 'rent') {
      return tier.monthlyRent > 0
        ? ts('support.tier.rent', { category: label, monthly: tier.monthlyRent, months: tier.rentMonths })
        : ts('support.tier.none', { category: label });
    }
    return tier.purchase > 0
      ? ts('support.tier.purchase', { category: label, amount: tier.purchase })
      : ts('support.tier.none', { category: label });
  };
  const documentKinds = policy?.documents[draft.kind] ?? [];

  return (
    <View className='support support-apply'>
      <Section title={ts('support.kind')}>
        <Choice
          name='kind'
          value={draft.kind}
          onChange={(kind) => update({ kind })}
          options={SUPPORT_KINDS.map((k) => ({ value: k, label: ts(`support.kind.${k}`) }))}
        />
        <Text className='form__label'>{ts('support.category')}</Text>
        <Choice
          name='category'
          value={draft.category}
          onChange={(category) => update({ category })}
          options={TALENT_CATEGORIES.map((c) => ({ value: c, label: TALENT_CATEGORY_LABELS[c][locale] }))}
        />
        {errors.category && <Text className='form__error support__category-error'>{errors.category}</Text>}
        <View className='support__tiers'>
          {TALENT_CATEGORIES.map((c) => (
            <Text key={c} className={`support__tier${c === draft.category ? ' support__tier--chosen' : ''}`}>
              {tierText(c)}
            </Text>
          ))}
        </View>
      </Section>
      <Section title={ts('support.applicant')}>
        <PersonFields
          value={draft}
          onChange={update}
          errors={errors}
          at='applicant'
          kinds={['id-card', 'passport']}
          labels={{
            name: ts('support.name'),
            phone: ts('support.phone'),
            idNumber: ts('support.idNumber'),
            kind: (kind) => ts(`support.idKind.${kind}`),
          }}
        />
        <TextField
          name='creditCode'
          label={ts('support.creditCode')}
          hint={ts('support.creditCodeHint')}
          value={draft.creditCode}
          error={errors.employerCreditCode}
          onChange={(creditCode) => update({ creditCode })}
        />
        {draft.kind === 'rent' && (
          <TextField
            name='rent'
            type='number'
            label={ts('support.rent')}
            value={draft.rent}
            error={errors.monthlyRentPaid}
            onChange={(rent) => update({ rent })}
          />
        )}
      </Section>
      <Section title={ts('support.documents')}>
        {documentKinds.map((kind) => (
          <View key={kind}>
            <DocumentUpload
              kind={kind}
              folder='support-documents'
              value={draft.documents[kind]}
              onChange={(file) => update({ documents: { ...draft.documents, [kind]: file } })}
            />
            {errors[`documents.${kind}`] && <Text className='form__error'>{errors[`documents.${kind}`]}</Text>}
          </View>
        ))}
      </Section>
      <Section title={ts('support.declarations')}>
        <Check name='ownsHome' label={ts('support.ownsHome')} checked={draft.ownsHome} onChange={(ownsHome) => update({ ownsHome })} />
        <Check
          name='declaration'
          label={ts('support.declaration')}
          checked={draft.declaration}
          onChange={(declaration) => update({ declaration })}
        />
        {errors.declaration && <Text className='form__error'>{errors.declaration}</Text>}
      </Section>
      <View className='support__errors'>
        {form.error && <Text className='form__error support__error'>{form.error}</Text>}
        {form.reasons.length > 0 && <Text className='form__error'>{ts('support.notEligible')}</Text>}
        {form.reasons.map((r) => (
          <Text key={r.rule} className={`form__error support__reason support__reason--${r.rule}`}>{`✗ ${r.message}`}</Text>
        ))}
      </View>
      <Button className='support__submit' type='primary' disabled={form.busy ? true : undefined} onClick={() => void submit()}>
        {ts(form.busy ? 'support.submitting' : 'support.submit')}
      </Button>
    </View>
  );
}
