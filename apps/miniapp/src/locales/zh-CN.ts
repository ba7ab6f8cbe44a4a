/** Every piece of user-facing text in the mini-program, in one place so another language can be added. */
export const t = {
  tabs: { map: '地图', courses: '课程', me: '我的' },
  map: {
    title: '附近的服务点',
    empty: '驿站、充电点、读书角、爱心餐厅和公厕将在这里显示在地图上。',
  },
  courses: {
    title: '技能培训',
    empty: '附近可报名的“一培双证”技能课程将在这里列出。',
  },
  me: {
    title: '我的',
    guest: '登录后可报名课程、课堂签到、查看证书',
    signIn: '微信一键登录',
    devSignIn: '开发环境登录',
    signingIn: '登录中…',
    signOut: '退出登录',
    hello: (name: string) => `${name}，您好`,
    notInWechat: '请在微信中打开驿路小程序登录',
    unsupported: '当前平台暂不支持登录',
  },
  errors: {
    network: '网络不好，请稍后再试',
  },
} as const;
