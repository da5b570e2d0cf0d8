import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { IdentityDocument } from '@core/documents';
import './form.css';

/**
 * Small form pieces of the application pages. Class names carry the field's name (`form__field--<name>`) so tests
 * and browser tests find a field and its error without depending on the texts.
 */
export function Field(props: { name: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className={`form__field form__field--${props.name}${props.error ? ' form__field--invalid' : ''}`}>
      <Text className='form__label'>{props.label}</Text>
      {props.children}
      {props.hint && !props.error && <Text className='form__hint'>{props.hint}</Text>}
      {props.error && <Text className='form__error'>{props.error}</Text>}
    </View>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'number' | 'digit';
  multiline?: boolean;
}) {
  const { name, label, hint, error, value, onChange, type = 'text', multiline = false } = props;
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {multiline ? (
        <Textarea className='form__textarea' value={value} maxlength={2000} onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input className='form__input' type={type} value={value} onInput={(e) => onChange(e.detail.value)} />
      )}
    </Field>
  );
}

/** One choice among a few, as tappable chips (easier on a phone than a picker for two to five options). */
export function Choice<T extends string | number>(props: {
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChange: (value: T) => void;
}) {
  return (
    <View className={`form__choice form__choice--${props.name}`}>
      {props.options.map((option) => (
        <Text
          key={String(option.value)}
          className={`form__chip form__chip--${option.value}${option.value === props.value ? ' form__chip--active' : ''}`}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </Text>
      ))}
    </View>
  );
}

export function Check(props: { name: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <View
      className={`form__check form__check--${props.name}${props.checked ? ' form__check--on' : ''}`}
      onClick={() => props.onChange(!props.checked)}
    >
      <Text className='form__box'>{props.checked ? '✓' : ''}</Text>
      <Text className='form__check-label'>{props.label}</Text>
    </View>
  );
}

export function Section(props: { title: string; children: ReactNode; className?: string }) {
  return (
    <View className={`form__section ${props.className ?? ''}`}>
      <Text className='form__section-title'>{props.title}</Text>
      {props.children}
    </View>
  );
}

type IdKind = IdentityDocument['kind'];
/** One person as a form holds them: name, phone and identity document, as typed. */
export interface PersonDraft {
  name: string;
  phone: string;
  idKind: IdKind;
  idNumber: string;
}

/**
 * Name, phone and identity document of one person, wherever a form asks for one (an applicant, a guest, a team
 * member, a tenant). `at` is where the person sits in the action's input (`applicant`, `member`), so that each field
 * shows its own error; `kinds` are the documents offered, the usual one first; `labels.idKind` titles the choice.
 */
export function PersonFields(props: {
  value: PersonDraft;
  onChange: (change: Partial<PersonDraft>) => void;
  errors: Readonly<Record<string, string | undefined>>;
  at: string;
  kinds: readonly IdKind[];
  labels: { name: string; phone: string; phoneHint?: string; idKind?: string; idNumber: string; kind: (kind: IdKind) => string };
}) {
  const { value, onChange, errors, at, kinds, labels } = props;
  return (
    <>
      <TextField name='name' label={labels.name} value={value.name} error={errors[`${at}.name`]} onChange={(name) => onChange({ name })} />
      <TextField
        name='phone'
        label={labels.phone}
        hint={labels.phoneHint}
        value={value.phone}
        error={errors[`${at}.phone`]}
        onChange={(phone) => onChange({ phone })}
      />
      {labels.idKind && <Text className='form__label'>{labels.idKind}</Text>}
      <Choice
        name='idKind'
        value={value.idKind}
        onChange={(idKind) => onChange({ idKind })}
        options={kinds.map((kind) => ({ value: kind, label: labels.kind(kind) }))}
      />
      <TextField
        name='idNumber'
        label={labels.idNumber}
        value={value.idNumber}
        error={errors[`${at}.identityDocument.number`]}
        onChange={(idNumber) => onChange({ idNumber })}
      />
    </>
  );
}
