// The value lists and labels of classes, without zod: apps import them without the schemas (see package.json
// sideEffects); courses.ts builds the schemas from them.
/** Skill levels from 五级 (初级工) up to 一级 (高级技师). */
export const skillLevels = [5, 4, 3, 2, 1] as const;
export const skillLevelLabels: Record<(typeof skillLevels)[number], string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
};
export const certificateTypes = ['skill_level', 'special_operation', 'industry_permit'] as const;
export const eligibilityGroups = ['registered_unemployed', 'rural_migrant', 'new_employment', 'any'] as const;
export const courseTracks = ['onboarding', 'growth', 'diploma', 'micro_unit'] as const;
export const courseStatuses = ['draft', 'open', 'running', 'finished', 'cancelled'] as const;
export const sessionKinds = ['theory', 'practice', 'online'] as const;
export const sessionKindLabels: Record<(typeof sessionKinds)[number], string> = { theory: '理论', practice: '实操', online: '线上' };
