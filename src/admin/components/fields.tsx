import { Input, Text, Textarea, View } from '@tarojs/components';
import { ta, type AdminMessageKey } from '../i18n';
import './fields.css';

/** Field problems by path (`formErrors`), the server's as well (`issues`). */
export type Errors = Record<string, string>;

/** The problem of `path` or of anything under it (`photos` shows `photos.2`'s). */
export const errorAt = (errors: Errors, path: string): string | undefined =>
  errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];

/** A number typed in a field; blank is not zero (the schema then says what is wanted). */
export const numberOf = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));

/** Lines of a textarea, trimmed, blank ones left out. */
export const linesOf = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A labelled input (or textarea) with its problem under it; `name` is the class hook and the error's path. */
export function Field({
  name,
  label,
  value,
  onChange,
  error,
  number,
  multiline,
}: {
  name: string;
  /** The label, in the UI language. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  number?: boolean;
  multiline?: boolean;
}) {
  return (
    <View className={`housing-field housing-field--${name}`}>
      <Text className='housing-field__label'>{label}</Text>
      {multiline ? (
        <Textarea className='admin-field housing-field__input' value={value} onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input
          className='admin-field housing-field__input'
          type={number ? 'digit' : 'text'}
          value={value}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {error ? <Text className='admin-message housing-field__error'>{error}</Text> : null}
    </View>
  );
}

/** One choice of a few, as chips; `--on` marks it (none before one is chosen). */
export function Choice<K extends string>({
  name,
  options,
  value,
  label,
  onChange,
}: {
  name: string;
  options: readonly K[];
  /** The chosen option; null when none is yet. */
  value: K | null;
  label: (key: K) => string;
  onChange: (key: K) => void;
}) {
  return (
    <View className={`admin-chips housing-choice housing-choice--${name}`}>
      {options.map((option) => (
        <Text
          key={option}
          className={`admin-chips__chip housing-choice__option housing-choice__option--${option}${option === value ? ' admin-chips__chip--on' : ''}`}
          onClick={() => onChange(option)}
        >
          {label(option)}
        </Text>
      ))}
    </View>
  );
}

/** A yes/no rule as a chip that is on or off. */
export function Toggle({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: AdminMessageKey;
  value: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <Text
      className={`admin-chips__chip housing-toggle housing-toggle--${name}${value ? ' admin-chips__chip--on' : ''}`}
      onClick={() => onChange(!value)}
    >
      {value ? '☑ ' : '☐ '}
      {ta(label)}
    </Text>
  );
}
