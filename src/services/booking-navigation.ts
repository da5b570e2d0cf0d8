import Taro from '@tarojs/taro';

/** Nights a user already picked (in the station list): the stay wizard starts with them. */
export interface StayDates {
  checkIn: string;
  nights: number;
}
export const datesParams = (dates: StayDates | undefined) => (dates ? { checkIn: dates.checkIn, nights: String(dates.nights) } : {});

/** `?a=1&b=2` of the params that are set (a page URL's query), or nothing. */
export const pageQuery = (params: Record<string, string | undefined>): string => {
  const pairs = Object.entries(params).filter((pair): pair is [string, string] => Boolean(pair[1]));
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '';
};

/**
 * Pages of the applications subpackage and the bookings tab; failures (e.g. a double tap) are ignored. Without a
 * `stationId` the forms take the user's chosen station.
 */
export function openStayWizard(mode: 'self' | 'guest', stationId?: string, dates?: StayDates): void {
  const params = { for: mode === 'guest' ? 'guest' : undefined, station: stationId, ...datesParams(dates) };
  Taro.navigateTo({ url: `/apply/pages/stay/index${pageQuery(params)}` }).catch(ignore);
}

/** A seat term chosen before the form (the station list's start date and months), carried on to it. */
export interface SeatTerm {
  startDate: string;
  months: number;
  seats: number;
}
export const termParams = (term: SeatTerm | undefined) =>
  term ? { startDate: term.startDate, months: String(term.months), seats: String(term.seats) } : {};

export function openSeatApplication(stationId?: string, term?: SeatTerm): void {
  Taro.navigateTo({ url: `/apply/pages/seat/index${pageQuery({ station: stationId, ...termParams(term) })}` }).catch(ignore);
}

/** The station network (list by district, offer and free places; a map in WeChat). */
export function openStationList(): void {
  Taro.navigateTo({ url: '/stations/pages/list/index' }).catch(ignore);
}

/** The leader's invite page for a seat application (share card, link to copy). */
export function openInvite(seatApplicationId: string): void {
  Taro.navigateTo({ url: `/apply/pages/invite/index?id=${encodeURIComponent(seatApplicationId)}` }).catch(ignore);
}

/** An approved stay's check-in pass: its QR code for the desk, on a page of the applications subpackage. */
export function openCheckInPass(stayId: string): void {
  Taro.navigateTo({ url: `/apply/pages/pass/index?id=${encodeURIComponent(stayId)}` }).catch(ignore);
}

/** Talent apartments (the `housing` subpackage): the buildings, or the user's application and lease. */
export function openHousing(page: 'buildings' | 'mine' | 'employer' = 'buildings'): void {
  const path = { buildings: 'index', mine: 'mine', employer: 'employer' }[page];
  Taro.navigateTo({ url: `/housing/pages/${path}/index` }).catch(ignore);
}

/** The events subpackage's list (activities and service projects, issue 15). */
export function openEvents(): void {
  Taro.navigateTo({ url: '/events/pages/list/index' }).catch(ignore);
}

/** Housing support (the support subpackage): the application form, or the applicant's support and schedules. */
export function openSupport(page: 'apply' | 'mine'): void {
  Taro.navigateTo({ url: `/support/pages/${page}/index` }).catch(ignore);
}

export function openBookings(): void {
  Taro.switchTab({ url: '/pages/bookings/index' }).catch(ignore);
}

/** The requests tab, where a request is filed and followed. */
export function openRequests(): void {
  Taro.switchTab({ url: '/pages/requests/index' }).catch(ignore);
}

/** The platform's map at the station, with its name and address (the WeChat map app; a map page in H5). */
export function openMap(place: { latitude: number; longitude: number; name: string; address: string }): void {
  Taro.openLocation({ ...place, scale: 16 }).catch(ignore);
}

/** Back to the top of the page, e.g. when a long form is replaced by its confirmation. */
export function scrollToTop(): void {
  Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(ignore);
}

/** Asks before an action with a consequence; resolves true only on the confirm button. */
export async function confirm(input: { title: string; content: string; confirmText: string; cancelText: string }): Promise<boolean> {
  try {
    const { confirm: yes } = await Taro.showModal({ ...input, confirmColor: '#c8102e' });
    return yes;
  } catch {
    return false;
  }
}

function ignore(): void {}
