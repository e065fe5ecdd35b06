import path from 'node:path';
import { loadSpa } from './src/kb/spa';
import { loadRedFlagContent } from './src/screening/red-flags-content';
import { readForSafety, safetyWords } from './src/screening/red-flags';
const dir = '/work/wt-safety/knowledge';
const c = loadRedFlagContent(dir, loadSpa(dir));
for (const t of process.argv.slice(2)) {
  const r = readForSafety(t, c);
  console.log(JSON.stringify(safetyWords(t, c)), '→', r.redFlag?.flagId, r.patternIndex, c.flags.find(f=>f.id===r.redFlag?.flagId)?.patterns[r.patternIndex ?? 0]?.all, r.contexts);
}
