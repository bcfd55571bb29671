// Staff: a supervisor signs in with the keyboard only, sets up two-factor sign-in, signs out, signs
// in again with the one-time code, finds and opens a case, signs out; axe-core on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { BASE, waitForServer, launch, axe, assertNoViolations } from './helpers.mjs';

const PASSWORD = process.env.RECLAMO_E2E_PASSWORD || 'e2e correct horse battery';
let browser;
before(async () => {
  await waitForServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function base32Decode(s) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0; let value = 0; const out = [];
  for (const ch of s.replace(/=+$/, '')) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  return Buffer.from(out);
}

function totp(secret) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const h = createHmac('sha1', secret).update(counter).digest();
  const o = h[h.length - 1] & 0x0f;
  const bin = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(bin % 1_000_000).padStart(6, '0');
}

/** Presses Tab until `selector` has focus (keyboard only), failing after 60 presses. */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${selector} with Tab`);
}

const checkAxe = async (page, where) => assertNoViolations(assert, await axe(page), where);

test('supervisor: keyboard sign-in, two-factor set-up, sign-in with code, case, sign-out', async () => {
  // A complaint to find later.
  const filed = await (await fetch(`${BASE}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: 'es', employer: { name: 'Techos Rápidos' }, violations: ['unpaid_wages'], narrative: 'El capataz dijo que llamaría a inmigración.' }),
  })).json();

  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${BASE}/staff/login`);
  await checkAxe(page, 'staff login');
  await tabTo(page, '#f-email');
  await page.keyboard.type('sup@e2e.test');
  await tabTo(page, '#f-password');
  await page.keyboard.type(PASSWORD);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/staff');
  assert.ok(await page.isVisible('form[action="/staff/2fa/start"]'), 'two-factor set-up required');
  await checkAxe(page, 'staff home (two-factor required)');

  await tabTo(page, 'form[action="/staff/2fa/start"] button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await checkAxe(page, 'two-factor enrolment');
  const key = (await page.textContent('#totp-key')).trim();
  const secret = base32Decode(key);
  await tabTo(page, '#f-code');
  await page.keyboard.type(totp(secret));
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const codes = await page.$$eval('.recovery-codes code', (els) => els.map((e) => e.textContent));
  assert.equal(codes.length, 10);
  await checkAxe(page, 'recovery codes');

  await tabTo(page, 'form[action="/staff/logout"] button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/staff/login');

  // Password alone is no longer enough.
  await page.fill('#f-email', 'sup@e2e.test');
  await page.fill('#f-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  assert.ok(await page.isVisible('[role="alert"]'), 'code required');
  await checkAxe(page, 'login error');
  await page.fill('#f-password', PASSWORD);
  await page.fill('#f-totp', totp(secret));
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  assert.equal(new URL(page.url()).pathname, '/staff');

  await page.fill('#f-tracking', filed.tracking_code);
  await Promise.all([page.waitForNavigation(), page.press('#f-tracking', 'Enter')]);
  await checkAxe(page, 'case search');
  await Promise.all([page.waitForNavigation(), page.click('.case-list a')]);
  assert.ok((await page.textContent('main')).includes('El capataz dijo que llamaría a inmigración.'));
  await checkAxe(page, 'case view');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/staff/logout"] button')]);
  const res = await page.goto(`${BASE}/staff`);
  assert.equal(new URL(page.url()).pathname, '/staff/login', 'signed out');
  assert.ok(res.ok());
  await context.close();
});
