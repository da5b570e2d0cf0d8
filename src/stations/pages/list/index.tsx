import { Image, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { shanghaiDateOf } from '@core/calendar/dates';
import { labelOf } from '@core/contract/labels';
import { DISTRICTS, STATION_OFFERS, type District } from '@core/stations/model';
import { DISTRICT_LABELS, OFFER_LABELS, STATION_KIND_LABELS } from '@core/stations/labels';
import { t, useLocale } from '@/i18n';
import { openStation } from '../../services/station-navigation';
import { now } from '@/services/clock';
import { describeError } from '@/services/errors';
import { setPageTitle } from '@/services/navigation';
import * as stations from '../../services/stations';
import * as stays from '@/services/stays';
import { ChipRow } from '../../components/chips';
import { StationMap } from '../../components/station-map';
import { ts } from '../../i18n';
import { capacityParts, dayChoices, EMPTY_FILTERS, kindOf, networkQuery, SEAT_CHOICES, type ListFilters } from '../../model/query';
import '../../components/stations.css';

const isWeapp = (): boolean => process.env.TARO_ENV === 'weapp';

/**
 * The station network: filter by district, by what a station offers and by dates, and see each station's free beds
 * (or seats) for them — one `stations.list` call per change of filter. WeChat can show the stations on a map too.
 */
export default function StationListPage() {
  const locale = useLocale();
  const [filters, setFilters] = useState<ListFilters>(EMPTY_FILTERS);
  const [reply, setReply] = useState<stations.NetworkReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [districts, setDistricts] = useState<District[]>([]);
  const [mapView, setMapView] = useState(false);
  const latest = useRef(0);
  const today = shanghaiDateOf(now());
  const chosen = stays.chosenStationId();

  useEffect(() => setPageTitle(ts('list.title')), [locale]);

  useEffect(() => {
    const call = (latest.current += 1);
    setError(null);
    void stations.list(networkQuery(filters)).then((answer) => {
      // A slower answer to an older filter never replaces a newer one.
      if (call !== latest.current) return;
      if (!answer.ok) return setError(describeError(answer.error));
      setReply(answer.data);
      // The district chips: every district seen in a list so far (the first, unfiltered one has them all).
      setDistricts((seen) => DISTRICTS.filter((d) => seen.includes(d) || answer.data.items.some((s) => s.district === d)));
    });
  }, [filters]);

  const set = (patch: Partial<ListFilters>): void => setFilters((f) => ({ ...f, ...patch }));
  const kind = kindOf(filters.offer);
  const items = reply?.items ?? [];
  // The nights asked here carry on to the station's stay form, the seat term to its seat form.
  const stayDates = reply?.free?.kind === 'stay' ? { checkIn: reply.free.from, nights: reply.free.days } : undefined;
  const seatTerm = reply?.free?.kind === 'seats' ? { startDate: reply.free.from, months: filters.months, seats: filters.seats } : undefined;
  const open = (stationId: string): void => openStation(stationId, stayDates, seatTerm);

  return (
    <View className='stations'>
      <View className='stations__filters'>
        <ChipRow
          name='district'
          value={filters.district}
          chips={[
            { value: '' as const, label: ts('list.allDistricts') },
            ...districts.map((d) => ({ value: d, label: labelOf(DISTRICT_LABELS, d, locale) })),
          ]}
          onChange={(district) => set({ district })}
        />
        <ChipRow
          name='offer'
          value={filters.offer}
          chips={[
            { value: '' as const, label: ts('list.allOffers') },
            ...STATION_OFFERS.map((o) => ({ value: o, label: labelOf(OFFER_LABELS, o, locale) })),
          ]}
          onChange={(offer) => set({ offer })}
        />
        {kind && (
          <>
            <Text className='stations__label'>{ts(kind === 'seats' ? 'list.startDate' : 'list.checkIn')}</Text>
            <ChipRow
              name='from'
              value={filters.from}
              chips={[{ value: '', label: ts('list.anyDate') }, ...dayChoices(today).map((d) => ({ value: d, label: d.slice(5) }))]}
              onChange={(from) => set({ from })}
            />
            {filters.from !== '' && kind === 'stay' && (
              <ChipRow
                name='nights'
                value={filters.nights}
                chips={[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: n, label: ts('list.nights', { n }) }))}
                onChange={(nights) => set({ nights })}
              />
            )}
            {filters.from !== '' && kind === 'seats' && (
              <ChipRow
                name='months'
                value={filters.months}
                chips={[1, 2, 3].map((n) => ({ value: n, label: ts('list.months', { n }) }))}
                onChange={(months) => set({ months })}
              />
            )}
            {filters.from !== '' && kind === 'seats' && (
              <ChipRow
                name='seats'
                value={filters.seats}
                chips={SEAT_CHOICES.map((n) => ({ value: n, label: ts('list.seatsNeeded', { n }) }))}
                onChange={(seats) => set({ seats })}
              />
            )}
            {filters.from !== '' && (
              <Text
                className={`stations__toggle stations__toggle--available${filters.availableOnly ? ' stations__toggle--on' : ''}`}
                onClick={() => set({ availableOnly: !filters.availableOnly })}
              >
                {ts('list.availableOnly')}
              </Text>
            )}
          </>
        )}
      </View>

      {error && <Text className='stations__error'>{error}</Text>}
      {!reply && !error && <Text className='stations__hint'>{t('common.loading')}</Text>}
      {reply && (
        <View className='stations__summary'>
          <Text className='stations__count'>{ts('list.count', { n: items.length })}</Text>
          {isWeapp() && (
            <Text className='stations__view-switch' onClick={() => setMapView((v) => !v)}>
              {ts(mapView ? 'list.showList' : 'list.showMap')}
            </Text>
          )}
        </View>
      )}
      {reply && items.length === 0 && <Text className='stations__hint'>{ts('list.empty')}</Text>}
      {reply && isWeapp() && mapView && <StationMap items={items} locale={locale} onOpen={open} />}

      {!mapView &&
        items.map((s) => (
          <View
            key={s.id}
            className={`station-card station-card--${s.id}${s.available === false ? ' station-card--full' : ''}`}
            onClick={() => open(s.id)}
          >
            {s.photo ? (
              <Image className='station-card__photo' mode='aspectFill' src={s.photo} />
            ) : (
              <View className='station-card__photo station-card__photo--placeholder' />
            )}
            <View className='station-card__body'>
              <Text className='station-card__name'>{s.name[locale]}</Text>
              <Text className='station-card__meta'>
                {[s.kind && labelOf(STATION_KIND_LABELS, s.kind, locale), s.district && labelOf(DISTRICT_LABELS, s.district, locale)]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {s.address && <Text className='station-card__address'>{s.address[locale]}</Text>}
              {s.id === chosen && <Text className='station-card__chosen'>{ts('list.chosen')}</Text>}
              {s.free === null ? (
                (s.beds > 0 || s.seats > 0) && (
                  <Text className='station-card__capacity'>
                    {capacityParts(s, (kind, n) => ts(kind === 'beds' ? 'list.beds' : 'list.seats', { n }))}
                  </Text>
                )
              ) : (
                <Text className={`station-card__free station-card__free--${s.available ? 'yes' : 'no'}`}>
                  {s.available ? ts(reply?.free?.kind === 'seats' ? 'list.freeSeats' : 'list.freeBeds', { n: s.free }) : ts('list.full')}
                </Text>
              )}
            </View>
          </View>
        ))}
    </View>
  );
}
