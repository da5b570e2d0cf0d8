import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type * as z from 'zod';
import type { DocumentFile } from '@core/documents';
import { rejectInput } from '@core/stays/reject.schema';
import { referInput } from '@core/workspaces/refer.schema';
import type { Envelope } from '@/services/api';
import { describeError, issuesByPath } from '@/services/errors';
import { formErrors } from '@/services/form-errors';
import { scrollPageTo } from '@/services/navigation';
import { tLabel, useLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { DocumentFiles } from '../../components/document-files';
import { SeatPicker } from '../../components/seat-picker';
import { ErrorState, Loading } from '../../components/state-view';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import { APPLICATION_STATUS_LABELS, historyActionLabel, pickupText, typeLabel } from '../../i18n/labels';
import * as review from '../../services/review';
import { seatDecisions, stayDecisions } from './decisions';
import { REJECT_TEMPLATES } from './reject-templates';
import { disabledWhen } from '@/components/button-state';
import './index.css';

type Loaded =
  | { kind: 'stays'; app: review.StayView; history: review.HistoryLine[] }
  | { kind: 'seats'; app: review.SeatView; history: review.HistoryLine[] };
type Form = null | 'reject' | 'assign' | 'refer';

async function load(kind: review.ApplicationKind, id: string): Promise<Envelope<Loaded>> {
  const [app, history] = await Promise.all([kind === 'stays' ? review.getStay(id) : review.getSeats(id), review.history(kind, id)]);
  if (!app.ok) return app;
  // The history is staff-only; its failure should not hide the application.
  const lines = history.ok ? history.data.lines : [];
  return {
    ok: true,
    data: (kind === 'stays' ? { kind, app: app.data, history: lines } : { kind, app: app.data, history: lines }) as Loaded,
  };
}

function Field({ label, value }: { label: string; value: string | number | null | undefined }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <View className='application__field'>
      <Text className='application__label'>{label}</Text>
      <Text className='application__value'>{String(value)}</Text>
    </View>
  );
}

/** A form field's problem, under the field (where the operator is looking when they confirm). */
function FieldError({ name, errors }: { name: string; errors: Record<string, string> }) {
  return errors[name] ? <Text className={`application__error application__error--${name}`}>{errors[name]}</Text> : null;
}

function Documents({ files, onError }: { files: readonly DocumentFile[]; onError: (m: string) => void }) {
  return (
    <View className='application__section application__documents'>
      <Text className='application__section-title'>{ta('application.documents')}</Text>
      <DocumentFiles files={files} onError={onError} />
    </View>
  );
}

/**
 * One application for the operator: the applicant's data (numbers masked until revealed, which is audited),
 * documents, the facts eligibility was decided on, the history, and the decisions core allows from its status.
 */
export default function ApplicationPage() {
  useAdminTitle('application.title');
  useLocale();
  const { params } = useRouter();
  const kind: review.ApplicationKind = params.kind === 'seats' ? 'seats' : 'stays';
  const id = params.id ?? '';
  const { state, reload } = useCall(() => load(kind, id), [kind, id]);
  const [notice, setNotice] = useState<string | null>(null);
  // The notice sits at the top of the page; a decision is taken at its foot (a long page on a phone): scroll up to it.
  const tell = (text: string) => {
    setNotice(text);
    scrollPageTo('.application__notice');
  };
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState<Form>(null);
  const [reason, setReason] = useState('');
  const [incubator, setIncubator] = useState('');
  const [seats, setSeats] = useState<{ map: review.SeatMapView; selected: number[] } | null>(null);
  const [revealed, setRevealed] = useState<review.RevealedStay | review.RevealedTeam | null>(null);
  /** The open form's field problems: core's schema's before sending, the server's after. */
  const [errors, setErrors] = useState<Record<string, string>>({});

  const act = async (call: () => Promise<Envelope<unknown>>, done: string) => {
    if (busy) return;
    setBusy(true);
    const reply = await call();
    setBusy(false);
    if (!reply.ok) {
      const fields = issuesByPath(reply.error);
      setErrors(fields);
      // A field's problem shows under the field, where the operator is: the page stays there.
      return Object.keys(fields).length > 0 ? setNotice(describeError(reply.error)) : tell(describeError(reply.error));
    }
    tell(done);
    setErrors({});
    setForm(null);
    void reload();
  };

  /** A decision with a form (a reason, an incubator): checked by the function's own input schema before it is sent. */
  const confirm = <S extends z.ZodType>(schema: S, input: z.input<S>, call: () => Promise<Envelope<unknown>>, done: string) => {
    const found = formErrors(schema, input);
    setErrors(found);
    if (Object.keys(found).length === 0) void act(call, done);
  };

  const openForm = (next: Form) => {
    setErrors({});
    setForm(next);
  };

  const reveal = async () => {
    const reply = kind === 'stays' ? await review.revealStay(id) : await review.revealSeats(id);
    if (reply.ok) setRevealed(reply.data);
    else tell(describeError(reply.error));
  };

  const editReason = (value: string) => {
    setReason(value);
    setErrors(({ reason: _fixed, ...rest }) => rest);
  };
  const editIncubator = (value: string) => {
    setIncubator(value);
    setErrors(({ incubator: _fixed, ...rest }) => rest);
  };

  const openAssign = async () => {
    const reply = await review.seatMap(id);
    if (!reply.ok) return tell(describeError(reply.error));
    setSeats({ map: reply.data, selected: [] });
    openForm('assign');
  };

  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'error') return <ErrorState message={state.message} onRetry={() => void reload()} />;
  const data = state.data;
  const app = data.app;

  const stayButtons = data.kind === 'stays' ? stayDecisions(data.app.status) : [];
  const seatButtons = data.kind === 'seats' ? seatDecisions(data.app.status) : [];

  return (
    <View className={`application application--${app.status}`}>
      <View className='application__header'>
        <Text className='application__name'>{data.kind === 'stays' ? data.app.person.name : data.app.team.name}</Text>
        <Text className='application__status'>{tLabel(APPLICATION_STATUS_LABELS, app.status)}</Text>
      </View>
      {notice && <Text className='application__notice'>{notice}</Text>}

      <View className='application__section'>
        {data.kind === 'stays' ? (
          <>
            <Field label={ta('application.type')} value={typeLabel(data.app.type)} />
            <Field label={ta('application.checkInDate')} value={data.app.checkIn} />
            <Field label={ta('application.nights')} value={data.app.nights} />
            <Field label={ta('application.university')} value={data.app.facts.university} />
            <Field label={ta('application.graduation')} value={data.app.facts.graduationDate} />
            <Field label={ta('application.yearsAbroad')} value={data.app.facts.yearsAbroad} />
            <Field label={ta('application.employer')} value={data.app.facts.employerName} />
            <Field label={ta('application.pickup')} value={data.app.pickup ? pickupText(data.app.pickup) : null} />
            <Field label={ta('application.reason')} value={data.app.reason} />
          </>
        ) : (
          <>
            <Field label={ta('application.leader')} value={data.app.team.leader.name} />
            <Field label={ta('application.members')} value={data.app.team.members.map((m) => m.name).join('、')} />
            <Field
              label={ta('application.term')}
              value={ta('queue.seatTerm', { start: data.app.startDate, seats: data.app.seats, months: data.app.months })}
            />
            <Field label={ta('application.summary')} value={data.app.team.projectSummary} />
            <Field label={ta('application.seatNumbers')} value={data.app.seatNumbers.join(', ')} />
            <Field label={ta('application.referredTo')} value={data.app.referredTo} />
            <Field label={ta('application.reason')} value={data.app.reason} />
          </>
        )}
        <Text className='application__eligibility'>{ta('application.eligibility')}</Text>
      </View>

      <View className='application__section application__contact'>
        <Text className='application__section-title'>{ta('application.contact')}</Text>
        {revealed === null ? (
          <>
            <Field
              label={ta('application.phone')}
              value={data.kind === 'stays' ? data.app.person.phoneMasked : data.app.team.leader.phoneMasked}
            />
            <Field
              label={ta('application.idNumber')}
              value={data.kind === 'stays' ? data.app.person.idMasked : data.app.team.leader.idMasked}
            />
            <Button size='mini' className='application__reveal' onClick={() => void reveal()}>
              {ta('application.reveal')}
            </Button>
            <Text className='application__reveal-note'>{ta('application.revealNote')}</Text>
          </>
        ) : 'phone' in revealed ? (
          <>
            <Field label={ta('application.phone')} value={revealed.phone} />
            <Field label={ta('application.idNumber')} value={revealed.idNumber} />
          </>
        ) : (
          <>
            <Field label={ta('application.phone')} value={revealed.leader.phone} />
            <Field label={ta('application.idNumber')} value={revealed.leader.idNumber} />
            {revealed.members.map((m) => (
              <Field key={m.name + m.idNumber} label={m.name} value={[m.idNumber, m.phone].filter(Boolean).join(' · ')} />
            ))}
          </>
        )}
      </View>

      <Documents files={app.documents} onError={tell} />

      <View className='application__decisions'>
        {stayButtons.map((op) =>
          op === 'reject' ? (
            <Button key={op} size='mini' className='application__decision application__decision--reject' onClick={() => openForm('reject')}>
              {ta('application.reject')}
            </Button>
          ) : (
            <Button
              key={op}
              size='mini'
              className={`application__decision application__decision--${op}`}
              onClick={() => void act(() => review.decideStay(op, id), ta(`application.done.${op}`))}
            >
              {ta(`application.${op}`)}
            </Button>
          ),
        )}
        {seatButtons.map((op) => (
          <Button
            key={op}
            size='mini'
            className={`application__decision application__decision--${op}`}
            onClick={() => (op === 'assignSeats' ? void openAssign() : openForm(op === 'reject' ? 'reject' : 'refer'))}
          >
            {ta(`application.${op}`)}
          </Button>
        ))}
      </View>

      {form === 'reject' && (
        <View className='application__form application__form--reject'>
          <View className='application__templates'>
            {REJECT_TEMPLATES.map((key) => (
              <Text key={key} className='application__template' onClick={() => editReason(ta(key))}>
                {ta(key)}
              </Text>
            ))}
          </View>
          <Textarea
            className='application__reason'
            value={reason}
            placeholder={ta('application.reasonPlaceholder')}
            onInput={(e) => editReason(e.detail.value)}
          />
          <FieldError name='reason' errors={errors} />
          <Button
            size='mini'
            className='application__confirm application__confirm--reject'
            disabled={disabledWhen(busy)}
            onClick={() =>
              confirm(
                rejectInput,
                { id, reason },
                () => (kind === 'stays' ? review.rejectStay(id, reason) : review.rejectSeats(id, reason)),
                ta('application.done.reject'),
              )
            }
          >
            {ta('application.confirmReject')}
          </Button>
        </View>
      )}
      {form === 'assign' && seats && (
        <View className='application__form application__form--assign'>
          <SeatPicker
            capacity={seats.map.capacity}
            taken={seats.map.taken}
            selected={seats.selected}
            wanted={seats.map.seats}
            onChange={(selected) => setSeats({ ...seats, selected })}
          />
          <FieldError name='seatNumbers' errors={errors} />
          {/* As many seats as the team asked for (the picker's hint counts them); the server checks them again. */}
          <Button
            size='mini'
            className='application__confirm application__confirm--assign'
            disabled={disabledWhen(busy || seats.selected.length !== seats.map.seats)}
            onClick={() =>
              seats.selected.length === seats.map.seats &&
              void act(() => review.assignSeats(id, seats.selected), ta('application.done.assignSeats'))
            }
          >
            {ta('application.confirmAssign')}
          </Button>
        </View>
      )}
      {form === 'refer' && (
        <View className='application__form application__form--refer'>
          <Input
            className='application__incubator'
            value={incubator}
            placeholder={ta('application.incubator')}
            onInput={(e) => editIncubator(e.detail.value)}
          />
          <FieldError name='incubator' errors={errors} />
          <Button
            size='mini'
            className='application__confirm application__confirm--refer'
            disabled={disabledWhen(busy)}
            onClick={() => confirm(referInput, { id, incubator }, () => review.referTeam(id, incubator), ta('application.done.refer'))}
          >
            {ta('application.confirmRefer')}
          </Button>
        </View>
      )}

      <View className='application__section application__history'>
        <Text className='application__section-title'>{ta('application.history')}</Text>
        {data.history.map((line) => (
          <Text key={`${line.at}-${line.action}`} className='application__history-line'>
            {ta('application.historyLine', {
              at: formatInstant(line.at),
              actor: line.actorName ?? line.actor,
              action: historyActionLabel(line.action),
              change:
                line.before === line.after
                  ? ''
                  : `${tLabel(APPLICATION_STATUS_LABELS, line.before ?? '')} → ${tLabel(APPLICATION_STATUS_LABELS, line.after ?? '')}`,
            })}
          </Text>
        ))}
      </View>
    </View>
  );
}
