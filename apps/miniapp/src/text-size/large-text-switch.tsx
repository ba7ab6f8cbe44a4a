import { Switch, Text, View } from '@tarojs/components';
import { t } from '../locales/zh-CN';
import { saveLargeText, useLargeText } from './large-text';

/** The 大字模式 switch of 我的. */
export function LargeTextSwitch() {
  const on = useLargeText();
  return (
    <View className="card large-text-switch" data-testid="large-text-switch">
      <View>
        <Text className="large-text-switch__label">{t.me.largeText}</Text>
        <Text className="large-text-switch__hint">{t.me.largeTextHint}</Text>
      </View>
      <Switch
        checked={on}
        color="#0b57d0"
        // On h5 the checkbox is an <input> inside Taro's element: only nativeProps reach it.
        nativeProps={{ 'aria-label': t.me.largeText }}
        onChange={(e) => saveLargeText(e.detail.value)}
      />
    </View>
  );
}
