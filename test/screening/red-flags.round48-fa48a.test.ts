import { detectRedFlag } from '../../src/screening';
import { redFlags } from '../helpers/screening-test-content';

const detect = (text: string) => detectRedFlag(text, redFlags, [])?.flagId ?? null;

// Round 48 (fa48a): false alarms of batch 41, by cause, in new words. Each stand-down is checked against real
// emergencies that hold the same words.
describe('round 48 fa48a: a risk question after a preface, with "might" or "may", or naming the feared outcome', () => {
  it.each([
    'my daughter is epileptic, could the lights in the room make her have a fit?',
    'I have low blood pressure, would the massage make me pass out afterwards?',
    'Might the heat pads bring on my asthma and make me wheeze?',
    'May the tight wrap make my ankles swell up?',
    'After my bypass can I lie on my front or would I get chest pain?',
    'can a long session make someone faint?',
    'could cold stones make an older person collapse?',
    'a bit nervous the clay could make my lips swell, I get hay fever',
    'can an infection spread through the lymph if the therapist works near a cut?',
    'how common is a stroke in people under forty?',
  ])('stays calm: %s', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    'my lips are swelling, could it make my throat close?',
    'I can barely breathe, or would I be wasting your time if I ring',
    'my son is diabetic and shaking and confused, could it be his sugar?',
    'he collapsed and is not waking up, can you make someone come',
    'my throat is closing up, can someone help',
    'could it be a stroke? her face has dropped on one side and she cant lift her arm',
  ])('still urgent: %s', (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe('round 48 fa48a: everyday words for a craving, a close room, a tight garment, being worn out', () => {
  it.each([
    "I'm choking for a brew, is there a kettle in reception?",
    'gasping for a cup of coffee after that drive, do you do drinks',
    "it's so close in here I'm suffocating, can you open a window before my session",
    'these new leggings are strangling me',
    'my shapewear is strangling me after lunch',
    "I'm fair done in after the wedding",
    'my eyes are puffy this morning, any quick fix before the party?',
    'dark shadows under my eyes lately, would lymph drainage help?',
    'throat sore and swollen from shouting at the match, can I still have my facial',
    'one leg has always looked bigger than the other, always has, should I still book',
  ])('stays calm: %s', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "I'm choking and can't get air in",
    "he's choking for air and going blue",
    'he has his hands round my neck and is strangling me',
    'my ex is strangling me, help',
    'my throat is swelling shut and I was shouting for help',
    'I fainted on the bathroom floor just now and hit my head',
    'my left calf is suddenly swollen, hot and red',
  ])('still urgent: %s', (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe('round 48 fa48a: a film, an episode, a course or a band name is a topic', () => {
  it.each([
    'saw a movie where a man had a heart attack in a sauna, can it really happen?',
    'an episode of that hospital drama showed a woman coughing up blood, does that happen irl',
    'on our first aid day we were told about people collapsing from the heat, do you have a defib?',
    'stroke would be a great name for a band',
    "if I see one more advert for fat jabs I'll throw myself out the window 🙄",
  ])('stays calm: %s', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    'I was watching a film and now my chest is crushing and my arm is numb',
    'I want to throw myself off a bridge tonight',
    'I keep thinking about jumping off the bridge, nobody would miss me',
  ])('still urgent: %s', (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
