import {
  checkRedFlagQuestions,
  checkSafety,
  describesSymptom,
  detectRedFlag,
  isUrgentVerdict,
  loadOtherLanguages,
  SIGN_OFF_PENDING,
} from '../../src/screening';
import { content, KNOWLEDGE_DIR, rawKnowledge, redFlags, spa } from '../helpers/screening-test-content';

const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };

// Recall and false alarms are gated on the frozen held-out set only (test/heldout/heldout-gates.test.ts):
// the sets in knowledge/urgency-examples were tuned on, so a "100%" there measures the fit, not the detector.
// CI prints their figures as a report (`npm run safety:eval -- knowledge/urgency-examples/*.yaml`); the named
// cases below are behaviour the detector must keep.

describe('red-flags.yaml', () => {
  it('keeps every flag marked pending clinical sign-off, with its source', () => {
    const flags = (rawKnowledge('red-flags.yaml') as { flags: { signOff: string; source: string }[] }).flags;
    for (const flag of flags) {
      expect(flag.signOff).toBe(SIGN_OFF_PENDING);
      expect(flag.source.length).toBeGreaterThan(20);
    }
  });

  it('names only screening questions that exist and are asked in every health check', () => {
    expect(() => checkRedFlagQuestions(redFlags, content.questions)).not.toThrow();
    const conditional = content.questions.find((q) => q.askIf !== undefined)!;
    const broken = { ...redFlags, flags: [{ ...redFlags.flags[0]!, clearedBy: [conditional.id] }] };
    expect(() => checkRedFlagQuestions(broken, content.questions)).toThrow(/askIf/);
  });

  it('answers suicidal thoughts with the crisis line from spa.yaml, kindly, and offers a person', () => {
    const match = detect('I want to kill myself');
    expect(match?.kind).toBe('crisis');
    expect(match?.advice).toContain(spa.crisisLine);
  });
});

describe('context from the conversation', () => {
  it.each([
    ['my calf is sore', 'recent_surgery'],
    ['i am a bit short of breath', 'recent_surgery'],
    ['my arm is red', 'lymphoedema'],
    ['my face has swollen up', 'pregnancy'],
    ['one leg is puffy', 'past_clot'],
  ])('lets one sign ("%s") escalate when the conversation knows of %s', (text, context) => {
    expect(detect(text)).toBeNull();
    expect(detect(text, [context])).not.toBeNull();
  });

  it('reads a context said in the same message ("history of DVT, left calf swollen and sore now")', () => {
    expect(detect('history of DVT, left calf swollen and sore now')?.flagId).toBe('blood_clot_limb');
  });
});

describe('risk questions and past events', () => {
  it.each([
    'can MLD cause a clot?',
    'worried about DVT on my flight',
    'what are the signs of a stroke?',
    'I had chest pain last week but it was a pulled muscle and it has gone now',
    'had a DVT in 2019, fine now',
  ])('are no emergency: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe('describing a symptom', () => {
  it.each(['my ankle is a bit sore', 'I feel dizzy', 'there is a lump on my neck'])('"%s" describes a symptom', (text) => {
    expect(describesSymptom(text, redFlags)).toBe(true);
  });

  it.each(['cancel', 'start over', 'delete my data', 'what are your opening hours?', 'no pain at all', 'does it hurt?'])(
    '"%s" does not',
    (text) => {
      expect(describesSymptom(text, redFlags)).toBe(false);
    },
  );
});

describe('other languages', () => {
  it('answers Spanish emergency words with Spanish emergency advice and the emergency number', () => {
    const verdict = checkSafety('me duele mucho el pecho', safety);
    expect(verdict.kind === 'other_language' && verdict.reading.kind).toBe('emergency');
    expect(verdict.kind === 'other_language' && verdict.reading.text).toContain(spa.emergencyNumber);
  });

  it('tells a Spanish speaker without an emergency that the assistant speaks English', () => {
    const verdict = checkSafety('¿Tienen citas el sábado?', safety);
    expect(verdict.kind === 'other_language' && verdict.reading.kind).toBe('not_supported');
  });

  it('leaves English alone', () => {
    expect(checkSafety('do you have parking?', safety).kind).toBe('none');
  });
});

describe('negation', () => {
  it.each([
    'no chest pain',
    "my calf isn't swollen or hot",
    'my calf isnt swollen or painful',
    "I don't have a fever or any redness spreading",
    'never had chest pain',
    'without any chest tightness',
    'not short of breath',
    'No swelling, pain or redness in my calf',
    'nope, no chest pain and no breathlessness',
    'my leg is not red, not hot and not swollen',
  ])('stays quiet for "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ['no idea why my calf is hot and swollen', 'blood_clot_limb'],
    ['not sure if its a clot but my leg is red and swollen', 'blood_clot_limb'],
    ['no fever, but my chest feels really tight', 'chest_or_breathing'],
    ["I don't have a fever but the redness on my arm is spreading", 'spreading_infection'],
    ["my calf isn't swollen but it is hot and painful", 'blood_clot_limb'],
    ['no pain in my chest, my calf is red and swollen', 'blood_clot_limb'],
    ["I've never felt anything like this chest pain", 'chest_or_breathing'],
  ])('still fires when the negation is about something else: "%s"', (text, flagId) => {
    expect(detect(text)?.flagId).toBe(flagId);
  });
});

describe('everyday look-alikes', () => {
  it.each([
    'my ankles get puffy after a long shift',
    'a bit tired after my session',
    'legs feel heavy after flying',
    'chest day at the gym',
    'had a heavy chest day lol',
    "I'm a bit red after the facial",
    'my calves are sore from running',
    'my face feels puffy and droopy after the facial',
    'My leg was hot and swollen last year when I had cellulitis, it is fine now',
    'my face has dropped since I lost weight, can facial MLD help?',
    'my arm is red and sore from my new tattoo',
    'my legs are red, swollen and sore from sunburn',
  ])('stays quiet for "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe('rules from the first held-out batch', () => {
  it.each([
    ['my chest is tight and my left arm has gone numb', 'chest_or_breathing'],
    ['my calf is swollen and it has gone a dark colour', 'blood_clot_limb'],
  ])('reads "has gone" with a symptom as a change, not a recovery: "%s"', (text, flagId) => {
    expect(detect(text)?.flagId).toBe(flagId);
  });

  it.each([
    ['I feel like I am suffocating under all this paperwork', 'my son is choking and going red in the face'],
    ['the company is haemorrhaging customers', 'the cut on my leg is haemorrhaging'],
  ])('reads a figure of speech as one only when it names what it is about: "%s"', (figurative, literal) => {
    expect(detect(figurative)).toBeNull();
    expect(detect(literal)).not.toBeNull();
  });

  it('treats "won\'t be around" as a goodbye unless it names plain time away', () => {
    expect(detect("I won't be around next week, I'm on holiday")).toBeNull();
    expect(detect("I won't be around tomorrow")?.flagId).toBe('crisis_self_harm');
  });

  it.each([
    'the baby has been really quiet today',
    'passing big clots',
    'sharp pain on my left side and I feel dizzy',
  ])('lets a pregnancy sign ("%s") count when the conversation knows of a pregnancy', (text) => {
    expect(detect(text)?.flagId).not.toBe('pregnancy_warning');
    expect(detect(text, ['pregnancy'])?.flagId).toBe('pregnancy_warning');
  });

  it('answers a question about spreading an infection from the knowledge base, not a request with a spreading redness', () => {
    expect(detect('could lymph drainage spread an infection?')).toBeNull();
    expect(detect('can you help, my shin is red and hot and the redness is spreading')?.flagId).toBe('spreading_infection');
  });

  it('keeps a crisis that is over as the past, and one happening now as a crisis', () => {
    expect(detect('I was suicidal as a teenager but I am in a good place now')).toBeNull();
    expect(detect('I feel suicidal again tonight')?.flagId).toBe('crisis_self_harm');
  });
});

describe('messy chat text', () => {
  it.each([
    'my calf is SWOLEN and HOT!!!',
    'calf swolllen n sore',
    'my leg’s really red and it hurts',
    "u know my calf's well hot and tender",
    'cnt breathe',
    'i can not breathe',
    'chest pian',
  ])('understands "%s"', (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it('reads a symptom split over two sentences when the second refers back', () => {
    expect(detect('My calf has been killing me all day. It is hot and swollen now.')?.flagId).toBe(
      'blood_clot_limb',
    );
  });

  it('finds a symptom buried in a long message', () => {
    const filler = 'I loved the session and the room was lovely. '.repeat(20);
    expect(detect(`${filler}Also my chest feels tight since lunch. ${filler}`)?.flagId).toBe(
      'chest_or_breathing',
    );
  });
});

describe('the advice', () => {
  it('gives the most urgent flag first when a message has several', () => {
    expect(detect('my calf is hot and swollen and now I have chest pain')?.flagId).toBe('chest_or_breathing');
  });

  it("includes the spa's emergency number from spa.yaml", () => {
    expect(detect('I have chest pain')?.advice).toContain(spa.emergencyNumber);
    expect(detect('my calf is hot and swollen')?.advice).toContain(spa.emergencyNumber);
  });
});

/** A flag's advice as red-flags.yaml gives it (spa numbers filled in), looked up by id. */
const adviceOf = (flagId: string) => redFlags.flags.find((flag) => flag.id === flagId)!.advice;

describe('round 3 concepts', () => {
  it.each([
    'my lips have blown up like balloons and I feel woozy',
    'her eyes are puffing up and she says she might pass out',
  ])('reads a face or lips swelling with faintness as anaphylaxis: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('airway_swelling'));
  });

  it.each([
    'his tummy is sucking in under his ribs with every breath',
    'she is grunting each time she breathes',
    'my son can only say a couple of words at a time, his asthma is bad',
    'the baby keeps pausing in his breathing',
  ])("reads a child's work of breathing in a parent's words as a breathing emergency: \"%s\"", (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('breathing_difficulty'));
  });

  it.each([
    "he's on the floor and I can't rouse him",
    "she passed out and hasn't come round",
    "my dad won't open his eyes",
  ])('reads someone who does not come round as a collapse: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('collapse'));
  });

  it.each([
    ["I'm 34 weeks and my waters have gone", []],
    ['the tightenings are coming every 5 minutes', ['pregnancy']],
    ['hardly any kicks from the baby today', ['pregnancy']],
    ['my tummy pain is really bad and it will not ease', ['pregnancy']],
    ['seeing zigzag lights', ['pregnancy']],
  ])('gives the maternity advice for an early labour or pregnancy warning sign: "%s"', (text, contexts) => {
    expect(detect(text, contexts)?.advice).toBe(adviceOf('pregnancy_warning'));
  });

  it.each([
    'I just want to not wake up tomorrow',
    'everyone would honestly be better off if I was gone',
    "I don't want to be around any more",
    "what's the point in carrying on",
    "I've been giving my things away to my friends",
    'I have the pills here and I want to take them all',
    'I feel like such a burden to everyone',
  ])('answers indirect suicidal thoughts with the crisis advice: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('crisis_self_harm'));
  });

  it('reads someone found on the floor and out of it as a collapse, but not a heavy sleeper', () => {
    expect(detect('found my dad on the kitchen floor and he is completely out of it')?.advice).toBe(adviceOf('collapse'));
    expect(detect("my son sleeps like a log and won't wake up for anything")).toBeNull();
  });

  it('reads "nobody would notice if I was gone" and "a better place without me" as a crisis', () => {
    expect(detect('nobody would even notice if I vanished')?.advice).toBe(adviceOf('crisis_self_harm'));
    expect(detect('the world would be a better place without me')?.advice).toBe(adviceOf('crisis_self_harm'));
  });

  it.each([
    ["I don't want to wake up early on Saturday", []],
    ["I can't go on without my monthly massage haha", []],
    ["I'm giving my old things away to charity before the move", []],
    ['the team is better off without me on Fridays', []],
    ['I nearly passed out when I saw the bill lol', []],
    ['my husband grunts when he breathes in at the gym', []],
    ['my partner snores and stops breathing at night', []],
    ["I'm 39 weeks, the odd tightening, nothing regular", ['pregnancy']],
    ['the baby kicks so much I can barely sleep', ['pregnancy']],
  ])('stays quiet for an everyday look-alike of a round-3 concept: "%s"', (text, contexts) => {
    expect(detect(text, contexts)).toBeNull();
  });
});

describe('French, Portuguese, German and Italian', () => {
  const languageOf = (code: string) => safety.otherLanguages.languages.find((language) => language.code === code)!;
  const reading = (text: string) => {
    const verdict = checkSafety(text, safety);
    return verdict.kind === 'other_language' ? verdict.reading : null;
  };

  it.each([
    ['fr', "j'ai une douleur dans la poitrine"],
    ['pt', 'meu marido desmaiou e não responde'],
    ['de', 'ich bekomme keine Luft'],
    ['it', 'mia madre ha la bocca storta e non riesce a parlare'],
  ])('answers %s emergency words with that language\'s emergency advice: "%s"', (code, text) => {
    expect(reading(text)?.text).toBe(languageOf(code).emergencyAdvice);
    expect(reading(text)?.talkToPerson).toBe(languageOf(code).talkToPerson);
  });

  it.each([
    ['fr', "je n'ai plus envie de vivre"],
    ['pt', 'quero morrer'],
    ['de', 'ich will nicht mehr leben'],
    ['it', 'voglio farla finita'],
  ])('answers %s crisis words with that language\'s crisis advice and the crisis line: "%s"', (code, text) => {
    expect(reading(text)?.text).toBe(languageOf(code).crisisAdvice);
    expect(reading(text)?.text).toContain(spa.crisisLine);
  });

  it.each([
    ['fr', 'Bonjour, je voudrais prendre rendez-vous pour samedi'],
    ['pt', 'Olá, quanto custa uma sessão de drenagem?'],
    ['de', 'Guten Tag, haben Sie am Samstag einen Termin frei?'],
    ['it', 'Buongiorno, vorrei prenotare un massaggio'],
    // Round 18 (safety18a): Romanian and Turkish have a lexicon now, so they are told in their own language.
    ['ro', 'Bună ziua, vreau o programare pentru sâmbătă'],
    ['tr', 'Merhaba, randevu almak istiyorum'],
    // Round 45 (lang45b): Danish and Norwegian have a lexicon now (other-language.round45-lang45b), read as one.
    ['da', 'Jeg vil gerne bestille en massage og betale kontant'],
    ['da', 'Hei, jeg vil bestille time og betale på stedet'],
    // Round 50 (lx50b): Bulgarian has a lexicon now (other-language.round50-lx50b).
    ['bg', 'Здравейте, искам да резервирам масаж за събота'],
  ])('tells a %s speaker without an emergency, in their language, that the assistant speaks English', (code, text) => {
    expect(reading(text)).toEqual({
      kind: 'not_supported',
      language: code,
      text: languageOf(code).notSupported,
      talkToPerson: languageOf(code).talkToPerson,
    });
  });

  // Round 27 (lang27): Indonesian/Malay has a lexicon now (other-language.round27-lang27), so Norwegian stands in for it.
  // Round 29 (lang29): Swedish has one too (other-language.round29-lang29), so Danish stands in for it.
  // Round 45 (lang45b): Danish and Norwegian have one too, so Bulgarian stands in for them.
  // Round 50 (lx50b): Bulgarian has one too, so Georgian and Armenian stand in for it.
  it.each(['გამარჯობა, მინდა მასაჟზე ჩაწერა შაბათს', 'Բարև ձեզ, ուզում եմ ամրագրել մերսում շաբաթ օրը'])(
    'tells anyone writing a language with no lexicon here that the assistant speaks English: "%s"',
    (text) => {
      expect(reading(text)).toEqual({ kind: 'not_supported', language: 'other', text: safety.otherLanguages.otherNotSupported });
    },
  );

  it('answers English that shares a word beginning with a lexicon ("suicide") in English', () => {
    const verdict = checkSafety("i'm thinking about suicide", safety);
    expect(verdict.kind === 'red_flag' && verdict.match.advice).toBe(adviceOf('crisis_self_harm'));
    expect(reading('suicidio')?.text).toBe(languageOf('es').crisisAdvice);
  });

  it('lets a Spanish "it is over" stand down a word a neighbouring language shares ("infarto")', () => {
    expect(isUrgentVerdict(checkSafety('tuve un infarto hace años pero ya estoy bien', safety))).toBe(false);
    expect(isUrgentVerdict(checkSafety('creo que tengo un infarto', safety))).toBe(true);
  });

  it('leaves an idiom alone: "je meurs d\'envie d\'essayer", "muoio dalla voglia"', () => {
    expect(isUrgentVerdict(checkSafety("je meurs d'envie d'essayer votre massage", safety))).toBe(false);
    expect(isUrgentVerdict(checkSafety('muoio dalla voglia di provare il massaggio', safety))).toBe(false);
  });
});

describe('round 4 concepts', () => {
  it.each([
    'slipped by the pool and banged my head, now I have been sick twice',
    'my son hit his head on the table and he is really drowsy and hard to wake',
    'my husband cracked his head in the shower and cannot remember this morning',
    'fell and knocked her head, now clear watery stuff is coming from her nose',
  ])('reads a knock to the head with a warning sign as a head injury: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('head_injury'));
  });

  it('stays quiet for a knock to the head with no warning sign, or one that is over', () => {
    expect(detect('bumped my head on the cupboard, small lump, feel totally fine')).toBeNull();
    expect(detect('he hit his head last month and was sick once, but recovered quickly')).toBeNull();
  });

  it.each(['my baby is 7 weeks old and her temperature is 38.2', 'my 2 month old has a temp of 38.5'])(
    'gives the urgent advice for a baby under 3 months with a temperature: "%s"',
    (text) => {
      const match = detect(text);
      expect(match?.advice).toBe(adviceOf('young_baby_fever'));
      expect(match?.kind).toBe('urgent');
    },
  );

  it('does not read an older baby with a temperature as under 3 months', () => {
    expect(detect('my 5 month old has a slight temperature after her jabs')).toBeNull();
  });

  it.each([
    "purple spots on his legs that don't go away when I press a glass on them",
    "little red marks on her tummy and they don't fade with the glass test",
  ])('reads spots or marks that do not fade under a glass as the sepsis advice: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('spreading_infection'));
  });

  it('stays quiet for a rash that fades under a glass, or a question about the test', () => {
    expect(detect('she has a heat rash that goes away when I press a glass on it')).toBeNull();
    expect(detect('what is the glass test for a rash?')).toBeNull();
  });

  it.each([
    'my 3 year old swallowed a button battery from the remote',
    'toddler has swallowed a magnet, he seems fine though',
  ])('sends a swallowed button battery or magnet to emergency care even when the child seems fine: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('swallowed_battery_or_magnet'));
  });

  it('reads confusion or being sick after a sauna as heat illness, not sleepiness', () => {
    expect(detect('my friend came out of the sauna confused and her skin is hot and dry')?.advice).toBe(adviceOf('heat_illness'));
    expect(detect('the sauna makes me feel so relaxed and sleepy afterwards')).toBeNull();
  });

  it('reads shaking, sweating or confusion in someone with diabetes as low blood sugar, not a question', () => {
    expect(detect("I'm diabetic and I'm shaky, sweaty and can't think straight")?.advice).toBe(adviceOf('low_blood_sugar'));
    expect(detect('my meter says LO and I am shaking')?.advice).toBe(adviceOf('low_blood_sugar'));
    expect(detect("I'm type 1 diabetic, should I eat before my massage?")).toBeNull();
  });

  it('reads a carbon monoxide alarm going off, or several people unwell near a boiler, as carbon monoxide', () => {
    expect(detect('the carbon monoxide alarm is going off in the treatment room')?.advice).toBe(adviceOf('carbon_monoxide'));
    expect(detect("everyone here has a headache and feels sick, I think it's the boiler")?.advice).toBe(
      adviceOf('carbon_monoxide'),
    );
    expect(detect('do you have a carbon monoxide alarm in the treatment rooms?')).toBeNull();
  });

  it.each([
    ['my drain bottle is filling up with bright red blood', []],
    ['bleeding from the incision and I feel really dizzy', ['recent_surgery']],
    ['my nosebleed has been going for half an hour and will not stop', []],
  ])('gives the bleeding advice for a drain, bleeding with faintness after surgery or a long nosebleed: "%s"', (text, contexts) => {
    expect(detect(text, contexts)?.advice).toBe(adviceOf('major_bleeding'));
  });

  it('stays quiet for a nosebleed that stops after a few minutes', () => {
    expect(detect('I get nosebleeds in dry weather, they stop after a few minutes')).toBeNull();
  });

  it('answers a racing heart with feeling about to keel over with the collapse advice (faintness is checked first)', () => {
    expect(detect("my heart is going like the clappers and I feel like I'm going to keel over")?.advice).toBe(
      adviceOf('collapse'),
    );
  });

  it.each([
    'my heart is going like the clappers and I feel dizzy',
    'feels like a fist squeezing my heart',
    'this pain keeps coming back, worse each time, and I am sweating and so tired',
  ])('reads the heart told by idiom as the chest advice: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('chest_or_breathing'));
  });

  it('reads a sharp pain on breathing in after surgery as a breathing emergency (one sign is enough)', () => {
    const text = 'I get a sharp pain in my side when I breathe in';
    expect(detect(text)).toBeNull();
    expect(detect(text, ['recent_surgery'])?.advice).toBe(adviceOf('breathing_difficulty'));
  });

  it('reads a lump-in-the-throat feeling or a hoarse voice after a facial or product as airway swelling, not a cold', () => {
    expect(detect("feels like I'm swallowing round a golf ball since the facial")?.advice).toBe(adviceOf('airway_swelling'));
    expect(detect('my voice has gone croaky since the new serum')?.advice).toBe(adviceOf('airway_swelling'));
    expect(detect("I've got a cold and my voice has gone hoarse, can I still come for my facial?")).toBeNull();
  });

  it.each([
    "honestly I just feel like I shouldn't exist",
    'I could just be gone and no one would even notice',
    "I've got the knife here and I don't know what I'm going to do",
    'I feel completely worthless and I just want to give up',
  ])('answers indirect suicidal thoughts with the crisis advice: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('crisis_self_harm'));
  });

  it.each([
    'if someone told your chatbot they were suicidal, would it give them a helpline?',
    'hypothetically if my calf swelled after surgery, would you still treat me?',
    'my smile has been a bit lopsided since I was a kid',
    "that stain on my top shouldn't exist",
  ])('stays quiet for a question about the bot, a hypothetical or a lifelong feature: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ['my lipo incision is more swollen, red and hot today', ['recent_surgery']],
    ['my wound is weeping and getting redder', ['recent_surgery']],
  ])('gives the same-day wound advice for an incision that is red, swollen or weeping after surgery: "%s"', (text, contexts) => {
    expect(detect(text, contexts)?.advice).toBe(adviceOf('wound_infection'));
  });

  it('answers cut wrists with the crisis advice, and someone not waking after a seizure with the collapse advice', () => {
    expect(detect("cut my wrists and it's bleeding a lot")?.advice).toBe(adviceOf('crisis_self_harm'));
    expect(detect("she had a seizure and now she's not waking up")?.advice).toBe(adviceOf('collapse'));
  });

  it('stays quiet for incisions that are healing well', () => {
    expect(detect('my lipo incisions are healing well, a little pink at the edges', ['recent_surgery'])).toBeNull();
  });
});

describe('Polish and Dutch', () => {
  const languageOf = (code: string) => safety.otherLanguages.languages.find((language) => language.code === code)!;
  const reading = (text: string) => {
    const verdict = checkSafety(text, safety);
    return verdict.kind === 'other_language' ? verdict.reading : null;
  };

  it.each([
    ['pl', 'mam silny ból w klatce piersiowej'],
    ['pl', 'mój syn połknął baterię'],
    ['nl', 'mijn vrouw is flauwgevallen en reageert niet'],
    ['nl', 'mijn lippen en tong zwellen op'],
  ])('answers %s emergency words with that language\'s emergency advice and a person: "%s"', (code, text) => {
    expect(reading(text)?.text).toBe(languageOf(code).emergencyAdvice);
    expect(reading(text)?.talkToPerson).toBe(languageOf(code).talkToPerson);
  });

  it.each([
    ['pl', 'nie chcę już żyć'],
    ['nl', 'ik wil niet meer leven'],
  ])('answers %s crisis words with the crisis line, never only "this assistant speaks English": "%s"', (code, text) => {
    expect(reading(text)?.text).toBe(languageOf(code).crisisAdvice);
    expect(reading(text)?.text).toContain(spa.crisisLine);
  });

  it.each([
    ['pl', 'dzień dobry, chciałabym umówić się na masaż w piątek'],
    ['nl', 'goedemorgen, ik wil graag een afspraak maken'],
  ])('tells a %s speaker with no emergency, in their language, that the assistant speaks English', (code, text) => {
    expect(reading(text)).toEqual({
      kind: 'not_supported',
      language: code,
      text: languageOf(code).notSupported,
      talkToPerson: languageOf(code).talkToPerson,
    });
  });
});

describe('round 5 concepts', () => {
  it.each([
    ['she grabbed her throat, her lips were swelling and her breathing was ragged', 'airway_swelling'],
    ['I was doing the crossword when suddenly the room spun and I could not lift my right arm', 'stroke_signs'],
    ['I found myself unable to get my words out, everything came out as nonsense', 'stroke_signs'],
  ])('reads an event told as a past-tense story with no sign it is over as happening now: "%s"', (text, flagId) => {
    expect(detect(text)?.advice).toBe(adviceOf(flagId));
  });

  it.each([
    'each breath is like a knife in my ribs',
    "I'm extremely short of breath and really weak and dizzy",
    'got to the top of the stairs out of breath and my vision started narrowing',
    'unable to breathe properly since I woke up',
  ])('reads breathing trouble told by its effect as a breathing emergency: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('breathing_difficulty'));
  });

  it('does not read breathlessness after sport or laughter as an emergency', () => {
    expect(detect('I was out of breath and a bit dizzy after my first spin class')).toBeNull();
    expect(detect("couldn't breathe for laughing at my friend")).toBeNull();
  });

  it.each([
    "my 2 year old fell off the sofa, banged his head and he's been sick once",
    'the baby fell out of her cot this morning and has vomited',
    'took a knock to the head at rugby, feel woozy and spaced out',
    'hit my head 3 days ago and now I keep being sick',
  ])('reads a knock or a child\'s fall with sickness, drowsiness or wooziness as a head injury: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('head_injury'));
  });

  it.each([
    'my toddler drank some of the lavender essential oil',
    'found my daughter with the bleach, I think she drank some',
    'my 3 yr old has eaten some of my blood pressure tablets',
    'my grandson took some of my sleeping pills, we do not know how many',
  ])('gives the poisoning advice for a swallowed oil, household product or medicine that is not theirs: "%s"', (text) => {
    const match = detect(text);
    expect(match?.advice).toBe(adviceOf('swallowed_poison'));
    expect(match?.advice).toContain(spa.emergencyNumber);
  });

  it.each([
    'my son swallowed some toothpaste while brushing',
    'my daughter drank her calpol, is it ok to come to baby massage?',
    'are your essential oils safe to have around kids?',
  ])('stays quiet for toothpaste, a child\'s own medicine or a question about storage: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    'the hot stone left a burn on her back and the skin has gone white and leathery',
    'the wax burn on my leg is bigger than my hand',
    'scalded my foot with the kettle, the burn covers the whole top of my foot and it is blistered',
    'hot stone massage burn on my back, it does not hurt at all and looks dark brown and leathery',
  ])('sends a large or deep burn to the emergency department: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('serious_burn'));
  });

  it.each([
    'the hot towel left my face a little red for an hour',
    'got sunburn on my shoulders at the weekend, can I still have a back massage?',
    'burnt my finger on the oven, little blister',
    'I feel burnt out and numb after this week',
    'my chest is burning',
  ])('does not answer mild redness, sunburn, a small blister, burnout or a burning chest with the burn advice: "%s"', (text) => {
    expect(detect(text)?.flagId).not.toBe('serious_burn');
  });

  it.each([
    'stood at the platform edge this morning thinking how easy it would be',
    "thinking of taking dad's shotgun out to the woods and not coming back",
    'no one would notice if I was gone',
    "honestly everyone would cope fine if I just wasn't here",
  ])('answers suicidal thoughts told by method or absence with the crisis advice: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('crisis_self_harm'));
  });

  it.each([
    "I'll be gone for two weeks in August, can I pause my membership?",
    'I keep thinking about that gorgeous sea view from the spa balcony',
    'the train to your spa goes over a bridge, how long is the walk?',
  ])('stays quiet for time away or a place named with pleasure: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    'the old clot leg is playing up again today, warm and tight',
    "had a DVT in my right calf two years ago and it's aching and puffy again this afternoon",
    'the same calf where I had my DVT is swelling up again',
  ])('reads a past clot with a sign now as the clot advice: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('blood_clot_limb'));
  });

  it('reads a chest fullness with a tingle down the arm as the heart, and a headache with fuzzy vision as a stroke sign', () => {
    expect(detect("a fullness in my chest I've never felt before and an electric tingle down my left arm")?.advice).toBe(
      adviceOf('chest_or_breathing'),
    );
    expect(detect("headache that won't go and my vision is all fuzzy")?.advice).toBe(adviceOf('stroke_signs'));
    expect(detect('I get migraines with aura now and then, can MLD help?')).toBeNull();
  });

  it('reads a burning pain in a lymphoedema limb as infection', () => {
    expect(detect('my arm has a burning feeling creeping up to the elbow')).toBeNull();
    expect(detect('my arm has a burning feeling creeping up to the elbow', ['lymphoedema'])?.advice).toBe(
      adviceOf('spreading_infection'),
    );
  });

  it.each([
    'a week ago today I had my first seizure, the neurologist has started me on tablets, is MLD ok?',
    'I remember my first seizure, I was about 12',
    'eight days ago I went to A&E with chest pain, it was a trapped nerve, I was lucky',
    "my husband has seizures, they're controlled with medication, is he ok to use the sauna?",
  ])('reads dated, explained history and a controlled condition as history, not an emergency: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it('still reads a seizure happening now in someone with epilepsy as a collapse', () => {
    expect(detect("my husband has epilepsy and he's having a seizure right now and it won't stop")?.advice).toBe(
      adviceOf('collapse'),
    );
  });

  it.each([
    'my dog had a seizure last night, do you know a good vet?',
    'a character in my novel collapses in a spa, how would the staff react?',
    "my laptop can't breathe, the fan is screaming",
    'my houseplant is dying, the leaves are turning black',
    'the horse at the stables went lame and its leg is hot and swollen',
  ])('stays quiet for an animal, a thing or a story: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it('still reads a person hurt around an animal or a thing', () => {
    expect(detect('my dog jumped up, knocked me over and I hit my head, now I feel sick and drowsy')?.advice).toBe(
      adviceOf('head_injury'),
    );
    expect(detect("sat watching telly and got a really tight chest")?.advice).toBe(adviceOf('chest_or_breathing'));
  });

  it('reads "if my leg swells up after the flight" as a hypothetical, but "if my chest is this tight" as now', () => {
    expect(detect('if my leg swells up after the flight, should I rebook?')).toBeNull();
    expect(detect('if my chest feels tight during the session will the therapist stop?')).toBeNull();
    expect(detect('should I go to A&E if my chest is this tight?')?.advice).toBe(adviceOf('chest_or_breathing'));
    expect(detect('if the pain in my chest gets worse should I call 999?')?.advice).toBe(adviceOf('chest_or_breathing'));
    expect(detect('my chest feels as if someone is sitting on it')?.advice).toBe(adviceOf('chest_or_breathing'));
  });

  it('stays quiet for bruising after lipo and both feet swollen by evening in pregnancy', () => {
    expect(detect('my tummy is purple and bruised after lipo last week, is that normal?')).toBeNull();
    expect(detect("both my feet are a bit swollen by evening, I'm 30 weeks pregnant")).toBeNull();
  });
});

describe('round 5: other languages', () => {
  const languageOf = (code: string) => safety.otherLanguages.languages.find((language) => language.code === code)!;
  const reading = (text: string) => {
    const verdict = checkSafety(text, safety);
    return verdict.kind === 'other_language' ? verdict.reading : null;
  };

  it.each([
    ['es', 'mi hijo se dio un golpe en la cabeza y ha vomitado dos veces'],
    ['fr', 'mon fils est tombé sur la tête et il a vomi'],
    ['de', 'meine Tochter ist auf den Kopf gefallen und hat sich übergeben'],
    ['it', 'mio figlio ha battuto la testa e adesso vomita'],
    ['pt', 'meu filho bateu a cabeça e vomitou'],
  ])('answers a %s head injury with sickness with that language\'s emergency advice: "%s"', (code, text) => {
    expect(reading(text)?.text).toBe(languageOf(code).emergencyAdvice);
  });

  it.each([
    ['nl', 'plotseling zie ik niets meer met één oog en mijn arm is slap'],
    ['de', 'plötzlich sehe ich auf einem Auge nichts mehr und mein Arm ist schwach'],
    ['es', 'de repente no veo nada por un ojo y tengo el brazo débil'],
    ['pl', 'nagle przestałam widzieć na jedno oko i mam słabą rękę'],
  ])('answers %s sudden loss of sight in one eye or a weak arm with the emergency advice: "%s"', (code, text) => {
    expect(reading(text)?.text).toBe(languageOf(code).emergencyAdvice);
  });

  it.each([
    ['es', 'tengo las piernas rojas e hinchadas por una quemadura de sol, ¿puedo hacer el masaje?'],
    ['es', 'me hice un tatuaje en el brazo y está rojo, hinchado y me duele un poco'],
    ['fr', "j'ai un coup de soleil, mes jambes sont rouges et gonflées, je peux venir quand même ?"],
    ['de', 'ich habe einen Sonnenbrand, mein Bein ist rot und geschwollen, kann ich trotzdem kommen?'],
    ['nl', 'ik heb zonnebrand, mijn been is rood en een beetje gezwollen, kan ik toch komen?'],
  ])('tells a %s speaker with a red, swollen limb from sunburn, a tattoo or the gym that the assistant speaks English', (code, text) => {
    expect(reading(text)?.kind).toBe('not_supported');
    expect(reading(text)?.text).toBe(languageOf(code).notSupported);
  });

  it('still answers a red, hot, swollen leg with no everyday cause in Spanish as an emergency', () => {
    expect(reading('tengo la pierna roja, hinchada y me duele mucho')?.text).toBe(languageOf('es').emergencyAdvice);
  });
});
