// End-to-end tests against the release build, served on loopback, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  // Origins: the panel (127.0.0.1:4173), a host (localhost:4174), a stranger (127.0.0.1:4175) and a
  // platform API for the http transport (127.0.0.1:4176), an authorization server (127.0.0.1:4177)
  // and the e2e build of the panel that authorizes there (127.0.0.1:4178).
  webServer: [
    { command: 'node serve.mjs ../dist 4173 --csp', url: 'http://127.0.0.1:4173/', stdout: 'ignore' },
    { command: 'node serve.mjs hosts 4174', url: 'http://127.0.0.1:4174/frame.html', stdout: 'ignore' },
    { command: 'node serve.mjs hosts 4175', url: 'http://127.0.0.1:4175/frame.html', stdout: 'ignore' },
    { command: 'node platform.mjs 4176 http://127.0.0.1:4173', url: 'http://127.0.0.1:4176/control/state', stdout: 'ignore' },
    // The authorization tests: a build whose authorize URL points at a real authorization server.
    { command: 'node serve.mjs ../dist-e2e 4178 --csp', url: 'http://127.0.0.1:4178/', stdout: 'ignore' },
    {
      command: 'node authserver.mjs 4177 http://127.0.0.1:4178/callback.html http://localhost:4174/callback-landing.html',
      url: 'http://127.0.0.1:4177/.well-known/openid-configuration',
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
