import { Text, View } from '@tarojs/components';

/** A row of tabs; the chosen one is marked with `--active`. */
export function Tabs<K extends string>({
  tabs,
  value,
  onChange,
  className,
}: {
  tabs: ReadonlyArray<{ key: K; label: string }>;
  value: K;
  onChange: (key: K) => void;
  className?: string;
}) {
  return (
    <View className={`admin-tabs ${className ?? ''}`}>
      {tabs.map((tab) => (
        <Text
          key={tab.key}
          className={`admin-tabs__tab admin-tabs__tab--${tab.key}${tab.key === value ? ' admin-tabs__tab--active' : ''}`}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </Text>
      ))}
    </View>
  );
}

/** Choice chips (one or many); `--on` marks the chosen. */
export function Chips<K extends string | number>({
  options,
  chosen,
  onToggle,
  className,
}: {
  options: ReadonlyArray<{ key: K; label: string }>;
  chosen: readonly K[];
  onToggle: (key: K) => void;
  className: string;
}) {
  return (
    <View className={`admin-chips ${className}`}>
      {options.map((option) => (
        <Text
          key={String(option.key)}
          className={`admin-chips__chip admin-chips__chip--${option.key}${chosen.includes(option.key) ? ' admin-chips__chip--on' : ''}`}
          onClick={() => onToggle(option.key)}
        >
          {option.label}
        </Text>
      ))}
    </View>
  );
}
