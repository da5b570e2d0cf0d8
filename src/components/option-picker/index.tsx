import { Text, View } from '@tarojs/components';
import Picker from '@nutui/nutui-react-taro/dist/es/packages/picker';
import '@nutui/nutui-react-taro/dist/es/packages/picker/style/css';
import { useState } from 'react';
import { NutLocale } from '../nut-locale';
import './index.css';

export interface Option<T extends string> {
  value: T;
  label: string;
}

/**
 * One choice among many (the 12 request categories) on NutUI's picker, which slides up from the bottom when the
 * field is tapped. The field shows the choice, or `placeholder` before there is one.
 */
export function OptionPicker<T extends string>(props: {
  name: string;
  options: ReadonlyArray<Option<T>>;
  value: T | '';
  placeholder: string;
  title: string;
  onChange: (value: T) => void;
}) {
  const { name, options, value, placeholder, title, onChange } = props;
  const [open, setOpen] = useState(false);
  const chosen = options.find((option) => option.value === value);
  return (
    <NutLocale>
      <View className={`option-picker option-picker--${name}${chosen ? ' option-picker--chosen' : ''}`} onClick={() => setOpen(true)}>
        <Text className={chosen ? 'option-picker__value' : 'option-picker__placeholder'}>{chosen ? chosen.label : placeholder}</Text>
        <Text className='option-picker__arrow'>›</Text>
      </View>
      <Picker
        title={title}
        visible={open}
        options={[options.map((option) => ({ label: option.label, value: option.value }))]}
        value={[chosen ? chosen.value : (options[0]?.value ?? '')]}
        onClose={() => setOpen(false)}
        onConfirm={(_, [picked]) => {
          const found = options.find((option) => option.value === picked);
          if (found) onChange(found.value);
        }}
      />
    </NutLocale>
  );
}
