// Importing the SDK where there is no DOM (server-side rendering) touches nothing and throws nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the SDK imports in Node without a DOM', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  const sdk = await import('../build/js/index.js');
  assert.equal(typeof sdk.createConnectionPanel, 'function');
  assert.deepEqual(sdk.cspDirectives('iframe', 'https://panel.example.com/x'), { 'frame-src': ['https://panel.example.com'] });
});
