import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { TRANSITIONS } from '@core/requests/transitions';
import type { Envelope } from '@/services/api';
import { Failed, Loading, useLoad } from '../../components/async';
import { InfoQuestion } from '../../components/info-question';
import { RequestSummary } from '../../components/request-parts';
import { ta, type AdminMessageKey } from '../../i18n';
import { staffApi, type Named, type RequestDetail } from '../../services/staff-api';
import { disabledWhen } from '@/components/button-state';

const can = (step: keyof typeof TRANSITIONS, request: RequestDetail) =>
  (TRANSITIONS[step].from as readonly string[]).includes(request.status);

/** A text and a button: return with a reason, a note, a reply. */
function TextAction({
  name,
  placeholder,
  button,
  onSubmit,
}: {
  name: string;
  placeholder: AdminMessageKey;
  button: AdminMessageKey;
  onSubmit: (text: string) => void;
}) {
  const [text, setText] = useState('');
  return (
    <View className={`admin-panel__section inbox-action inbox-action--${name}`}>
      <Textarea
        className={`admin-field inbox-action__text inbox-action__text--${name}`}
        placeholder={ta(placeholder)}
        value={text}
        onInput={(e) => setText(e.detail.value)}
      />
      <Button
        size='mini'
        className={`inbox-action__submit inbox-action__submit--${name}`}
        disabled={disabledWhen(text.trim() === '')}
        // A disabled H5 button still fires onClick: an empty text is not sent (the server's answer names no field).
        onClick={() => text.trim() !== '' && onSubmit(text)}
      >
        {ta(button)}
      </Button>
    </View>
  );
}

/** One request of the unit: accept, return, ask the applicant, resolve, ask for more days, note — as its status allows. */
export function InboxPanel({ id, units, onChanged }: { id: string; units: Named[]; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [days, setDays] = useState('3');
  const [reason, setReason] = useState('');
  const loaded = useLoad(() => staffApi.get(id), [id]);

  const act = async (call: Promise<Envelope<RequestDetail>>, done: AdminMessageKey) => {
    const reply = await call;
    setMessage(reply.ok ? { ok: true, text: ta(done) } : { ok: false, text: reply.error.message });
    if (reply.ok) {
      loaded.refresh();
      onChanged();
    }
  };

  if (loaded.state === 'loading')
    return (
      <View className='admin-panel inbox-panel'>
        <Loading />
      </View>
    );
  if (loaded.state === 'error')
    return (
      <View className='admin-panel inbox-panel'>
        <Failed message={loaded.message} onRetry={loaded.reload} />
      </View>
    );
  const request = loaded.data;
  return (
    <View className={`admin-panel inbox-panel inbox-panel--${request.status}`}>
      <RequestSummary request={request} units={units} />
      {message ? (
        <Text className={`admin-message${message.ok ? ' admin-message--ok' : ''} inbox-panel__message`}>{message.text}</Text>
      ) : null}
      <InfoQuestion request={request} onAsk={(question) => act(staffApi.askForInfo(id, question), 'inbox.infoAsked')} />
      {can('accept', request) ? (
        <Button className='inbox-panel__accept' type='primary' onClick={() => act(staffApi.accept(id), 'inbox.accepted')}>
          {ta('inbox.accept')}
        </Button>
      ) : null}
      {can('return', request) ? (
        <TextAction
          name='return'
          placeholder='inbox.returnReason'
          button='inbox.return'
          onSubmit={(text) => act(staffApi.returnRequest(id, text), 'inbox.returned')}
        />
      ) : null}
      {can('resolve', request) ? (
        <TextAction
          name='resolve'
          placeholder='inbox.reply'
          button='inbox.resolve'
          onSubmit={(text) => act(staffApi.resolve(id, text), 'inbox.resolved')}
        />
      ) : null}
      {can('requestExtension', request) && request.extension?.status !== 'pending' ? (
        <View className='admin-panel__section inbox-extension'>
          <Input className='admin-field inbox-extension__days' type='number' value={days} onInput={(e) => setDays(e.detail.value)} />
          <Textarea
            className='admin-field inbox-extension__reason'
            placeholder={ta('inbox.extensionReason')}
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
          <Button
            size='mini'
            className='inbox-extension__submit'
            disabled={disabledWhen(reason.trim() === '')}
            onClick={() =>
              reason.trim() !== '' && act(staffApi.requestExtension({ id, days: Number(days), reason }), 'inbox.extensionAsked')
            }
          >
            {ta('inbox.askExtension')}
          </Button>
        </View>
      ) : null}
      {request.extension?.status === 'pending' ? (
        <Text className='inbox-extension__pending'>{ta('inbox.extensionPending', { days: request.extension.days })}</Text>
      ) : null}
      {can('note', request) ? (
        <TextAction
          name='note'
          placeholder='inbox.noteText'
          button='inbox.addNote'
          onSubmit={(text) => act(staffApi.note(id, text), 'inbox.noted')}
        />
      ) : null}
    </View>
  );
}
