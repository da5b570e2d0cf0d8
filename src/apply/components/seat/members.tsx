import { Text, View } from '@tarojs/components';
import { tp } from '../../i18n';
import { emptyMember, type MemberDraft } from '../../model/seat-draft';
import { Choice, TextField } from '../form';

/** The team's members besides the leader: added one by one (name, mainland mobile, identity document), removable. */
export function Members(props: {
  members: MemberDraft[];
  max: number;
  errors: Record<string, string>;
  onChange: (members: MemberDraft[]) => void;
}) {
  const { members, max, errors, onChange } = props;
  const set = (index: number, patch: Partial<MemberDraft>): void => onChange(members.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  return (
    <View className='seat-members'>
      <Text className='form__label'>{tp('seat.members', { max })}</Text>
      {members.map((member, index) => (
        <View key={index} className={`seat-members__member seat-members__member--${index}`}>
          <TextField
            name={`member-name-${index}`}
            label={tp('seat.memberName')}
            value={member.name}
            error={errors[`team.members.${index}.name`]}
            onChange={(name) => set(index, { name })}
          />
          <TextField
            name={`member-phone-${index}`}
            label={tp('seat.memberPhone')}
            hint={tp('seat.memberPhoneHint')}
            value={member.phone}
            error={errors[`team.members.${index}.phone`]}
            onChange={(phone) => set(index, { phone })}
          />
          <Choice
            name={`member-kind-${index}`}
            value={member.idKind}
            onChange={(idKind) => set(index, { idKind })}
            options={(['passport', 'id-card'] as const).map((k) => ({ value: k, label: tp(`stay.idKind.${k}`) }))}
          />
          <TextField
            name={`member-id-${index}`}
            label={tp('seat.memberId')}
            value={member.idNumber}
            error={errors[`team.members.${index}.identityDocument.number`]}
            onChange={(idNumber) => set(index, { idNumber })}
          />
          <Text className='seat-members__remove' onClick={() => onChange(members.filter((_, i) => i !== index))}>
            {tp('seat.removeMember')}
          </Text>
        </View>
      ))}
      {members.length < max && (
        <Text className='seat-members__add' onClick={() => onChange([...members, emptyMember()])}>
          {`+ ${tp('seat.addMember')}`}
        </Text>
      )}
      {errors.members && <Text className='form__error'>{errors.members}</Text>}
    </View>
  );
}
