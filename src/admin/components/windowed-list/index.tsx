import { ScrollView, View } from '@tarojs/components';
import { useEffect, useState, type ReactNode } from 'react';
import { nearEnd, visibleRange } from './window';
import './index.css';

interface Props<T> {
  items: readonly T[];
  /** Every row has this height in px (fixed heights are what make the window arithmetic exact). */
  rowHeight: number;
  /** The list's own height in px. */
  height: number;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Called when the window comes near the last loaded row (the caller fetches the next page, once). */
  onNearEnd?: () => void;
  overscan?: number;
  className?: string;
}

/**
 * A list that renders only the rows in view (plus a few), absolutely placed in a spacer as tall as all rows: the
 * DOM stays a screenful whether 50 or 10,000 rows are loaded. nutui's VirtualList measures rows after rendering;
 * our rows have a fixed height, so the arithmetic is simpler and exact.
 */
export function WindowedList<T>({ items, rowHeight, height, keyOf, renderRow, onNearEnd, overscan = 6, className }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange({ scrollTop, viewport: height, rowHeight, count: items.length, overscan });
  // Row elements are recycled by slot (a window never holds more than `pool` rows, so index % pool is unique in it):
  // scrolling changes what a few rows show instead of creating and destroying elements, which is what made frames
  // slow in the H5 build (each Taro component is a custom element).
  const pool = Math.ceil(height / rowHeight) + 2 * overscan + 2;

  useEffect(() => {
    if (onNearEnd && items.length > 0 && nearEnd({ end, count: items.length, threshold: overscan * 2 })) onNearEnd();
  }, [end, items.length, onNearEnd, overscan]);

  return (
    <ScrollView
      scrollY
      className={`windowed-list ${className ?? ''}`}
      style={{ height: `${height}px` }}
      onScroll={(event) => setScrollTop(event.detail.scrollTop)}
    >
      <View className='windowed-list__spacer' style={{ height: `${items.length * rowHeight}px` }}>
        {items.slice(start, end).map((item, i) => (
          <View
            key={(start + i) % pool}
            data-key={keyOf(item)}
            className='windowed-list__row'
            style={{ top: `${(start + i) * rowHeight}px`, height: `${rowHeight}px` }}
          >
            {renderRow(item, start + i)}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
