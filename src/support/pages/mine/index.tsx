import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SUPPORT_DOCUMENTS, SUPPORT_KIND_LABELS } from '@core/housing/support';
import type { DocumentFile, DocumentKind } from '@core/documents';
import { TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import { t, useLocale } from '@/i18n';
import { formatInstantDay } from '@/i18n/format';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { DocumentUpload } from '../../../apply/components/document-upload';
import { Section, TextField } from '../../../apply/components/form';
import { SubmitKey } from '../../../apply/model/submission';
import { ts } from '../../i18n';
import * as support from '../../services/support';
import '../support.css';

const openApply = () => Taro.navigateTo({ url: '/support/pages/apply/index' }).catch(() => undefined);

/** The answer to the operator's open question: text and, if asked, more of the kind's documents. */
function AnswerForm(props: { app: support.SupportView; onAnswered: () => void }) {
  const { app } = props;
  const [text, setText] = useState('');
  const [files, setFiles] = useState<Partial<Record<DocumentKind, DocumentFile>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(new SubmitKey());

  const send = async () => {
    if (busy) return;
    if (text.trim() === '') return setError(ts('support.required'));
    setBusy(true);
    const payload = { id: app._id, text: text.trim(), documents: Object.values(files).filter((f): f is DocumentFile => Boolean(f)) };
    const reply = await support.answer(payload, { requestId: key.current.for(payload) });
    setBusy(false);
    if (!reply.ok) return setError(describeError(reply.error));
    props.onAnswered();
  };

  return (
    <View className='support__answer'>
      <TextField name='answer' multiline label={ts('support.answer')} value={text} error={error ?? undefined} onChange={setText} />
      <Text className='form__label'>{ts('support.answerFiles')}</Text>
      {SUPPORT_DOCUMENTS[app.kind].map((kind) => (
        <DocumentUpload
          key={kind}
          kind={kind}
          folder='support-documents'
          value={files[kind]}
          onChange={(file) => setFiles((f) => ({ ...f, [kind]: file }))}
        />
      ))}
      <Button className='support__send-answer' type='primary' size='mini' disabled={busy ? true : undefined} onClick={() => void send()}>
        {ts('support.sendAnswer')}
      </Button>
    </View>
  );
}

function SupportCard(props: { app: support.SupportView; onChanged: () => void }) {
  const { app } = props;
  const locale = useLocale();
  const paid = new Map(app.disbursements.map((d) => [d.month, d]));
  return (
    <View className={`support-card support-card--${app.status} support-card--${app.kind}`}>
      <View className='support-card__head'>
        <Text className='support-card__kind'>{SUPPORT_KIND_LABELS[app.kind][locale]}</Text>
        <Text className='support-card__status'>{ts(`support.status.${app.status}`)}</Text>
      </View>
      <Text className='support-card__line'>
        {`${TALENT_CATEGORY_LABELS[app.category][locale]} · ${ts('support.submittedAt', { date: formatInstantDay(app.submittedAt) })}`}
      </Text>
      {app.amount && (
        <Text className='support-card__amount'>
          {app.amount.monthly === null
            ? ts('support.amount.purchase', { total: app.amount.total })
            : ts('support.amount.rent', { monthly: app.amount.monthly, months: app.amount.months, total: app.amount.total })}
        </Text>
      )}
      {app.reason && <Text className='support-card__reason'>{ts('support.reason', { reason: app.reason })}</Text>}
      {app.answers.map((a) => (
        <Text key={a.answeredAt} className='support-card__answered'>
          {ts('support.answeredLine', { text: a.text })}
        </Text>
      ))}
      {app.openQuestion && (
        <View className='support-card__question'>
          <Text className='support-card__question-text'>{ts('support.question', { text: app.openQuestion.text })}</Text>
          <AnswerForm app={app} onAnswered={props.onChanged} />
        </View>
      )}
      {app.nextRecheck && <Text className='support-card__recheck'>{ts('support.nextRecheck', { month: app.nextRecheck })}</Text>}
      {app.schedule.length > 0 && (
        <View className='support-schedule'>
          <Text className='support-schedule__title'>{ts('support.schedule')}</Text>
          {app.schedule.map((e) => {
            const d = paid.get(e.month);
            return (
              <View key={e.month} className={`support-schedule__row${d ? ' support-schedule__row--paid' : ''}`}>
                <Text className='support-schedule__month'>{ts('support.month', { month: e.month })}</Text>
                <Text className='support-schedule__amount'>{ts('support.monthAmount', { amount: e.amount })}</Text>
                <Text className='support-schedule__state'>
                  {d ? ts('support.paid', { paidOn: d.paidOn }) : e.recheck ? ts('support.recheckMonth') : ts('support.due')}
                </Text>
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}

/** The caller's housing support: each application's status, a question to answer, the schedule and months paid. */
export default function MySupportPage() {
  const locale = useLocale();
  const [items, setItems] = useState<support.SupportView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setPageTitle(ts('support.mine.title')), [locale]);
  const load = useCallback(async () => {
    const reply = await support.mine();
    if (reply.ok) {
      setItems(reply.data.items);
      setError(null);
    } else setError(describeError(reply.error));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <View className='support support-mine'>
      {error && (
        <View className='support__load-error'>
          <Text className='form__error'>{error}</Text>
          <Button size='mini' onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {items === null && !error && <Text className='form__hint'>{t('common.loading')}</Text>}
      {items?.length === 0 && (
        <Section title={ts('support.mine.title')}>
          <Text className='support-mine__empty'>{ts('support.mine.empty')}</Text>
        </Section>
      )}
      {items?.map((app) => (
        <SupportCard key={app._id} app={app} onChanged={() => void load()} />
      ))}
      <Button className='support__apply' onClick={() => void openApply()}>
        {ts('support.apply.more')}
      </Button>
    </View>
  );
}
