import Taro from '@tarojs/taro';

// Pages of the talent apartment subpackage; a failed navigation (a double tap) is ignored.
const go = (url: string): void => {
  Taro.navigateTo({ url }).catch(ignore);
};

export const openBuilding = (id: string): void => go(`/housing/pages/building/index?id=${encodeURIComponent(id)}`);

export const openApartmentApplication = (buildingId: string, unitType?: string): void =>
  go(`/housing/pages/apply/index?building=${encodeURIComponent(buildingId)}${unitType ? `&type=${encodeURIComponent(unitType)}` : ''}`);

/** My application and lease; from the form's confirmation it replaces the form, so "back" does not reopen it. */
export const openMyHousing = (options: { replace?: boolean } = {}): void => {
  const url = '/housing/pages/mine/index';
  if (options.replace) Taro.redirectTo({ url }).catch(ignore);
  else go(url);
};

export const openBuildings = (): void => go('/housing/pages/index/index');

/** The tenant named by their employer confirms with the code HR passed on. */
export const openConfirmTenancy = (): void => go('/housing/pages/confirm-tenancy/index');

export const openEmployerQueue = (): void => go('/housing/pages/employer/index');

function ignore(): void {}
