import path from 'node:path';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../src/staff/passwords';
import { rulesVersion } from '../../src/screening';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { MemoryStaffAccounts } from '../../src/storage/memory-staff-accounts';
import { OPEN_NOW, openClock } from '../helpers/staff-api';
import { screeningContent } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { ARTIFACTS, type Browser, launchBrowser, runAxe, serious } from '../helpers/browser';

jest.setTimeout(120_000);

const rule = (id: string) => screeningContent.rules.find((r) => r.id === id)!;

describe('the front desk looks up a clearance reference in the staff console (headless Chromium)', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const staffAccounts = new MemoryStaffAccounts();
    await staffAccounts.add({
      name: 'fiona',
      role: 'front_desk',
      passwordHash: await hashPassword('front desk password 1'),
      createdAt: OPEN_NOW,
    });
    const records = new MemoryScreeningRecords();
    // What a needs_clearance health check leaves behind: the outcome, the rules that fired and the reference.
    await records.recordOutcome({
      conversationId: 'conv-clearance',
      userId: 'user-clearance',
      outcome: 'needs_clearance',
      allowedServices: ['mld-60'],
      clinicianKind: 'obstetrician_or_midwife',
      firedRules: ['pregnancy'],
      rulesVersion: rulesVersion(screeningContent),
      completedAt: OPEN_NOW,
      clearanceCode: 'CL-7F3K',
    });
    running = await startTestApp({ clock: openClock(), overrides: { staffAccounts, screeningRecords: records } });
  });
  afterAll(async () => {
    await running?.close();
  });
  // Each test signs in on a browser of its own.
  beforeEach(async () => {
    browser = await launchBrowser();
    page = browser.page;
    await page.goto(`${running.url}/staff`);
    await page.getByLabel('Name').fill('fiona');
    await page.getByLabel('Password').fill('front desk password 1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#app').waitFor();
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('shows why an OK is needed, whose, and what to leave out for the code on the booking', async () => {
    await page.getByLabel('Reference from the booking (e.g. CL-7F3K)').fill('cl-7f3k');
    await page.keyboard.press('Enter');
    const result = page.locator('#clearance-result');
    await result.getByRole('heading', { name: 'CL-7F3K' }).waitFor();
    const shown = await result.innerText();
    expect(shown).toContain(rule('pregnancy').reason);
    expect(shown).toContain(screeningContent.clinicians.obstetrician_or_midwife);
    expect(shown).toContain('abdomen');
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-console-clearance.png') });
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('says plainly when a reference is unknown', async () => {
    await page.getByLabel('Reference from the booking (e.g. CL-7F3K)').fill('CL-2222');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.locator('#clearance-error').filter({ hasText: /./ }).waitFor();
    expect(await page.locator('#clearance-result').innerText()).toBe('');
  });
});
