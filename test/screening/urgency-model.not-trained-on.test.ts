import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadUrgencyModel } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, content as screening, spa } from '../helpers/screening-test-content';

// urgency-model.yaml `notTrainedOn` (round 29): ordinary-example files the route and article models learn from but the
// urgency model does not, because their symptom stories were labelled for routing, never reviewed for urgency. A small
// knowledge folder makes the effect plain: trained on a file of symptom stories labelled "personal", the model reads a
// new symptom story as ordinary; told not to train on it, the model keeps it urgent.

const URGENT = [
  'my chest is tight and the pain is going down my arm',
  'sudden pain in my chest and I am sweating',
  'my calf is swollen and hot since the operation',
  'my leg is red and swollen and it hurts to walk',
  'crushing chest pain spreading to my jaw',
  'chest pain and I feel faint and sick',
  'my arm hurts and my chest feels heavy and tight',
  'pain in my chest that will not stop',
  'my chest hurts and my left arm is numb',
  'calf pain and swelling in one leg after my flight',
  'my leg hurts and it is hot and swollen',
  'chest pain when I breathe in and I am short of breath',
];
const LOOKALIKE = [
  'how long does a session take',
  'do you have parking',
  'what should I wear',
  'can I pay by card',
];
const STORIES = [
  'my chest is tight after the gym, which treatment should I book',
  'my leg is swollen and sore after my operation, what would you recommend',
  'my calf is swollen and hurts, is mld right for me',
  'the pain in my arm and chest comes and goes, should I have a massage',
];
const NEW_STORIES = [
  'my chest is tight and my arm hurts, what should I book',
  'my calf is swollen and painful, what would you recommend',
];

const yamlList = (key: string, items: readonly object[]) =>
  `${key}:\n${items.map((item) => `- ${JSON.stringify(item)}`).join('\n')}\n`;

let dir: string;

function writeKnowledge(notTrainedOn: readonly string[]): void {
  writeFileSync(
    path.join(dir, 'urgency-model.yaml'),
    `threshold: 0.8\nminWords: 4\nl2: 0.0001\nnotTrainedOn: ${JSON.stringify(notTrainedOn)}\n`,
  );
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lymph-not-trained-on-'));
  mkdirSync(path.join(dir, 'urgency-examples'));
  mkdirSync(path.join(dir, 'understanding-examples'));
  copyFileSync(path.join(KNOWLEDGE_DIR, 'vocabulary.yaml'), path.join(dir, 'vocabulary.yaml'));
  writeFileSync(
    path.join(dir, 'urgency-examples', 'own.yaml'),
    yamlList(
      'urgent',
      URGENT.map((text) => ({ text, category: 'heart' })),
    ) +
      yamlList(
        'lookalike',
        LOOKALIKE.map((text) => ({ text, kind: 'other' })),
      ),
  );
  writeFileSync(
    path.join(dir, 'understanding-examples', 'stories.yaml'),
    `questions: []\nout_of_scope: []\nhandoff: []\n${yamlList(
      'personal',
      STORIES.map((text) => ({ text })),
    )}`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = () => loadUrgencyModel(dir, spa, { phrasings: LOOKALIKE, redFlags, screening });

describe('urgency-model.yaml notTrainedOn', () => {
  it('keeps a file of symptom stories out of the urgency model, which then still reads new symptom stories as urgent', () => {
    writeKnowledge([]);
    const trainedOnStories = load()!;
    writeKnowledge(['stories.yaml']);
    const notTrainedOnStories = load()!;
    expect(notTrainedOnStories.examples).toBe(trainedOnStories.examples - STORIES.length);
    for (const story of NEW_STORIES) {
      expect(notTrainedOnStories.probability(story)).toBeGreaterThanOrEqual(notTrainedOnStories.threshold);
      expect(trainedOnStories.probability(story)).toBeLessThan(trainedOnStories.threshold);
    }
  });

  it('refuses a name that is no example file, so a renamed file cannot slip back into training unnoticed', () => {
    writeKnowledge(['spent/no-such-batch.yaml']);
    expect(load).toThrow(/no-such-batch/);
  });
});
