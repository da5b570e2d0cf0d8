import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  DEGREES,
  DEGREE_LABELS,
  STARTUP_STAGES,
  STARTUP_STAGE_LABELS,
  TALENT_CATEGORIES,
  TALENT_CATEGORY_LABELS,
  talentProfileSchema,
  type TalentProfile,
} from '@core/talent/profile';
import type { LocalizedText } from '@core/contract/locale';
import { disabledWhen } from '@/components/button-state';
import { t, useLocale, type Locale } from '@/i18n';
import * as account from '@/services/account';
import { describeError, issuesByPath } from '@/services/errors';
import { formErrors } from '@/services/form-errors';
import { Choice, Field, Section, TextField } from '../../components/form';
import './index.css';
import { usePoliciesTitle } from '../../hooks/use-policies-title';
import { tpo } from '../../i18n';
import { draftOf, profileOf, type ProfileDraft } from '../../model/profile-draft';

type FieldName = keyof ProfileDraft;
const FIELDS: readonly FieldName[] = ['category', 'birthDate', 'degree', 'yearsAbroad', 'employerDistrict', 'startupStage'];

const choices = (keys: readonly string[], labels: Record<string, LocalizedText>, locale: Locale) => [
  ...keys.map((key) => ({ value: key, label: labels[key][locale] })),
  { value: '', label: tpo('profile.clear', undefined, locale) },
];

/**
 * The talent profile the policy matcher reads (`users.talent`, core/talent/profile.ts), checked with core's schema
 * before it is sent. It holds a birth date: saving is personal data, so the transport asks for the privacy consent
 * first when it is missing (services/api.ts), as for every other personal data.
 */
export default function TalentProfilePage() {
  usePoliciesTitle('profile.title');
  const locale = useLocale();
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void account.me().then((reply) => {
      if (reply.ok) setDraft(draftOf(reply.data.talent));
      else setFailure(describeError(reply.error));
    });
  }, []);

  if (!draft) {
    return (
      <View className='talent-profile'>
        {failure ? <Text className='pol-form__failure'>{failure}</Text> : <Text className='pol-form__note'>{t('common.loading')}</Text>}
      </View>
    );
  }

  const set = (field: FieldName) => (value: string) => {
    setDraft({ ...draft, [field]: value });
    setErrors({ ...errors, [field]: undefined });
  };

  /** The profile to send, or null with the fields' problems shown (core's schema, as the server checks it). */
  const checked = (): TalentProfile | null => {
    const profile = profileOf(draft);
    const found: Partial<Record<FieldName, string>> = {};
    const byPath = formErrors(talentProfileSchema, profile);
    for (const field of FIELDS) if (byPath[field]) found[field] = byPath[field];
    if (draft.yearsAbroad.trim() && !Number.isFinite(Number(draft.yearsAbroad))) found.yearsAbroad = tpo('profile.number');
    setErrors(found);
    const parsed = talentProfileSchema.safeParse(profile);
    return Object.keys(found).length === 0 && parsed.success ? parsed.data : null;
  };

  const save = async (): Promise<void> => {
    if (busy) return;
    const talent = checked();
    if (!talent) {
      setFailure(tpo('profile.fixErrors'));
      return;
    }
    setBusy(true);
    setFailure(null);
    const reply = await account.setProfile({ talent });
    setBusy(false);
    if (reply.ok) {
      void Taro.redirectTo({ url: '/policies/pages/for-me/index' }).catch(() => undefined);
      return;
    }
    const byPath = issuesByPath(reply.error);
    const onFields = Object.fromEntries(FIELDS.filter((f) => byPath[`talent.${f}`]).map((f) => [f, byPath[`talent.${f}`]]));
    setErrors(onFields);
    setFailure(Object.keys(onFields).length > 0 ? tpo('profile.fixErrors') : describeError(reply.error));
  };

  return (
    <View className='talent-profile'>
      <Section title={tpo('profile.title')}>
        <Text className='pol-form__note'>{tpo('profile.explain')}</Text>
        <Field name='category' label={tpo('profile.category')} error={errors.category}>
          <Choice
            name='category'
            options={choices(TALENT_CATEGORIES, TALENT_CATEGORY_LABELS, locale)}
            value={draft.category}
            onChange={set('category')}
          />
        </Field>
        <TextField
          name='birthDate'
          label={tpo('profile.birthDate')}
          placeholder={tpo('profile.birthDateHint')}
          value={draft.birthDate}
          maxlength={10}
          error={errors.birthDate}
          onChange={set('birthDate')}
        />
        <Field name='degree' label={tpo('profile.degree')} error={errors.degree}>
          <Choice name='degree' options={choices(DEGREES, DEGREE_LABELS, locale)} value={draft.degree} onChange={set('degree')} />
        </Field>
        <TextField
          name='yearsAbroad'
          label={tpo('profile.yearsAbroad')}
          hint={tpo('profile.yearsAbroadHint')}
          type='digit'
          value={draft.yearsAbroad}
          maxlength={5}
          error={errors.yearsAbroad}
          onChange={set('yearsAbroad')}
        />
        <TextField
          name='employerDistrict'
          label={tpo('profile.employerDistrict')}
          placeholder={tpo('profile.employerDistrictHint')}
          value={draft.employerDistrict}
          maxlength={20}
          error={errors.employerDistrict}
          onChange={set('employerDistrict')}
        />
        <Field name='startupStage' label={tpo('profile.startupStage')} error={errors.startupStage}>
          <Choice
            name='startupStage'
            options={choices(STARTUP_STAGES, STARTUP_STAGE_LABELS, locale)}
            value={draft.startupStage}
            onChange={set('startupStage')}
          />
        </Field>
        <Text className='pol-form__note talent-profile__privacy'>{tpo('profile.privacy')}</Text>
        {failure && <Text className='pol-form__failure talent-profile__failure'>{failure}</Text>}
        <Button className='talent-profile__save' type='primary' disabled={disabledWhen(busy)} onClick={() => void save()}>
          {tpo('profile.save')}
        </Button>
      </Section>
    </View>
  );
}
