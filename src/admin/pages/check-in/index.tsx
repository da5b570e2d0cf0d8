import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SIGN_UP_STATUS_LABELS } from '@core/events/labels';
import { parseEventCheckInCode } from '@core/events/check-in-code';
import { parseCheckInCode } from '@core/stays/check-in-code';
import { tLabel, useLocale } from '@/i18n';
import { describeError } from '@/services/errors';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { APPLICATION_STATUS_LABELS } from '../../i18n/labels';
import { checkInEvent, type OrganiserSignUp } from '../../services/events';
import { canScan, scanCode } from '../../services/files';
import * as review from '../../services/review';
import './index.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'found'; app: review.StayView }
  | { kind: 'done'; app: review.StayView }
  | { kind: 'event'; signUp: OrganiserSignUp };

/**
 * Checks a guest in from the QR code on their booking: scanned with the camera in WeChat, typed or pasted in H5.
 * The guest's application is shown first, so the operator checks the person before confirming. An event sign-up's
 * code (`rcyz-event:`) checks the attendee in to their session at once (`events.checkIn`; the list of the session
 * shows who it was).
 */
export default function CheckInPage() {
  useAdminTitle('operator.checkInTitle');
  useLocale();
  const [code, setCode] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lookUp = async (text: string) => {
    if (parseEventCheckInCode(text)) return checkInAttendee(text.trim());
    const id = parseCheckInCode(text);
    if (!id) return setMessage(ta('operator.codeInvalid'));
    setBusy(true);
    const reply = await review.getStay(id);
    setBusy(false);
    if (!reply.ok) return setMessage(describeError(reply.error));
    setMessage(null);
    setStep({ kind: 'found', app: reply.data });
  };

  const checkInAttendee = async (code: string) => {
    setBusy(true);
    const reply = await checkInEvent(code);
    setBusy(false);
    if (!reply.ok) return setMessage(describeError(reply.error));
    setMessage(ta('events.checkedIn'));
    setStep({ kind: 'event', signUp: reply.data });
  };

  const scan = async () => {
    const text = await scanCode();
    if (text) {
      setCode(text);
      await lookUp(text);
    }
  };

  const confirm = async (app: review.StayView) => {
    if (busy) return;
    setBusy(true);
    const reply = await review.decideStay('checkIn', app._id);
    setBusy(false);
    if (!reply.ok) return setMessage(describeError(reply.error));
    setMessage(ta('application.done.checkIn'));
    setStep({ kind: 'done', app: reply.data });
  };

  return (
    <View className='check-in'>
      {canScan() && (
        <Button className='check-in__scan' onClick={() => void scan()}>
          {ta('operator.scan')}
        </Button>
      )}
      <View className='check-in__manual'>
        <Input
          className='check-in__code'
          value={code}
          placeholder={ta('operator.codePlaceholder')}
          onInput={(e) => setCode(e.detail.value)}
        />
        <Button size='mini' className='check-in__look-up' onClick={() => void lookUp(code)}>
          {ta('operator.lookUp')}
        </Button>
      </View>
      {message && <Text className='check-in__message'>{message}</Text>}
      {step.kind === 'event' && (
        <View className='check-in__guest check-in__guest--event'>
          <Text className='check-in__name'>{step.signUp.name || ta('events.noName')}</Text>
          <Text className='check-in__dates'>{ta('events.party', { count: step.signUp.partySize })}</Text>
          <Text className='check-in__status'>{tLabel(SIGN_UP_STATUS_LABELS, step.signUp.status)}</Text>
        </View>
      )}
      {(step.kind === 'found' || step.kind === 'done') && (
        <View className='check-in__guest'>
          <Text className='check-in__name'>{step.app.person.name}</Text>
          <Text className='check-in__dates'>{ta('queue.stayDates', { checkIn: step.app.checkIn, nights: step.app.nights })}</Text>
          <Text className='check-in__status'>{tLabel(APPLICATION_STATUS_LABELS, step.app.status)}</Text>
          {step.kind === 'found' && step.app.status === 'approved' && (
            <Button className='check-in__confirm' onClick={() => void confirm(step.app)}>
              {ta('application.checkIn')}
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
