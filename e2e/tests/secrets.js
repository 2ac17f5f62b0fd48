// Where a secret must never be: any page's or frame's URL, localStorage, sessionStorage, cookies or
// DOM attributes, and any console line. Messages the protocol names are the only way out.
import { expect } from '@playwright/test';

/** Records every console line and uncaught error of the page and its frames (and later popups). */
export function recordConsole(context) {
  const lines = [];
  const watch = (page) => {
    page.on('console', (m) => lines.push(m.text()));
    page.on('pageerror', (e) => lines.push(String(e)));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return lines;
}

async function keptIn(frame) {
  return frame
    .evaluate(() => {
      const read = (storage) => {
        try {
          return JSON.stringify({ ...storage() });
        } catch {
          return '';
        }
      };
      const attributes = [...document.querySelectorAll('*')]
        .flatMap((el) => [...el.attributes].map((a) => `<${el.localName} ${a.name}="${a.value}">`))
        .join('\n');
      return {
        url: location.href,
        localStorage: read(() => localStorage),
        sessionStorage: read(() => sessionStorage),
        cookie: document.cookie,
        attributes,
      };
    })
    .catch(() => null); // a frame that navigated away meanwhile keeps nothing to look at
}

/** Fails naming the place if any of `secrets` is kept anywhere a page can keep it. */
export async function expectNoSecretKept(context, consoleLines, secrets) {
  expect(secrets.every((s) => typeof s === 'string' && s.length >= 8), 'the secrets to look for').toBe(true);
  const places = [['console', consoleLines.join('\n')]];
  places.push(['cookies', JSON.stringify(await context.cookies())]);
  for (const page of context.pages()) {
    for (const frame of page.frames()) {
      const kept = await keptIn(frame);
      if (!kept) continue;
      for (const [where, text] of Object.entries(kept)) places.push([`${frame.url()} ${where}`, text]);
    }
  }
  for (const secret of secrets) {
    for (const [where, text] of places) expect(text, `a secret in ${where}`).not.toContain(secret);
  }
}
