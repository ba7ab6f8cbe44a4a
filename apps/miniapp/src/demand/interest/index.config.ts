export default definePageConfig({ navigationBarTitleText: '想学什么' });
