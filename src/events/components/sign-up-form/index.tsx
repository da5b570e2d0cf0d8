import { Button, Input, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { useLocale } from '@/i18n';
import type { Fail } from '@/services/api';
import { describeError } from '@/services/errors';
import { newRequestId } from '@/services/request-id';
import { te } from '../../i18n';
import { signUp, type EventView, type SessionView, type SignUpView } from '../../services';
import { disabledWhen } from '@/components/button-state';

/** NOT_ELIGIBLE's reasons (core's `Reason`: a rule and its sentence in both languages) in the UI language. */
function reasonsOf(error: Fail['error'], locale: 'zh-CN' | 'en'): string[] {
  const details = error.details as { reasons?: Array<{ message?: Record<string, string> | string }> } | undefined;
  return (details?.reasons ?? []).flatMap((r) => {
    const message = typeof r.message === 'string' ? r.message : r.message?.[locale];
    return message ? [message] : [];
  });
}

/**
 * Signing up for one session: the party (when the event lets a talent bring people, e.g. children to the family
 * camp) and the fields the event asks for. The same requestId is sent again on a retry of the same form, so a
 * retried submit never signs up twice.
 */
export function SignUpForm(props: { event: EventView; session: SessionView; onCancel: () => void; onDone: (s: SignUpView) => void }) {
  const { event, session } = props;
  const locale = useLocale();
  const [party, setParty] = useState(1);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[] | null>(null);
  const key = useRef({ payload: '', id: '' });

  const missing = event.fields.filter((f) => f.required && !(answers[f.key] ?? '').trim()).map((f) => f.key);
  const submit = async () => {
    setTried(true);
    if (missing.length > 0 || busy) return;
    const payload = {
      sessionId: session.id,
      partySize: party,
      answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim() !== '')),
    };
    const text = JSON.stringify(payload);
    if (key.current.payload !== text) key.current = { payload: text, id: newRequestId() };
    setBusy(true);
    const reply = await signUp(payload, key.current.id);
    setBusy(false);
    if (!reply.ok) {
      const reasons = reasonsOf(reply.error, locale);
      return setError(reasons.length > 0 ? [reply.error.message, ...reasons] : [describeError(reply.error)]);
    }
    setError(null);
    props.onDone(reply.data);
  };

  return (
    <View className='sign-up'>
      <Text className='sign-up__heading'>
        {te('form.heading', { session: te('detail.sessionTime', { date: session.date, start: session.startTime, end: session.endTime }) })}
      </Text>
      {event.maxPartySize > 1 && (
        <View className='sign-up__row sign-up__party'>
          <Text className='sign-up__label'>{te('form.party')}</Text>
          <View className='sign-up__stepper'>
            <Button
              size='mini'
              className='sign-up__less'
              disabled={disabledWhen(party <= 1)}
              onClick={() => setParty((n) => Math.max(1, n - 1))}
            >
              −
            </Button>
            <Text className='sign-up__count'>{party}</Text>
            <Button
              size='mini'
              className='sign-up__more'
              disabled={disabledWhen(party >= event.maxPartySize)}
              onClick={() => setParty((n) => Math.min(event.maxPartySize, n + 1))}
            >
              +
            </Button>
          </View>
        </View>
      )}
      {event.fields.map((field) => (
        <View key={field.key} className={`sign-up__row sign-up__field sign-up__field--${field.key}`}>
          <Text className='sign-up__label'>
            {field.label[locale]}
            {field.required ? '' : te('form.optional')}
          </Text>
          <Input
            className='sign-up__input'
            value={answers[field.key] ?? ''}
            maxlength={200}
            onInput={(e) => setAnswers((a) => ({ ...a, [field.key]: e.detail.value }))}
          />
          {tried && missing.includes(field.key) && <Text className='sign-up__error'>{te('form.required')}</Text>}
        </View>
      ))}
      {error?.map((line) => (
        <Text key={line} className='sign-up__failure'>
          {line}
        </Text>
      ))}
      <View className='sign-up__actions'>
        <Button className='sign-up__submit' type='primary' disabled={disabledWhen(busy)} onClick={() => void submit()}>
          {te('form.submit')}
        </Button>
        <Button className='sign-up__cancel' onClick={props.onCancel}>
          {te('form.cancel')}
        </Button>
      </View>
    </View>
  );
}
