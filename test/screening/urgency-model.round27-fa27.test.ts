import { checkSafety, isUrgentVerdict, loadSafetyContent } from '../../src/screening';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 27 (fa27): the urgency model read a story's signs as the writer's (a podcast, a song, a soap, a horror film): its
// words cannot tell them apart, and the lexicon already stands the story down. A sentence the lexicon reads wholly as a
// story is left out of what the model reads (not a dream, a song or a test of the bot, where a crisis may be the writer's own). Fresh messages (none is in any batch or example file); each scores over the
// model's threshold when read whole.
const content = loadSafetyContent(KNOWLEDGE_DIR, spa);
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, content));

describe("a story's signs are not read by the model as the writer's", () => {
  it.each([
    'On the podcast a man describes his chest crushing and his arm going numb and grey, gripping stuff. Do you do gift vouchers?',
    'in the medical drama a man has crushing chest pain spreading to his jaw and he is sweating and grey. anyway, any slots Saturday?',
    // Round 39: the soap's face mask and closing throat, as the model read the old wording under its line once batch 34 trained it.
    "in the soap last night a woman's lips and tongue swelled up and her throat closed after a face mask and she couldn't breathe. Is that realistic? still booking a facial",
    "the horror film had a girl who can't breathe and her throat is swelling shut. Now I'm scared of masks lol",
  ])('"%s" stays calm', (text) => {
    expect(content.urgencyModel?.isUrgent(text)).toBe(true);
    expect(urgent(text)).toBe(false);
  });

  it.each([
    'In the podcast a woman says her chest is crushing. Now my own chest is crushing and my arm is numb',
    'was listening to a podcast and everything went grey and I feel like I am about to pass out',
    "the lyrics say I can't breathe, but my own throat really is closing up now after the new serum",
  ])('"%s" still gets urgent advice', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('a dream, a song or a test of the bot is still read by the model and for a crisis', () => {
  it.each([
    "my new song's lyrics go 'I want to end it all tonight', and honestly that's how I feel",
    'I keep having a dream that I kill myself and part of me wants it to be real',
    'test message but also not really, I have the pills counted out in front of me',
  ])('"%s" gets the crisis or urgent advice', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
