import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { askAboutInput } from '@core/policies/schemas';
import { disabledWhen } from '@/components/button-state';
import { t, useLocale } from '@/i18n';
import { describeError, issuesByPath } from '@/services/errors';
import { formErrors } from '@/services/form-errors';
import { copyText } from '@/services/invite-link';
import { newRequestId } from '@/services/request-id';
import { MatchReasons } from '../../components/policy-item';
import { Section, TextField } from '../../components/form';
import { usePoliciesTitle } from '../../hooks/use-policies-title';
import { tpo } from '../../i18n';
import * as policies from '../../services/policies';
import './index.css';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; match: policies.PolicyMatch | null };

/**
 * One policy: issuer, summary, full text or link, validity, how it fits the caller, and "ask about this", which
 * opens a 政策咨询 request naming the policy and shows it. Read from `forMe` with `all`, which answers every policy in
 * force with its match (a withdrawn or expired policy is not found).
 */
export default function PolicyDetailPage() {
  usePoliciesTitle('detail.title');
  const locale = useLocale();
  const id = useRouter().params.id ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [question, setQuestion] = useState('');
  const [questionError, setQuestionError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  // One requestId per question: a retry after a failure reuses it, so nothing is filed twice.
  const requestId = useRef(newRequestId());

  const load = useCallback(async (): Promise<void> => {
    setLoaded({ state: 'loading' });
    const reply = await policies.forMe(true);
    if (!reply.ok) setLoaded({ state: 'error', message: describeError(reply.error) });
    else setLoaded({ state: 'ready', match: reply.data.matches.find((m) => m.policy._id === id) ?? null });
  }, [id]);
  useEffect(() => void load(), [load]);

  const ask = async (): Promise<void> => {
    if (busy) return;
    const input = { policyId: id, question };
    const problem = formErrors(askAboutInput, input).question;
    setQuestionError(problem);
    if (problem) return;
    setBusy(true);
    setFailure(null);
    const reply = await policies.askAbout(input, { requestId: requestId.current });
    setBusy(false);
    if (reply.ok) {
      requestId.current = newRequestId();
      setQuestion('');
      void Taro.navigateTo({ url: policies.openRequest(reply.data.requestId) }).catch(() => undefined);
      return;
    }
    const onField = issuesByPath(reply.error).question;
    if (onField) setQuestionError(onField);
    setFailure(onField ? reply.error.message : describeError(reply.error));
  };

  if (loaded.state === 'loading') return <Text className='policy-detail__note'>{t('common.loading')}</Text>;
  if (loaded.state === 'error') {
    return (
      <View className='policy-detail'>
        <Text className='pol-form__failure'>{loaded.message}</Text>
        <Button size='mini' onClick={() => void load()}>
          {t('common.retry')}
        </Button>
      </View>
    );
  }
  if (!loaded.match) return <Text className='policy-detail__note policy-detail__not-found'>{tpo('detail.notFound')}</Text>;

  const { policy } = loaded.match;
  return (
    <View className='policy-detail'>
      <Section className='policy-detail__head'>
        <Text className='policy-detail__title'>{policy.title[locale]}</Text>
        <Text className='policy-detail__meta policy-detail__issuer'>{tpo('detail.issuer', { issuer: policy.issuer[locale] })}</Text>
        <Text className='policy-detail__meta policy-detail__valid'>
          {policy.validTo
            ? tpo('detail.valid', { from: policy.validFrom, to: policy.validTo })
            : tpo('detail.validOpen', { from: policy.validFrom })}
        </Text>
        {policy.topics.length > 0 && (
          <Text className='policy-detail__meta policy-detail__topics'>{tpo('detail.topics', { topics: policy.topics.join(' · ') })}</Text>
        )}
        <Text className='policy-detail__summary'>{policy.summary[locale]}</Text>
      </Section>

      <Section title={tpo('detail.fit')} className='policy-detail__fit'>
        <Text className={`policy-item__level policy-item__level--${loaded.match.level} policy-detail__level`}>
          {tpo(`match.${loaded.match.level}`)}
        </Text>
        <MatchReasons match={loaded.match} />
      </Section>

      {(policy.body || policy.url) && (
        <Section title={tpo('detail.text')} className='policy-detail__text'>
          {policy.body && (
            <Text className='policy-detail__body' userSelect>
              {policy.body[locale]}
            </Text>
          )}
          {policy.url && (
            <View className='policy-detail__link'>
              <Text className='pol-form__label'>{tpo('detail.link')}</Text>
              <Text className='policy-detail__url' userSelect>
                {policy.url}
              </Text>
              <Button size='mini' className='policy-detail__copy' onClick={() => void copyText(policy.url ?? '').then(setCopied)}>
                {tpo(copied ? 'detail.copied' : 'detail.copyLink')}
              </Button>
            </View>
          )}
        </Section>
      )}

      <Section title={tpo('detail.ask')} className='policy-detail__ask'>
        <Text className='pol-form__note'>{tpo('detail.askExplain')}</Text>
        <TextField
          name='question'
          label={tpo('detail.question')}
          placeholder={tpo('detail.questionHint')}
          multiline
          maxlength={900}
          value={question}
          error={questionError}
          onChange={(value) => {
            setQuestion(value);
            setQuestionError(undefined);
            requestId.current = newRequestId();
          }}
        />
        {failure && <Text className='pol-form__failure policy-detail__failure'>{failure}</Text>}
        <Button className='policy-detail__submit' type='primary' disabled={disabledWhen(busy)} onClick={() => void ask()}>
          {tpo('detail.askSubmit')}
        </Button>
      </Section>
    </View>
  );
}
