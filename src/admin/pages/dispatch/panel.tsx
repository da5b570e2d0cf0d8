import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { TRANSITIONS } from '@core/requests/transitions';
import { TIERS, type Tier } from '@core/requests/statuses';
import type { Envelope } from '@/services/api';
import { Failed, Loading, useLoad } from '../../components/async';
import { InfoQuestion } from '../../components/info-question';
import { RequestSummary } from '../../components/request-parts';
import { Chips } from '../../components/tabs';
import { ta } from '../../i18n';
import { nameOf, shanghaiTime } from '../../services/labels';
import { staffApi, type Named, type RequestDetail } from '../../services/staff-api';
import { disabledWhen } from '@/components/button-state';

const can = (step: keyof typeof TRANSITIONS, request: RequestDetail) =>
  (TRANSITIONS[step].from as readonly string[]).includes(request.status);

/** `YYYY-MM-DD HH:mm` in Shanghai → an ISO instant with +08:00, or null if it is not one. */
export const shanghaiInput = (text: string): string | null => {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(text.trim());
  return match ? `${match[1]}T${match[2]}:00+08:00` : null;
};

/** One request on the board: the operator's steps that its status allows. The function decides who may take them. */
export function DispatchPanel({ id, units, onChanged }: { id: string; units: Named[]; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const loaded = useLoad(() => staffApi.get(id), [id]);

  const act = async (call: Promise<Envelope<RequestDetail>>, done: string) => {
    const reply = await call;
    setMessage(reply.ok ? { ok: true, text: done } : { ok: false, text: reply.error.message });
    if (reply.ok) {
      loaded.refresh();
      onChanged();
    }
  };

  if (loaded.state === 'loading')
    return (
      <View className='admin-panel dispatch-panel'>
        <Loading />
      </View>
    );
  if (loaded.state === 'error')
    return (
      <View className='admin-panel dispatch-panel'>
        <Failed message={loaded.message} onRetry={loaded.reload} />
      </View>
    );
  const request = loaded.data;
  return (
    <View className={`admin-panel dispatch-panel dispatch-panel--${request.status}`}>
      <RequestSummary request={request} units={units} />
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} dispatch-panel__message`}>{message.text}</Text>
      ) : null}
      {can('triage', request) ? (
        <TriageForm request={request} units={units} onSubmit={(input) => act(staffApi.triage({ id, ...input }), ta('dispatch.triaged'))} />
      ) : null}
      {can('dispatch', request) ? (
        <Button className='dispatch-panel__dispatch' type='primary' onClick={() => act(staffApi.dispatch(id), ta('dispatch.dispatched'))}>
          {ta('dispatch.dispatch')}
        </Button>
      ) : null}
      {request.extension?.status === 'pending' && can('grantExtension', request) ? (
        <ExtensionDecision
          request={request}
          onDecide={(grant, days) =>
            act(
              staffApi.grantExtension({ id, grant, ...(days ? { days } : {}) }),
              grant ? ta('dispatch.extensionGranted') : ta('dispatch.extensionRefused'),
            )
          }
        />
      ) : null}
      <InfoQuestion request={request} onAsk={(question) => act(staffApi.askForInfo(id, question), ta('inbox.infoAsked'))} />
      <Consultations request={request} units={units} act={act} />
    </View>
  );
}

function TriageForm({
  request,
  units,
  onSubmit,
}: {
  request: RequestDetail;
  units: Named[];
  onSubmit: (input: { tier: Tier; leadUnitId: string; coUnitIds: string[] }) => void;
}) {
  const [tier, setTier] = useState<Tier>(request.tier ?? 5);
  const [lead, setLead] = useState<string | null>(request.leadUnitId);
  const [co, setCo] = useState<string[]>(request.coUnitIds);
  const options = units.map((u) => ({ key: u.id, label: nameOf(units, u.id) }));
  return (
    <View className='admin-panel__section triage-form'>
      <Text>{ta('dispatch.tier')}</Text>
      <Chips
        className='triage-form__tier'
        options={TIERS.map((t) => ({ key: t, label: ta('dispatch.tierDays', { days: t }) }))}
        chosen={[tier]}
        onToggle={setTier}
      />
      <Text>{ta('dispatch.leadUnit')}</Text>
      <Chips
        className='triage-form__lead'
        options={options}
        chosen={lead ? [lead] : []}
        onToggle={(u) => {
          setLead(u);
          setCo(co.filter((c) => c !== u));
        }}
      />
      <Text>{ta('dispatch.coUnits')}</Text>
      <Chips
        className='triage-form__co'
        options={options.filter((o) => o.key !== lead)}
        chosen={co}
        onToggle={(u) => setCo(co.includes(u) ? co.filter((c) => c !== u) : [...co, u])}
      />
      <Button
        className='triage-form__submit'
        disabled={disabledWhen(!lead)}
        onClick={() => lead && onSubmit({ tier, leadUnitId: lead, coUnitIds: co })}
      >
        {ta('dispatch.triage')}
      </Button>
    </View>
  );
}

function ExtensionDecision({ request, onDecide }: { request: RequestDetail; onDecide: (grant: boolean, days?: number) => void }) {
  const pending = request.extension!;
  const [days, setDays] = useState(String(pending.days));
  return (
    <View className='admin-panel__section extension-decision'>
      <Text>{ta('dispatch.extensionAsked', { days: pending.days, reason: pending.reason })}</Text>
      <Input className='admin-field extension-decision__days' type='number' value={days} onInput={(e) => setDays(e.detail.value)} />
      <View className='admin-chips'>
        <Button size='mini' className='extension-decision__grant' onClick={() => onDecide(true, Number(days) || undefined)}>
          {ta('dispatch.grant')}
        </Button>
        <Button size='mini' className='extension-decision__deny' onClick={() => onDecide(false)}>
          {ta('dispatch.deny')}
        </Button>
      </View>
    </View>
  );
}

function Consultations({
  request,
  units,
  act,
}: {
  request: RequestDetail;
  units: Named[];
  act: (call: Promise<Envelope<RequestDetail>>, done: string) => void;
}) {
  const [at, setAt] = useState('');
  const [topic, setTopic] = useState('');
  const [chosen, setChosen] = useState<string[]>(request.leadUnitId ? [request.leadUnitId] : []);
  const [minutes, setMinutes] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState(false);
  const schedule = () => {
    const instant = shanghaiInput(at);
    setInvalid(!instant);
    if (instant)
      act(staffApi.scheduleConsultation({ id: request.id, at: instant, unitIds: chosen, topic }), ta('dispatch.consultationScheduled'));
  };
  return (
    <View className='admin-panel__section consultations'>
      <Text>{ta('dispatch.consultations')}</Text>
      {request.consultations.map((c) => (
        <View key={c.id} className={`consultation consultation--${c.status}`}>
          <Text>{`${shanghaiTime(c.scheduledFor)} · ${c.topic} · ${c.unitIds.map((u) => nameOf(units, u)).join('、')}`}</Text>
          {c.minutes ? <Text className='consultation__minutes'>{ta('dispatch.minutesShown', { minutes: c.minutes })}</Text> : null}
          {c.status === 'scheduled' && can('recordConsultation', request) ? (
            <View className='consultation__record'>
              <Textarea
                className='admin-field consultation__minutes-input'
                placeholder={ta('dispatch.minutes')}
                value={minutes[c.id] ?? ''}
                onInput={(e) => setMinutes({ ...minutes, [c.id]: e.detail.value })}
              />
              <Button
                size='mini'
                className='consultation__save'
                onClick={() =>
                  act(
                    staffApi.recordConsultation({ id: request.id, consultationId: c.id, minutes: minutes[c.id] ?? '' }),
                    ta('dispatch.minutesRecorded'),
                  )
                }
              >
                {ta('dispatch.recordMinutes')}
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      {can('scheduleConsultation', request) ? (
        <View className='consultation-form'>
          <Input
            className='admin-field consultation-form__at'
            placeholder={ta('dispatch.consultationAt')}
            value={at}
            onInput={(e) => setAt(e.detail.value)}
          />
          {invalid ? <Text className='admin-message'>{ta('dispatch.consultationAtInvalid')}</Text> : null}
          <Chips
            className='consultation-form__units'
            options={units.map((u) => ({ key: u.id, label: nameOf(units, u.id) }))}
            chosen={chosen}
            onToggle={(u) => setChosen(chosen.includes(u) ? chosen.filter((c) => c !== u) : [...chosen, u])}
          />
          <Input
            className='admin-field consultation-form__topic'
            placeholder={ta('dispatch.consultationTopic')}
            value={topic}
            onInput={(e) => setTopic(e.detail.value)}
          />
          <Button
            size='mini'
            className='consultation-form__submit'
            disabled={disabledWhen(chosen.length === 0 || topic.trim() === '')}
            onClick={schedule}
          >
            {ta('dispatch.schedule')}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
