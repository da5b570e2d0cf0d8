import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import { DOCUMENT_KIND_LABELS } from '@core/documents';
import { SUPPORT_KIND_LABELS } from '@core/housing/support';
import { UNDECIDED } from '@core/housing/support-records';
import { TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import type { Envelope } from '@/services/api';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { getLocale, useLocale } from '@/i18n';
import { formatInstantDay } from '@/i18n/format';
import { DocumentFiles } from '../../components/document-files';
import { RoleGate } from '../../components/role-gate';
import { ErrorState, Loading } from '../../components/state-view';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import { supportApi, type RevealedApplicant, type SupportDetail } from '../../services/support-api';
import '../application/index.css';
import '../support/index.css';

type Form = null | 'ask' | 'reject';

function Field({ label, value }: { label: string; value: string | number | null }) {
  if (value === null || value === '') return null;
  return (
    <View className='application__field'>
      <Text className='application__label'>{label}</Text>
      <Text className='application__value'>{String(value)}</Text>
    </View>
  );
}

const amountText = (amount: SupportDetail['computed']) =>
  amount.monthly === null
    ? ta('support.amount.purchase', { total: amount.total })
    : ta('support.amount.rent', { monthly: amount.monthly, months: amount.months, total: amount.total });

/** Recording a month paid and the annual re-check, for approved (or stopped) support. */
function Payments({ app, act }: { app: SupportDetail; act: (call: () => Promise<Envelope<unknown>>, done: string) => Promise<void> }) {
  const today = shanghaiDateOf(now());
  const paid = new Map(app.disbursements.map((d) => [d.month, d]));
  const unpaid = app.schedule.filter((e) => !paid.has(e.month) && e.month <= today.slice(0, 7));
  const [month, setMonth] = useState(unpaid[0]?.month ?? '');
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  return (
    <View className='application__section support-detail__schedule'>
      <Text className='application__section-title'>{ta('support.schedule')}</Text>
      {app.schedule.map((e) => {
        const d = paid.get(e.month);
        return (
          <View key={e.month} className={`support-detail__row support-detail__row--${d ? 'paid' : 'due'}`}>
            <Text>{e.month}</Text>
            <Text>{ta('support.yuan', { amount: e.amount })}</Text>
            <Text>
              {d
                ? ta('support.schedule.paid', { paidOn: d.paidOn, reference: d.reference })
                : e.recheck
                  ? ta('support.schedule.recheck')
                  : ta('support.schedule.due')}
            </Text>
          </View>
        );
      })}
      {app.rechecks.map((r) => (
        <Text key={r.month} className='support-detail__line'>
          {ta('support.rechecked', { month: r.month, result: ta(r.passed ? 'support.recheckPassed' : 'support.recheckFailed') })}
        </Text>
      ))}
      <Text className='application__label'>{ta('support.payMonth')}</Text>
      <Input className='support-input support-detail__month' value={month} onInput={(e) => setMonth(e.detail.value)} />
      <Text className='application__label'>{ta('support.paidOn')}</Text>
      <Input className='support-input support-detail__paid-on' value={paidOn} onInput={(e) => setPaidOn(e.detail.value)} />
      <Text className='application__label'>{ta('support.reference')}</Text>
      <Input className='support-input support-detail__reference' value={reference} onInput={(e) => setReference(e.detail.value)} />
      <Button
        size='mini'
        className='support-detail__action support-detail__pay'
        onClick={() =>
          void act(
            () => supportApi.recordDisbursement({ id: app._id, month: month.trim(), paidOn: paidOn.trim(), reference }),
            ta('support.paidDone'),
          )
        }
      >
        {ta('support.pay')}
      </Button>
      {app.nextRecheck && (
        <View className='support-detail__recheck'>
          <Text className='application__section-title'>{ta('support.recheck', { month: app.nextRecheck })}</Text>
          <Textarea
            className='support-input support-detail__recheck-note'
            value={note}
            placeholder={ta('support.recheckNote')}
            onInput={(e) => setNote(e.detail.value)}
          />
          {([true, false] as const).map((passed) => (
            <Button
              key={String(passed)}
              size='mini'
              className={`support-detail__action support-detail__recheck--${passed ? 'pass' : 'fail'}`}
              onClick={() =>
                void act(() => supportApi.recordRecheck({ id: app._id, month: app.nextRecheck!, passed, note }), ta('support.recheckDone'))
              }
            >
              {ta(passed ? 'support.recheckPass' : 'support.recheckFail')}
            </Button>
          ))}
        </View>
      )}
    </View>
  );
}

function Detail({ id }: { id: string }) {
  const locale = useLocale();
  const { state, reload } = useCall(() => supportApi.get(id), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState<Form>(null);
  const [text, setText] = useState('');
  const [revealed, setRevealed] = useState<RevealedApplicant | null>(null);

  const reveal = async () => {
    const reply = await supportApi.reveal(id);
    if (reply.ok) setRevealed(reply.data);
    else setNotice(describeError(reply.error));
  };

  const act = async (call: () => Promise<Envelope<unknown>>, done: string) => {
    if (busy) return;
    setBusy(true);
    const reply = await call();
    setBusy(false);
    if (!reply.ok) return setNotice(describeError(reply.error));
    setNotice(done);
    setForm(null);
    setText('');
    void reload();
  };

  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'error') return <ErrorState message={state.message} onRetry={() => void reload()} />;
  const app = state.data;
  const undecided = UNDECIDED.includes(app.status);

  return (
    <View className={`application support-detail support-detail--${app.status}`}>
      <View className='application__header'>
        <Text className='application__name'>{app.person.name}</Text>
        <Text className='application__status'>{ta(`support.status.${app.status}`)}</Text>
      </View>
      {notice && <Text className='application__notice'>{notice}</Text>}

      <View className='application__section'>
        <Field
          label={SUPPORT_KIND_LABELS[app.kind][locale]}
          value={ta('support.submittedAt', { date: formatInstantDay(app.submittedAt) })}
        />
        <Field label={ta('support.category')} value={TALENT_CATEGORY_LABELS[app.category][locale]} />
        <Field label={ta('support.employer')} value={`${app.employer.name} (${app.employer.creditCode})`} />
        <Field
          label={ta('support.rentPaid')}
          value={app.monthlyRentPaid === null ? null : ta('support.yuan', { amount: app.monthlyRentPaid })}
        />
        <Field label={ta('support.ownsHome')} value={ta(app.declarations.ownsHomeInShanghai ? 'support.yes' : 'support.no')} />
      </View>

      <View className='application__section application__contact'>
        <Field label={ta('support.phone')} value={revealed?.phone ?? app.person.phoneMasked} />
        <Field label={ta('support.idNumber')} value={revealed?.idNumber ?? app.person.idMasked} />
        {revealed === null && app.person.idMasked !== '' && (
          <>
            <Button size='mini' className='application__reveal' onClick={() => void reveal()}>
              {ta('application.reveal')}
            </Button>
            <Text className='application__reveal-note'>{ta('application.revealNote')}</Text>
          </>
        )}
      </View>

      <View className='application__section support-detail__checklist'>
        <Text className='application__section-title'>{ta('support.checklist')}</Text>
        {app.checklist.map((c) => (
          <Text
            key={c.kind}
            className={`support-detail__line support-detail__check support-detail__check--${c.files > 0 ? 'present' : 'missing'}`}
          >
            {c.files > 0
              ? ta('support.checklist.present', { kind: DOCUMENT_KIND_LABELS[c.kind][getLocale()], files: c.files })
              : ta('support.checklist.missing', { kind: DOCUMENT_KIND_LABELS[c.kind][getLocale()] })}
          </Text>
        ))}
        <Text className='application__section-title'>{ta('support.documents')}</Text>
        <DocumentFiles files={app.documents} onError={setNotice} />
      </View>

      <View className='application__section support-detail__amount'>
        <Text className='application__section-title'>{ta(app.amount ? 'support.granted' : 'support.computed')}</Text>
        <Text className='support-detail__line support-detail__computed'>{amountText(app.amount ?? app.computed)}</Text>
        {app.answers.map((a) => (
          <Text key={a.answeredAt} className='support-detail__line'>
            {ta('support.question', { text: a.question })}
            {'\n'}
            {ta('support.answer', { date: formatInstantDay(a.answeredAt), text: a.text })}
          </Text>
        ))}
        {app.openQuestion && (
          <Text className='support-detail__line support-detail__open'>{ta('support.question', { text: app.openQuestion.text })}</Text>
        )}
        {app.reason && <Text className='support-detail__line'>{ta('support.reason', { reason: app.reason })}</Text>}
      </View>

      {undecided && (
        <View className='application__decisions'>
          {app.status === 'submitted' && (
            <Button size='mini' className='support-detail__action support-detail__ask' onClick={() => setForm('ask')}>
              {ta('support.ask')}
            </Button>
          )}
          <Button
            size='mini'
            type='primary'
            className='support-detail__action support-detail__approve'
            onClick={() => void act(() => supportApi.approve(app._id), ta('support.approved'))}
          >
            {ta('support.approve', { total: app.computed.total })}
          </Button>
          <Button size='mini' className='support-detail__action support-detail__reject' onClick={() => setForm('reject')}>
            {ta('support.reject')}
          </Button>
        </View>
      )}
      {form && (
        <View className={`application__form support-detail__form support-detail__form--${form}`}>
          <Textarea
            className='support-input support-detail__text'
            value={text}
            placeholder={ta(form === 'ask' ? 'support.askPlaceholder' : 'support.rejectPlaceholder')}
            onInput={(e) => setText(e.detail.value)}
          />
          <Button
            size='mini'
            className='support-detail__action support-detail__confirm'
            onClick={() =>
              void act(
                () => (form === 'ask' ? supportApi.askForMore(app._id, text) : supportApi.reject(app._id, text)),
                ta(form === 'ask' ? 'support.asked' : 'support.rejected'),
              )
            }
          >
            {ta('support.send')}
          </Button>
          <Button size='mini' className='support-detail__action' onClick={() => setForm(null)}>
            {ta('support.cancel')}
          </Button>
        </View>
      )}
      {(app.status === 'approved' || app.status === 'stopped') && (
        <Payments key={app.disbursements.length + app.rechecks.length} app={app} act={act} />
      )}
    </View>
  );
}

/**
 * One housing support application for an operator: the applicant (numbers masked), the materials checklist and
 * files, the amount core computes; ask for more, approve or reject; then the schedule, disbursements and re-check.
 */
export default function SupportDetailPage() {
  useAdminTitle('support.detail.title');
  useLocale();
  const { params } = useRouter();
  const id = params.id ?? '';
  return <RoleGate roles={['operator', 'admin']}>{() => <Detail id={id} />}</RoleGate>;
}
