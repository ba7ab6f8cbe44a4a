import { Button, Text, View } from '@tarojs/components';
import { signInLabelKey } from '../../auth/sign-in';
import { useSession } from '../../auth/use-session';
import { t } from '../../locales/zh-CN';

export default function MePage() {
  const { user, busy, error, login, logout } = useSession();

  return (
    <View className='page'>
      <View className='card'>
        {user ? (
          <>
            <View className='title'>{t.me.hello(user.displayName)}</View>
            <Button className='primary-button' onClick={logout}>
              {t.me.signOut}
            </Button>
          </>
        ) : (
          <>
            <View className='title'>{t.me.title}</View>
            <Text className='muted'>{t.me.guest}</Text>
            <Button className='primary-button' loading={busy} disabled={busy} onClick={login}>
              {busy ? t.me.signingIn : t.me[signInLabelKey]}
            </Button>
          </>
        )}
        {error ? <View className='error'>{error}</View> : null}
      </View>
    </View>
  );
}
