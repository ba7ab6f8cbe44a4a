import { View } from '@tarojs/components';
import { memo } from 'react';
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

/** The kind and amenity chips; drawn again only when the filters change, not with each answer the page gets. */
function MapChips({ filters }: { filters: MapFilters }) {
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

export default memo(MapChips);
