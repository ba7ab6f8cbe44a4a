export default definePageConfig({ navigationBarTitleText: '提个心愿' });
