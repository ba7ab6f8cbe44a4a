import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens a page that may only talk to 127.0.0.1: anything else is aborted and remembered, so a test can assert
 * that no request left the machine. The phone's clock is Beijing time unless `timezoneId` says otherwise.
 */
export async function openOfflinePage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  geolocation?: { latitude: number; longitude: number },
  timezoneId = 'Asia/Shanghai',
) {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId,
    ...(geolocation ? { geolocation, permissions: ['geolocation'] } : {}),
  });
  const page: Page = await context.newPage();
  const external: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (local) return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return { page, context, external };
}
