import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '@core/housing/model';
import { t, tLabel, useLocale } from '@/i18n';
import * as account from '@/services/account';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { th } from '../../i18n';
import * as housing from '../../services/housing';
import { openBuilding, openConfirmTenancy, openEmployerQueue, openMyHousing } from '../../services/navigation';
import '../../components/housing.css';

/** The district's talent apartment buildings, each with its free units today per unit type. */
export default function BuildingsPage() {
  const locale = useLocale();
  const [items, setItems] = useState<housing.Building[] | null>(null);
  const [roles, setRoles] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setPageTitle(th('buildings.title')), [locale]);
  useEffect(() => {
    void Promise.all([housing.buildings(), account.me()]).then(([reply, me]) => {
      if (reply.ok) setItems(reply.data.items);
      else setError(describeError(reply.error));
      if (me.ok) setRoles(me.data.roles);
    });
  }, []);

  return (
    <View className='housing housing-buildings'>
      <Text className='housing__intro'>{th('buildings.intro')}</Text>
      {error && <Text className='housing__error'>{error}</Text>}
      {!items && !error && <Text className='housing__loading'>{t('common.loading')}</Text>}
      {items?.length === 0 && <Text className='housing__empty'>{th('buildings.empty')}</Text>}
      {items?.map((building) => (
        <View key={building._id} className={`housing__card housing-buildings__item housing-buildings__item--${building._id}`}>
          <Text className='housing__title'>{building.name[locale]}</Text>
          <Text className='housing__muted'>{building.address[locale]}</Text>
          {UNIT_TYPES.filter((type) => building.unitTypes[type]).map((type) => (
            <Text key={type} className='housing__line'>
              {th('buildings.free', { type: tLabel(UNIT_TYPE_LABELS, type), count: building.freeUnits[type] ?? 0 })}
            </Text>
          ))}
          <View className='housing__actions'>
            <Button className='housing-buildings__open' size='mini' type='primary' onClick={() => openBuilding(building._id)}>
              {th('buildings.open')}
            </Button>
          </View>
        </View>
      ))}
      <Button className='housing__button housing-buildings__mine' onClick={() => openMyHousing()}>
        {th('buildings.mine')}
      </Button>
      <Button className='housing__button housing-buildings__code' onClick={openConfirmTenancy}>
        {th('buildings.code')}
      </Button>
      {roles.includes('employer') && (
        <Button className='housing__button housing-buildings__employer' onClick={openEmployerQueue}>
          {th('buildings.employer')}
        </Button>
      )}
    </View>
  );
}
