import Taro from '@tarojs/taro';
import { datesParams, pageQuery, type StayDates } from '@/services/booking-navigation';

// Navigation only the station pages use: here, in the subpackage, rather than in the main package's services.

/** One station's page (photos, facilities, hours, contact, directions); `dates` carry on to its stay form. */
export function openStation(stationId: string, dates?: StayDates): void {
  Taro.navigateTo({ url: `/stations/pages/detail/index${pageQuery({ id: stationId, ...datesParams(dates) })}` }).catch(ignore);
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
