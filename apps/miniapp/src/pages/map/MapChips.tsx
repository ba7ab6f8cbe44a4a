import { View } from '@tarojs/components';
import { memo, startTransition, useEffect, useState } from 'react';
import { pointKindLabels, pointKinds, type Amenity } from '@yilu/shared';
import ChipRow from '../../components/chip-row';
import { t } from '../../locales/zh-CN';
import { amenityBadge } from '../../points/format';
import { mapFilterActions as act, type MapFilters } from '../../points/map-filters';

/** The amenities riders ask for most, offered as quick filters. */
const quickAmenities: Amenity[] = [
  'hot_water',
  'phone_charging',
  'microwave',
  'ebike_charging',
  'ev_fast_charging',
  'books',
  'toilet',
  'drinking_water',
  'wifi',
];

const on = (yes: boolean) => (yes ? 'chip--on' : '');

/**
 * False for the page's first render, then true in a transition React renders in slices: the page shows its title,
 * map and notice in one short task and the 19 chips after, into rows that keep their height meanwhile (index.css).
 */
function useAfterFirstRender(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => startTransition(() => setAfter(true)), []);
  return after;
}

/** The kind and amenity chips; drawn again only when the filters change, not with each answer the page gets. */
function MapChips({ filters }: { filters: MapFilters }) {
  if (!useAfterFirstRender()) return <EmptyRows />;
  return (
    <>
      <ChipRow className="chips">
        <View className={`chip ${on(filters.kinds.length === 0)}`} onClick={act.allKinds}>
          {t.map.allKinds}
        </View>
        {pointKinds.map((k) => (
          <View key={k} className={`chip ${on(filters.kinds.includes(k))}`} onClick={() => act.toggleKind(k)}>
            {pointKindLabels[k]}
          </View>
        ))}
      </ChipRow>
      <ChipRow className="chips">
        <View className={`chip chip--open ${on(filters.openNow)}`} onClick={act.toggleOpenNow}>
          {t.map.openNow}
        </View>
        {quickAmenities.map((a) => (
          <View key={a} className={`chip ${on(filters.amenities.includes(a))}`} onClick={() => act.toggleAmenity(a)}>
            {amenityBadge(a)}
          </View>
        ))}
      </ChipRow>
    </>
  );
}

function EmptyRows() {
  return (
    <>
      <ChipRow className="chips">{null}</ChipRow>
      <ChipRow className="chips">{null}</ChipRow>
    </>
  );
}

export default memo(MapChips);
