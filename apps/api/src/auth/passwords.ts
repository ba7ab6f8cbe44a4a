import argon2 from 'argon2';

// OWASP's minimum for Argon2id: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

/** A real hash to verify against when the username is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('not-a-real-password');
  try {
    const ok = await argon2.verify(hash ?? (await dummyHash), password);
    return Boolean(hash) && ok;
  } catch {
    return false;
  }
}
