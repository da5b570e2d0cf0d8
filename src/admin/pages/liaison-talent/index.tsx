import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { shanghaiDateOf } from '@core/calendar/dates';
import { fileForTalentInput, logVisitInput } from '@core/liaisons/schemas';
import { REQUEST_STATUS_LABELS } from '@core/requests/labels';
import { disabledWhen } from '@/components/button-state';
import { getLocale, tLabel, useLocale } from '@/i18n';
import { now as clockNow } from '@/services/clock';
import { Empty, Failed, Loading, useLoad } from '../../components/async';
import { RoleGate } from '../../components/role-gate';
import { TalentRow } from '../../components/talent-row';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useSubmit } from '../../hooks/use-submit';
import { ta, type AdminMessageKey } from '../../i18n';
import { APPLICATION_STATUS_LABELS } from '../../i18n/labels';
import { liaisonsApi, type TalentRecord } from '../../services/liaisons-api';
import { nameOf, shanghaiTime } from '../../services/labels';
import { staffApi } from '../../services/staff-api';
import '../../components/admin.css';
import './index.css';

/**
 * One of the liaison's talents: their bookings, requests and visits, read-only (the server audits every opening,
 * `liaisons.view`); a visit to log (走访记录) and a request to file on their behalf. Unit handlers, their talents only.
 */
export default function LiaisonTalentPage() {
  useAdminTitle('liaison.talent.title');
  const id = useRouter().params.id ?? '';
  return (
    <View className='admin-page liaison-talent'>
      <Text className='admin-page__title'>{ta('liaison.talent.title')}</Text>
      <RoleGate roles={['unit']}>{() => <TalentView talentId={id} />}</RoleGate>
    </View>
  );
}

export function TalentView({ talentId, now = clockNow }: { talentId: string; now?: () => Date }) {
  useLocale();
  const record = useLoad(() => liaisonsApi.viewTalent(talentId), [talentId]);
  if (record.state === 'loading') return <Loading />;
  if (record.state === 'error') return <Failed message={record.message} onRetry={record.reload} />;
  return (
    <View className='liaison-talent__body'>
      <TalentRow item={record.data.talent} />
      <Text className='admin-row__meta liaison-talent__audited'>{ta('liaison.talent.audited')}</Text>
      <Record record={record.data} />
      <VisitForm talentId={talentId} today={shanghaiDateOf(now())} onLogged={record.refresh} />
      <FileForm talentId={talentId} onFiled={record.refresh} />
    </View>
  );
}

function Block({
  title,
  className,
  empty,
  children,
}: {
  title: AdminMessageKey;
  className: string;
  empty: boolean;
  children: JSX.Element[];
}) {
  return (
    <View className={`admin-panel__section ${className}`}>
      <Text className='liaison-talent__heading'>{ta(title)}</Text>
      {empty ? <Empty text={ta('liaison.talent.none')} /> : children}
    </View>
  );
}

function Record({ record }: { record: TalentRecord }) {
  const directory = useLoad(() => staffApi.catalog(), []);
  const categories = directory.state === 'ready' ? directory.data.categories : undefined;
  return (
    <View className='admin-panel liaison-talent__record'>
      <Block title='liaison.talent.visits' className='liaison-talent__visits' empty={record.visits.length === 0}>
        {record.visits.map((v) => (
          <View key={v.id} className='liaison-talent__line liaison-talent__visit'>
            <Text>{ta('liaison.talent.visit', { date: v.on, topic: v.topic })}</Text>
            {v.followUp ? <Text className='admin-row__meta'>{ta('liaison.talent.followUp', { text: v.followUp })}</Text> : null}
          </View>
        ))}
      </Block>
      <Block title='liaison.talent.requests' className='liaison-talent__requests' empty={record.requests.length === 0}>
        {record.requests.map((r) => (
          <View key={r.id} className={`liaison-talent__line liaison-talent__request liaison-talent__request--${r.id}`}>
            <Text>
              {ta('liaison.talent.request', {
                title: r.title,
                category: nameOf(categories, r.category),
                status: tLabel(REQUEST_STATUS_LABELS, r.status),
              })}
            </Text>
            <Text className='admin-row__meta'>
              {`${r.id} · ${shanghaiTime(r.createdAt)}${r.dueDate ? ` · ${ta('liaison.talent.requestDue', { date: r.dueDate })}` : ''}`}
            </Text>
          </View>
        ))}
      </Block>
      <Block title='liaison.talent.stays' className='liaison-talent__stays' empty={record.stays.length === 0}>
        {record.stays.map((s) => (
          <Text key={s.id} className='liaison-talent__line'>
            {ta('liaison.talent.stay', { checkIn: s.checkIn, nights: s.nights, status: tLabel(APPLICATION_STATUS_LABELS, s.status) })}
          </Text>
        ))}
      </Block>
      <Block title='liaison.talent.seats' className='liaison-talent__seats' empty={record.seats.length === 0}>
        {record.seats.map((s) => (
          <Text key={s.id} className='liaison-talent__line'>
            {ta('liaison.talent.seat', { date: shanghaiTime(s.submittedAt), status: tLabel(APPLICATION_STATUS_LABELS, s.status) })}
          </Text>
        ))}
      </Block>
    </View>
  );
}

/** 走访记录: date (today or earlier), topic, follow-up; checked with core's `logVisitInput`. One requestId per visit. */
export function VisitForm({ talentId, today, onLogged }: { talentId: string; today: string; onLogged: () => void }) {
  const { form, set, errors, message, busy, submit } = useSubmit({ on: today, topic: '', followUp: '' });
  const save = async (): Promise<void> => {
    const logged = await submit({
      schema: logVisitInput,
      input: { talentId, ...form },
      also: form.on > today ? { on: ta('liaison.visit.onHint') } : {},
      call: liaisonsApi.logVisit,
      done: (visit) => ta('liaison.visit.saved', { date: visit.on }),
    });
    if (logged) onLogged();
  };

  return (
    <View className='admin-panel visit-form'>
      <Text className='liaison-talent__heading'>{ta('liaison.visit.heading')}</Text>
      <FieldRow name='on' label='liaison.visit.on' error={errors.on}>
        <Input
          className='admin-field visit-form__on'
          value={form.on}
          maxlength={10}
          placeholder={ta('liaison.visit.onHint')}
          onInput={(e) => set('on')(e.detail.value)}
        />
      </FieldRow>
      <FieldRow name='topic' label='liaison.visit.topic' error={errors.topic}>
        <Input className='admin-field visit-form__topic' value={form.topic} maxlength={60} onInput={(e) => set('topic')(e.detail.value)} />
      </FieldRow>
      <FieldRow name='followUp' label='liaison.visit.followUp' error={errors.followUp}>
        <Textarea
          className='admin-field visit-form__follow-up'
          value={form.followUp}
          maxlength={500}
          onInput={(e) => set('followUp')(e.detail.value)}
        />
      </FieldRow>
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} visit-form__message`}>{message.text}</Text>
      ) : null}
      <Button className='visit-form__submit' type='primary' size='mini' disabled={disabledWhen(busy)} onClick={() => void save()}>
        {ta('liaison.visit.submit')}
      </Button>
    </View>
  );
}

/** A request filed on the talent's behalf (they own it; it counts as a contact). One requestId per request. */
function FileForm({ talentId, onFiled }: { talentId: string; onFiled: () => void }) {
  const directory = useLoad(() => staffApi.catalog(), []);
  const { form, set, errors, message, busy, submit } = useSubmit({ category: '', title: '', body: '' });
  const locale = getLocale();
  const save = async (): Promise<void> => {
    const filed = await submit({
      schema: fileForTalentInput,
      input: { talentId, ...form },
      call: liaisonsApi.fileForTalent,
      done: (request) => ta('liaison.file.filed', { id: request.requestId }),
    });
    if (filed) onFiled();
  };

  return (
    <View className='admin-panel file-form'>
      <Text className='liaison-talent__heading'>{ta('liaison.file.heading')}</Text>
      <Text className='admin-row__meta'>{ta('liaison.file.explain')}</Text>
      <FieldRow name='category' label='liaison.file.category' error={errors.category}>
        <View className='admin-chips file-form__categories'>
          {(directory.state === 'ready' ? directory.data.categories : []).map((c) => (
            <Text
              key={c.id}
              className={`admin-chips__chip file-form__category--${c.id}${form.category === c.id ? ' admin-chips__chip--on' : ''}`}
              onClick={() => set('category')(c.id)}
            >
              {c.name[locale]}
            </Text>
          ))}
        </View>
      </FieldRow>
      <FieldRow name='title' label='liaison.file.subject' error={errors.title}>
        <Input className='admin-field file-form__title' value={form.title} maxlength={40} onInput={(e) => set('title')(e.detail.value)} />
      </FieldRow>
      <FieldRow name='body' label='liaison.file.body' error={errors.body}>
        <Textarea className='admin-field file-form__body' value={form.body} maxlength={1000} onInput={(e) => set('body')(e.detail.value)} />
      </FieldRow>
      {message ? <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} file-form__message`}>{message.text}</Text> : null}
      <Button className='file-form__submit' size='mini' disabled={disabledWhen(busy)} onClick={() => void save()}>
        {ta('liaison.file.submit')}
      </Button>
    </View>
  );
}

function FieldRow({ name, label, error, children }: { name: string; label: AdminMessageKey; error?: string; children: JSX.Element }) {
  return (
    <View className={`liaison-field liaison-field--${name}`}>
      <Text className='liaison-field__label'>{ta(label)}</Text>
      {children}
      {error ? <Text className='admin-message liaison-field__error'>{error}</Text> : null}
    </View>
  );
}
