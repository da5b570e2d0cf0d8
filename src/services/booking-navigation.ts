import Taro from '@tarojs/taro';

/** Pages of the applications subpackage and the bookings tab; failures (e.g. a double tap) are ignored. */
export function openStayWizard(mode: 'self' | 'guest'): void {
  Taro.navigateTo({ url: `/apply/pages/stay/index${mode === 'guest' ? '?for=guest' : ''}` }).catch(ignore);
}

export function openSeatApplication(): void {
  Taro.navigateTo({ url: '/apply/pages/seat/index' }).catch(ignore);
}

/** The leader's invite page for a seat application (share card, link to copy). */
export function openInvite(seatApplicationId: string): void {
  Taro.navigateTo({ url: `/apply/pages/invite/index?id=${encodeURIComponent(seatApplicationId)}` }).catch(ignore);
}

/** Housing support (the support subpackage): the application form, or the applicant's support and schedules. */
export function openSupport(page: 'apply' | 'mine'): void {
  Taro.navigateTo({ url: `/support/pages/${page}/index` }).catch(ignore);
}

export function openBookings(): void {
  Taro.switchTab({ url: '/pages/bookings/index' }).catch(ignore);
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
