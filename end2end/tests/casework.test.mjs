// Investigator works a case end to end in the browser: queue with the retaliation filter, the
// case page, assignment, a workflow move (and a refused one, with the reason kept), a note the
// worker can see, the live calculator (same code as the server) and a determination; the
// worker then sees the note on /status. Also the calculator without JavaScript. axe-core on
// every page and state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

const checkAxe = async (page, where) => assertNoViolations(assert, await axe(page), where);

async function fileComplaint(narrative, threat) {
  const res = await fetch(`${BASE}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      language: 'es', employer: { name: 'Jardines Verdes LLC' }, violations: ['minimum_wage'], narrative,
      job: { role: 'jardinero' }, retaliation: { immigration_threat: threat },
    }),
  });
  assert.equal(res.status, 201);
  return res.json();
}

async function signIn(context) {
  const page = await context.newPage();
  await page.goto(`${BASE}/staff/login`);
  await page.fill('#f-email', 'inv@e2e.test');
  await page.fill('#f-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  assert.equal(new URL(page.url()).pathname, '/staff');
  return page;
}

const grouped = (code) => `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`;

test('investigator: queue, case, assign, move, note, calculator, determination; worker sees the note', async () => {
  const filed = await fileComplaint('El patrón dijo que iba a llamar a la migra si me quejaba.', true);
  const context = await browser.newContext({ bypassCSP: true });
  const page = await signIn(context);

  await Promise.all([page.waitForNavigation(), page.click('a[href="/staff/cases"]')]);
  await checkAxe(page, 'queue');
  await page.selectOption('#q-flag', 'retaliation');
  await Promise.all([page.waitForNavigation(), page.click('form.filters button[type="submit"]')]);
  assert.match(page.url(), /flag=retaliation/);
  const link = page.locator('table.queue a.code', { hasText: grouped(filed.tracking_code) });
  assert.equal(await link.count(), 1, 'flagged case listed');
  assert.ok((await page.textContent('table.queue tbody tr:first-child')).includes('Urgent'));
  await checkAxe(page, 'queue filtered');

  await Promise.all([page.waitForNavigation(), link.click()]);
  const caseUrl = page.url();
  assert.ok((await page.textContent('main')).includes('llamar a la migra'));
  await checkAxe(page, 'case page');

  await Promise.all([page.waitForNavigation(), page.click('button[name="me"]')]);
  assert.ok((await page.textContent('.case-summary')).includes('inv@e2e.test'), 'assigned to me');

  // A refused move keeps what was typed and says why.
  await page.selectOption('#mv-to', 'resolved');
  await page.fill('#mv-reason', 'Trying to close without saying how');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/transition"] button')]);
  assert.ok(await page.isVisible('[role="alert"]'));
  assert.equal(await page.inputValue('#mv-reason'), 'Trying to close without saying how');
  await checkAxe(page, 'case page with a refused move');

  await page.selectOption('#mv-to', 'triage');
  await page.fill('#mv-reason', 'Called the worker back');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/transition"] button')]);
  assert.ok((await page.textContent('.case-summary')).includes('Being reviewed'));
  await page.selectOption('#mv-to', 'investigating');
  await page.fill('#mv-reason', 'Notice to the employer');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/transition"] button')]);

  await page.fill('#nt-body', 'Hablamos con su empleador esta semana.');
  await page.check('#nt-visible');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/notes"] button')]);
  assert.ok((await page.textContent('ol.timeline')).includes('Hablamos con su empleador esta semana.'));

  // The calculator recomputes while typing (the island runs the shared calculator in wasm).
  // Typing before the wasm has loaded is not lost, but only input after hydration is live:
  // type again until the live result shows (at most 10 s).
  let live = false;
  for (let i = 0; i < 20 && !live; i++) {
    await page.fill('#calc-start', '2026-03-01');
    await page.fill('#calc-end', '2026-03-14');
    await page.fill('#calc-paid', '1000');
    await page.fill('#calc-hours', '80');
    live = (await page.textContent('.calc-result')).includes('$543.20');
    if (!live) await page.waitForTimeout(500);
  }
  assert.ok(live, 'live calculator result');
  // A confirmed threat about immigration escalates live: the per-worker fine and the policy line.
  await page.fill('#calc-instances-immigration_threat', '1');
  const escalated = await page.textContent('.calc-result');
  assert.ok(escalated.includes('$25,000.00') && escalated.includes('city policy, not yet law'), escalated);
  await page.fill('#calc-instances-immigration_threat', '');
  await checkAxe(page, 'calculator with live result');
  await Promise.all([page.waitForNavigation(), page.click('button[name="op"][value="record"]')]);
  assert.ok((await page.textContent('.determination')).includes('$543.20'));
  await checkAxe(page, 'case page with a pending determination');
  await context.close();

  // The worker sees the visible note on /status.
  const worker = await browser.newContext({ bypassCSP: true });
  const w = await worker.newPage();
  await w.goto(`${BASE}/status?lang=es`);
  await w.fill('#f-tracking-code', filed.tracking_code);
  await w.fill('#f-access-code', filed.access_code);
  await Promise.all([w.waitForNavigation(), w.click('form[action="/status"] button')]);
  const text = await w.textContent('main');
  assert.ok(text.includes('Hablamos con su empleador esta semana.'), 'visible note shown');
  assert.ok(!text.includes('Called the worker back'), 'reasons stay internal');
  await checkAxe(w, 'status with a note');
  await worker.close();
  assert.ok(caseUrl.includes('/staff/cases/'));
});

test('calculator without JavaScript: the server computes', async () => {
  await fileComplaint('No me pagaron el mínimo.', false);
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
  const page = await signIn(context);
  await page.goto(`${BASE}/staff/cases?q=jardines`);
  await Promise.all([page.waitForNavigation(), page.click('table.queue a.code >> nth=0')]);
  await page.fill('#calc-start', '2026-03-01');
  await page.fill('#calc-end', '2026-03-14');
  await page.fill('#calc-hours', '80');
  await page.fill('#calc-paid', '1000');
  await Promise.all([page.waitForNavigation(), page.click('button[name="op"][value="calculate"]')]);
  assert.ok((await page.textContent('.calc-result')).includes('$543.20'));
  assert.equal(await page.inputValue('#calc-hours'), '80', 'typed values kept');
  // Retaliation by kind, without JavaScript too.
  await page.fill('#calc-instances-hours_or_pay_cut', '2');
  await Promise.all([page.waitForNavigation(), page.click('button[name="op"][value="calculate"]')]);
  assert.equal(await page.inputValue('#calc-instances-hours_or_pay_cut'), '2', 'typed values kept');
  assert.ok((await page.textContent('.calc-result')).includes('hours_or_pay_cut #2'));
  // (axe needs JavaScript; the same page is checked with it in the test above.)
  await context.close();
});
