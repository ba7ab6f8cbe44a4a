import { Text, View } from '@tarojs/components';
import { t } from '../../locales/zh-CN';

export default function MapPage() {
  return (
    <View className='page'>
      <View className='card'>
        <View className='title'>{t.map.title}</View>
        <Text className='muted'>{t.map.empty}</Text>
      </View>
    </View>
  );
}
