import { useEffect, useState } from 'react';
import type { TokenPair } from '@yilu/client';
import { loadSession, signIn, signOut } from './session';
import { onTokensChange } from './token-store';

/**
 * The signed-in worker for a page, with sign-in and sign-out that track progress and errors. When the sign-in
 * can no longer be renewed the page turns back to the guest view and says why.
 */
export function useSession() {
  const [session, setSession] = useState<TokenPair | null>(() => loadSession());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(
    () =>
      onTokensChange((pair, message) => {
        setSession(pair);
        if (message) setError(message);
      }),
    [],
  );

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
