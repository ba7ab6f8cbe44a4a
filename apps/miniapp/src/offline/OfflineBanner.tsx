import { View } from '@tarojs/components';
import { t } from '../locales/zh-CN';
import './offline-banner.css';

/** "离线 · 保存于 HH:MM" above a page showing what was saved, when the network failed. */
export function OfflineBanner({ savedAt }: { savedAt: number | null | undefined }) {
  if (!savedAt) return null;
  return (
    <View className="offline-banner" data-testid="offline-banner">
      {t.offline.savedAt(new Date(savedAt))}
    </View>
  );
}
