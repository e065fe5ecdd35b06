import { formatScore, scoreSafety } from '../../src/cli/safety-eval';
import { loadSafetyContent } from '../../src/screening';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// What a clinician reviewing the detector reads in `npm run safety:eval`: a look-alike whose lexicon flag the urgency
// model doubted is no false alarm, and the report says how many flags were doubted on each side (round 57).
describe('safety:eval', () => {
  const content = loadSafetyContent(KNOWLEDGE_DIR, spa);
  const score = scoreSafety(
    {
      urgent: [
        {
          text: 'crushing chest pain going down my left arm and I am sweating',
          category: 'heart',
          clear: true,
          lang: 'en',
        },
      ],
      lookalike: [
        {
          text: 'watched a Netflix doc about sepsis, had no idea it was that common. do u sell gift cards',
          kind: 'topic',
          lang: 'en',
        },
        { text: 'do you sell gift cards for christmas', kind: 'policy', lang: 'en' },
      ],
    },
    content,
  );

  it('counts the emergency found and the doubted look-alike as no false alarm', () => {
    expect(score.urgent).toEqual({ hit: 1, total: 1 });
    expect(score.lookalike.falseAlarms).toBe(0);
    expect(score.doubted).toEqual({ urgent: 0, lookalike: 1 });
  });

  it('prints the doubted flags beside the totals', () => {
    expect(formatScore('set', score)).toContain(
      'lexicon flags the model doubted (the safety net instead): 0 urgent, 1 look-alikes',
    );
  });
});
