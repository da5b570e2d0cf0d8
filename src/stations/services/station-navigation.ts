import Taro from '@tarojs/taro';
import { datesParams, pageQuery, termParams, type SeatTerm, type StayDates } from '@/services/booking-navigation';

// Navigation only the station pages use: here, in the subpackage, rather than in the main package's services.

/**
 * One station's page (photos, facilities, hours, contact, directions); `dates` carry on to its stay form, `term` to
 * its seat form.
 */
export function openStation(stationId: string, dates?: StayDates, term?: SeatTerm): void {
  const query = pageQuery({ id: stationId, ...datesParams(dates), ...termParams(term) });
  Taro.navigateTo({ url: `/stations/pages/detail/index${query}` }).catch(ignore);
}

/** Back to the home tab (after choosing a station). */
export function openHome(): void {
  Taro.switchTab({ url: '/pages/home/index' }).catch(ignore);
}

/** The phone's dialler at a station's desk number. */
export function callPhone(phoneNumber: string): void {
  Taro.makePhoneCall({ phoneNumber }).catch(ignore);
}

function ignore(): void {}
