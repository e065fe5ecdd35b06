import { flagOf } from '../helpers/screening-test-content';

// Round 24 (lead, from fa24's report): a story frames its whole sentence (`otherSubjects.fiction`), so a writer who turned
// from the story to their own chest got no urgent advice from the lexicon. A turn to the writer's own moment
// (`otherSubjects.fictionTurn`) gives the sentence its own signs back from that clause on. Fresh messages, the lexicon alone.

describe("a turn from the story to the writer's own moment", () => {
  it.each([
    ['I was writing a story when my chest started crushing and it goes down my left arm', 'chest_or_breathing'],
    ["working on my novel all evening and now my throat feels like it's closing and my lips are swelling", 'airway_swelling'],
    [
      "the main character in my book has a stroke, anyway my own face has gone droopy on one side and I can't lift my arm",
      'stroke_signs',
    ],
  ])('"%s" gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a story with no turn to the writer stays a story', () => {
  it.each([
    "I'm writing a story where the heroine gets crushing chest pain down her left arm, is that realistic",
    "in my novel the villain's throat swells shut after a bee sting, how fast would that happen",
    'the main character collapses and stops breathing in chapter 3, does that really happen after a massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
