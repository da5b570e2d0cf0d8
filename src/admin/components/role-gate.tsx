import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Role } from '@core/roles';
import { hasAnyRole } from '@core/roles';
import { me, type Me } from '@/services/account';
import { useDevIdentity } from '@/services/dev-identity';
import { ta } from '../i18n';
import { Failed, Loading, useLoad } from './async';

/**
 * Shows a screen only to the roles it is for. This is courtesy, not security: every action the screen takes is
 * checked again by the function (roles, station, unit), which is what decides.
 */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: (me: Me) => ReactNode }) {
  const persona = useDevIdentity();
  const loaded = useLoad(me, [persona]);
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <Failed message={loaded.message} onRetry={loaded.reload} />;
  if (!hasAnyRole(loaded.data.roles, roles)) {
    return (
      <View className='admin-state admin-state--forbidden'>
        <Text>{ta('dispatch.forbidden')}</Text>
      </View>
    );
  }
  return <>{children(loaded.data)}</>;
}
