/** Whether a write failed on a unique index: the claim-by-insert pattern's "someone got there first". */
export const isDuplicateKey = (error: unknown): boolean => (error as { code?: number } | null)?.code === 11000;
