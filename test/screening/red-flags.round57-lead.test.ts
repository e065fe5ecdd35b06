import { checkSafety, isUrgentVerdict, loadSafetyContent } from '../../src/screening';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 57 (lead): the causes behind the clear emergencies missed in the read finals 57A and 57B, each tried on fresh
// wordings (none is a copy of those sets) with a look-alike that must stay calm.

const content = loadSafetyContent(KNOWLEDGE_DIR, spa);
const verdictOf = (text: string) => checkSafety(text, content);
const urgent = (text: string) => isUrgentVerdict(verdictOf(text));
const flagOf = (text: string) => {
  const verdict = verdictOf(text);
  return verdict.kind === 'red_flag' ? verdict.match.flagId : null;
};

describe('a past event denied is a first one now, not history', () => {
  it.each([
    "my son is jerking on the floor and his eyes rolled back, he hasn't had a fit before",
    "she's twitching all over on the bathroom floor and not answering me, she ain't had a seizure before",
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });

  it.each([
    "I've had a seizure before, years ago, all fine now. can I book a facial",
    'No, I had a stroke before, in 2015, fully recovered, the consultant signed me off',
  ])('"%s" stays a past event', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('speech like a drunk from someone who has not been drinking', () => {
  it.each([
    "my wife is suddenly talking like a drunk and she doesn't drink",
    'grandad speaks like drunk since lunch but he did not drink anything, his smile is crooked',
  ])('"%s" gets the stroke advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });

  it('"was talking like a drunk after three cocktails lol, still ok for my 11am?" stays calm', () => {
    expect(urgent('was talking like a drunk after three cocktails lol, still ok for my 11am?')).toBe(false);
  });
});

describe('other languages', () => {
  it.each([
    'alles wordt zwart voor mijn ogen en ik ben zo duizelig, ik moet echt liggen',
    'у папы вдруг пол лица онемело, сидит и молчит',
    'он говорит как пьяный, хотя не пил, и рука вдруг ослабла',
  ])('"%s" gets the emergency answer in its language', (text) => {
    const verdict = verdictOf(text);
    expect(verdict.kind).toBe('other_language');
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'vorig jaar werd het zwart voor mijn ogen in de sauna, nu gaat alles goed. kan ik boeken?',
    'вчера на корпоративе он говорил как пьяный, потому что выпил много, ха-ха',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
