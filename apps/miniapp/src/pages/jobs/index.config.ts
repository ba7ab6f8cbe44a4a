export default definePageConfig({ navigationBarTitleText: '附近的工作' });
