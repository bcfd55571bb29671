// Shared helpers for the browser tests: Debian's Chromium through playwright-core, axe-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = (process.env.RECLAMO_E2E_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');
export const LOCALES = [
  ['en', 'ltr'], ['es', 'ltr'], ['vi', 'ltr'], ['ar', 'rtl'], ['am', 'ltr'], ['so', 'ltr'], ['zh-Hans', 'ltr'],
];

/** Waits until the server answers /healthz (cargo leptos end-to-end starts both at once). */
export async function waitForServer(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${BASE}/healthz`);
      if (res.ok) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${BASE} not ready: ${last}`);
}

/** Starts headless Chromium with the flags this closed network needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the current page and returns the violations.
 * The context must have bypassCSP so the checker can be injected; the page's own CSP is still
 * tested by the server's integration tests.
 */
export async function axe(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

/** Fails with a readable list when axe found anything. */
export function assertNoViolations(assert, violations, where) {
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 2)}`);
}
