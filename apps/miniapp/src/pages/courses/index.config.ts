export default definePageConfig({ navigationBarTitleText: '技能课程' });
