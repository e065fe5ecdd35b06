import { hashPassword } from '../../src/staff/passwords';
import { MemoryStaffAccounts } from '../../src/storage/memory-staff-accounts';
import { messages } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { OPEN_NOW, openClock } from '../helpers/staff-api';
import { type Browser, launchBrowser, runAxe, serious } from '../helpers/browser';

jest.setTimeout(120_000);

describe('the staff console on demo content (headless Chromium)', () => {
  let running: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const staffAccounts = new MemoryStaffAccounts();
    await staffAccounts.add({
      name: 'clara',
      role: 'front_desk',
      passwordHash: await hashPassword('console password 1'),
      createdAt: OPEN_NOW,
    });
    // The shipped knowledge folder: drafts nobody has clinically signed.
    running = await startTestApp({ clock: openClock(), overrides: { staffAccounts } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('tells staff, after sign-in, that the content is a demo and not clinically reviewed', async () => {
    const { page } = browser;
    await page.goto(`${running.url}/staff`);
    await page.getByLabel('Name').fill('clara');
    await page.getByLabel('Password').fill('console password 1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#app').waitFor();
    const note = page.getByRole('note');
    await note.waitFor();
    expect(await note.innerText()).toBe(messages.text('staff_demo_content_notice'));
    expect(serious(await runAxe(page))).toEqual([]);
  });
});
