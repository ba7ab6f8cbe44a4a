import { useState } from 'react';
import type { TokenPair } from '@yilu/shared';
import { loadSession, signIn, signOut } from './session';

/** The signed-in worker for a page, with sign-in and sign-out that track progress and errors. */
export function useSession() {
  const [session, setSession] = useState<TokenPair | null>(() => loadSession());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function login() {
    setBusy(true);
    setError('');
    try {
      setSession(await signIn());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function logout() {
    await signOut();
    setSession(null);
  }

  return { user: session?.user ?? null, busy, error, login, logout };
}
