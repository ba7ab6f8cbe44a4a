import { inject } from 'vitest';

/** Signs in as the e2e admin through the API, for tests that prepare data the way staff would. */
export async function adminToken(): Promise<string> {
  const admin = inject('admin');
  const res = await fetch(`${inject('apiOrigin')}/api/v1/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function apiPost(path: string, token: string, body: unknown) {
  const res = await fetch(`${inject('apiOrigin')}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}
