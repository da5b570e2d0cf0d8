import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { MAX_FILE_BYTES } from '@core/documents';
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '@core/housing/model';
import { DEGREE_LABELS, DEGREES, TALENT_CATEGORIES, TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import { DocumentUpload } from '@/apply/components/document-upload';
import { Check, Choice, PersonFields, Section, TextField } from '@/apply/components/form';
import { personLabels } from '@/apply/components/person-labels';
import { SubmitFooter } from '@/apply/components/submit-footer';
import { useConsentedSubmit } from '@/apply/hooks/use-consented-submit';
import { tp } from '@/apply/i18n';
import { t, tLabel, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { th } from '../../i18n';
import {
  APARTMENT_DOCUMENTS,
  apartmentErrors,
  apartmentPayload,
  apartmentReasons,
  emptyApartmentDraft,
  type ApartmentDraft,
} from '../../model/apply-draft';
import * as housing from '../../services/housing';
import { openMyHousing } from '../../services/navigation';
import '../../../apply/components/stay/stay.css';
import '../../components/housing.css';

const isUnitType = (value: string | undefined): value is UnitType => (UNIT_TYPES as readonly string[]).includes(value ?? '');

/**
 * A household applies for a unit type of a building: unit type and household, talent category and degree, the
 * applicant, the employer (its credit code), the declarations and their documents. Core's apartment rules are
 * checked live, each failed one explained; the server checks them again with the employer register.
 */
export default function ApartmentApplicationPage() {
  const locale = useLocale();
  const params = useRouter().params;
  const buildingId = params.building ?? '';
  const [draft, setDraft] = useState<ApartmentDraft>(() => emptyApartmentDraft(isUnitType(params.type) ? params.type : null));
  const [building, setBuilding] = useState<housing.Building | null>(null);
  const [me, setMe] = useState<account.Me | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [done, setDone] = useState<housing.ApartmentView | null>(null);
  const form = useConsentedSubmit({ notices: 'apartment' });

  useEffect(() => setPageTitle(th('apply.title')), [locale]);
  useEffect(() => {
    void Promise.all([housing.buildings(), account.me()]).then(([reply, meReply]) => {
      if (meReply.ok) setMe(meReply.data);
      if (!reply.ok) return setLoadError(describeError(reply.error));
      const found = reply.data.items.find((b) => b._id === buildingId);
      if (found) setBuilding(found);
      else setLoadError(th('building.notFound'));
    });
  }, [buildingId]);

  if (!building) {
    return (
      <View className='housing'>
        {loadError ? <Text className='housing__error'>{loadError}</Text> : <Text className='housing__loading'>{t('common.loading')}</Text>}
      </View>
    );
  }

  const { policy } = building;
  const fieldErrors = () => apartmentErrors(draft, building._id, locale);
  const errors = form.marked(fieldErrors);
  const rules = apartmentReasons({ draft, policy, unitTypes: building.unitTypes });
  const consentVersion = me && !me.consent.accepted ? me.consent.currentVersion : null;
  const update = (patch: Partial<ApartmentDraft> | ((d: ApartmentDraft) => Partial<ApartmentDraft>)): void => {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }));
    form.edited();
  };

  const submit = () =>
    form.submit({
      fields: fieldErrors,
      fix: { message: th('apply.fixErrors'), scroll: true },
      // The unmet rules are listed just above the button.
      blocked: () => (rules.length > 0 ? th('apply.fixRules') : null),
      consentVersion,
      onConsented: setMe,
      payload: () => apartmentPayload(draft, building._id),
      send: housing.apply,
      onDone: setDone,
    });

  if (done) {
    return (
      <View className='housing'>
        <View className='housing__card housing-apply-done'>
          <Text className='housing__title'>{th('apply.done.heading')}</Text>
          <Text className='housing__line housing-apply-done__number'>{th('apply.done.number', { id: done._id })}</Text>
          <Text className='housing__line'>{th('apply.done.next', { dueOn: done.employerDueOn })}</Text>
        </View>
        <Button className='housing__button housing-apply-done__mine' type='primary' onClick={() => openMyHousing({ replace: true })}>
          {th('apply.done.mine')}
        </Button>
      </View>
    );
  }

  const types = UNIT_TYPES.filter((type) => building.unitTypes[type]);
  return (
    <View className='stay housing-apply'>
      <Section title={th('apply.unit')}>
        <Text className='form__label'>{building.name[locale]}</Text>
        <Text className='form__label'>{th('apply.unitType')}</Text>
        <Choice
          name='unitType'
          value={draft.unitType}
          onChange={(unitType) => update({ unitType })}
          options={types.map((type) => ({ value: type, label: tLabel(UNIT_TYPE_LABELS, type) }))}
        />
        {errors.unitType && <Text className='form__error'>{errors.unitType}</Text>}
        <TextField
          name='householdSize'
          type='number'
          label={th('apply.householdSize')}
          hint={draft.unitType ? th('building.household', { count: policy.maxHousehold[draft.unitType] }) : undefined}
          value={draft.householdSize}
          error={errors.householdSize}
          onChange={(householdSize) => update({ householdSize })}
        />
      </Section>
      <Section title={th('apply.talent')}>
        <Text className='form__label'>{th('apply.category')}</Text>
        <Choice
          name='category'
          value={draft.category}
          onChange={(category) => update({ category })}
          options={TALENT_CATEGORIES.map((c) => ({ value: c, label: tLabel(TALENT_CATEGORY_LABELS, c) }))}
        />
        {errors.category && <Text className='form__error'>{errors.category}</Text>}
        <Text className='form__label'>{th('apply.degree')}</Text>
        <Choice
          name='degree'
          value={draft.degree}
          onChange={(degree) => update({ degree })}
          options={DEGREES.map((d) => ({ value: d, label: tLabel(DEGREE_LABELS, d) }))}
        />
        {errors.degree && <Text className='form__error'>{errors.degree}</Text>}
      </Section>
      <Section title={th('apply.applicant')}>
        <PersonFields
          value={draft}
          onChange={update}
          errors={errors}
          at='applicant'
          kinds={['id-card', 'passport']}
          labels={personLabels()}
        />
      </Section>
      <Section title={th('apply.employer')}>
        <TextField
          name='creditCode'
          label={th('apply.creditCode')}
          hint={th('apply.creditCodeHint')}
          value={draft.employerCreditCode}
          error={errors.employerCreditCode}
          onChange={(employerCreditCode) => update({ employerCreditCode })}
        />
        <Check
          name='socialInsurance'
          label={th('apply.socialInsurance')}
          checked={draft.socialInsuranceInShanghai}
          onChange={(socialInsuranceInShanghai) => update({ socialInsuranceInShanghai })}
        />
        <Check
          name='ownsHome'
          label={th('apply.ownsHome')}
          checked={draft.ownsHomeInShanghai}
          onChange={(ownsHomeInShanghai) => update({ ownsHomeInShanghai })}
        />
      </Section>
      <Section title={th('apply.documents')}>
        <Text className='form__hint'>{tp('stay.documents.hint', { mb: MAX_FILE_BYTES / 1024 / 1024 })}</Text>
        {APARTMENT_DOCUMENTS.map((kind) => (
          <DocumentUpload
            key={kind}
            kind={kind}
            folder='apartment-documents'
            value={draft.documents[kind]}
            onChange={(file) => update((latest) => ({ documents: { ...latest.documents, [kind]: file } }))}
          />
        ))}
        {errors.documents && <Text className='form__error'>{errors.documents}</Text>}
      </Section>
      <Section title={th('apply.rules')} className='stay-rules housing-apply__rules'>
        {!draft.unitType || !draft.category || !draft.degree ? (
          <Text className='form__hint'>{th('apply.rulesPending')}</Text>
        ) : rules.length === 0 ? (
          <Text className='stay-rules__ok'>{th('apply.rulesOk')}</Text>
        ) : (
          rules.map((r) => (
            <Text key={r.rule} className={`stay-rules__unmet stay-rules__unmet--${r.rule}`}>
              {`✗ ${r.message[locale]}`}
            </Text>
          ))
        )}
      </Section>
      <SubmitFooter
        form={form}
        consentVersion={consentVersion}
        name='housing-apply'
        label={(state) => th(state === 'busy' ? 'apply.submitting' : state === 'failed' ? 'apply.retry' : 'apply.submit')}
        onSubmit={() => void submit()}
      />
    </View>
  );
}
