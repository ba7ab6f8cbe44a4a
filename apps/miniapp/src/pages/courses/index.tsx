import { Text, View } from '@tarojs/components';
import { t } from '../../locales/zh-CN';

export default function CoursesPage() {
  return (
    <View className='page'>
      <View className='card'>
        <View className='title'>{t.courses.title}</View>
        <Text className='muted'>{t.courses.empty}</Text>
      </View>
    </View>
  );
}
