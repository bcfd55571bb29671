// Foundation: every locale renders, Arabic is right-to-left, pages work without JavaScript,
// axe-core finds no violations, the keyboard reaches the content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LOCALES, waitForServer, launch, axe, assertNoViolations } from './helpers.mjs';

let browser;
before(async () => {
  await waitForServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('home, rights and privacy render in every locale with lang and dir, axe-clean', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  for (const [code, dir] of LOCALES) {
    for (const path of ['/', '/rights', '/privacy']) {
      const res = await page.goto(`${BASE}${path}?lang=${code}`);
      assert.equal(res.status(), 200, `${path} ${code}`);
      assert.equal(await page.getAttribute('html', 'lang'), code);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      const h1 = await page.textContent('h1');
      assert.ok(h1 && h1.trim().length > 0, `${path} ${code}: empty h1`);
      assertNoViolations(assert, await axe(page), `${path}?lang=${code}`);
    }
  }
  await context.close();
});

test('Arabic lays out right to left', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/?lang=ar`);
  const direction = await page.evaluate(() => getComputedStyle(document.querySelector('main')).direction);
  assert.equal(direction, 'rtl');
  // The brand sits at the inline start: on the right in RTL.
  const brand = await page.locator('.brand').boundingBox();
  const width = page.viewportSize().width;
  assert.ok(brand.x > width / 2, `brand at x=${brand.x} of ${width}: not mirrored`);
  await context.close();
});

test('without JavaScript: switch language, follow the three actions, read the rights', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.click('a[hreflang="es"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  // The choice is remembered by cookie on the next page.
  await page.goto(`${BASE}/rights`);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  const tel = await page.getAttribute('a[href^="tel:"]', 'href');
  assert.equal(tel, 'tel:+18448648341');
  await page.goto(`${BASE}/`);
  const actions = await page.$$eval('.actions a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(actions, ['/report', '/status', '/rights']);
  await context.close();
});

test('keyboard: the skip link is first and moves focus to the content', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/?lang=en`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.className);
  assert.equal(focused, 'skip-link');
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => document.activeElement.id);
  assert.equal(target, 'main');
  await context.close();
});

test('the page has no console errors and sends security headers', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const res = await page.goto(`${BASE}/rights?lang=so`);
  const headers = res.headers();
  assert.match(headers['content-security-policy'], /frame-ancestors 'none'/);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.deepEqual(errors, []);
  await context.close();
});
