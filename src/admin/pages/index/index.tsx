import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useLocale } from '@/i18n';
import * as account from '@/services/account';
import { useDevIdentity } from '@/services/dev-identity';
import { ErrorState, Loading } from '../../components/state-view';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { useCall } from '../../hooks/use-call';
import { ta } from '../../i18n';
import { entriesFor } from './entries';
import './index.css';

/**
 * The console's landing: the entries the caller's roles (from `account.me`) lead to. Hiding an entry is only a
 * convenience; the server refuses anyone its role checks do not admit.
 */
export default function AdminIndexPage() {
  useAdminTitle('console.title');
  useLocale();
  const identity = useDevIdentity();
  // `identity` is not read here, but account.me answers for it (the dev persona switch): ask again when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { state, reload } = useCall(() => account.me(), [identity]);

  return (
    <View className='admin-index'>
      <Text className='admin-index__title'>{ta('console.title')}</Text>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'error' && <ErrorState message={state.message} onRetry={reload} />}
      {state.kind === 'ready' &&
        (() => {
          const entries = entriesFor(state.data.roles);
          if (entries.length === 0) return <Text className='admin-index__none'>{ta('console.noAccess')}</Text>;
          return (
            <View className='admin-index__entries'>
              {entries.map((entry) => (
                <View
                  key={entry.id}
                  className={`admin-index__entry admin-index__entry--${entry.id}`}
                  onClick={() => void Taro.navigateTo({ url: entry.url })}
                >
                  <Text>{ta(entry.labelKey)}</Text>
                </View>
              ))}
            </View>
          );
        })()}
    </View>
  );
}
