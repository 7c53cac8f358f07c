import type { Locator, Page } from 'playwright-core';

/**
 * Moves focus with Tab (or Shift+Tab) until `target` has it; fails if it is never reached. Used
 * instead of clicks so the end-to-end flow proves every step works by keyboard alone.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  const max = options.max ?? 80;
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Not reachable by keyboard within ${max} Tab presses: ${target.toString()}`);
}

/** Focus by Tab, then type as a person would. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Focus by Tab, then press Enter (buttons, links) or Space (checkboxes). */
export async function activate(
  page: Page,
  target: Locator,
  key: 'Enter' | 'Space' = 'Enter',
): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
