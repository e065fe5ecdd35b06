import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../helpers/test-app';

// The folder graph of src/ and dialogs/, read by dependency-cruiser (type-only imports included): no
// import cycle, no import from a lower layer to a higher one, and no framework or database driver in the
// domain. The layers, lowest first (docs/architecture.md says why each sits where it does):
const LAYERS: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'base', path: '^src/(clock|errors|log|metrics|config|process-guard)\\.ts$|^src/types/' },
  { name: 'content', path: '^src/content/' },
  { name: 'domain', path: '^src/(kb|screening|handoff|language|booking|staff)/' },
  { name: 'storage', path: '^src/storage/' },
  { name: 'conversation', path: '^src/conversation/|^dialogs/' },
  { name: 'bot and channels', path: '^src/(bot|channels)/' },
  // Direct Line is served over HTTP: its routes share the HTTP layer's error table and request helpers.
  { name: 'http and direct line', path: '^src/(http|directline)/' },
  { name: 'app', path: '^src/(app|index)\\.ts$|^src/cli/' },
];

const DOMAIN = '^src/(content|kb|screening|handoff|language|booking|staff)/';
const FRAMEWORKS_AND_DRIVERS = '^node_modules/(botbuilder[^/]*|botframework-[^/]*|restify|better-sqlite3|pg|pg-[^/]+)/';

const forbidden = [
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  { name: 'domain-without-frameworks', severity: 'error', from: { path: DOMAIN }, to: { path: FRAMEWORKS_AND_DRIVERS } },
  ...LAYERS.flatMap((lower, index) =>
    LAYERS.slice(index + 1).map((higher) => ({
      name: `${lower.name} may not import ${higher.name}`,
      severity: 'error',
      from: { path: lower.path },
      to: { path: higher.path },
    })),
  ),
];

interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

/** dependency-cruiser is an ES module: its API runs in a child process and reports the violations as JSON. */
function violations(): Violation[] {
  const script = `
    import { cruise } from 'dependency-cruiser';
    const options = JSON.parse(process.env.CRUISE_OPTIONS);
    const result = await cruise(['src', 'dialogs'], options, undefined, { tsConfig: { fileName: 'tsconfig.json' } });
    process.stdout.write(JSON.stringify(result.output.summary.violations.map((v) => ({
      rule: v.rule.name, from: v.from, to: v.to, ...(v.cycle ? { cycle: v.cycle.map((step) => step.name ?? step) } : {}),
    }))));
  `;
  const options = {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/http/staff-console/' },
    validate: true,
    ruleSet: { forbidden },
  };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    env: { ...process.env, CRUISE_OPTIONS: JSON.stringify(options) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`dependency-cruiser failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Violation[];
}

jest.setTimeout(180_000);

describe('the import graph of src/ and dialogs/', () => {
  let found: Violation[];
  beforeAll(() => {
    found = violations();
  });

  it('has no import cycle', () => {
    expect(found.filter((v) => v.rule === 'no-cycle').map((v) => v.cycle?.join(' → '))).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(found.filter((v) => v.rule.includes(' may not import ')).map((v) => `${v.from} → ${v.to}`)).toEqual([]);
  });

  it('keeps botbuilder, restify and the database drivers out of the domain', () => {
    expect(found.filter((v) => v.rule === 'domain-without-frameworks').map((v) => `${v.from} → ${v.to}`)).toEqual([]);
  });
});
