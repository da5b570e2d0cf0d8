import { Button, Image, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { offers } from '@core/stations/services';
import { PoliciesCard } from '@/components/policies-card';
import { RoleSwitcher } from '@/components/role-switcher';
import { usePageChrome } from '@/hooks/use-page-chrome';
import { useShareCard } from '@/hooks/use-share-card';
import { setLocale, t, useLocale, type Locale, type MessageKey } from '@/i18n';
import * as account from '@/services/account';
import {
  openEvents,
  openHousing,
  openMap,
  openRequests,
  openSeatApplication,
  openStationList,
  openStayWizard,
  openSupport,
} from '@/services/booking-navigation';
import { useDevIdentity } from '@/services/dev-identity';
import { describeError } from '@/services/errors';
import * as stays from '@/services/stays';
import './index.css';

type Station = stays.StationView;

/** The terms one may book, as a range: `1–3`, not every term in between (`1–2–3`). */
const monthRange = (months: readonly number[]): string => {
  const [shortest, longest] = [Math.min(...months), Math.max(...months)];
  return shortest === longest ? String(shortest) : `${shortest}–${longest}`;
};

const SERVICE_DETAIL = (station: Station, service: Station['services'][number]): string => {
  if (service === 'stay') return t('home.service.stayDetail', { nights: station.stayPolicy.maxNights });
  if (service === 'seats') return t('home.service.seatsDetail', { months: monthRange(station.seatPolicy.months) });
  return t(`home.service.${service}Detail` as MessageKey);
};

/**
 * Whether "for a guest" is open to the caller: core's employer-guest rule asks only for the employer role (granted
 * after verification) and the guest's identity document, which the form asks for. The full rules run in the form;
 * importing them here would bring zod and dayjs into the main package.
 */
const employerLikely = (roles: readonly string[]): boolean => roles.includes('employer');

/** The station: photos, address and map, what it offers, what one can apply for, and the language switch. */
export default function HomePage() {
  usePageChrome('home.title', { tabBar: true });
  useShareCard('app.tagline', '/pages/home/index');
  const locale = useLocale();
  const identity = useDevIdentity();
  const [station, setStation] = useState<Station | null>(null);
  const [me, setMe] = useState<account.Me | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback((): void => {
    setError(null);
    void Promise.all([stays.chosenStation(), account.me()]).then(([stationReply, meReply]) => {
      if (stationReply.ok) setStation(stationReply.data);
      else setError(describeError(stationReply.error));
      setMe(meReply.ok ? meReply.data : null);
    });
  }, []);
  useEffect(load, [load, identity]);
  // Back from the station list with another station chosen: show that one.
  useDidShow(() => {
    const chosen = stays.chosenStationId();
    if (station && chosen && chosen !== station.id) load();
  });

  const switchLocale = (): void => {
    const next: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
    setLocale(next);
    void account.setProfile({ locale: next });
  };

  const roles = me?.roles ?? [];
  const policy = station?.stayPolicy;
  return (
    <View className='home'>
      <RoleSwitcher />
      <View className='home__hero'>
        <View className='home__hero-top'>
          <Text className='home__name'>{station ? station.name[locale] : t('app.name')}</Text>
          <Text className='home__language' onClick={switchLocale}>
            {t('home.language')}
          </Text>
        </View>
        <Text className='home__tagline'>{t('app.tagline')}</Text>
        <Text className='home__change-station' onClick={openStationList}>
          {t('home.changeStation')}
        </Text>
      </View>
      {error && (
        <View className='home__card'>
          <Text className='home__error'>{error}</Text>
          <Button size='mini' className='home__retry' onClick={load}>
            {t('common.retry')}
          </Button>
        </View>
      )}
      {!station && !error && <Text className='home__loading'>{t('common.loading')}</Text>}
      {station && (
        <>
          <View className='home__card home__station'>
            {station.photos.length > 0 ? (
              <Image className='home__photo' mode='aspectFill' src={station.photos[0]} />
            ) : (
              <View className='home__photo home__photo--placeholder'>
                <Text className='home__photo-text'>{t('home.photoPlaceholder')}</Text>
              </View>
            )}
            {station.address && (
              <View className='home__address'>
                <Text className='home__address-text'>{t('home.address', { address: station.address[locale] })}</Text>
                {station.location && (
                  <Text
                    className='home__map'
                    onClick={() => openMap({ ...station.location!, name: station.name[locale], address: station.address?.[locale] ?? '' })}
                  >
                    {t('home.openMap')}
                  </Text>
                )}
              </View>
            )}
            <Text className='home__capacity'>{t('home.capacity', { beds: station.beds, seats: station.seats })}</Text>
          </View>

          <View className='home__card'>
            <Text className='home__heading'>{t('home.applyHeading')}</Text>
            {offers(station, 'stay') && (
              <View className='home__offer home__offer--stay'>
                <Text className='home__offer-title'>{t('home.applyStay')}</Text>
                {policy && (
                  <Text className='home__offer-who'>
                    {t('home.stayWho', {
                      years: policy.minYearsAbroad,
                      graduating: policy.graduatingWithinMonths,
                      graduated: policy.graduatedWithinMonths,
                    })}
                  </Text>
                )}
                <Text className='home__offer-hint'>{t('home.checkInForm')}</Text>
                <Button
                  className='home__apply home__apply--stay'
                  type='primary'
                  size='mini'
                  onClick={() => openStayWizard('self', station.id)}
                >
                  {t('home.applyStayButton')}
                </Button>
              </View>
            )}
            {offers(station, 'seats') && (
              <View className='home__offer home__offer--seat'>
                <Text className='home__offer-title'>{t('home.applySeat')}</Text>
                <Text className='home__offer-who'>
                  {t('home.seatWho', { size: station.seatPolicy.maxTeamSize, seats: station.seatPolicy.maxSeats })}
                </Text>
                <Button
                  className='home__apply home__apply--seat'
                  type='primary'
                  size='mini'
                  onClick={() => openSeatApplication(station.id)}
                >
                  {t('home.applySeatButton')}
                </Button>
              </View>
            )}
            <View className='home__offer home__offer--apartment'>
              <Text className='home__offer-title'>{t('home.applyApartment')}</Text>
              <Text className='home__offer-who'>{t('home.apartmentWho')}</Text>
              <Button className='home__apply home__apply--apartment' type='primary' size='mini' onClick={() => openHousing()}>
                {t('home.applyApartmentButton')}
              </Button>
            </View>
            {offers(station, 'stay') && (
              <View className='home__offer home__offer--guest'>
                <Text className='home__offer-title'>{t('home.applyEmployer')}</Text>
                <Text className='home__offer-who'>{t('home.guestWho')}</Text>
                {employerLikely(roles) ? (
                  <>
                    <Text className='home__likely'>{t('home.likely')}</Text>
                    <Button
                      className='home__apply home__apply--guest'
                      type='primary'
                      size='mini'
                      onClick={() => openStayWizard('guest', station.id)}
                    >
                      {t('home.applyGuestButton')}
                    </Button>
                  </>
                ) : (
                  <Text className='home__offer-hint'>{t('home.notEmployer')}</Text>
                )}
              </View>
            )}
            <View className='home__offer home__offer--request'>
              <Text className='home__offer-title'>{t('home.applyRequest')}</Text>
              <Button className='home__apply home__apply--request' type='primary' size='mini' onClick={openRequests}>
                {t('home.applyRequestButton')}
              </Button>
            </View>
            <View className='home__offer home__offer--support'>
              <Text className='home__offer-title'>{t('home.applySupport')}</Text>
              <Button className='home__apply home__apply--support' type='primary' size='mini' onClick={() => openSupport('apply')}>
                {t('home.applySupportButton')}
              </Button>
            </View>
          </View>

          <PoliciesCard />

          <View className='home__card home__events' onClick={openEvents}>
            <Text className='home__heading'>{t('home.eventsHeading')}</Text>
            <Text className='home__offer-who'>{t('home.eventsHint')}</Text>
          </View>

          <View className='home__card'>
            <Text className='home__heading'>{t('home.servicesHeading')}</Text>
            {station.services.map((service) => (
              <View key={service} className={`home__service home__service--${service}`}>
                <Text className='home__service-name'>{t(`home.service.${service}`)}</Text>
                <Text className='home__service-detail'>{SERVICE_DETAIL(station, service)}</Text>
              </View>
            ))}
          </View>
        </>
      )}
    </View>
  );
}
