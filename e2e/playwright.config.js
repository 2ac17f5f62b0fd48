// End-to-end tests against the release build, served on loopback, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

// Playwright turns Chromium's third-party storage partitioning off; people's browsers have it on.
// Its own --disable-features list, repeated without that entry, comes later and so wins (the
// partitioning spec checks that frames of another site really are partitioned).
const disabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
];

export const chromiumArgs = [
  `--disable-features=${disabledFeatures.join(',')}`,
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
  // Origins: the panel (127.0.0.1:4173), a host on another site (localhost:4174) and on the same
  // site (127.0.0.1:4174), a stranger (127.0.0.1:4175), a platform API for the http transport
  // (127.0.0.1:4176), an authorization server (127.0.0.1:4177), the e2e build of the panel that
  // authorizes there (127.0.0.1:4178), an attacker's server that records every request
  // (127.0.0.1:4179), the panel under a sub-path (127.0.0.1:4180/apps/panel/) and the panel served
  // with no Content-Security-Policy (127.0.0.1:4181), and the secret scan's own platform
  // (127.0.0.1:4182), the SDK's host application (localhost:4183, listed; 127.0.0.1:4184, not).
  // Every panel lists the hosts and endpoints of
  // deployment.mjs; the stranger and the attacker are on no list.
  webServer: [
    { command: 'node serve.mjs ../dist 4173 --csp --deployment', url: 'http://127.0.0.1:4173/', stdout: 'ignore' },
    { command: 'node serve.mjs hosts 4174', url: 'http://127.0.0.1:4174/frame.html', stdout: 'ignore' },
    { command: 'node serve.mjs hosts 4175', url: 'http://127.0.0.1:4175/frame.html', stdout: 'ignore' },
    { command: 'node platform.mjs 4176 http://127.0.0.1:4173,http://127.0.0.1:4181 http://127.0.0.1:4179', url: 'http://127.0.0.1:4176/control/state', stdout: 'ignore' },
    { command: 'node platform.mjs 4179 http://127.0.0.1:4173,http://127.0.0.1:4181', url: 'http://127.0.0.1:4179/control/state', stdout: 'ignore' },
    { command: 'node platform.mjs 4182 http://127.0.0.1:4173', url: 'http://127.0.0.1:4182/control/state', stdout: 'ignore' },
    { command: 'node serve.mjs ../dist 4180 --csp --deployment --prefix /apps/panel/', url: 'http://127.0.0.1:4180/apps/panel/', stdout: 'ignore' },
    { command: 'node serve.mjs ../dist 4181 --deployment', url: 'http://127.0.0.1:4181/', stdout: 'ignore' },
    // The SDK's host application (sdk-host/build, made by scripts/test.sh from the packed package).
    { command: 'node serve.mjs sdk-host/build 4183 --host-csp', url: 'http://127.0.0.1:4183/index.html', stdout: 'ignore' },
    { command: 'node serve.mjs sdk-host/build 4184 --host-csp', url: 'http://127.0.0.1:4184/index.html', stdout: 'ignore' },
    // The authorization tests: a build whose authorize URL points at a real authorization server.
    { command: 'node serve.mjs ../dist-e2e 4178 --csp', url: 'http://127.0.0.1:4178/', stdout: 'ignore' },
    {
      command: 'node authserver.mjs 4177 http://127.0.0.1:4178/callback.html http://localhost:4174/callback-landing.html http://127.0.0.1:4174/callback-landing.html',
      url: 'http://127.0.0.1:4177/.well-known/openid-configuration',
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
