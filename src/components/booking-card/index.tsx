import { Button, Text, View } from '@tarojs/components';
import { addDays } from '@core/calendar/dates';
import { PICKUP_PLACE_LABELS, STAY_STATUS_LABELS } from '@core/stays/labels';
import { SEAT_STATUS_LABELS } from '@core/workspaces/labels';
import { APARTMENT_STATUS_LABELS, LEASE_STATUS_LABELS } from '@core/housing/labels';
import { UNIT_TYPE_LABELS, type UnitType } from '@core/housing/model';
import type { LocalizedText } from '@core/contract/locale';
import { t, tLabel, useLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import type { StationView, StayView } from '@/services/stays';
import type { JoinedSeatView, SeatView } from '@/services/workspaces';
import type { HousingMine } from '@/services/housing';
import { seatNext, seatTimeline, stayNext, stayTimeline, type TimelineStep } from './timeline';
import './index.css';

function Timeline({ steps }: { steps: TimelineStep[] }) {
  return (
    <View className='booking-card__timeline'>
      {steps.map((step) => (
        <View key={step.key} className={`booking-card__step booking-card__step--${step.state}`}>
          <Text className='booking-card__dot'>{step.state === 'done' ? '✓' : step.state === 'stopped' ? '✗' : '•'}</Text>
          <Text className='booking-card__step-label'>{t(step.key)}</Text>
        </View>
      ))}
    </View>
  );
}

interface CardProps {
  busy: boolean;
  onCancel: () => void;
  cancellable: boolean;
}

const disabledWhen = (busy: boolean): true | undefined => (busy ? true : undefined);

/**
 * One stay application: status, timeline, what comes next, pickup, and once approved the check-in details, the
 * check-in code as text, and a button to its QR code (`onShowCode`: a page in a subpackage, so the QR generator
 * stays out of the main package).
 */
export function StayCard({
  stay,
  station,
  reviewDays,
  onConfirmOffer,
  onShowCode,
  ...props
}: CardProps & { stay: StayView; station: StationView | null; reviewDays: number; onConfirmOffer: () => void; onShowCode: () => void }) {
  const locale = useLocale();
  const guest = stay.type === 'employer-guest';
  return (
    <View className={`booking-card booking-card--stay booking-card--${stay.status}`}>
      <View className='booking-card__head'>
        <Text className='booking-card__kind'>{t('bookings.stay')}</Text>
        <Text className={`booking-card__status booking-card__status--${stay.status}`}>{tLabel(STAY_STATUS_LABELS, stay.status)}</Text>
      </View>
      <Text className='booking-card__dates'>
        {t('bookings.stayDates', { checkIn: stay.checkIn, checkOut: addDays(stay.checkIn, stay.nights), nights: stay.nights })}
      </Text>
      {guest && <Text className='booking-card__line'>{t('bookings.guest', { name: stay.person.name })}</Text>}
      <Text className='booking-card__id'>{t('bookings.number', { id: stay._id })}</Text>
      <Timeline steps={stayTimeline(stay.status)} />
      <Text className='booking-card__next'>{t(stayNext(stay.status), { days: reviewDays })}</Text>
      {stay.reason && <Text className='booking-card__line'>{t('bookings.reason', { reason: stay.reason })}</Text>}
      {stay.pickup && (
        <Text className='booking-card__line booking-card__pickup'>
          {t('bookings.pickup', {
            place: tLabel(PICKUP_PLACE_LABELS, stay.pickup.place, locale),
            number: stay.pickup.number,
            at: formatInstant(stay.pickup.arrivalAt),
          })}
        </Text>
      )}
      {stay.status === 'offered' && (
        <Button
          className='booking-card__confirm-offer'
          size='mini'
          type='primary'
          disabled={disabledWhen(props.busy)}
          onClick={onConfirmOffer}
        >
          {t('bookings.confirmOffer', { until: stay.offerExpiresAt ? formatInstant(stay.offerExpiresAt) : '' })}
        </Button>
      )}
      {stay.status === 'approved' && (
        <View className='booking-card__check-in'>
          <Text className='booking-card__section'>{t('bookings.checkInHeading')}</Text>
          {station?.address && (
            <Text className='booking-card__line booking-card__address'>
              {t('bookings.checkInAddress', { station: station.name[locale], address: station.address[locale] })}
            </Text>
          )}
          <Text className='booking-card__line'>{t('bookings.checkInInstructions')}</Text>
          <Text className='booking-card__line booking-card__code'>{t('bookings.checkInCode', { code: stay._id })}</Text>
          <Button className='booking-card__show-code' size='mini' type='primary' onClick={onShowCode}>
            {t('bookings.showCheckInCode')}
          </Button>
        </View>
      )}
      {props.cancellable && (
        <Button className='booking-card__cancel' size='mini' disabled={disabledWhen(props.busy)} onClick={props.onCancel}>
          {t('bookings.cancel')}
        </Button>
      )}
    </View>
  );
}

/** What a seat card shows, from the leader's full view or a joined member's read-only one. */
type SeatFacts = Pick<SeatView & JoinedSeatView, '_id' | 'status' | 'seats' | 'startDate' | 'endDate' | 'seatNumbers' | 'reason'> & {
  team: { name: string };
};

/**
 * One seat application: team, seats and term, status, timeline, seat numbers once assigned. The leader may invite
 * members (`onInvite`) and cancel; a member who joined by invite (`member`) only follows it.
 */
export function SeatCard({
  seat,
  reviewDays,
  member,
  onInvite,
  ...props
}: CardProps & { seat: SeatFacts; reviewDays: number; member?: boolean; onInvite?: () => void }) {
  return (
    <View className={`booking-card booking-card--seat booking-card--${seat.status}${member ? ' booking-card--member' : ''}`}>
      <View className='booking-card__head'>
        <Text className='booking-card__kind'>{t('bookings.seat')}</Text>
        <Text className={`booking-card__status booking-card__status--${seat.status}`}>{tLabel(SEAT_STATUS_LABELS, seat.status)}</Text>
      </View>
      <Text className='booking-card__dates'>
        {t('bookings.seatTerm', { team: seat.team.name, seats: seat.seats, start: seat.startDate, end: addDays(seat.endDate, -1) })}
      </Text>
      <Text className='booking-card__id'>{t('bookings.number', { id: seat._id })}</Text>
      {member && <Text className='booking-card__line booking-card__member'>{t('bookings.memberOfTeam')}</Text>}
      <Timeline steps={seatTimeline(seat.status)} />
      <Text className='booking-card__next'>{t(seatNext(seat.status), { days: reviewDays })}</Text>
      {seat.seatNumbers.length > 0 && (
        <Text className='booking-card__line'>{t('bookings.seatNumbers', { numbers: seat.seatNumbers.join(', ') })}</Text>
      )}
      {seat.reason && <Text className='booking-card__line'>{t('bookings.reason', { reason: seat.reason })}</Text>}
      {onInvite && (
        <Button className='booking-card__invite' size='mini' onClick={onInvite}>
          {t('bookings.inviteMembers')}
        </Button>
      )}
      {props.cancellable && (
        <Button className='booking-card__cancel' size='mini' disabled={disabledWhen(props.busy)} onClick={props.onCancel}>
          {t('bookings.cancel')}
        </Button>
      )}
    </View>
  );
}

/**
 * The user's talent apartment applications and leases, in brief: kind, status, building and unit type, a lease's term
 * and rent (a leased application shows as its lease). The whole story (waiting list, offer, viewing, renewal) is on the
 * `housing` subpackage's page that `onOpen` leads to.
 */
export function ApartmentCards({ mine, onOpen }: { mine: HousingMine; onOpen: () => void }) {
  const locale = useLocale();
  // "张江人才公寓 · 一室户": the building's name before the unit type, the unit type alone if the building is gone.
  const homeOf = (record: { buildingName: LocalizedText | null; unitType: UnitType }): string => {
    const unitType = tLabel(UNIT_TYPE_LABELS, record.unitType, locale);
    return record.buildingName ? t('bookings.apartmentHome', { building: record.buildingName[locale], unitType }) : unitType;
  };
  const leased = new Set(mine.leases.map((lease) => lease.applicationId));
  const cards = [
    ...mine.applications
      .filter((app) => !leased.has(app._id))
      .map((app) => ({
        kind: 'apartment',
        id: app._id,
        status: app.status,
        label: tLabel(APARTMENT_STATUS_LABELS, app.status),
        home: homeOf(app),
        lease: null,
      })),
    ...mine.leases.map((lease) => ({
      kind: 'lease',
      id: lease._id,
      status: lease.status,
      label: tLabel(LEASE_STATUS_LABELS, lease.status),
      home: homeOf(lease),
      lease,
    })),
  ];
  return (
    <>
      {cards.map((card) => (
        <View key={card.id} className={`booking-card booking-card--${card.kind} booking-card--${card.status}`}>
          <View className='booking-card__head'>
            <Text className='booking-card__kind'>{t(card.kind === 'lease' ? 'bookings.lease' : 'bookings.apartment')}</Text>
            <Text className={`booking-card__status booking-card__status--${card.status}`}>{card.label}</Text>
          </View>
          <Text className='booking-card__dates booking-card__home'>{card.home}</Text>
          {card.lease && (
            <Text className='booking-card__line'>
              {t('bookings.leaseTerm', { start: card.lease.start, end: card.lease.end, rent: card.lease.monthlyRent })}
            </Text>
          )}
          <Text className='booking-card__id'>{t('bookings.number', { id: card.id })}</Text>
          <Button className='booking-card__open' size='mini' onClick={onOpen}>
            {t('bookings.apartmentOpen')}
          </Button>
        </View>
      ))}
    </>
  );
}
