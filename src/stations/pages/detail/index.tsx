import { Button, Image, ScrollView, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { labelOf } from '@core/contract/labels';
import { STATION_OFFERS, type StationOffer } from '@core/stations/model';
import { DISTRICT_LABELS, FACILITY_LABELS, OFFER_LABELS, STATION_KIND_LABELS } from '@core/stations/labels';
import { offers } from '@core/stations/services';
import { t, useLocale } from '@/i18n';
import { openEvents, openHousing, openMap, openSeatApplication, openStayWizard } from '@/services/booking-navigation';
import { callPhone, openHome } from '../../services/station-navigation';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import * as stays from '@/services/stays';
import { ts } from '../../i18n';
import { capacityParts } from '../../model/query';
import '../../components/stations.css';

/**
 * One station: photos, what and where it is, directions (the platform's map), opening hours, the desk's phone,
 * facilities and services; "make this my station" (the home page and the forms use it from then on), and the stay or
 * seat form for it, with the nights already chosen in the list. A station offering talent apartments leads to the
 * housing subpackage's buildings, one offering events to the events list.
 */
export default function StationDetailPage() {
  const locale = useLocale();
  const { params } = useRouter();
  const id = params.id ?? '';
  const [station, setStation] = useState<stays.StationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState(() => stays.chosenStationId() === id);

  useEffect(() => setPageTitle(station ? station.name[locale] : ts('detail.title')), [locale, station]);
  useEffect(() => {
    void stays.station(id).then((reply) => (reply.ok ? setStation(reply.data) : setError(describeError(reply.error))));
  }, [id]);

  if (!station) {
    return (
      <View className='station'>
        {error ? <Text className='stations__error'>{error}</Text> : <Text className='stations__hint'>{t('common.loading')}</Text>}
      </View>
    );
  }

  const nights = Number(params.nights);
  const dates = params.checkIn && nights > 0 ? { checkIn: params.checkIn, nights } : undefined;
  const [months, seats] = [Number(params.months), Number(params.seats)];
  const term = params.startDate && months > 0 && seats > 0 ? { startDate: params.startDate, months, seats } : undefined;
  const offered = STATION_OFFERS.filter((o): o is StationOffer => station.services.includes(o));
  const choose = (): void => {
    stays.chooseStation(station.id);
    setChosen(true);
  };

  return (
    <View className='station'>
      {station.photos.length > 0 ? (
        <ScrollView className='station__photos' scrollX>
          <View className='station__photo-row'>
            {station.photos.map((src) => (
              <Image key={src} className='station__photo' mode='aspectFill' src={src} />
            ))}
          </View>
        </ScrollView>
      ) : (
        <View className='station__photo station__photo--placeholder'>
          <Text>{ts('detail.photoPlaceholder')}</Text>
        </View>
      )}

      <View className='station__card'>
        <Text className='station__name'>{station.name[locale]}</Text>
        <Text className='station__meta'>
          {[
            station.kind && labelOf(STATION_KIND_LABELS, station.kind, locale),
            station.district && labelOf(DISTRICT_LABELS, station.district, locale),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {(station.beds > 0 || station.seats > 0) && (
          <Text className='station__capacity'>
            {capacityParts(station, (kind, n) => ts(kind === 'beds' ? 'list.beds' : 'list.seats', { n }))}
          </Text>
        )}
        {station.address && (
          <View className='station__row station__row--address'>
            <Text className='station__label'>{ts('detail.address')}</Text>
            <Text className='station__value'>{station.address[locale]}</Text>
            {station.location && (
              <Text
                className='station__link station__directions'
                onClick={() => openMap({ ...station.location!, name: station.name[locale], address: station.address?.[locale] ?? '' })}
              >
                {ts('detail.directions')}
              </Text>
            )}
          </View>
        )}
        {station.hours && (
          <View className='station__row station__row--hours'>
            <Text className='station__label'>{ts('detail.hours')}</Text>
            <Text className='station__value'>{station.hours[locale]}</Text>
          </View>
        )}
        {station.contact && (
          <View className='station__row station__row--contact'>
            <Text className='station__label'>{ts('detail.contact')}</Text>
            <Text className='station__link station__call' onClick={() => callPhone(station.contact!.phone)}>
              {ts('detail.call', { phone: station.contact.phone })}
            </Text>
            {station.contact.email && <Text className='station__value'>{ts('detail.email', { email: station.contact.email })}</Text>}
          </View>
        )}
      </View>

      {station.facilities.length > 0 && (
        <View className='station__card'>
          <Text className='station__heading'>{ts('detail.facilities')}</Text>
          <View className='station__tags'>
            {station.facilities.map((f) => (
              <Text key={f} className={`station__tag station__tag--${f}`}>
                {labelOf(FACILITY_LABELS, f, locale)}
              </Text>
            ))}
          </View>
        </View>
      )}
      {offered.length > 0 && (
        <View className='station__card'>
          <Text className='station__heading'>{ts('detail.offers')}</Text>
          <View className='station__tags'>
            {offered.map((o) => (
              <Text key={o} className={`station__tag station__tag--${o}`}>
                {labelOf(OFFER_LABELS, o, locale)}
              </Text>
            ))}
          </View>
        </View>
      )}

      <View className='station__actions'>
        {chosen ? (
          <Button className='station__choose station__choose--done' size='mini' onClick={openHome}>
            {ts('detail.chosen')}
          </Button>
        ) : (
          <Button className='station__choose' size='mini' onClick={choose}>
            {ts('detail.choose')}
          </Button>
        )}
        {offers(station, 'stay') && (
          <Button
            className='station__apply station__apply--stay'
            type='primary'
            onClick={() => {
              choose();
              openStayWizard('self', station.id, dates);
            }}
          >
            {ts('detail.applyStay')}
          </Button>
        )}
        {offers(station, 'seats') && (
          <Button
            className='station__apply station__apply--seats'
            type='primary'
            onClick={() => {
              choose();
              openSeatApplication(station.id, term);
            }}
          >
            {ts('detail.applySeats')}
          </Button>
        )}
        {station.services.includes('apartments') && (
          <Button className='station__link-out station__link-out--apartments' size='mini' onClick={() => openHousing('buildings')}>
            {ts('detail.apartments')}
          </Button>
        )}
        {station.services.includes('events') && (
          <Button className='station__link-out station__link-out--events' size='mini' onClick={openEvents}>
            {ts('detail.events')}
          </Button>
        )}
      </View>
    </View>
  );
}
