// Stand-in for @tarojs/taro in unit tests: storage in memory, wx.login returning a fixed code, and
// request() sent with the real fetch to whatever URL the code under test asks for.
const storage = new Map<string, unknown>();

const Taro = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  login: async () => ({ code: 'test-code', errMsg: 'login:ok' }),
  async request(options: { url: string; method: string; data?: unknown; header?: Record<string, string> }) {
    const res = await fetch(options.url, {
      method: options.method,
      headers: options.header,
      body: options.data === undefined ? undefined : JSON.stringify(options.data),
    });
    const text = await res.text();
    return { statusCode: res.status, data: text ? JSON.parse(text) : undefined, header: {} };
  },
};

export default Taro;
