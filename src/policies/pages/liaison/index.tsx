import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { askMyLiaisonInput } from '@core/liaisons/schemas';
import { disabledWhen } from '@/components/button-state';
import { useCatalog } from '@/hooks/use-catalog';
import { t, useLocale } from '@/i18n';
import { describeError, issuesByPath } from '@/services/errors';
import { formErrors } from '@/services/form-errors';
import { newRequestId } from '@/services/request-id';
import { Choice, Field, Section, TextField } from '../../components/form';
import { usePoliciesTitle } from '../../hooks/use-policies-title';
import { tpo } from '../../i18n';
import * as policies from '../../services/policies';

type FieldName = 'category' | 'title' | 'body';
type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; liaison: policies.MyLiaison };

/**
 * 双结对, the talent's side: who their liaison is (name, unit, since when), and a message to them, which is filed as a
 * request the talent owns and the liaison is told of (`liaisons.askMyLiaison`); the request is shown once filed.
 */
export default function MyLiaisonPage() {
  usePoliciesTitle('liaison.title');
  const locale = useLocale();
  const { catalog } = useCatalog();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [form, setForm] = useState<Record<FieldName, string>>({ category: '', title: '', body: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());

  useEffect(() => {
    void policies
      .myLiaison()
      .then((reply) =>
        setLoaded(reply.ok ? { state: 'ready', liaison: reply.data.liaison } : { state: 'error', message: describeError(reply.error) }),
      );
  }, []);

  const set = (field: FieldName) => (value: string) => {
    setForm({ ...form, [field]: value });
    setErrors({ ...errors, [field]: undefined });
    requestId.current = newRequestId();
  };

  const send = async (): Promise<void> => {
    if (busy) return;
    const found = formErrors(askMyLiaisonInput, form);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setBusy(true);
    setFailure(null);
    const reply = await policies.askMyLiaison(form, { requestId: requestId.current });
    setBusy(false);
    if (reply.ok) {
      requestId.current = newRequestId();
      void Taro.navigateTo({ url: policies.openRequest(reply.data.requestId) }).catch(() => undefined);
      return;
    }
    const byPath = issuesByPath(reply.error);
    setErrors({ category: byPath.category, title: byPath.title, body: byPath.body });
    setFailure(describeError(reply.error));
  };

  if (loaded.state === 'loading') return <Text className='pol-form__note'>{t('common.loading')}</Text>;
  if (loaded.state === 'error') return <Text className='pol-form__failure my-liaison__error'>{loaded.message}</Text>;
  const { liaison } = loaded;
  if (!liaison) {
    return (
      <View className='my-liaison'>
        <Section>
          <Text className='my-liaison__none'>{tpo('liaison.none')}</Text>
        </Section>
      </View>
    );
  }
  return (
    <View className='my-liaison'>
      <Section title={tpo('liaison.title')} className='my-liaison__who'>
        <Text className='my-liaison__name'>{tpo('liaison.name', { name: liaison.displayName ?? tpo('liaison.unnamed') })}</Text>
        {liaison.unitName && <Text className='my-liaison__unit'>{tpo('liaison.unit', { unit: liaison.unitName[locale] })}</Text>}
        <Text className='my-liaison__since'>{tpo('liaison.since', { date: liaison.pairedOn })}</Text>
      </Section>
      <Section title={tpo('liaison.message')} className='my-liaison__message'>
        <Text className='pol-form__note'>{tpo('liaison.contact')}</Text>
        <Field name='category' label={tpo('liaison.category')} error={errors.category}>
          <Choice
            name='category'
            options={(catalog?.categories ?? []).map((c) => ({ value: c.id, label: c.name[locale] }))}
            value={form.category}
            onChange={set('category')}
          />
        </Field>
        <TextField
          name='title'
          label={tpo('liaison.subject')}
          value={form.title}
          maxlength={40}
          error={errors.title}
          onChange={set('title')}
        />
        <TextField
          name='body'
          label={tpo('liaison.body')}
          value={form.body}
          multiline
          maxlength={1000}
          error={errors.body}
          onChange={set('body')}
        />
        {failure && <Text className='pol-form__failure my-liaison__failure'>{failure}</Text>}
        <Button className='my-liaison__send' type='primary' disabled={disabledWhen(busy)} onClick={() => void send()}>
          {tpo('liaison.send')}
        </Button>
      </Section>
    </View>
  );
}
