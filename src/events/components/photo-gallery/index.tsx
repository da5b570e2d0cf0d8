import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { te } from '../../i18n';
import type { EventView } from '../../services';

/**
 * The event's photos as a small grid; a tap opens the platform's previewer on that photo, swiping through the rest.
 * Photos without a link (storage no longer has the file) are left out; nothing shows when there are none.
 */
export function PhotoGallery({ photos }: { photos: EventView['photos'] }) {
  const urls = photos.flatMap((p) => (p.url ? [p.url] : []));
  if (urls.length === 0) return null;
  return (
    <View className='events__card photos'>
      <Text className='events__heading'>{te('detail.photos')}</Text>
      <View className='photos__grid'>
        {urls.map((url) => (
          <View key={url} className='photos__item' onClick={() => void Taro.previewImage({ current: url, urls }).catch(() => undefined)}>
            <Image className='photos__image' src={url} mode='aspectFill' lazyLoad />
          </View>
        ))}
      </View>
    </View>
  );
}
