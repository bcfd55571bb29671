// Intake: complete the wizard in Spanish and in Arabic, with and without JavaScript; axe-core on
// every step including error states; the estimate computes live; the codes work on /status.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, waitForServer, launch, axe, assertNoViolations } from './helpers.mjs';
import { readFileSync } from 'node:fs';

let browser;
before(async () => {
  await waitForServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const checkAxe = async (page, where) => assertNoViolations(assert, await axe(page), where);
const next = (page) => Promise.all([page.waitForNavigation(), page.click('button[name="nav"][value="next"]')]);

async function completeWizard(page, lang, { withAxe }) {
  await page.goto(`${BASE}/report?lang=${lang}`);
  assert.equal(await page.getAttribute('html', 'lang'), lang);
  if (withAxe) await checkAxe(page, `${lang} step 1`);
  // Error state first: continue with nothing chosen.
  await next(page);
  assert.ok(await page.isVisible('#error-summary'), 'error summary shown');
  assert.equal(await page.getAttribute('#f-violations', 'aria-invalid'), 'true');
  if (withAxe) await checkAxe(page, `${lang} step 1 with errors`);
  await page.check('input[name="violations"][value="unpaid_wages"]');
  await page.check('input[name="violations"][value="overtime"]');
  await page.fill('#f-narrative', lang === 'ar'
    ? 'لم يدفع لي صاحب العمل أجر أسبوعين وقال إنه سيتصل بالهجرة إذا اشتكيت.'
    : 'No me pagaron dos semanas y el patrón dijo que iba a llamar a la migra.');
  await page.fill('#f-estimated-owed', '1200');
  await next(page);
  // Employer.
  if (withAxe) await checkAxe(page, `${lang} step 2`);
  await page.fill('#f-employer-name', lang === 'ar' ? 'مطعم الواحة' : 'Restaurante El Sol');
  await page.selectOption('#f-employer-industry', 'restaurant');
  await next(page);
  // Job.
  if (withAxe) await checkAxe(page, `${lang} step 3`);
  await page.check('input[name="job.pay_basis"][value="hour"]');
  await page.fill('#f-job-pay-rate', '15');
  await next(page);
  // Safety.
  if (withAxe) await checkAxe(page, `${lang} step 4`);
  await page.check('input[name="retaliation.immigration_threat"][value="yes"]');
  await next(page);
  // Contact: an invalid email is an error next to its field, nothing lost.
  if (withAxe) await checkAxe(page, `${lang} step 5`);
  await page.fill('#f-contact-phone', '303 555 0147');
  await page.fill('#f-contact-email', 'no-arroba');
  await next(page);
  assert.equal(await page.getAttribute('#f-contact-email', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#f-contact-phone'), '303 555 0147');
  if (withAxe) await checkAxe(page, `${lang} step 5 with errors`);
  await page.fill('#f-contact-email', '');
  await next(page);
  // Review.
  if (withAxe) await checkAxe(page, `${lang} review`);
  const review = await page.textContent('main');
  assert.ok(review.includes(lang === 'ar' ? 'مطعم الواحة' : 'Restaurante El Sol'), 'review shows the employer');
  await Promise.all([page.waitForNavigation(), page.click('button[value="send"]')]);
  // Done.
  const tracking = (await page.textContent('#tracking-code')).trim();
  const access = (await page.textContent('#access-code')).trim();
  assert.match(tracking, /^\d{3}-\d{3}-\d{4}$/);
  assert.match(access, /^\d{5}-\d{5}-\d{5}$/);
  if (withAxe) await checkAxe(page, `${lang} done`);
  // Status with the codes as shown.
  await page.goto(`${BASE}/status`);
  await page.fill('#f-tracking-code', tracking);
  await page.fill('#f-access-code', access);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  assert.ok(await page.isVisible('#status-current'), 'status shown');
  if (withAxe) await checkAxe(page, `${lang} status`);
  return { tracking, access };
}

test('wizard in Spanish with JavaScript, axe-clean on every step and error state', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await completeWizard(page, 'es', { withAxe: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('wizard in Arabic (right to left), axe-clean', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${BASE}/report?lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await completeWizard(page, 'ar', { withAxe: true });
  await context.close();
});

test('wizard without JavaScript, including the estimate helper', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/report?lang=es`);
  // The helper works by posting to the server.
  await page.click('summary');
  await page.fill('#est-hours', '40');
  await page.fill('#est-rate', '15');
  await page.fill('#est-paid', '500');
  await Promise.all([page.waitForNavigation(), page.click('button[value="estimate"]')]);
  assert.equal(await page.inputValue('#f-estimated-owed'), '271.60');
  await completeWizard(page, 'es', { withAxe: false });
  await context.close();
});

test('the estimate computes while typing (its own small wasm under the CSP, no framework runtime)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const wasm = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(`${BASE}/report?lang=en`);
  await page.click('summary');
  // Typed before or after the module loads, the result follows the fields.
  await page.fill('#est-rate', '15');
  await page.fill('#est-paid', '500');
  await page.fill('#est-hours', '40');
  await page.waitForFunction(() => document.querySelector('.estimate-result')?.textContent.includes('$271.60'), null, { timeout: 10_000 });
  await page.fill('#est-rate', '15x');
  await page.waitForFunction(() => document.querySelector('.estimate-result')?.textContent.includes('number'), null, { timeout: 5_000 });
  assert.deepEqual(errors, []);
  // Only the estimate module: the Leptos bundle (staff islands) is not loaded by public pages.
  assert.equal(wasm.length, 1, `wasm loaded: ${wasm}`);
  assert.match(wasm[0], /^\/pkg\/estimate-[0-9a-f]{16}_bg\.wasm$/);
  await context.close();
});

test('status: wrong codes get one answer; keyboard and axe on the form', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${BASE}/status?lang=am`);
  await checkAxe(page, 'status am');
  await page.fill('#f-tracking-code', '1234567890');
  await page.fill('#f-access-code', '000000000000000');
  await Promise.all([page.waitForNavigation(), page.press('#f-access-code', 'Enter')]);
  assert.ok(await page.isVisible('[role="alert"], .error'));
  await checkAxe(page, 'status am with error');
  await context.close();
});

test('evidence without JavaScript, in Amharic: a photo from the status page, refused files explained', async () => {
  const res = await fetch(`${BASE}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      language: 'am', employer: { name: 'Abebe Parking' }, violations: ['unpaid_wages'],
      narrative: 'ደመወዜን አልከፈሉኝም።', job: { role: 'parking' },
    }),
  });
  assert.equal(res.status, 201);
  const filed = await res.json();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/status?lang=am`);
  await page.fill('#f-tracking-code', filed.tracking_code);
  await page.fill('#f-access-code', filed.access_code);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/status"] button')]);
  assert.equal(await page.getAttribute('html', 'lang'), 'am');
  assert.equal(await page.getAttribute('form[action="/status/evidence"]', 'enctype'), 'multipart/form-data');
  const photo = readFileSync(new URL('../fixtures/gps-exif.jpg', import.meta.url));
  await page.setInputFiles('#evidence-file', { name: 'IMG_0001.JPG', mimeType: 'image/jpeg', buffer: photo });
  await page.fill('#evidence-description', 'የደመወዝ ወረቀት');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/status/evidence"] button')]);
  const notice = await page.textContent('[role="status"]');
  assert.ok(/[\u1200-\u137F]/.test(notice), `confirmation in Amharic: ${notice}`);
  assert.ok((await page.textContent('.evidence-list')).includes('የደመወዝ ወረቀት'), 'listed with its description');
  // A program renamed .jpg is refused, in Amharic, and the page keeps working.
  await page.setInputFiles('#evidence-file', { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ\x90\x00 not a photo') });
  await Promise.all([page.waitForNavigation(), page.click('form[action="/status/evidence"] button')]);
  const alert = await page.textContent('[role="alert"]');
  assert.ok(/[\u1200-\u137F]/.test(alert), `refusal in Amharic: ${alert}`);
  assert.equal((await page.$$('.evidence-list li')).length, 1, 'nothing kept');
  await context.close();
  // The same page with its form passes axe (axe itself needs JavaScript).
  const checked = await browser.newContext({ bypassCSP: true });
  const p2 = await checked.newPage();
  await p2.goto(`${BASE}/status?lang=am`);
  await p2.fill('#f-tracking-code', filed.tracking_code);
  await p2.fill('#f-access-code', filed.access_code);
  await Promise.all([p2.waitForNavigation(), p2.click('form[action="/status"] button')]);
  await checkAxe(p2, 'status am with the evidence form');
  await checked.close();
});
