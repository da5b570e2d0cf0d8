import { Button, View } from '@tarojs/components';
import { ta } from '../i18n';

/**
 * "Previous" and "next" under a list read a page at a time (`page` from 0, `hasMore` from the reply); the buttons'
 * classes are `<name>__prev` and `<name>__next`.
 */
export function Pager(props: { name: string; className: string; page: number; hasMore: boolean; onPage: (page: number) => void }) {
  const { name, page, onPage } = props;
  return (
    <View className={props.className}>
      {page > 0 ? (
        <Button size='mini' className={`${name}__prev`} onClick={() => onPage(page - 1)}>
          {ta('dispatch.previous')}
        </Button>
      ) : null}
      {props.hasMore ? (
        <Button size='mini' className={`${name}__next`} onClick={() => onPage(page + 1)}>
          {ta('dispatch.next')}
        </Button>
      ) : null}
    </View>
  );
}
