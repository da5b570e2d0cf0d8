import { Button, Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { t, useLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { describeError } from '@/services/errors';
import { copyText, inviteLink } from '@/services/invite-link';
import { setPageTitle } from '@/services/navigation';
import * as workspaces from '@/services/workspaces';
import { Section } from '../../components/form';
import { tp } from '../../i18n';
import '../../components/stay/stay.css';
import '../../components/team/team.css';

const isH5 = (): boolean => process.env.TARO_ENV === 'h5';

/**
 * The leader invites members: a WeChat share card whose path opens the join page with the invite's token; in H5
 * (no share card) the link to copy. Making a new link voids the ones shared before.
 */
export default function InvitePage() {
  const locale = useLocale();
  const { params } = useRouter();
  const id = params.id ?? '';
  const [invite, setInvite] = useState<workspaces.TeamInvite | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  useEffect(() => setPageTitle(tp('invite.title')), [locale]);

  const load = useCallback(
    async (renew: boolean): Promise<void> => {
      setBusy(true);
      setCopied(false);
      const reply = await workspaces.invite(id, renew);
      setBusy(false);
      if (reply.ok) {
        setInvite(reply.data);
        setError(null);
      } else setError(describeError(reply.error));
    },
    [id],
  );

  useEffect(() => void load(false), [load]);

  // Read at share time: the card follows the language, and a renewed link is the one shared.
  useShareAppMessage(() => ({
    title: invite ? tp('invite.card', { team: invite.teamName }) : tp('invite.title'),
    path: invite?.path ?? '/pages/home/index',
  }));

  const copy = async (): Promise<void> => {
    if (invite) setCopied(await copyText(inviteLink(invite.path)));
  };

  if (!invite) {
    return (
      <View className='stay team-invite'>
        {error ? (
          <Text className='form__error team-invite__error'>{error}</Text>
        ) : (
          <Text className='form__hint'>{t('common.loading')}</Text>
        )}
      </View>
    );
  }
  return (
    <View className='stay team-invite'>
      <Section title={tp('invite.heading', { team: invite.teamName })}>
        <Text className='team-invite__explain'>{tp('invite.explain', { max: invite.maxTeamSize })}</Text>
        <Text className='team-invite__people'>{tp('invite.members', { people: invite.people })}</Text>
        {!isH5() && (
          <Button className='team-invite__share' type='primary' openType='share'>
            {tp('invite.share')}
          </Button>
        )}
        <Text className='form__label'>{tp('invite.link')}</Text>
        <Text className='team-invite__link' userSelect>
          {inviteLink(invite.path)}
        </Text>
        <Button className='team-invite__copy' type={isH5() ? 'primary' : 'default'} onClick={() => void copy()}>
          {tp('invite.copy')}
        </Button>
        {copied && <Text className='team-invite__copied'>{tp('invite.copied')}</Text>}
        <Text className='form__hint team-invite__expires'>{tp('invite.expires', { at: formatInstant(invite.expiresAt) })}</Text>
        {error && <Text className='form__error team-invite__error'>{error}</Text>}
        <Button className='team-invite__renew' size='mini' disabled={busy ? true : undefined} onClick={() => void load(true)}>
          {tp('invite.renew')}
        </Button>
      </Section>
    </View>
  );
}
