import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

/**
 * Form pieces of the policies subpackage (a subpackage cannot load another's code, so these are its own). Class
 * names carry the field's name (`pol-form__field--<name>`) so tests find a field and its error without the texts.
 */
export function Field(props: { name: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className={`pol-form__field pol-form__field--${props.name}${props.error ? ' pol-form__field--invalid' : ''}`}>
      <Text className='pol-form__label'>{props.label}</Text>
      {props.children}
      {props.hint && !props.error && <Text className='pol-form__hint'>{props.hint}</Text>}
      {props.error && <Text className='pol-form__error'>{props.error}</Text>}
    </View>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  placeholder?: string;
  error?: string;
  type?: 'text' | 'digit';
  multiline?: boolean;
  maxlength?: number;
}) {
  const { name, label, hint, error, value, onChange, placeholder, type = 'text', multiline = false, maxlength = 140 } = props;
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {multiline ? (
        <Textarea
          className='pol-form__textarea'
          value={value}
          placeholder={placeholder}
          maxlength={maxlength}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className='pol-form__input'
          type={type}
          value={value}
          placeholder={placeholder}
          maxlength={maxlength}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
    </Field>
  );
}

/** One choice among a few, as tappable chips; `value` '' is the blank answer. */
export function Choice(props: {
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <View className={`pol-form__choice pol-form__choice--${props.name}`}>
      {props.options.map((option) => (
        <Text
          key={option.value || 'blank'}
          className={`pol-form__chip pol-form__chip--${option.value || 'blank'}${option.value === props.value ? ' pol-form__chip--active' : ''}`}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </Text>
      ))}
    </View>
  );
}

export function Section(props: { title?: string; className?: string; children: ReactNode }) {
  return (
    <View className={`pol-form__section${props.className ? ` ${props.className}` : ''}`}>
      {props.title && <Text className='pol-form__section-title'>{props.title}</Text>}
      {props.children}
    </View>
  );
}
