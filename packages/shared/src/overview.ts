/** A point counts as needing verification after this many days. */
export const VERIFY_AFTER_DAYS = 90;
