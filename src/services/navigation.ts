import Taro, { nextTick } from '@tarojs/taro';

/**
 * Window chrome the platform owns: the navigation bar title and the tab bar texts. `app.config.ts` can only give
 * them in the default language, so pages set them again when the UI language is not the default.
 * Failures are ignored: a title that stays in Chinese is not worth an error message.
 */
export function setPageTitle(title: string): void {
  Taro.setNavigationBarTitle({ title }).catch(ignore);
}

export function setTabBarTexts(texts: readonly string[]): void {
  texts.forEach((text, index) => {
    Taro.setTabBarItem({ index, text }).catch(ignore);
  });
}

export function openAdminConsole(): void {
  Taro.navigateTo({ url: '/admin/pages/index/index' }).catch(ignore);
}

/** 双结对: who looks after me, and a message to them (policies subpackage). */
export function openMyLiaison(): void {
  Taro.navigateTo({ url: '/policies/pages/liaison/index' }).catch(ignore);
}

/**
 * Scrolls the page to the element `selector` names (its top to the top of the screen): what a tap opened out of
 * sight, such as a request's panel under a list of fifty. After the next render reaches the view (`nextTick`: in
 * WeChat the view layer has the element only once the page's data is set).
 */
export function scrollPageTo(selector: string): void {
  nextTick(() => {
    Taro.pageScrollTo({ selector, duration: 200 }).catch(ignore);
  });
}

function ignore(): void {}
