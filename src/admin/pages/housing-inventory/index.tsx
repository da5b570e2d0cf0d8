import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { useLocale } from '@/i18n';
import { BuildingScreen } from '../../components/housing/buildings';
import { RoleGate } from '../../components/role-gate';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import type { BuildingView } from '../../services/housing-api';
import { BuildingForm } from './building-form';
import { PolicyForm } from './policy-form';
import { UnitTypesSection, UnitsSection } from './units';
import '../../components/admin.css';
import '../housing-board/index.css';
import './index.css';

const SECTIONS = ['building', 'types', 'units', 'policy'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * 公寓房源 (district admin): a building's description, its unit types with rent and deposit, its units and its
 * allocation policy, each form checked by core's input schema before it is sent; or a new building.
 */
export default function HousingInventoryPage() {
  useAdminTitle('housing.inventory.title');
  useLocale();
  const { params } = useRouter();
  const [buildingId, setBuildingId] = useState<string | undefined>(params.building);
  const [adding, setAdding] = useState(false);
  return (
    <View className='admin-page housing-inventory'>
      <Text className='admin-page__title'>{ta('housing.inventory.title')}</Text>
      <RoleGate roles={['admin']}>
        {() => (
          <>
            <Text
              className={`admin-chips__chip housing-inventory__new${adding ? ' admin-chips__chip--on' : ''}`}
              onClick={() => setAdding(!adding)}
            >
              {ta('housing.inventory.newBuilding')}
            </Text>
            {adding ? (
              <BuildingForm
                building={null}
                onSaved={(id) => {
                  setAdding(false);
                  setBuildingId(id);
                }}
              />
            ) : (
              <BuildingScreen chosen={buildingId} onChoose={setBuildingId}>
                {(building, refresh) => <Inventory key={`${building._id}`} building={building} onSaved={refresh} />}
              </BuildingScreen>
            )}
          </>
        )}
      </RoleGate>
    </View>
  );
}

export function Inventory({ building, onSaved }: { building: BuildingView; onSaved: () => void }) {
  const [section, setSection] = useState<Section>('building');
  return (
    <View className='housing-inventory__body'>
      <Tabs
        tabs={SECTIONS.map((key) => ({ key, label: ta(`housing.inventory.section.${key}`) }))}
        value={section}
        onChange={setSection}
        className='housing-inventory__sections'
      />
      {section === 'building' ? <BuildingForm building={building} onSaved={onSaved} /> : null}
      {section === 'types' ? <UnitTypesSection building={building} onSaved={onSaved} /> : null}
      {section === 'units' ? <UnitsSection building={building} /> : null}
      {section === 'policy' ? <PolicyForm building={building} onSaved={onSaved} /> : null}
    </View>
  );
}
