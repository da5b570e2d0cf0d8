import { Button, Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { tenantRent } from '@core/housing/lease';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '@core/housing/model';
import { DEGREE_LABELS, TALENT_CATEGORY_LABELS } from '@core/talent/profile';
import { t, tLabel, useLocale } from '@/i18n';
import { openMap } from '@/services/booking-navigation';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import { th } from '../../i18n';
import * as housing from '../../services/housing';
import { openApartmentApplication } from '../../services/navigation';
import '../../components/housing.css';

/** One building: photos, address and map, facilities, unit types with area, rent and deposit, and who may apply. */
export default function BuildingPage() {
  const locale = useLocale();
  const id = useRouter().params.id ?? '';
  const [building, setBuilding] = useState<housing.Building | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setPageTitle(building ? building.name[locale] : th('buildings.title')), [building, locale]);
  useEffect(() => {
    // No single-building action: the list is short (a district's buildings) and carries everything shown here.
    void housing.buildings().then((reply) => {
      if (!reply.ok) return setError(describeError(reply.error));
      const found = reply.data.items.find((b) => b._id === id);
      if (found) setBuilding(found);
      else setError(th('building.notFound'));
    });
  }, [id]);

  if (!building) {
    return (
      <View className='housing'>
        {error ? <Text className='housing__error'>{error}</Text> : <Text className='housing__loading'>{t('common.loading')}</Text>}
      </View>
    );
  }

  const { policy } = building;
  const location = building.location;
  const list = (codes: readonly string[]) => codes.join(locale === 'en' ? ', ' : '、');
  return (
    <View className='housing housing-building'>
      <View className='housing__card'>
        {building.photos.length > 0 ? (
          <View className='housing__photos'>
            {building.photos.map((src) => (
              <Image key={src} className='housing__photo' mode='aspectFill' src={src} />
            ))}
          </View>
        ) : (
          <View className='housing__photo housing__photo--placeholder'>
            <Text>{th('building.photoPlaceholder')}</Text>
          </View>
        )}
        <Text className='housing__title'>{building.name[locale]}</Text>
        <Text className='housing__line'>{th('building.address', { address: building.address[locale] })}</Text>
        {location && (
          <Text
            className='housing__link housing-building__map'
            onClick={() => openMap({ ...location, name: building.name[locale], address: building.address[locale] })}
          >
            {th('building.openMap')}
          </Text>
        )}
        {building.facilities.length > 0 && (
          <>
            <Text className='housing__heading'>{th('building.facilities')}</Text>
            <View className='housing__tags'>
              {building.facilities.map((facility) => (
                <Text key={facility} className='housing__tag'>
                  {facility}
                </Text>
              ))}
            </View>
          </>
        )}
      </View>

      <View className='housing__card'>
        <Text className='housing__heading'>{th('building.unitTypes')}</Text>
        {UNIT_TYPES.map((type) => {
          const spec = building.unitTypes[type];
          if (!spec) return null;
          return (
            <View key={type} className={`housing__unit-type housing-building__type--${type}`}>
              <Text className='housing__line'>{`${tLabel(UNIT_TYPE_LABELS, type)} · ${th('building.area', { area: spec.area })}`}</Text>
              <Text className='housing__line'>
                {th('building.rent', { rent: spec.monthlyRent, tenantRent: tenantRent(spec.monthlyRent, policy) })}
              </Text>
              <Text className='housing__line'>{th('building.deposit', { deposit: spec.deposit })}</Text>
              <Text className='housing__muted'>
                {`${th('building.household', { count: policy.maxHousehold[type] })} · ${th('building.freeNow', {
                  count: building.freeUnits[type] ?? 0,
                })}`}
              </Text>
              <View className='housing__actions'>
                <Button
                  className={`housing-building__apply housing-building__apply--${type}`}
                  size='mini'
                  type='primary'
                  onClick={() => openApartmentApplication(building._id, type)}
                >
                  {th('building.apply')}
                </Button>
              </View>
            </View>
          );
        })}
      </View>

      <View className='housing__card housing-building__rules'>
        <Text className='housing__heading'>{th('building.rules')}</Text>
        <Text className='housing__line'>
          {policy.eligibleCategories.length > 0
            ? th('building.rule.categories', { categories: list(policy.eligibleCategories.map((c) => tLabel(TALENT_CATEGORY_LABELS, c))) })
            : th('building.rule.anyCategory')}
        </Text>
        {policy.minDegree !== 'none' && (
          <Text className='housing__line'>{th('building.rule.degree', { degree: tLabel(DEGREE_LABELS, policy.minDegree) })}</Text>
        )}
        {policy.requireSocialInsurance && <Text className='housing__line'>{th('building.rule.socialInsurance')}</Text>}
        {policy.requireNoHomeInShanghai && <Text className='housing__line'>{th('building.rule.noHome')}</Text>}
        <Text className='housing__line'>{th('building.rule.employer', { days: policy.employerConfirmWorkingDays })}</Text>
        <Text className='housing__line'>{th('building.rule.lease', { months: policy.leaseMonths, max: policy.maxCumulativeMonths })}</Text>
        {building.viewing.times.length > 0 && (
          <Text className='housing__muted'>{th('building.viewing', { times: list(building.viewing.times) })}</Text>
        )}
      </View>
    </View>
  );
}
