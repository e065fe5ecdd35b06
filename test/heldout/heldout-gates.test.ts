import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { messageTexts, normalise, stringsIn } from '../../src/cli/known-phrasings';
import { readSafetyCorpus } from '../../src/cli/safety-corpus';
import { scoreSafety } from '../../src/cli/safety-eval';
import { buildPipeline, loadUnderstandingSet, report, scoreSet } from '../../src/cli/understanding-eval';
import { loadKnowledgeBase } from '../../src/kb';
import { loadSpa } from '../../src/content/spa';
import { loadSafetyContent } from '../../src/screening';
import { REPO_ROOT } from '../helpers/test-app';
import { GATES } from './floors';

/** CI gates on the frozen held-out sets: messages nobody tuned on, at the floors in ./floors. */
const HELDOUT = path.join(REPO_ROOT, 'test/fixtures/heldout');
const KNOWLEDGE = path.join(REPO_ROOT, 'knowledge');

function yamlStrings(file: string): string[] {
  return stringsIn(YAML.parse(readFileSync(file, 'utf8')));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(dir, name));
}

/** routing.yaml's strings, less `notNames`: single words that are not a name ("more", "now") are no phrasing. */
function routingPhrasings(): string[] {
  const { notNames: _notNames, ...routing } = YAML.parse(
    readFileSync(path.join(KNOWLEDGE, 'routing.yaml'), 'utf8'),
  );
  return stringsIn(routing);
}

/** Every phrasing anything was trained or tuned on: tuning sets, spent held-out sets, intents, routing, articles. */
function trainingPhrasings(): Set<string> {
  const spa = loadSpa(KNOWLEDGE);
  return new Set(
    [
      // Their messages only: a label beside one is no phrasing (the Tamil sets' "lang": "ta" is not the thanks "ta").
      ...yamlFiles(path.join(KNOWLEDGE, 'urgency-examples')).flatMap(messageTexts),
      ...yamlFiles(path.join(REPO_ROOT, 'knowledge/understanding-examples')).flatMap(messageTexts),
      ...yamlFiles(path.join(REPO_ROOT, 'knowledge/understanding-examples/spent')).flatMap(messageTexts),
      ...yamlFiles(path.join(KNOWLEDGE, 'urgency-examples/spent')).flatMap(messageTexts),
      ...yamlStrings(path.join(REPO_ROOT, 'test/fixtures/kb-eval.yaml')),
      ...messageTexts(path.join(REPO_ROOT, 'test/fixtures/screening-free-text.yaml')),
      ...yamlStrings(path.join(KNOWLEDGE, 'intents.yaml')),
      ...routingPhrasings(),
      ...loadKnowledgeBase(KNOWLEDGE, spa).articles.flatMap((article) => article.questions),
    ].map(normalise),
  );
}

/** A health-check reply is read against its question, so a reply is one phrasing per question. */
function repliesByQuestion(file: string): string[] {
  const { cases } = YAML.parse(readFileSync(file, 'utf8')) as { cases: { q: string; text: string }[] };
  return cases.map((item) => `${item.q}: ${normalise(item.text)}`);
}

describe('the held-out sets share no phrasing with anything trained or tuned on', () => {
  const training = trainingPhrasings();
  const tuning = new Set([
    ...training,
    ...yamlStrings(path.join(REPO_ROOT, 'test/fixtures/intents-heldout.yaml')).map(normalise),
  ]);

  it.each(GATES)(
    '$batch, safety and understanding: no message is in a tuning set, intent example, routing phrase or article',
    (gate) => {
      const heldOut = [
        ...messageTexts(path.join(HELDOUT, gate.safetyFile)),
        ...messageTexts(path.join(HELDOUT, gate.understandingFile)),
      ].map(normalise);
      expect(heldOut.length).toBeGreaterThan(400);
      expect(heldOut.filter((text) => tuning.has(text))).toEqual([]);
    },
  );

  it('intents: no held-out phrasing, however short, is an intent example, routing phrase, article phrasing or tuning message', () => {
    const heldOut = yamlStrings(path.join(REPO_ROOT, 'test/fixtures/intents-heldout.yaml')).map(normalise);
    expect(heldOut.length).toBeGreaterThan(80);
    expect(heldOut.filter((text) => training.has(text))).toEqual([]);
  });

  it('health-check replies: no held-out reply to a question is also a tuning reply to that question', () => {
    const tuning = new Set(repliesByQuestion(path.join(REPO_ROOT, 'test/fixtures/screening-free-text.yaml')));
    const heldOut = repliesByQuestion(path.join(REPO_ROOT, 'test/fixtures/screening-free-text-heldout.yaml'));
    expect(heldOut.length).toBeGreaterThan(40);
    expect(heldOut.filter((reply) => tuning.has(reply))).toEqual([]);
  });
});

describe.each(GATES)('safety on the held-out $batch (issue 11)', (gate) => {
  const spa = loadSpa(KNOWLEDGE);
  // The product's safety layer: the red-flag lexicon, the other-language lexicons and the urgency model.
  const score = scoreSafety(
    readSafetyCorpus(path.join(HELDOUT, gate.safetyFile)),
    loadSafetyContent(KNOWLEDGE, spa),
  );
  const floors = gate.safety;

  it(`finds at least ${(floors.recall * 100).toFixed(1)}% of the urgent messages`, () => {
    expect(score.urgent.total).toBeGreaterThanOrEqual(100);
    expect(score.urgent.hit / score.urgent.total).toBeGreaterThanOrEqual(floors.recall);
  });

  it(`raises a false alarm on at most ${(floors.falseAlarmsAtMost * 100).toFixed(1)}% of the look-alikes`, () => {
    expect(score.lookalike.total).toBeGreaterThanOrEqual(100);
    expect(score.lookalike.falseAlarms / score.lookalike.total).toBeLessThanOrEqual(floors.falseAlarmsAtMost);
  });
});

describe.each(GATES)('understanding on the held-out $batch (issue 12)', (gate) => {
  const floors = gate.understanding;
  let figures: ReturnType<typeof report>;
  beforeAll(async () => {
    const scored = await scoreSet(
      await buildPipeline(KNOWLEDGE),
      loadUnderstandingSet(path.join(HELDOUT, gate.understandingFile)),
    );
    figures = report(scored);
  }, 120_000);

  it('fires no command on a message that is not one', () => {
    expect(figures.commandsByNonCommands).toBe(0);
  });

  it('recognises requests for a person, declines what is out of scope, and screens personal requests', () => {
    expect(figures.handoffRecognised / figures.handoffs).toBeGreaterThanOrEqual(floors.handoff);
    expect(figures.outOfScopeDeclined / figures.outOfScope).toBeGreaterThanOrEqual(floors.outOfScopeDeclined);
    expect(figures.personalToHealthCheck / figures.personals).toBeGreaterThanOrEqual(floors.personal);
  });

  it('answers real questions with the right article or an honest "I don\'t know", rarely a confident wrong one', () => {
    expect(figures.rightOrUnknown / figures.questions).toBeGreaterThanOrEqual(floors.rightOrUnknown);
    expect(figures.wrongHighConfidence / figures.questions).toBeLessThanOrEqual(
      floors.wrongHighConfidenceAtMost,
    );
  });
});
