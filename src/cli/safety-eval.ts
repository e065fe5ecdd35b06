/**
 * `npm run safety:eval -- FILE...`: runs labelled safety corpora (knowledge/urgency-examples/*.yaml, or any
 * file of that shape, such as the held-out set) through the safety layer and prints, per file and in
 * total: recall on urgent messages with the upper 95% (Wilson) bound of the miss rate, the false-alarm
 * rate on look-alikes, recall per category and false alarms per kind, and every miss and false alarm.
 * Exits 1 when a clear emergency is missed or false alarms exceed 5%. `--json FILE` also writes the totals
 * as JSON (for the clinical review pack).
 *
 * The safety layer includes the urgency model, trained on knowledge/urgency-examples/: scoring a file from
 * that folder measures the fit (near 100%), not the detector. To measure honestly, `--leave-out A,B` trains the
 * model without those example files (names relative to the folder, or base names) and the file is scored by a
 * model that never saw it, e.g. `--leave-out spent/safety-heldout7.yaml,round8.yaml,round9.yaml,round10.yaml
 * knowledge/urgency-examples/spent/safety-heldout7.yaml`. `--lexicon-only` leaves the model out (the lexicon alone).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSpa } from '../content/spa';
import { loadSafetyContent } from '../screening/safety-content';
import { checkSafety, isUrgentVerdict, type SafetyContent, type SafetyVerdict } from '../screening/safety-check';
import { readSafetyCorpus, type SafetyCorpus, wilsonUpper } from './safety-corpus';

export const MAX_FALSE_ALARM_RATE = 0.05;

interface Tally {
  hit: number;
  total: number;
}

export interface SafetyScore {
  urgent: Tally;
  clearUrgent: Tally;
  lookalike: Tally & { falseAlarms: number };
  perCategory: Map<string, Tally>;
  perKind: Map<string, Tally>;
  misses: { text: string; category: string; clear: boolean }[];
  falseAlarms: { text: string; kind: string; flag: string }[];
  /** Urgent messages answered with a flag of another category (still urgent help). */
  otherCategory: number;
  /** Lexicon red flags the urgency model doubted (answered with the safety net instead; round 57). */
  doubted: { urgent: number; lookalike: number };
}

function flagOf(verdict: SafetyVerdict): string {
  if (verdict.kind === 'red_flag') return verdict.match.flagId;
  if (verdict.kind === 'other_language') return `${verdict.reading.language}:${verdict.reading.kind}`;
  return verdict.kind;
}

/** Scores the urgent and look-alike messages; a `disputed` one (a label a reviewer contested) is not scored. */
export function scoreSafety(
  corpus: Pick<SafetyCorpus, 'urgent' | 'lookalike'>,
  content: SafetyContent,
): SafetyScore {
  const score: SafetyScore = {
    urgent: { hit: 0, total: 0 },
    clearUrgent: { hit: 0, total: 0 },
    lookalike: { hit: 0, total: 0, falseAlarms: 0 },
    perCategory: new Map(),
    perKind: new Map(),
    misses: [],
    falseAlarms: [],
    otherCategory: 0,
    doubted: { urgent: 0, lookalike: 0 },
  };
  const doubted = (verdict: SafetyVerdict) => verdict.kind === 'symptom' && verdict.doubtedFlag !== undefined;
  const bump = (map: Map<string, Tally>, key: string, hit: boolean) => {
    const tally = map.get(key) ?? { hit: 0, total: 0 };
    tally.total += 1;
    if (hit) tally.hit += 1;
    map.set(key, tally);
  };
  for (const item of corpus.urgent) {
    const verdict = checkSafety(item.text, content);
    const hit = isUrgentVerdict(verdict);
    score.urgent.total += 1;
    if (hit) score.urgent.hit += 1;
    if (item.clear) {
      score.clearUrgent.total += 1;
      if (hit) score.clearUrgent.hit += 1;
    }
    bump(score.perCategory, item.category, hit);
    if (!hit) score.misses.push({ text: item.text, category: item.category, clear: item.clear });
    if (verdict.kind === 'red_flag' && verdict.match.category !== item.category) score.otherCategory += 1;
    if (doubted(verdict)) score.doubted.urgent += 1;
  }
  for (const item of corpus.lookalike) {
    const verdict = checkSafety(item.text, content);
    const alarm = isUrgentVerdict(verdict);
    score.lookalike.total += 1;
    if (alarm) {
      score.lookalike.falseAlarms += 1;
      score.falseAlarms.push({ text: item.text, kind: item.kind, flag: flagOf(verdict) });
    } else score.lookalike.hit += 1;
    bump(score.perKind, item.kind, !alarm);
    if (doubted(verdict)) score.doubted.lookalike += 1;
  }
  return score;
}

const pct = (k: number, n: number) => (n === 0 ? 'n/a' : `${((100 * k) / n).toFixed(1)}%`);
const bound = (k: number, n: number) => (n === 0 ? 'n/a' : `${(100 * wilsonUpper(k, n)).toFixed(1)}%`);

export function formatScore(name: string, s: SafetyScore): string {
  const missed = s.urgent.total - s.urgent.hit;
  const clearMissed = s.clearUrgent.total - s.clearUrgent.hit;
  const lines = [
    `== ${name}`,
    `urgent: recall ${pct(s.urgent.hit, s.urgent.total)} (${s.urgent.hit}/${s.urgent.total}); misses ${missed}, ` +
      `miss rate upper 95% bound (Wilson) ${bound(missed, s.urgent.total)}`,
    `clear emergencies: recall ${pct(s.clearUrgent.hit, s.clearUrgent.total)} (${s.clearUrgent.hit}/${s.clearUrgent.total}); ` +
      `miss rate upper 95% bound ${bound(clearMissed, s.clearUrgent.total)}`,
    `look-alikes: false alarms ${pct(s.lookalike.falseAlarms, s.lookalike.total)} (${s.lookalike.falseAlarms}/${s.lookalike.total}), ` +
      `upper 95% bound ${bound(s.lookalike.falseAlarms, s.lookalike.total)}`,
    `urgent answered with another category's flag (still urgent help): ${s.otherCategory}`,
    `lexicon flags the model doubted (the safety net instead): ${s.doubted.urgent} urgent, ${s.doubted.lookalike} look-alikes`,
    'recall per category:',
    ...[...s.perCategory].sort().map(([k, t]) => `  ${k.padEnd(24)} ${pct(t.hit, t.total).padStart(6)} (${t.hit}/${t.total})`),
    'look-alikes passed per kind:',
    ...[...s.perKind].sort().map(([k, t]) => `  ${k.padEnd(24)} ${pct(t.hit, t.total).padStart(6)} (${t.hit}/${t.total})`),
  ];
  if (s.misses.length > 0) {
    lines.push('misses:');
    for (const m of s.misses) lines.push(`  [${m.category}${m.clear ? '' : ', not clear'}] ${m.text}`);
  }
  if (s.falseAlarms.length > 0) {
    lines.push('false alarms:');
    for (const f of s.falseAlarms) lines.push(`  [${f.kind} → ${f.flag}] ${f.text}`);
  }
  return lines.join('\n');
}

function merge(scores: readonly SafetyScore[]): SafetyScore {
  const total = scoreSafety({ urgent: [], lookalike: [] }, undefined as never);
  for (const s of scores) {
    for (const key of ['urgent', 'clearUrgent'] as const) {
      total[key].hit += s[key].hit;
      total[key].total += s[key].total;
    }
    total.lookalike.hit += s.lookalike.hit;
    total.lookalike.total += s.lookalike.total;
    total.lookalike.falseAlarms += s.lookalike.falseAlarms;
    total.otherCategory += s.otherCategory;
    total.doubted.urgent += s.doubted.urgent;
    total.doubted.lookalike += s.doubted.lookalike;
    for (const [mapKey] of [['perCategory'], ['perKind']] as const) {
      for (const [k, t] of s[mapKey]) {
        const into = total[mapKey].get(k) ?? { hit: 0, total: 0 };
        into.hit += t.hit;
        into.total += t.total;
        total[mapKey].set(k, into);
      }
    }
  }
  return total;
}

function main(): void {
  const args = process.argv.slice(2);
  const optionValue = (option: string) => {
    const at = args.indexOf(option);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const jsonFile = optionValue('--json');
  const leaveOut = (optionValue('--leave-out') ?? '').split(',').filter((name) => name.length > 0);
  const files = args.filter((a, i) => !a.startsWith('--') && !['--json', '--leave-out'].includes(args[i - 1] ?? ''));
  if (files.length === 0) {
    console.error(
      'usage: npm run safety:eval -- [--leave-out A.yaml,B.yaml] [--lexicon-only] [--json OUT] FILE... (labelled corpora: urgent + lookalike)',
    );
    process.exit(2);
  }
  const knowledgeDir = path.join(__dirname, '../../knowledge');
  const spa = loadSpa(knowledgeDir);
  const lexiconOnly = args.includes('--lexicon-only');
  const loaded = loadSafetyContent(knowledgeDir, spa, { leaveOut });
  const content: SafetyContent = lexiconOnly ? { redFlags: loaded.redFlags, otherLanguages: loaded.otherLanguages } : loaded;
  const model = content.urgencyModel;
  console.log(
    model
      ? `urgency model: ${model.examples} examples${leaveOut.length > 0 ? ` (left out: ${leaveOut.join(', ')})` : ''}, ` +
          `threshold ${model.threshold}, trained in ${Math.round(model.trainingMs)} ms`
      : `urgency model: ${lexiconOnly ? 'not used (--lexicon-only)' : 'off (no examples)'}: red-flag lexicon only`,
  );
  const scores = files.map((file) => {
    const score = scoreSafety(readSafetyCorpus(file), content);
    console.log(formatScore(file, score));
    return score;
  });
  const total = merge(scores);
  if (files.length > 1) console.log(formatScore('all files', { ...total, misses: [], falseAlarms: [] }));
  const clearMissed = total.clearUrgent.total - total.clearUrgent.hit;
  const falseRate = total.lookalike.total === 0 ? 0 : total.lookalike.falseAlarms / total.lookalike.total;
  if (jsonFile) writeFigures(jsonFile, files, total);
  if (clearMissed > 0 || falseRate > MAX_FALSE_ALARM_RATE) process.exitCode = 1;
}

/** `--json FILE`: the totals as a small JSON document (the clinical review pack reads it). */
function writeFigures(file: string, sets: readonly string[], total: SafetyScore): void {
  const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);
  const figures = {
    sets: sets.map((set) => path.basename(set)),
    urgent: { found: total.urgent.hit, of: total.urgent.total, recallPercent: rate(total.urgent.hit, total.urgent.total) },
    missRateUpper95Percent: Math.round(wilsonUpper(total.urgent.total - total.urgent.hit, total.urgent.total) * 1000) / 10,
    lookalikes: {
      falseAlarms: total.lookalike.falseAlarms,
      of: total.lookalike.total,
      falseAlarmPercent: rate(total.lookalike.falseAlarms, total.lookalike.total),
    },
    perCategory: Object.fromEntries([...total.perCategory].map(([category, t]) => [category, `${t.hit}/${t.total}`])),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
}

if (require.main === module) main();
