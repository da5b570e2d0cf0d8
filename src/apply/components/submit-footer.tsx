import { Button, Text, View } from '@tarojs/components';
import type { ConsentedSubmit } from '../hooks/use-consented-submit';
import { tp } from '../i18n';
import { Check, Section } from './form';

/** The privacy consent to tick before a submit, shown only while one is due (`version` not yet accepted). */
export function ConsentSection({
  version,
  checked,
  onChange,
  className,
}: {
  version: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  if (version === null) return null;
  return (
    <Section title={tp('stay.step.review')} className={className}>
      <Check name='consent' label={tp('stay.review.consent', { version })} checked={checked} onChange={onChange} />
    </Section>
  );
}

/**
 * The end of a one-page application form: the privacy consent while one is due, what stops the submit or why the
 * server refused it (each unmet rule), and the submit button, busy while it sends. `name` is the form's class hook
 * (`<name>__error`, `<name>__reason--<rule>`, `<name>__submit`); `label` says what the button does in each state.
 */
export function SubmitFooter({
  form,
  consentVersion,
  name,
  label,
  onSubmit,
}: {
  form: ConsentedSubmit;
  consentVersion: string | null;
  name: string;
  label: (state: 'busy' | 'failed' | 'ready') => string;
  onSubmit: () => void;
}) {
  return (
    <>
      <ConsentSection version={consentVersion} checked={form.consentChecked} onChange={form.setConsentChecked} />
      <View className='stay-review__error'>
        {form.error && <Text className={`form__error ${name}__error`}>{form.error}</Text>}
        {form.reasons.map((r) => (
          <Text key={r.rule} className={`form__error ${name}__reason ${name}__reason--${r.rule}`}>{`✗ ${r.message}`}</Text>
        ))}
      </View>
      <Button className={`stay-review__submit ${name}__submit`} type='primary' disabled={form.busy ? true : undefined} onClick={onSubmit}>
        {label(form.busy ? 'busy' : form.failed ? 'failed' : 'ready')}
      </Button>
    </>
  );
}
