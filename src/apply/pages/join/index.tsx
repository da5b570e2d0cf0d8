import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { addDays } from '@core/calendar/dates';
import { t, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { openBookings } from '@/services/booking-navigation';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import * as workspaces from '@/services/workspaces';
import { PersonFields, Section } from '../../components/form';
import { personLabels } from '../../components/person-labels';
import { ConsentSection } from '../../components/submit-footer';
import { useConsentedSubmit } from '../../hooks/use-consented-submit';
import { tp, type ApplyMessageKey } from '../../i18n';
import { emptyJoinDraft, joinErrors, joinPayload, type JoinDraft } from '../../model/join-draft';
import '../../components/stay/stay.css';
import '../../components/team/team.css';

/** Why an invitation cannot be taken, from the preview or from joinTeam's refusal (`details.rule`). */
const NOTICE_OF_RULE: Record<string, ApplyMessageKey> = {
  'own-team': 'join.leader',
  'team-closed': 'join.closed',
  'invite-expired': 'join.expired',
  'team-full': 'join.full',
};

function noticeOf(invitation: workspaces.Invitation): ApplyMessageKey | null {
  if (invitation.leader) return 'join.leader';
  if (!invitation.open) return 'join.closed';
  if (invitation.expired) return 'join.expired';
  if (invitation.people >= invitation.maxTeamSize) return 'join.full';
  return null;
}

/**
 * Opened from the leader's share card or link: the team, station, seats and term, then the invitee's own name,
 * mobile and identity document (after the privacy consent the server requires), and join. Who joins is the
 * signed-in user, never something on this page.
 */
export default function JoinTeamPage() {
  const locale = useLocale();
  const { params } = useRouter();
  const link = useMemo(() => ({ id: params.id ?? '', token: params.token ?? '' }), [params.id, params.token]);
  const [invitation, setInvitation] = useState<workspaces.Invitation | null>(null);
  const [me, setMe] = useState<account.Me | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<JoinDraft>(emptyJoinDraft);
  const [refusal, setRefusal] = useState<ApplyMessageKey | null>(null);
  const [done, setDone] = useState(false);
  // No notices asked for: joining a team sends none (the leader's application is what is reviewed).
  const form = useConsentedSubmit();

  useEffect(() => setPageTitle(tp('join.title')), [locale]);

  useEffect(() => {
    void Promise.all([workspaces.invitation(link), account.me()]).then(([reply, meReply]) => {
      if (meReply.ok) setMe(meReply.data);
      if (!reply.ok)
        return setLoadError(
          reply.error.code === 'NOT_FOUND' || reply.error.code === 'VALIDATION' ? tp('join.badLink') : describeError(reply.error),
        );
      setInvitation(reply.data);
      setDone(reply.data.joined);
    });
  }, [link]);

  if (!invitation) {
    return (
      <View className='stay team-join'>
        {loadError ? <Text className='team-join__notice'>{loadError}</Text> : <Text className='form__hint'>{t('common.loading')}</Text>}
      </View>
    );
  }

  const fieldErrors = () => joinErrors(draft, link, locale);
  const errors = form.marked(fieldErrors);
  const update = (patch: Partial<JoinDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    form.edited();
  };
  const consentVersion = me && !me.consent.accepted ? me.consent.currentVersion : null;
  const notice = refusal ?? (done ? null : noticeOf(invitation));

  const submit = () =>
    form.submit({
      fields: fieldErrors,
      fix: { message: tp('stay.fixErrors') },
      consentVersion,
      onConsented: setMe,
      payload: () => joinPayload(draft, link),
      send: workspaces.joinTeam,
      onDone: () => {
        setDone(true);
        // The team as it is now (with this member counted), for the lines above the confirmation.
        void workspaces.invitation(link).then((fresh) => fresh.ok && setInvitation(fresh.data));
      },
      onRefused: (error) => {
        const details = error.details as { rule?: unknown } | undefined;
        const rule = typeof details?.rule === 'string' ? NOTICE_OF_RULE[details.rule] : undefined;
        if (rule) setRefusal(rule);
      },
    });

  return (
    <View className='stay team-join'>
      <Section title={tp('join.heading', { team: invitation.teamName })} className='team-join__team'>
        <Text className='team-join__line'>{tp('join.station', { station: invitation.station.name[locale] })}</Text>
        <Text className='team-join__line team-join__term'>
          {tp('join.term', {
            seats: invitation.seats,
            months: invitation.months,
            start: invitation.startDate,
            end: addDays(invitation.endDate, -1),
          })}
        </Text>
        <Text className='team-join__line'>{tp('join.people', { people: invitation.people, max: invitation.maxTeamSize })}</Text>
      </Section>
      {done ? (
        <Section title={tp('join.done.heading')} className='team-join__done'>
          <Text className='team-join__next'>{tp('join.done.next')}</Text>
          <Button className='team-join__bookings' type='primary' onClick={openBookings}>
            {tp('stay.done.bookings')}
          </Button>
        </Section>
      ) : notice ? (
        <Text className='team-join__notice'>{tp(notice)}</Text>
      ) : (
        <View>
          <Section title={tp('join.yourDetails')}>
            <PersonFields
              value={draft}
              onChange={update}
              errors={errors}
              at='member'
              kinds={['passport', 'id-card']}
              labels={personLabels(tp('seat.memberPhoneHint'))}
            />
          </Section>
          <ConsentSection version={consentVersion} checked={form.consentChecked} onChange={form.setConsentChecked} />
          <View className='stay-review__error'>{form.error && <Text className='form__error team-join__error'>{form.error}</Text>}</View>
          <Button className='team-join__submit' type='primary' disabled={form.busy ? true : undefined} onClick={() => void submit()}>
            {tp(form.busy ? 'join.submitting' : 'join.submit')}
          </Button>
        </View>
      )}
    </View>
  );
}
