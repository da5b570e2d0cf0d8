import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ROLE_LABELS } from '@core/roles';
import { getLocale } from '@/i18n';
import { States, useLoad } from '../../components/async';
import { Chips, Tabs } from '../../components/tabs';
import { ta } from '../../i18n';
import { adminApi, type StaffRole } from '../../services/admin-api';
import { FeedbackText, useFeedback } from './feedback';
import { disabledWhen } from '@/components/button-state';

const STAFF_ROLES: StaffRole[] = ['operator', 'unit', 'admin', 'employer'];

/** Who holds each staff role; grant a role to a user (by openid), or revoke it. The function keeps the last admin. */
export function RolesSection() {
  const [role, setRole] = useState<StaffRole>('operator');
  const loaded = useLoad(() => adminApi.users(role), [role]);
  const { feedback, run } = useFeedback();
  const reload = loaded.refresh;
  const locale = getLocale();
  return (
    <View className='settings-roles'>
      <Tabs
        tabs={STAFF_ROLES.map((key) => ({ key, label: ROLE_LABELS[key][locale] }))}
        value={role}
        onChange={setRole}
        className='settings-roles__tabs'
      />
      <FeedbackText feedback={feedback} className='settings-roles__message' />
      <States loaded={loaded} empty={ta('settings.roles.empty')} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <View className='admin-table'>
            {data.items.map((u) => (
              <View key={u.openId} className={`admin-table__row role-holder role-holder--${u.openId}`}>
                <Text className='admin-table__cell'>{u.displayName ?? u.openId}</Text>
                <Text className='admin-table__cell'>{u.openId}</Text>
                <Text className='admin-table__cell'>{u.stationId ?? u.unitId ?? ''}</Text>
                <Button
                  size='mini'
                  className='role-holder__revoke'
                  onClick={() => run(adminApi.setRole({ openId: u.openId, change: 'revoke', role }), ta('settings.saved'), reload)}
                >
                  {ta('settings.roles.revoke')}
                </Button>
              </View>
            ))}
          </View>
        )}
      </States>
      <GrantForm
        role={role}
        onGrant={(input) => run(adminApi.setRole({ change: 'grant', role, ...input }), ta('settings.saved'), reload)}
      />
    </View>
  );
}

function GrantForm({
  role,
  onGrant,
}: {
  role: StaffRole;
  onGrant: (input: { openId: string; stationId?: string; unitId?: string }) => void;
}) {
  const [openId, setOpenId] = useState('');
  const [place, setPlace] = useState<string | null>(null);
  const places = useLoad(async () => {
    if (role === 'operator') {
      const r = await adminApi.stations();
      return r.ok ? { ok: true as const, data: r.data.items.map((s) => ({ key: s.id, label: s.name[getLocale()] })) } : r;
    }
    if (role === 'unit') {
      const r = await adminApi.units();
      return r.ok
        ? { ok: true as const, data: r.data.items.filter((u) => u.active).map((u) => ({ key: u.id, label: u.name[getLocale()] })) }
        : r;
    }
    return { ok: true as const, data: [] };
  }, [role]);
  return (
    <View className='admin-panel__section grant-form'>
      <Text>{ta('settings.roles.grantTitle')}</Text>
      <Input
        className='admin-field grant-form__open-id'
        placeholder={ta('settings.roles.openId')}
        value={openId}
        onInput={(e) => setOpenId(e.detail.value)}
      />
      {places.state === 'ready' && places.data.length > 0 ? (
        <Chips className='grant-form__place' options={places.data} chosen={place ? [place] : []} onToggle={setPlace} />
      ) : null}
      <Button
        size='mini'
        className='grant-form__submit'
        disabled={disabledWhen(openId.trim() === '')}
        onClick={() =>
          onGrant({
            openId: openId.trim(),
            ...(role === 'operator' && place ? { stationId: place } : {}),
            ...(role === 'unit' && place ? { unitId: place } : {}),
          })
        }
      >
        {ta('settings.roles.grant')}
      </Button>
    </View>
  );
}
