import { Map } from '@tarojs/components';
import type { Locale } from '@/i18n';
import type { NetworkEntry } from '../services/stations';

/**
 * The marker: a small pin in this subpackage (src/stations/assets/marker.png, copied into the build by
 * config/index.ts, as a file: WeChat may draw nothing for an empty `iconPath`, and takes no data URL there).
 */
export const MARKER_ICON = '/stations/assets/marker.png';

/**
 * The stations on WeChat's map component, one marker each; tapping a marker opens the station. Only the weapp build
 * renders it (the list page decides): H5 shows the list.
 */
export function StationMap(props: { items: readonly NetworkEntry[]; locale: Locale; onOpen: (stationId: string) => void }) {
  const placed = props.items.filter((s) => s.location);
  if (placed.length === 0) return null;
  const latitude = placed.reduce((sum, s) => sum + s.location!.latitude, 0) / placed.length;
  const longitude = placed.reduce((sum, s) => sum + s.location!.longitude, 0) / placed.length;
  return (
    <Map
      className='stations-map'
      latitude={latitude}
      longitude={longitude}
      scale={10}
      showLocation
      markers={placed.map((s, index) => ({
        id: index,
        latitude: s.location!.latitude,
        longitude: s.location!.longitude,
        title: s.name[props.locale],
        iconPath: MARKER_ICON,
        width: 24,
        height: 34,
        callout: {
          content: s.name[props.locale],
          color: '#333333',
          fontSize: 12,
          anchorX: 0,
          anchorY: 0,
          borderRadius: 6,
          borderWidth: 0,
          borderColor: '#ffffff',
          bgColor: '#ffffff',
          padding: 6,
          display: 'BYCLICK' as const,
          textAlign: 'center' as const,
        },
      }))}
      onMarkerTap={(e) => {
        const station = placed[Number(e.detail.markerId)];
        if (station) props.onOpen(station.id);
      }}
      // Taro's typings require it; a map that fails to load leaves the list a tap away.
      onError={() => undefined}
      onCalloutTap={(e) => {
        const station = placed[Number(e.detail.markerId)];
        if (station) props.onOpen(station.id);
      }}
    />
  );
}
