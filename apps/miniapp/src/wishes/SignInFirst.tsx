import { View } from '@tarojs/components';
import ActionButton from '../components/action-button';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { useSession } from '../auth/use-session';
import { t } from '../locales/zh-CN';

/** The wish board is for signed-in workers: a guest is sent to 我的 to sign in first. */
export function SignInFirst({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (user) return <>{children}</>;
  return (
    <View className="card" data-testid="wish-sign-in">
      <View className="wish-card__text">{t.wishes.signInFirst}</View>
      <ActionButton className="primary-button" onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
        {t.wishes.goSignIn}
      </ActionButton>
    </View>
  );
}
