import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { addDays, daysBetween, shanghaiDateOf } from '@core/calendar/dates';
import { seatEndDate } from '@core/workspaces/rules';
import { t, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { openBookings, openInvite } from '@/services/booking-navigation';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import * as stays from '@/services/stays';
import * as workspaces from '@/services/workspaces';
import { DocumentUpload } from '../../components/document-upload';
import { Choice, Section, TextField } from '../../components/form';
import { FreeDaysCalendar, type DayFree } from '../../components/free-days-calendar';
import { SubmitFooter } from '../../components/submit-footer';
import { Members } from '../../components/seat/members';
import { useConsentedSubmit } from '../../hooks/use-consented-submit';
import { tp } from '../../i18n';
import { emptySeatDraft, seatErrors, seatPayload, type SeatDraft } from '../../model/seat-draft';
import '../../components/stay/stay.css';
import '../../components/seat/seat.css';
import { now } from '@/services/clock';

const termFrom = (params: Record<string, string | undefined>): Partial<SeatDraft> => {
  const [months, seats] = [Number(params.months), Number(params.seats)];
  const whole = (n: number) => Number.isInteger(n) && n > 0;
  return params.startDate && whole(months) && whole(seats) ? { startDate: params.startDate, months, seats } : {};
};

/** A startup team applies for co-working seats: team, members, seats, term, start date, business plan. */
export default function SeatApplicationPage() {
  const locale = useLocale();
  const router = useRouter();
  // A term chosen in the station list comes along (`startDate`, `months`, `seats`); the form checks it as any other.
  const [draft, setDraft] = useState<SeatDraft>(() => ({ ...emptySeatDraft(), ...termFrom(router.params) }));
  const [station, setStation] = useState<stays.StationView | null>(null);
  const [me, setMe] = useState<account.Me | null>(null);
  const [days, setDays] = useState<DayFree[] | null>(null);
  const [termFree, setTermFree] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useConsentedSubmit({ notices: 'seat' });
  const today = shanghaiDateOf(now());

  useEffect(() => setPageTitle(tp('seat.title')), [locale]);

  useEffect(() => {
    void Promise.all([stays.chosenStation(router.params.station), account.me()]).then(([stationReply, meReply]) => {
      if (meReply.ok) setMe(meReply.data);
      if (!stationReply.ok) return setLoadError(describeError(stationReply.error));
      const found = stationReply.data;
      setStation(found);
      const { minDaysAhead, maxDaysAhead } = found.seatPolicy;
      void workspaces
        .quote({ stationId: found.id, startDate: addDays(today, minDaysAhead), days: Math.min(93, maxDaysAhead - minDaysAhead + 1) })
        .then((reply) => {
          if (reply.ok) setDays(reply.data.days);
          else setLoadError(describeError(reply.error));
        });
    });
    // Once, when the page opens: the quote starts from the day it was opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The fewest free seats over the whole term decides whether the seats asked for fit.
  useEffect(() => {
    setTermFree(null);
    if (!station || !draft.startDate) return;
    const end = seatEndDate(draft.startDate, draft.months);
    void workspaces
      .quote({ stationId: station.id, startDate: draft.startDate, days: Math.min(93, daysBetween(draft.startDate, end)) })
      .then((reply) => {
        if (reply.ok) setTermFree(reply.data.minFree);
      });
  }, [station, draft.startDate, draft.months]);

  if (!station) {
    return (
      <View className='stay'>
        {loadError ? <Text className='form__error'>{loadError}</Text> : <Text className='form__hint'>{t('common.loading')}</Text>}
      </View>
    );
  }

  const policy = station.seatPolicy;
  const context = { stationId: station.id, today, policy };
  const fieldErrors = () => seatErrors(draft, context, locale);
  const errors = form.marked(fieldErrors);
  const update = (patch: Partial<SeatDraft> | ((draft: SeatDraft) => Partial<SeatDraft>)): void => {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }));
    form.edited();
  };
  const setLeader = (patch: Partial<SeatDraft['leader']>): void => update({ leader: { ...draft.leader, ...patch } });
  const consentVersion = me && !me.consent.accepted ? me.consent.currentVersion : null;

  const submit = () =>
    form.submit({
      fields: fieldErrors,
      // The first marked fields are at the top of a long form, far above the button.
      fix: { message: tp('stay.fixErrors'), scroll: true },
      consentVersion,
      onConsented: setMe,
      payload: () => seatPayload(draft, station.id),
      send: workspaces.apply,
      onDone: (seat) => setDone(seat._id),
    });

  if (done) {
    return (
      <View className='stay seat'>
        <Section title={tp('seat.done.heading')} className='seat-done'>
          <Text className='stay-done__number'>{tp('stay.done.number', { id: done })}</Text>
          <Text className='stay-done__next'>{tp('seat.done.next', { days: policy.reviewWorkingDays })}</Text>
        </Section>
        <Button className='seat-done__invite' type='primary' onClick={() => openInvite(done)}>
          {tp('seat.inviteMembers')}
        </Button>
        <Button className='stay-done__bookings' onClick={openBookings}>
          {tp('stay.done.bookings')}
        </Button>
      </View>
    );
  }

  const end = draft.startDate ? seatEndDate(draft.startDate, draft.months) : '';
  const idKinds = (['passport', 'id-card'] as const).map((k) => ({ value: k, label: tp(`stay.idKind.${k}`) }));
  return (
    <View className='stay seat'>
      <Text className='form__station'>{tp('form.station', { name: station.name[locale] })}</Text>
      <Section title={tp('seat.team')}>
        <TextField
          name='teamName'
          label={tp('seat.teamName')}
          value={draft.teamName}
          error={errors['team.name']}
          onChange={(teamName) => update({ teamName })}
        />
        <TextField
          name='summary'
          multiline
          label={tp('seat.summary')}
          value={draft.summary}
          error={errors['team.projectSummary']}
          onChange={(summary) => update({ summary })}
        />
        <TextField
          name='creditCode'
          label={tp('seat.creditCode')}
          value={draft.creditCode}
          error={errors['team.creditCode']}
          onChange={(creditCode) => update({ creditCode })}
        />
      </Section>
      <Section title={tp('seat.leader')}>
        <TextField
          name='leaderName'
          label={tp('stay.name')}
          value={draft.leader.name}
          error={errors['team.leader.name']}
          onChange={(name) => setLeader({ name })}
        />
        <TextField
          name='leaderPhone'
          label={tp('stay.phone')}
          hint={tp('stay.phoneHint')}
          value={draft.leader.phone}
          error={errors['team.leader.phone']}
          onChange={(phone) => setLeader({ phone })}
        />
        <Choice name='leaderKind' value={draft.leader.idKind} onChange={(idKind) => setLeader({ idKind })} options={idKinds} />
        <TextField
          name='leaderId'
          label={tp('stay.idNumber')}
          value={draft.leader.idNumber}
          error={errors['team.leader.identityDocument.number']}
          onChange={(idNumber) => setLeader({ idNumber })}
        />
        <Members members={draft.members} max={policy.maxTeamSize - 1} errors={errors} onChange={(members) => update({ members })} />
      </Section>
      <Section title={tp('seat.booking')}>
        <Text className='form__label'>{tp('seat.seats', { max: policy.maxSeats })}</Text>
        <Choice
          name='seats'
          value={draft.seats}
          onChange={(seats) => update({ seats })}
          options={Array.from({ length: policy.maxSeats }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
        />
        {errors.seats && <Text className='form__error'>{errors.seats}</Text>}
        <Text className='form__label'>{tp('seat.months')}</Text>
        <Choice
          name='months'
          value={draft.months}
          onChange={(months) => update({ months })}
          options={policy.months.map((m) => ({ value: m, label: tp('seat.monthsValue', { months: m }) }))}
        />
        <Text className='form__label'>{tp('seat.startDate')}</Text>
        <Text className='form__hint seat__start'>
          {draft.startDate ? tp('seat.startChosen', { date: draft.startDate, end }) : tp('seat.startHint')}
        </Text>
        {errors.startDate && <Text className='form__error'>{errors.startDate}</Text>}
        {termFree !== null && termFree < draft.seats && (
          <Text className='form__error seat__not-enough'>{tp('seat.notEnough', { seats: draft.seats, free: termFree })}</Text>
        )}
        {days ? (
          <FreeDaysCalendar
            days={days}
            range={false}
            selected={draft.startDate ? { first: draft.startDate } : null}
            canPick={(date) => days.some((day) => day.date === date && day.free > 0)}
            onPick={(startDate) => update({ startDate })}
          />
        ) : (
          <Text className='form__hint'>{t('common.loading')}</Text>
        )}
      </Section>
      <Section title={tp('seat.plan')}>
        <DocumentUpload
          kind='business-plan'
          folder='seat-documents'
          badge={tp('stay.documents.required')}
          value={draft.plan}
          onChange={(plan) => update({ plan })}
        />
        {errors.documents && <Text className='form__error'>{errors.documents}</Text>}
      </Section>
      <SubmitFooter
        form={form}
        consentVersion={consentVersion}
        name='seat'
        label={(state) => tp(state === 'busy' ? 'stay.review.submitting' : state === 'failed' ? 'stay.review.retry' : 'seat.submit')}
        onSubmit={() => void submit()}
      />
    </View>
  );
}
