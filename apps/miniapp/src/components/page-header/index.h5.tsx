import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { t } from '../../locales/zh-CN';
import './index.h5.css';

// Opened from a shared link there is no page to go back to: go to the map tab instead.
function goBack() {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: '/pages/map/index' });
}

/** The title bar of an h5 page, with a back button (at least 44 × 44 px) on pages that are not tabs. */
export default function PageHeader({ title, back = false }: { title: string; back?: boolean }) {
  return (
    <View className="page-header">
      {back ? (
        <View className="page-header__back" role="button" aria-label={t.pageHeader.back} onClick={goBack}>
          ‹ {t.pageHeader.back}
        </View>
      ) : null}
      <View className="page-header__title" role="heading" aria-level={1}>
        {title}
      </View>
    </View>
  );
}
