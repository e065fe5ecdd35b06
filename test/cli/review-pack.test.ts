import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { main } from '../../src/cli/review-pack';

const KNOWLEDGE = path.join(__dirname, '../../knowledge');
const TODAY = new Date('2026-11-24T10:00:00Z');
const readYaml = (file: string) => YAML.parse(readFileSync(path.join(KNOWLEDGE, file), 'utf8'));

// Expected ids come straight from the content files, not from the code under test.
const ruleIds: string[] = readYaml('screening.yaml').rules.map((rule: { id: string }) => rule.id);
const outcomeIds: string[] = Object.keys(readYaml('screening.yaml').outcomes);
const flags: { id: string; advice: string }[] = readYaml('red-flags.yaml').flags;
const serviceIds: string[] = readYaml('services.yaml').services.map((s: { id: string }) => s.id);
const articleIds = readdirSync(path.join(KNOWLEDGE, 'articles')).map((name) => path.basename(name, '.md'));

describe('npm run review:pack', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'review-pack-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  let markdown = '';
  let html = '';
  const figures = { redFlags: { set: 'red-flags-heldout', messages: 240, recall: 1, falseAlarmRate: 0.021 } };

  beforeAll(() => {
    const out = tempDir();
    const figuresFile = path.join(tempDir(), 'safety-heldout.json');
    writeFileSync(figuresFile, JSON.stringify(figures));
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(main(['--out', out, '--knowledge', KNOWLEDGE, '--figures', figuresFile], TODAY)).toBe(0);
    log.mockRestore();
    markdown = readFileSync(path.join(out, 'review-pack.md'), 'utf8');
    html = readFileSync(path.join(out, 'review-pack.html'), 'utf8');
  });

  it('lists every screening rule with its source, and every outcome', () => {
    for (const id of ruleIds) expect(markdown).toContain(`### Rule ${id}`);
    for (const id of outcomeIds) expect(markdown).toContain(`### Outcome ${id}`);
    for (const rule of readYaml('screening.yaml').rules as { source: string }[]) {
      expect(markdown).toContain(rule.source.trim().split('\n')[0]);
    }
  });

  it('shows the wording around outcomes from messages.yaml', () => {
    const ids = Object.keys(readYaml('messages.yaml').messages).filter((id) =>
      id.startsWith('recommendation_'),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(markdown).toContain(`| ${id} |`);
  });

  it('lists every red flag with its advice, as the person sees it (spa facts filled in)', () => {
    const spa = readYaml('spa.yaml') as Record<string, unknown>;
    const fill = (text: string) =>
      text.replace(/\{\{\s*spa\.(\w+)\s*\}\}/g, (_, key: string) => String(spa[key]));
    for (const flag of flags) {
      expect(markdown).toContain(`### Flag ${flag.id}`);
      expect(markdown).toContain(`> ${fill(flag.advice.trim())}`);
    }
  });

  it('lists every service and every article with its evidence and sign-off', () => {
    for (const id of serviceIds) expect(markdown).toContain(`| ${id} |`);
    for (const id of articleIds) expect(markdown).toContain(`### Article ${id}:`);
    expect(markdown).toContain('Evidence: spa-information');
    expect(markdown).toMatch(/screening\.yaml: (DRAFT|SIGNED), reviewer /);
  });

  it('includes the held-out safety figures when the figures file exists', () => {
    expect(markdown).toContain('| redFlags.recall | 1 |');
    expect(markdown).toContain('| redFlags.set | red-flags-heldout |');
  });

  it('writes the same content as HTML, escaped', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const id of [...ruleIds, ...flags.map((f) => f.id), ...articleIds]) expect(html).toContain(id);
    expect(html).not.toMatch(/<script/i);
  });

  it('says so when no figures were measured', () => {
    const out = tempDir();
    const missing = path.join(tempDir(), 'none.json');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(main(['--out', out, '--knowledge', KNOWLEDGE, '--figures', missing], TODAY)).toBe(0);
    log.mockRestore();
    expect(readFileSync(path.join(out, 'review-pack.md'), 'utf8')).toContain(`No figures file at ${missing}`);
  });
});
