// Stand-in for @tarojs/taro in unit tests: storage in memory, wx.login returning a fixed code, the page's query, the
// subscribe prompt, toasts, redirects and page moves that do nothing, a confirmed dialog, and
// request() sent with the real fetch to whatever URL the code under test asks for (a string body as it is,
// as WeChat sends it; the answer parsed as JSON when it is JSON).
const storage = new Map<string, unknown>();

const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

/** The page's query, as the test opened it. */
export const router = { params: {} as Record<string, string | undefined> };
export const useRouter = () => router;

const Taro = {
  eventCenter: {
    on: (name: string, fn: (...args: unknown[]) => void) => void listeners.set(name, (listeners.get(name) ?? new Set()).add(fn)),
    off: (name: string, fn: (...args: unknown[]) => void) => void listeners.get(name)?.delete(fn),
    trigger: (name: string, ...args: unknown[]) => listeners.get(name)?.forEach((fn) => fn(...args)),
  },
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  login: async () => ({ code: 'test-code', errMsg: 'login:ok' }),
  // The WeChat subscribe prompt, accepted for every template; tests spy on it to see it asked or answer otherwise.
  requestSubscribeMessage: async ({ tmplIds }: { tmplIds: string[] }): Promise<Record<string, string>> => ({
    ...Object.fromEntries(tmplIds.map((id) => [id, 'accept'])),
    errMsg: 'requestSubscribeMessage:ok',
  }),
  showToast: async (_options: { title: string; icon?: string }) => ({ errMsg: 'showToast:ok' }),
  redirectTo: async (_options: { url: string }) => ({ errMsg: 'redirectTo:ok' }),
  navigateTo: async (_options: { url: string }) => ({ errMsg: 'navigateTo:ok' }),
  switchTab: async (_options: { url: string }) => ({ errMsg: 'switchTab:ok' }),
  // The confirmation dialog, confirmed; tests spy on it to see what it asks or to cancel.
  showModal: async (_options: { title: string; content: string; confirmText?: string; cancelText?: string }) => ({
    confirm: true,
    cancel: false,
    errMsg: 'showModal:ok',
  }),
  async request(options: { url: string; method: string; data?: unknown; header?: Record<string, string> }) {
    const res = await fetch(options.url, {
      method: options.method,
      headers: options.header,
      body: options.data === undefined || typeof options.data === 'string' ? options.data : JSON.stringify(options.data),
    });
    const text = await res.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // not JSON: WeChat hands the text over as it came
    }
    const header: Record<string, string> = {};
    res.headers.forEach((value, name) => (header[name] = value));
    return { statusCode: res.status, data, header };
  },
};

export default Taro;
