import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a rider taps on the h5 pages: each must be at least 44 × 44 px. */
export const riderTargets = [
  '.taro-button-core',
  '.taro-input-core',
  '.course-form__consent',
  '.weui-switch',
  '.chip',
  '.tap-link',
  '.point-row',
  '.weui-tabbar__item',
  '.point-page__link',
  '.me__withdraw',
  '.page-header__back',
  '.job-card',
  '.pathway-class',
  '.job-form__consent',
].join(', ');

interface Audit {
  smallText: string[];
  smallTargets: string[];
  bodySize: number;
}

/** What a rider's eyes and thumb meet on the page on screen: visible text under 14 px and targets under 44 × 44 px. */
function audit(page: Page): Promise<Audit> {
  return page.evaluate((selector) => {
    const visible = (el: Element) => el.checkVisibility() && !el.closest('.leaflet-container') && el.getBoundingClientRect().width > 0;
    const smallText: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (n.textContent?.trim() && visible(el) && size < 14) smallText.push(`${n.textContent.trim().slice(0, 16)} ${size}px`);
    }
    const smallTargets = [...document.querySelectorAll(selector)]
      .filter(visible)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.textContent?.trim().slice(0, 16)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    const root = document.querySelector('.taro_page:not([style*="display: none"]) .page, .map-page') ?? document.body;
    return { smallText, smallTargets, bodySize: parseFloat(getComputedStyle(root).fontSize) };
  }, riderTargets);
}

/** Nothing under 14 px, no target under 44 × 44 px, and body text of 16 px or more, once transitions have settled. */
export async function expectLegible(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  const found = await audit(page);
  expect(found.smallText).toEqual([]);
  expect(found.smallTargets).toEqual([]);
  expect(found.bodySize).toBeGreaterThanOrEqual(16);
}
