import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useLocale } from '@/i18n';
import { RoleGate } from '../../components/role-gate';
import { Tabs } from '../../components/tabs';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { AuditSection } from './audit';
import { CalendarSection } from './calendar';
import { CategoriesSection, UnitsSection } from './catalog';
import { RolesSection } from './roles';
import { StationsSection } from './stations';
import '../../components/admin.css';

const SECTIONS = ['stations', 'categories', 'units', 'roles', 'calendar', 'audit'] as const;
type Section = (typeof SECTIONS)[number];

/** 设置: stations and their rules, categories, units, roles, the holiday calendar and the audit log (district admin). */
export default function SettingsPage() {
  useAdminTitle('settings.title');
  return (
    <View className='admin-page settings'>
      <Text className='admin-page__title'>{ta('settings.title')}</Text>
      <RoleGate roles={['admin']}>{() => <Settings />}</RoleGate>
    </View>
  );
}

export function Settings({ initial = 'stations' }: { initial?: Section }) {
  useLocale();
  const [section, setSection] = useState<Section>(initial);
  return (
    <View className='settings__body'>
      <Tabs
        tabs={SECTIONS.map((key) => ({ key, label: ta(`settings.section.${key}`) }))}
        value={section}
        onChange={setSection}
        className='settings__tabs'
      />
      {section === 'stations' ? <StationsSection /> : null}
      {section === 'categories' ? <CategoriesSection /> : null}
      {section === 'units' ? <UnitsSection /> : null}
      {section === 'roles' ? <RolesSection /> : null}
      {section === 'calendar' ? <CalendarSection /> : null}
      {section === 'audit' ? <AuditSection /> : null}
    </View>
  );
}
