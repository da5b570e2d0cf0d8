import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useLocale } from '@/i18n';
import { Empty, Failed, Loading, useLoad } from '../../components/async';
import { RoleGate } from '../../components/role-gate';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { TalentRow } from '../../components/talent-row';
import { liaisonsApi } from '../../services/liaisons-api';
import '../../components/admin.css';

export const openTalent = (talentId: string) =>
  void Taro.navigateTo({ url: `/admin/pages/liaison-talent/index?id=${encodeURIComponent(talentId)}` }).catch(() => undefined);

/** 双结对, the liaison's side: their talents, the longest due first, with when a contact is due (unit handlers). */
export default function LiaisonTalentsPage() {
  useAdminTitle('liaison.talents.title');
  return (
    <View className='admin-page liaison-talents'>
      <Text className='admin-page__title'>{ta('liaison.talents.title')}</Text>
      <RoleGate roles={['unit']}>{() => <TalentList />}</RoleGate>
    </View>
  );
}

export function TalentList() {
  useLocale();
  const list = useLoad(() => liaisonsApi.myTalents(), []);
  if (list.state === 'loading') return <Loading />;
  if (list.state === 'error') return <Failed message={list.message} onRetry={list.reload} />;
  if (list.data.items.length === 0) return <Empty text={ta('liaison.talents.empty')} />;
  return (
    <View className='liaison-talents__list'>
      {list.data.items.map((item) => (
        <TalentRow key={item.talentId} item={item} onOpen={() => openTalent(item.talentId)} />
      ))}
    </View>
  );
}
