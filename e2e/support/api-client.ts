import { inject } from 'vitest';

type Credentials = { username: string; password: string };

/** Signs in through the API (the e2e admin unless told), for tests that prepare data the way staff would. */
export async function staffToken(credentials: Credentials = inject('admin')): Promise<string> {
  const res = await fetch(`${inject('apiOrigin')}/api/v1/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: credentials.username, password: credentials.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${credentials.username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export const adminToken = () => staffToken();

export async function apiCall(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${inject('apiOrigin')}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- setup reads answers ad hoc; the apps are what e2e checks
  return { status: res.status, body: (await res.json()) as any };
}

export const apiPost = (path: string, token: string, body: unknown) => apiCall('POST', path, token, body);

/** Creates a training provider's account (as the admin) and signs it in. */
export async function providerToken(provider: Credentials & { displayName: string; providerId: string }): Promise<string> {
  const created = await apiPost('/accounts', await adminToken(), { ...provider, role: 'provider' });
  if (created.status !== 201) throw new Error(`account ${provider.username}: ${JSON.stringify(created.body)}`);
  return staffToken(provider);
}

/** A worker signed in with the dev sign-in the e2e API has switched on. */
export async function workerToken(nickname: string): Promise<string> {
  const res = await fetch(`${inject('apiOrigin')}/api/v1/auth/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nickname }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}
