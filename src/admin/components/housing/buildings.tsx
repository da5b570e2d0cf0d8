import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { getLocale } from '@/i18n';
import { ta } from '../../i18n';
import type { BuildingView } from '../../services/housing-api';
import { housingApi } from '../../services/housing-api';
import { States, useLoad } from '../async';

/**
 * The buildings the caller runs (`housing.staffBuildings`), as chips above a housing screen; the chosen one (the
 * URL's `building`, else the first) is handed to `children`, with a quiet re-read of the list (after an edit).
 */
export function BuildingScreen({
  chosen,
  onChoose,
  children,
}: {
  chosen: string | undefined;
  onChoose: (id: string) => void;
  children: (building: BuildingView, refresh: () => void) => ReactNode;
}) {
  const loaded = useLoad(() => housingApi.staffBuildings(), []);
  return (
    <States loaded={loaded} empty={ta('housing.noBuildings')} isEmpty={(d) => d.items.length === 0}>
      {(data) => {
        const building = data.items.find((b) => b._id === chosen) ?? data.items[0];
        return (
          <View className='housing-screen'>
            <BuildingChips buildings={data.items} chosen={building._id} onChoose={onChoose} />
            {children(building, loaded.refresh)}
          </View>
        );
      }}
    </States>
  );
}

export function BuildingChips({
  buildings,
  chosen,
  onChoose,
}: {
  buildings: readonly BuildingView[];
  chosen: string;
  onChoose: (id: string) => void;
}) {
  const locale = getLocale();
  return (
    <View className='admin-chips housing-buildings'>
      {buildings.map((b) => (
        <Text
          key={b._id}
          className={`admin-chips__chip housing-building housing-building--${b._id}${b._id === chosen ? ' admin-chips__chip--on' : ''}`}
          onClick={() => onChoose(b._id)}
        >
          {b.name[locale]}
          {b.active ? '' : ` · ${ta('housing.inactive')}`}
        </Text>
      ))}
    </View>
  );
}
