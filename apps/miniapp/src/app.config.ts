export default defineAppConfig({
  pages: ['pages/map/index', 'pages/courses/index', 'pages/me/index', 'pages/point/index', 'pages/course/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f6feb',
    navigationBarTitleText: '驿路',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#5b6573',
    selectedColor: '#1f6feb',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/map/index', text: '地图' },
      { pagePath: 'pages/courses/index', text: '课程' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于查找您附近的驿站、充电点和培训课程' } },
});
