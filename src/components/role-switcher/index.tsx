import { Button, Text, View } from '@tarojs/components';
import { t, useLocale } from '@/i18n';
import { PERSONAS, personaLabelKey, setDevIdentity, useDevIdentity, type Persona } from '@/services/dev-identity';
import './index.css';

export interface RoleSwitcherProps {
  /** Called after the identity changed, so the page can load its data again as the new persona. */
  onChange?: (persona: Persona) => void;
}

/**
 * Local (H5) builds only: pick which demo user the local cloud sees. In WeChat the identity is the platform's and
 * this renders nothing. Class names are stable so browser tests can click `.role-switcher__option--demo-operator`;
 * Taro keeps visited tab pages in the DOM (hidden), so scope the selector to the page (`.me .role-switcher__…`)
 * or to visible elements.
 */
export function RoleSwitcher({ onChange }: RoleSwitcherProps) {
  useLocale();
  const current = useDevIdentity();
  if (process.env.TARO_ENV !== 'h5') return null;

  const choose = (persona: Persona): void => {
    if (persona === current) return;
    setDevIdentity(persona);
    onChange?.(persona);
  };

  return (
    <View className='role-switcher'>
      <Text className='role-switcher__label'>{t('roleSwitcher.label')}</Text>
      <View className='role-switcher__options'>
        {PERSONAS.map((persona) => (
          <Button
            key={persona}
            size='mini'
            className={`role-switcher__option role-switcher__option--${persona}${
              persona === current ? ' role-switcher__option--active' : ''
            }`}
            onClick={() => choose(persona)}
          >
            {t(personaLabelKey(persona))}
          </Button>
        ))}
      </View>
    </View>
  );
}
