import { rulesVersion } from '../../../../src/screening';
import { MemoryScreeningRecords } from '../../../../src/storage/memory-screening-records';
import { API_TOKEN } from '../../../helpers/staff-api';
import { screeningContent } from '../../../helpers/screening';
import { type RunningApp, startTestApp, TEST_NOW } from '../../../helpers/test-app';

const rule = (id: string) => screeningContent.rules.find((r) => r.id === id)!;

describe('GET /staff/api/clearances/:code (the front desk looks up a booking card reference)', () => {
  let running: RunningApp;
  const records = new MemoryScreeningRecords();
  beforeAll(async () => {
    running = await startTestApp({
      env: { STAFF_API_TOKEN: API_TOKEN },
      overrides: { screeningRecords: records },
    });
    await records.recordOutcome({
      conversationId: 'conv-1',
      userId: 'user-1',
      outcome: 'needs_clearance',
      allowedServices: ['mld-60', 'facial-mld'],
      clinicianKind: 'obstetrician_or_midwife',
      firedRules: ['pregnancy', 'blood_thinners_taken'],
      rulesVersion: rulesVersion(screeningContent),
      completedAt: TEST_NOW,
      clearanceCode: 'CL-7F3K',
    });
  });
  afterAll(() => running.close());

  const get = (code: string, token = API_TOKEN) =>
    fetch(`${running.url}/staff/api/clearances/${encodeURIComponent(code)}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });

  it('gives the clearance reasons, whose OK and the areas to leave out, and no answers', async () => {
    const response = await get('cl-7f3k');
    expect(response.status).toBe(200);
    const { clearance } = (await response.json()) as { clearance: Record<string, unknown> };
    expect(clearance).toEqual({
      code: 'CL-7F3K',
      completedAt: TEST_NOW.toISOString(),
      reasons: [rule('pregnancy').reason, rule('blood_thinners_taken').reason],
      clinicians: [screeningContent.clinicians.obstetrician_or_midwife, screeningContent.clinicians.doctor],
      leaveOut: ['abdomen'],
      sameRulesVersion: true,
    });
  });

  it('says 400 with a reason for something that is not a reference, and 404 for an unknown one', async () => {
    const bad = await get('hello world');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('CL-7F3K');
    expect((await get('CL-2222')).status).toBe(404);
  });

  it('is for staff only', async () => {
    expect((await get('CL-7F3K', '')).status).toBe(401);
  });
});
