// The suite runs Chromium as people do, with third-party storage partitioning on (Playwright turns
// it off unless asked; playwright.config.js asks). This checks the browser really partitions: a
// panel framed by another site does not share a BroadcastChannel with a first-party page of its
// own origin, while a panel framed by a host on its own site does.
import { test, expect } from '@playwright/test';
import { HOST, PANEL, openHost } from './host.js';

const SAME_SITE_HOST = 'http://127.0.0.1:4174';

async function heardFromFirstParty(page, context, hostOrigin) {
  const host = await openHost(page, { hostOrigin, trusted: hostOrigin });
  await host.waitFor('ready');
  const frame = page.frame({ url: /127\.0\.0\.1:4173/ });
  await frame.evaluate(() => {
    window.heard = [];
    new BroadcastChannel('partitioning-probe').onmessage = (e) => window.heard.push(e.data);
  });
  const firstParty = await context.newPage();
  await firstParty.goto(`${PANEL}/partitioning-probe`); // any page of the origin (a 404 will do)
  await firstParty.evaluate(() => new BroadcastChannel('partitioning-probe').postMessage('hello'));
  await page.waitForTimeout(500);
  return frame.evaluate(() => window.heard);
}

test('a frame on another site is partitioned from its own origin’s first-party pages', async ({ page, context }) => {
  expect(await heardFromFirstParty(page, context, HOST)).toEqual([]);
});

test('a frame on the same site is not', async ({ page, context }) => {
  expect(await heardFromFirstParty(page, context, SAME_SITE_HOST)).toEqual(['hello']);
});
