import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import { t, useLocale } from '@/i18n';
import { WizardSteps } from '@/components/wizard-steps';
import * as account from '@/services/account';
import { describeError } from '@/services/errors';
import { openBookings, scrollToTop } from '@/services/booking-navigation';
import { setPageTitle } from '@/services/navigation';
import * as stays from '@/services/stays';
import { DatesStep } from '../../components/stay/dates-step';
import { DocumentsStep } from '../../components/stay/documents-step';
import { DoneStep } from '../../components/stay/done-step';
import { PickupStep } from '../../components/stay/pickup-step';
import { ReviewStep } from '../../components/stay/review-step';
import type { DraftPatch, StepContext } from '../../components/stay/types';
import { WhoStep } from '../../components/stay/who-step';
import { useConsentedSubmit } from '../../hooks/use-consented-submit';
import { tp, type ApplyMessageKey } from '../../i18n';
import {
  arrivalAt,
  datesErrors,
  documentErrors,
  emptyDraft,
  guestPayload,
  pickupErrors,
  selfPayload,
  rulesErrors,
  whoErrors,
  type StayDraft,
} from '../../model/stay-draft';
import { SubmitKey } from '../../model/submission';
import '../../components/stay/stay.css';
import { now as clockNow } from '@/services/clock';

const STEPS = ['who', 'dates', 'pickup', 'documents', 'review'] as const;
type Step = (typeof STEPS)[number];

const datesFrom = (params: Record<string, string | undefined>): Partial<StayDraft> => {
  const nights = Number(params.nights);
  return params.checkIn && Number.isInteger(nights) && nights > 0 ? { checkIn: params.checkIn, nights } : {};
};

/** The stay application wizard: who → dates → pickup → documents → review → submitted. `?for=guest`: an employer's guest. */
export default function StayWizardPage() {
  const locale = useLocale();
  const router = useRouter();
  const mode = router.params.for === 'guest' ? 'guest' : 'self';
  // Nights chosen in the station list come along (`checkIn`, `nights`); the dates step checks them as any others.
  const [draft, setDraft] = useState<StayDraft>(() => ({ ...emptyDraft(mode), ...datesFrom(router.params) }));
  const [step, setStep] = useState<Step>('who');
  const [tried, setTried] = useState(false);
  const [station, setStation] = useState<stays.StationView | null>(null);
  const [me, setMe] = useState<account.Me | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; status: string; pickupError: string | null } | null>(null);
  const form = useConsentedSubmit({ notices: 'stay' });
  const pickupKey = useRef(new SubmitKey());

  useEffect(() => setPageTitle(tp(mode === 'guest' ? 'stay.titleGuest' : 'stay.title')), [locale, mode]);

  const stationParam = router.params.station;
  useEffect(() => {
    void Promise.all([stays.chosenStation(stationParam), account.me()]).then(([stationReply, meReply]) => {
      if (stationReply.ok) setStation(stationReply.data);
      else setLoadError(describeError(stationReply.error));
      if (meReply.ok) setMe(meReply.data);
    });
  }, [stationParam]);

  // The clock is read again at each step (not each render), so the rules a step shows stay put while it is open.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const now = useMemo(() => clockNow(), [step]);
  const context: StepContext | null = station && {
    stationId: station.id,
    today: shanghaiDateOf(now),
    now,
    policy: station.stayPolicy,
    isEmployer: me?.roles.includes('employer') ?? false,
  };

  if (!context) {
    return (
      <View className='stay'>
        {loadError ? <Text className='form__error'>{loadError}</Text> : <Text className='form__hint'>{t('common.loading')}</Text>}
      </View>
    );
  }

  const errorsOf = (which: Step): Record<string, string> => {
    if (which === 'who') return { ...whoErrors(draft, context.stationId, locale), ...rulesErrors(draft, context, locale) };
    if (which === 'dates') return datesErrors(draft, context, locale);
    if (which === 'pickup') return pickupErrors(draft, context, locale);
    if (which === 'documents') return documentErrors(draft, context, locale);
    return {};
  };
  const errors = tried ? { ...errorsOf(step), ...form.serverErrors } : form.serverErrors;

  const update = (patch: DraftPatch): void => {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }));
    form.edited();
  };
  const go = (to: Step): void => {
    setStep(to);
    setTried(false);
    scrollToTop();
  };
  const next = (): void => {
    if (Object.keys(errorsOf(step)).length > 0) {
      setTried(true);
      scrollToTop();
      return;
    }
    go(STEPS[STEPS.indexOf(step) + 1]);
  };

  const consentVersion = me && !me.consent.accepted ? me.consent.currentVersion : null;

  // The stay booked, then its pickup (a call of its own, with its own requestId) before the confirmation shows.
  const booked = async (stay: stays.StayView): Promise<void> => {
    let pickupError: string | null = null;
    if (draft.pickup.wanted && stay.status !== 'waitlisted') {
      const pickup = { id: stay._id, place: draft.pickup.place, number: draft.pickup.number, arrivalAt: arrivalAt(draft.pickup) };
      const pickupReply = await stays.requestPickup(pickup, { requestId: pickupKey.current.for(pickup) });
      if (!pickupReply.ok) pickupError = describeError(pickupReply.error);
    }
    setDone({ id: stay._id, status: stay.status, pickupError });
  };
  const consent = { consentVersion, onConsented: setMe };
  const submit = (): Promise<void> =>
    mode === 'guest'
      ? form.submit({ ...consent, payload: () => guestPayload(draft, context.stationId), send: stays.applyForGuest, onDone: booked })
      : form.submit({ ...consent, payload: () => selfPayload(draft, context.stationId), send: stays.apply, onDone: booked });

  if (done) {
    return (
      <View className='stay'>
        <DoneStep id={done.id} status={done.status} policy={context.policy} pickupError={done.pickupError} onBookings={openBookings} />
      </View>
    );
  }

  const props = { draft, update, errors, context };
  const index = STEPS.indexOf(step);
  return (
    <View className={`stay stay--${step}`}>
      <WizardSteps titles={STEPS.map((s) => tp(`stay.step.${s}` as ApplyMessageKey))} current={index} />
      {station && <Text className='form__station'>{tp('form.station', { name: station.name[locale] })}</Text>}
      {step === 'who' && <WhoStep {...props} />}
      {step === 'dates' && <DatesStep {...props} />}
      {step === 'pickup' && <PickupStep {...props} />}
      {step === 'documents' && <DocumentsStep {...props} />}
      {step === 'review' && (
        <ReviewStep
          draft={draft}
          context={context}
          review={{
            consentVersion,
            consentChecked: form.consentChecked,
            onConsent: form.setConsentChecked,
            busy: form.busy,
            failed: form.failed,
            error: form.error,
            reasons: form.reasons,
            onSubmit: () => void submit(),
          }}
        />
      )}
      {tried && Object.keys(errors).length > 0 && <Text className='form__error stay__fix'>{tp('stay.fixErrors')}</Text>}
      <View className='stay__nav'>
        {index > 0 && (
          <Button className='stay__back' onClick={() => go(STEPS[index - 1])}>
            {tp('stay.back')}
          </Button>
        )}
        {step !== 'review' && (
          <Button className='stay__next' type='primary' onClick={next}>
            {tp('stay.next')}
          </Button>
        )}
      </View>
    </View>
  );
}
