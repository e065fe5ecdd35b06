import { checkSafety } from '../../src/screening';
import { flagOf } from '../helpers/screening-test-content';
import { safetyContent } from '../helpers/screening';

// Round 23 (safety23): concepts the lexicon lacked (clinical shorthand, breathlessness days after an operation blamed on
// the garment, sickle cell, a crisis told by a plan or a means, other languages) and look-alikes stood down by their cause
// (a past event dated by a decade or told as fully over, results that "came back", sports drills, a slow website, a stress
// idiom). Fresh messages written for this test (not from any read set); the lexicon alone.
const lexiconOnly = { redFlags: safetyContent.redFlags, otherLanguages: safetyContent.otherLanguages };
const reading = (text: string) => {
  const verdict = checkSafety(text, lexiconOnly);
  if (verdict.kind === 'red_flag') return verdict.match.kind;
  if (verdict.kind === 'other_language') return verdict.reading.kind;
  return verdict.kind;
};

describe('clinical shorthand from nurses and carers is read as the sign it names', () => {
  it.each([
    ['nurse here, resident with central cp and sweating, waiting on ambulance?', 'chest_or_breathing'],
    ["retrosternal pain for 20 minutes and he's gone grey and diaphoretic", 'chest_or_breathing'],
    ['pt is 4 days post abdominoplasty, SOB on exertion and tachy, can she still come in', 'breathing_difficulty'],
    ['my mum has a pleuritic pain on the right since this morning', 'breathing_difficulty'],
    ['I have hereditary angioedema and my lips have just started swelling', 'airway_swelling'],
  ])('"%s" → %s', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it.each([
    'my son has CP and his legs are sore after physio, can MLD help?',
    'my mum is crying, sobbing all day since her op, is that normal?',
  ])('"%s" is no chest pain or breathlessness', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('days after an operation, breathlessness is never a usual, unchanged day', () => {
  it.each([
    'my wife is POD 3 after her tummy tuck and says she can’t get enough air even with the binder loosened, no change',
    'four days out from my BBL, cannot catch my breath, loosened the faja and it made no difference, nothing different',
  ])('"%s" gets urgent advice', (text) => {
    expect(flagOf(text)).toBe('breathing_difficulty');
  });

  it.each([
    'a week after my tummy tuck and every deep breath catches on the right side',
    'had my breast reduction on Monday, it feels tight when I breathe in deeply',
  ])('"%s" (tightness on a deep breath days after an operation) gets urgent advice', (text) => {
    expect(flagOf(text)).toBe('breathing_difficulty');
  });

  it.each([
    "tightness when I take a deep breath since my op ten years ago, is MLD OK?",
    "I take a deep breath and it feels tight, I've had asthma for years and it's my usual",
  ])('"%s" (long ago, or a known pattern) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it('a garment-blamed breathlessness after surgery known from earlier in the conversation still counts', () => {
    expect(flagOf("can't catch my breath, thought it was the compression garment but no difference without it", ['recent_surgery'])).toBe(
      'breathing_difficulty',
    );
  });
});

describe('sickle cell with a fever, or with breathing that is not the usual crisis', () => {
  it.each([
    "she's got sickle cell and she's burning up and shivery",
    'sickle cell, temperature 38.7 since lunch, I feel alright otherwise',
  ])('"%s" gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });

  it('struggling for breath with sickle cell is not stood down by "his usual"', () => {
    expect(
      flagOf(
        'my nephew has sickle cell, his chest hurts and he is struggling for breath, his mum says it is his usual pain but it does not look like his usual',
      ),
    ).not.toBeNull();
  });

  it.each(['i have sickle cell trait, can i have MLD?', 'my partner has sickle cell and her joints ache as usual in the cold, could a massage help?'])(
    '"%s" stays calm',
    (text) => {
      expect(flagOf(text)).toBeNull();
    },
  );
});

describe('a crisis told by a plan, a means or a place, without the plain words', () => {
  it.each([
    "i've got the whole bottle of my mum's pills lined up and i just wanted someone to know. not sure why i'm telling a spa bot",
    "made my will this morning and honestly i'm strangely calm about everything now. can i book my sister a massage as a present from me",
    "it's all planned, i'm going to end this tonight, sorry for the random message",
    "can't stop staring at the blade in the bathroom, the thoughts are back",
    'sat on the ledge of the car park top floor, just want someone to know',
    'the tablets are all counted out on the table, I just want someone to know',
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    'I made my will before my op, feels good to have it sorted, can I book a massage for after?',
    "we're ready to end this contract with the old spa, can you do group bookings?",
    'i keep looking at the razor burn on my legs, will a massage make it worse?',
    "just want someone to know the front door code isn't working",
    'just want someone to know that I take tablets for my blood pressure',
    "I've got three sessions lined up and just want someone to know how great your staff are",
    'coach made us do suicide sprints till we dropped, my calves are wrecked',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('other languages: a plan made ready, fainting with confusion, a calf in pregnancy, bleeding, a chemical drunk', () => {
  it.each([
    ['tengo todo listo para acabar con esto esta noche, solo quería que alguien lo supiera', 'crisis'],
    ["j'ai tout préparé pour en finir ce soir, je voulais juste que quelqu'un sache", 'crisis'],
    ['Ich habe alles vorbereitet, heute will ich ein Ende machen', 'crisis'],
    ['ze zegt dat iedereen beter af zou zijn zonder haar', 'crisis'],
    ['mio padre è caduto in bagno, adesso non sa dove si trova e non mi riconosce', 'emergency'],
    ['meine Frau ist in der 28. SSW und ihr linkes Bein ist plötzlich dick und heiß', 'emergency'],
    ['seit der Bauchdeckenstraffung blutet die Wunde ununterbrochen durch den Verband', 'emergency'],
    ['Moja córka połknęła wybielacz, płacze i kaszle', 'emergency'],
  ])('"%s" → %s', (text, kind) => {
    expect(reading(text)).toBe(kind);
  });

  it.each([
    'mia madre ha avuto un ictus anni fa, si è ripresa bene, posso prenotare un massaggio?',
    'mi hermano tuvo un infarto hace unos años y hace vida normal, puede venir a un masaje?',
    'Mój tata jest po przebytym udarze, czy może przyjść na masaż?',
    "J'ai eu un infarctus il y a 5 ans, un peu essoufflé à l'effort, rien de nouveau. Un massage est-il possible?",
  ])('"%s" is a past event, not an emergency', (text) => {
    expect(reading(text)).toBe('not_supported');
  });
});

describe('a past event, a result or a figure of speech is not happening now', () => {
  it.each([
    'my uncle had a stroke in the 80s and walks with a stick, can he have a leg massage?',
    'I had a mini stroke a while ago, fighting fit now, is MLD safe for me?',
    'the booking page keeps choking on my laptop, can you book me in by email?',
    'this week has been mental, so stressed my head is exploding lol, any facial slots?',
    "my angina spray's in my bag but I haven't needed it since the summer, just so you know",
    'short of breath on the stairs at 30 weeks, been the same for a month, midwife said it’s normal with twins',
    'does a double chin go down with lymphatic drainage?',
    'my bottom lip puffs up a bit most mornings and is down by midday, is that the pillow?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'my head is exploding all of a sudden and I feel sick, worst ever',
    "the bloods came back normal but now I've got crushing chest pain again",
    "I'm choking, I can't breathe",
    'she had a stroke in the 90s and now her face has dropped on one side again since this morning',
    'breathless at 30 weeks and it came on suddenly with chest pain',
    "facial swelling around my double chin and jaw, it's spreading and hot and I have a fever",
    'my lip is swelling up right now and my throat feels tight',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});
