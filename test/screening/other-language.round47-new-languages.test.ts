import { z } from 'zod';
import { readYamlFile } from '../../src/content/content-file';
import { expectNotUrgent as calm, readInOtherLanguage } from '../helpers/other-language-reading';
import { FIXTURES_DIR } from '../helpers/screening-test-content';

// Round 47 (issue 11 part 6): Croatian, Serbian and Bosnian in Latin letters, Slovenian, Albanian, Lithuanian, Latvian and
// Estonian had no lexicon. Two helper sessions wrote the lexicons from dictionaries, two others (who read nothing of the
// product) wrote a development set and a held-out set, and two tuners fixed the causes of the development set's misses.
const message = z.object({
  text: z.string().min(1),
  lang: z.enum(['hr', 'sl', 'sq', 'lt', 'lv', 'et']),
  note: z.string(),
});
const setOf = (file: string) =>
  readYamlFile(
    FIXTURES_DIR,
    file,
    z.object({ urgent: z.array(message).length(72), lookalike: z.array(message).length(60) }),
  );
const urgent = (text: string) => ['emergency', 'crisis'].includes(readInOtherLanguage(text)?.kind ?? '');

describe('the development set of the six new lexicons (read while tuning)', () => {
  const set = setOf('other-language-round47-dev.yaml');

  it.each(set.urgent.map((m) => [m.lang, m.text]))('urgent, %s: "%s"', (_lang, text) => {
    expect(['emergency', 'crisis']).toContain(readInOtherLanguage(text)?.kind);
  });

  it.each(set.lookalike.map((m) => [m.lang, m.text]))('calm, %s: "%s"', (_lang, text) => calm(text));
});

// Never read while tuning: only its totals are checked, at the figures measured when it was first scored, so its
// failures stay unread and a later change that loses one of its emergencies fails here.
describe('the held-out set of the six new lexicons (failures not read)', () => {
  const set = setOf('other-language-round47-heldout.yaml');

  // Round 52: 60 -> 64/72 after the lexicon work on dev sets 52I and 52J (totals only; its failures still unread).
  // Round 53: 64 -> 65/72 after the lexicon work on dev sets 52K and 53C.
  it('finds at least 65 of its 72 emergencies and crises', () => {
    expect(set.urgent.filter((m) => urgent(m.text)).length).toBeGreaterThanOrEqual(65);
  });

  it('raises at most 2 false alarms on its 60 look-alikes', () => {
    expect(set.lookalike.filter((m) => urgent(m.text)).length).toBeLessThanOrEqual(2);
  });

  // Measured 105/132 (the rest read as English, 13, or as a neighbour, 14): a short everyday question has few common words.
  // Round 48: 111/132, once Latvian and Lithuanian had their own letters (other-language.round48-lead.test.ts).
  it('answers at least 111 of its 132 messages in their own language, not as English or a neighbour', () => {
    const own = [...set.urgent, ...set.lookalike].filter((m) => readInOtherLanguage(m.text)?.language === m.lang);
    expect(own.length).toBeGreaterThanOrEqual(111);
  });
});

// Examples the tuners' comments name, in their own words (written for this test): what stands a sign down in these
// languages, and the Dutch "stik" no longer read inside Slovenian "štikle" (high heels).
describe('look-alikes in the new languages stay calm', () => {
  it.each([
    'koji su znakovi moždanog udara?',
    'deda je imao infarkt prije mnogo godina, sad je dobro, može li na masažu?',
    'Noge me bolijo po celem dnevu v štiklah, imate masažo stopal?',
    'cilat janë shenjat e një goditjeje në tru?',
    'kokie yra insulto požymiai?',
    'man bija insults pirms desmit gadiem, tagad viss labi',
    'mis on insuldi tunnused?',
  ])('"%s"', (text) => calm(text));
});
