/** What is waiting for the signed-in staff member or provider, counted in their scope. */
export interface Overview {
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
