export default defineAppConfig({
  pages: ['pages/map/index', 'pages/courses/index', 'pages/jobs/index', 'pages/me/index', 'pages/point/index', 'pages/course/index'],
  // Pages outside the tab bar load on demand in subpackages, so the main package stays small.
  subPackages: [
    { root: 'wishes', pages: ['board/index', 'detail/index', 'post/index', 'feedback/index'] },
    { root: 'notifications', pages: ['inbox/index'] },
    { root: 'jobs', pages: ['detail/index', 'applications/index'] },
    { root: 'demand', pages: ['interest/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b57d0',
    navigationBarTitleText: '驿路',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#5b6573',
    selectedColor: '#0b57d0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/map/index',
        text: '地图',
        iconPath: 'assets/tabbar/map-normal.png',
        selectedIconPath: 'assets/tabbar/map-selected.png',
      },
      {
        pagePath: 'pages/courses/index',
        text: '课程',
        iconPath: 'assets/tabbar/courses-normal.png',
        selectedIconPath: 'assets/tabbar/courses-selected.png',
      },
      {
        pagePath: 'pages/jobs/index',
        text: '工作',
        iconPath: 'assets/tabbar/jobs-normal.png',
        selectedIconPath: 'assets/tabbar/jobs-selected.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me-normal.png',
        selectedIconPath: 'assets/tabbar/me-selected.png',
      },
    ],
  },
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于查找您附近的驿站、充电点和培训课程' } },
});
