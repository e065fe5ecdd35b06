import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { extractEntities } from '../../src/language/entities';
import { INTENTS, type Intent } from '../../src/language/intents';
import { normalizeUtterance } from '../../src/language/normalize-utterance';
import { localRecognizer } from '../helpers/dialog-deps';

const heldOut = YAML.parse(
  readFileSync(path.join(__dirname, '../fixtures/intents-heldout.yaml'), 'utf8'),
) as Record<string, string[]>;

/** The bar for the held-out set; the figure itself is printed for the closing note. */
const MIN_HELD_OUT_ACCURACY = 0.85;

describe('the local recognizer', () => {
  it(`recognizes held-out phrasings it was not trained on (at least ${MIN_HELD_OUT_ACCURACY * 100}%)`, async () => {
    const recognizer = await localRecognizer();
    let right = 0;
    let total = 0;
    for (const [label, utterances] of Object.entries(heldOut)) {
      const expected = label.replace(/_hard$/, '') as Intent;
      expect(INTENTS).toContain(expected);
      for (const utterance of utterances) {
        total++;
        if ((await recognizer.recognize(utterance)).intent === expected) right++;
      }
    }
    const accuracy = right / total;
    // The figure only: which held-out phrasings are missed is not printed, so nobody tunes on them.
    console.log(`held-out intent accuracy: ${(accuracy * 100).toFixed(1)}% of ${total}`);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_HELD_OUT_ACCURACY);
  });

  it('reports no intent for gibberish instead of guessing', async () => {
    const recognizer = await localRecognizer();
    for (const text of ['asdfgh qwerty', '???', '']) {
      expect((await recognizer.recognize(text)).intent).toBe('none');
    }
  });

  it('reads chat shorthand', () => {
    expect(normalizeUtterance('pls can u tell me wat MLD is')).toBe('please can you tell me what mld is');
    expect(normalizeUtterance('Helloooooo')).toBe('helloo');
  });
});

describe('simple entities', () => {
  it('finds durations in days', () => {
    const durations = (text: string) =>
      extractEntities(text)
        .filter((e) => e.type === 'duration_days')
        .map((e) => e.value);
    expect(durations('had lipo 2 weeks ago')).toEqual([14]);
    expect(durations('about ten days ago')).toEqual([10]);
    expect(durations('a month back')).toEqual([30]);
    expect(durations('a couple of weeks')).toEqual([14]);
  });

  it('finds contact details so they can be redacted or used for a call-back', () => {
    const entities = extractEntities('call me on +1 (503) 555-0199 or mail jo.doe@example.com, I am 34');
    expect(entities.filter((e) => e.type === 'phone').map((e) => e.value)).toEqual(['+1 (503) 555-0199']);
    expect(entities.filter((e) => e.type === 'email').map((e) => e.value)).toEqual(['jo.doe@example.com']);
    expect(entities.filter((e) => e.type === 'number').map((e) => e.value)).toEqual([34]);
  });
});
