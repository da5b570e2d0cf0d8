import { ScrollView, Text, View } from '@tarojs/components';

export interface Chip<T extends string | number> {
  value: T;
  label: string;
}

/** One choice among a few, as a row of chips that scrolls sideways; `name` and each value name the BEM classes. */
export function ChipRow<T extends string | number>(props: {
  name: string;
  chips: ReadonlyArray<Chip<T>>;
  value: T;
  onChange: (value: T) => void;
}) {
  const { name, chips, value, onChange } = props;
  return (
    <ScrollView className={`station-chips station-chips--${name}`} scrollX>
      <View className='station-chips__row'>
        {chips.map((chip) => (
          <Text
            key={String(chip.value)}
            className={`station-chips__chip station-chips__chip--${chip.value === '' ? 'any' : chip.value}${chip.value === value ? ' station-chips__chip--on' : ''}`}
            onClick={() => onChange(chip.value)}
          >
            {chip.label}
          </Text>
        ))}
      </View>
    </ScrollView>
  );
}
