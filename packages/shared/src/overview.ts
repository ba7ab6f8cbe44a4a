/** What is waiting for the signed-in staff member or provider, counted in their scope. */
export interface Overview {
  /** The user's scope in words: an area's name ("乌鲁木齐市米东区"), a provider id, or 全部区域 for admins. */
  scopeName: string;
  /** Enrollments waiting for review (applied). */
  pendingEnrollments: number;
  /** Open classes whose first session is within the next 14 days. */
  classesStartingSoon: number;
  /** Enrollments certified in the current year. */
  certifiedThisYear: number;
  /** Workers' reports about service points still open (area staff only). */
  openReports?: number;
  /** Published points not verified for 90 days or more (area staff only). */
  pointsToVerify?: number;
}

/** A point counts as needing verification after this many days. */
export const VERIFY_AFTER_DAYS = 90;
