import { Button, Input, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { hasAnyRole, ROLE_LABELS, type Role } from '@core/roles';
import { disabledWhen } from '@/components/button-state';
import { MessageList } from '@/components/message-list';
import { MyData } from '@/components/my-data';
import { PrivacyPolicy } from '@/components/privacy-policy';
import { RoleSwitcher } from '@/components/role-switcher';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { formatInstant } from '@/i18n/format';
import { setLocale, t, useLocale, type Locale } from '@/i18n';
import * as account from '@/services/account';
import { subscribeConsent, type Envelope } from '@/services/api';
import { useDevIdentity } from '@/services/dev-identity';
import { describeError, issuesByPath } from '@/services/errors';
import { openAdminConsole, openMyLiaison } from '@/services/navigation';
import { openHousing } from '@/services/booking-navigation';
import './index.css';

type Me = account.Me;

const STAFF_ROLES: readonly Role[] = ['operator', 'unit', 'admin'];

function consentText(consent: Me['consent']): string {
  const version = consent.currentVersion;
  if (consent.accepted) {
    return t('me.consentAccepted', { version, at: consent.acceptedAt ? formatInstant(consent.acceptedAt) : '' });
  }
  return t(consent.outdated ? 'me.consentOutdated' : 'me.consentMissing', { version });
}

// A role the server knows and this build does not yet falls back to its code rather than breaking the page.
const roleLabel = (role: Role, locale: Locale): string => ROLE_LABELS[role]?.[locale] ?? role;

export default function MePage() {
  usePageChrome('me.title', { tabBar: true });
  const locale = useLocale();
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the latest call may update the page: switching personas quickly must not show an older persona's reply.
  const latestCall = useRef(0);

  const run = useCallback(async (call: () => Promise<Envelope<Me>>): Promise<Envelope<Me> | null> => {
    const id = ++latestCall.current;
    setBusy(true);
    const reply = await call();
    if (id !== latestCall.current) return null;
    setBusy(false);
    setLoading(false);
    if (reply.ok) {
      setMe(reply.data);
      setError(null);
    } else {
      setError(describeError(reply.error));
    }
    return reply;
  }, []);

  const load = useCallback((): void => {
    setLoading(true);
    setMe(null);
    void run(account.me);
  }, [run]);

  // Loads on first show and again whenever the local dev identity changes, from this page's switcher or another's.
  const identity = useDevIdentity();
  useEffect(load, [load, identity]);
  // Consent given from another page's prompt (the transport asks when a function needs it): show it here too.
  useEffect(() => subscribeConsent(() => void run(account.me)), [run]);

  const [policyOpen, setPolicyOpen] = useState(false);
  const [messagesOpen, setMessagesOpen] = useState(false);
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);

  // The server checks the name (core's setProfileInput); its field message is shown beside the field. Only the
  // obvious empty case is caught here, so zod and its messages stay out of the main package.
  const saveName = async (): Promise<void> => {
    if (busy || nameDraft === null) return;
    if (!nameDraft.trim()) {
      setNameError(t('common.required'));
      return;
    }
    const reply = await run(() => account.setProfile({ displayName: nameDraft.trim() }));
    if (!reply) return;
    if (reply.ok) {
      setNameDraft(null);
      setNameError(null);
      return;
    }
    const onField = issuesByPath(reply.error).displayName;
    if (onField) {
      setNameError(onField);
      setError(null);
    }
  };

  const acceptConsent = (): void => {
    if (me && !busy) void run(() => account.consent(me.consent.currentVersion));
  };

  const switchLocale = (): void => {
    if (busy) return;
    const next: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
    // The language is first a device preference: switch at once, then remember it on the account.
    setLocale(next);
    void run(() => account.setProfile({ locale: next }));
  };

  // The card's last row, below the account's rows.
  const languageRow = (
    <View className='me__row me__language'>
      <Text className='me__label'>{t('me.language')}</Text>
      <Text className='me__language-current'>{t('me.languageCurrent')}</Text>
      <Button size='mini' className='me__locale-button' disabled={disabledWhen(busy)} onClick={switchLocale}>
        {t('me.languageSwitch')}
      </Button>
    </View>
  );

  return (
    <View className='me'>
      <RoleSwitcher />
      {loading && <Text className='me__loading'>{t('common.loading')}</Text>}
      {error !== null && (
        <View className='me__error'>
          <Text className='me__error-text'>{error}</Text>
          <Button size='mini' className='me__retry-button' onClick={load}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {me && (
        <View className='me__card'>
          <View className='me__row'>
            <Text className='me__label'>{t('me.identity')}</Text>
            <Text className='me__open-id'>{me.openId}</Text>
          </View>
          <View className='me__row me__row--column'>
            <View className='me__row-line'>
              <Text className='me__label'>{t('me.displayName')}</Text>
              {nameDraft === null ? (
                <Text className='me__display-name' onClick={() => setNameDraft(me.displayName ?? '')}>
                  {me.displayName ?? t('me.displayNameEmpty')}
                </Text>
              ) : (
                <Input
                  className='me__name-input'
                  value={nameDraft}
                  maxlength={40}
                  placeholder={t('me.displayName')}
                  onInput={(event) => setNameDraft(event.detail.value)}
                />
              )}
            </View>
            {nameError !== null && <Text className='me__field-error'>{nameError}</Text>}
            {nameDraft === null ? (
              <Button size='mini' className='me__name-edit' onClick={() => setNameDraft(me.displayName ?? '')}>
                {t('me.displayNameEdit')}
              </Button>
            ) : (
              <Button size='mini' className='me__name-save' disabled={disabledWhen(busy)} onClick={() => void saveName()}>
                {t('me.displayNameSave')}
              </Button>
            )}
          </View>
          <View className='me__row'>
            <Text className='me__label'>{t('me.roles')}</Text>
            <View className='me__roles'>
              {me.roles.map((role) => (
                <Text key={role} className={`me__role me__role--${role}`}>
                  {roleLabel(role, locale)}
                </Text>
              ))}
            </View>
          </View>
          <View className='me__row me__row--column'>
            <Text className='me__label'>{t('me.consent')}</Text>
            <Text className={`me__consent-state me__consent-state--${me.consent.accepted ? 'accepted' : 'missing'}`}>
              {consentText(me.consent)}
            </Text>
            {!me.consent.accepted && (
              <Button className='me__consent-button' type='primary' disabled={disabledWhen(busy)} onClick={acceptConsent}>
                {t('me.consentButton')}
              </Button>
            )}
            <Button size='mini' className='me__policy-toggle' onClick={() => setPolicyOpen(!policyOpen)}>
              {t(policyOpen ? 'me.policyHide' : 'me.policyShow')}
            </Button>
            {policyOpen && <PrivacyPolicy />}
          </View>
          <View className='me__row me__row--column me__messages'>
            <View className='me__row-line' onClick={() => setMessagesOpen(!messagesOpen)}>
              <Text className='me__label'>{t('me.messages')}</Text>
              <Text className='me__chevron'>{messagesOpen ? '−' : '+'}</Text>
            </View>
            {messagesOpen && <MessageList key={me.openId} />}
          </View>
          <View className='me__row me__liaison' onClick={openMyLiaison}>
            <Text className='me__label'>{t('me.liaison')}</Text>
            <Text className='me__chevron'>›</Text>
          </View>
          <View className='me__row me__row--column me__data'>
            <Text className='me__label'>{t('me.data')}</Text>
            <MyData key={me.openId} onDeleted={() => void run(account.me)} />
          </View>
          {languageRow}
          {me.roles.includes('employer') && (
            <Button className='me__employer-button' onClick={() => openHousing('employer')}>
              {t('me.employerEntry')}
            </Button>
          )}
          {hasAnyRole(me.roles, STAFF_ROLES) && (
            <Button className='me__admin-button' onClick={openAdminConsole}>
              {t('me.adminEntry')}
            </Button>
          )}
        </View>
      )}
      {/* Without an account (loading, or it failed) the language can still be switched: its row alone in the card. */}
      {!me && <View className='me__card'>{languageRow}</View>}
    </View>
  );
}
