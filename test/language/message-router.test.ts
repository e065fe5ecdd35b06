import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { COMMANDS, type Command } from '../../src/language/message-router';
import { messageRouter } from '../helpers/dialog-deps';

const router = messageRouter();
/** Held-out phrasings nobody tuned on (test/fixtures/intents-heldout.yaml), by intent. */
const heldOut = YAML.parse(readFileSync(path.join(__dirname, '../fixtures/intents-heldout.yaml'), 'utf8')) as Record<
  string,
  string[]
>;

describe('a command fires only when the message is plainly that command', () => {
  const plainCommands = COMMANDS.flatMap((command) => (heldOut[command] ?? []).map((text) => [command, text] as const));

  it.each(plainCommands)('%s: "%s"', (command: Command, text: string) => {
    expect(router.plainCommand(text)).toBe(command);
  });

  it.each([
    'is bitcoin a good investment',
    "how do i get into my ex's instagram",
    'cancel my appointment for friday',
    'can you prescribe me water tablets?',
    'my legs feel like they will never stop swelling',
    'how do I delete a page in word',
    'i want to stop my swelling getting worse',
  ])('not a command: "%s"', (text) => {
    expect(router.plainCommand(text)).toBeUndefined();
  });
});

describe('asking for a person', () => {
  it.each(heldOut.talk_to_human ?? [])('held out: "%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });

  // Every way of asking to speak with, or be contacted by, a human (the first held-out set missed the
  // call / e-mail / "discuss with" frames). Written for this test, not copied from a held-out set.
  it.each([
    'is it possible to ring someone instead of typing',
    "I'd rather talk this over with a member of staff",
    'could someone from the team e-mail me the details',
    'please get a therapist to phone me',
    'can I call a person about my booking',
    'who do I speak to about a refund',
    'put me in contact with your nurse',
    'can we discuss it on the phone',
    'I would prefer chatting with a human',
  ])('asks for a person: "%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });

  it.each([
    'can a person do lymphatic drainage on themselves',
    'how does the human lymph system work',
    'what is a lymph node',
    "please don't email me",
    'should I discuss MLD with my doctor first',
    'is it real that MLD gets rid of toxins',
    'is this machine better than manual drainage',
    'is a person with lipoedema able to have MLD',
  ])(
    'not a request for a person: "%s"',
    (text) => {
      expect(router.asksForPerson(text)).toBe(false);
    },
  );
});

describe('asking whether anyone real is there reaches the team (round 3)', () => {
  // Indirect asks: whether the chat is a machine, whether anyone reads it, asking to be rung, asking for
  // whoever runs the place. Written for this test, not copied from a tuning or held-out set.
  it.each([
    'wait, is this a bot',
    'are you a real human?',
    'am i chatting with a machine here',
    'is this chat automated',
    'does anybody actually read these messages? is anyone reading this',
    'just give me a call tomorrow',
    'can I speak with the owner please',
    'pass me on to somebody at the spa',
    'front desk please',
    'hang on, is this an automated service?',
    'I would rather be speaking with an actual member of your team today',
    'I want a real therapist to look at this',
  ])('hands off: "%s"', (text) => {
    expect(router.route(text, { intent: 'ask_question', score: 0.9, entities: [] })).toEqual({ kind: 'handoff' });
  });
});

describe("the classifier's complaint and tell-me-more are checked against the message (round 3)", () => {
  it('answers a comparison the classifier took for a complaint, instead of handing it to the team', () => {
    const route = router.route('how does this compare with the massage at my gym', {
      intent: 'complaint',
      score: 1,
      entities: [],
    });
    expect(route).toEqual({ kind: 'question' });
  });

  it('still passes a real complaint to the team', () => {
    const route = router.route('the therapist was really rude and I want my money back', {
      intent: 'complaint',
      score: 0.9,
      entities: [],
    });
    expect(route).toEqual({ kind: 'intent', intent: 'complaint' });
  });

  it('answers a question about one of our topics that the classifier took for "tell me more"', () => {
    // Round 5: asked in the first person ("can I have MLD while having radiotherapy") it is a personal
    // request with a condition the health check screens for; asked in general it is a question.
    const route = router.route('can you have MLD while having radiotherapy', {
      intent: 'tell_me_more',
      score: 0.55,
      entities: [],
    });
    expect(route).toEqual({ kind: 'question' });
  });

  it('answers a question without a topic word that the classifier took for "tell me more"', () => {
    const route = router.route('does the effect stay or do I have to keep coming back', {
      intent: 'tell_me_more',
      score: 0.6,
      entities: [],
    });
    expect(route).toEqual({ kind: 'question' });
  });

  it('keeps a bare "tell me more" as the follow-up it is', () => {
    expect(router.route('tell me more', { intent: 'tell_me_more', score: 0.95, entities: [] })).toEqual({
      kind: 'intent',
      intent: 'tell_me_more',
    });
  });
});

describe("someone else's business is declined before any cue of ours (round 3)", () => {
  it.each([
    ['a pet that is unwell, even with "what should I do"', 'my puppy has diarrhoea, what should I do'],
    ['a sum', 'what is 36 times 12'],
    ["another shop's opening hours", 'when does the chemist on park road close'],
  ])('declines %s', (_what, text) => {
    expect(router.route(text, { intent: 'get_recommendation', score: 0.9, entities: [] })).toEqual({
      kind: 'out_of_scope',
    });
  });

  it('still answers a question about our own opening hours', () => {
    expect(router.route('what time does the studio close on fridays', { intent: 'ask_question', score: 1, entities: [] })).toEqual({
      kind: 'question',
    });
  });
});

describe('off-topic requests that look like ours', () => {
  it('does not send a game to the team, however sure the classifier is: it never saw the words', () => {
    const route = router.route('can you play checkers with me', { intent: 'talk_to_human', score: 0.95, entities: [] });
    expect(route.kind).not.toBe('handoff');
  });

  it('does not start the health check for a suggestion of something that is not ours', () => {
    const route = router.route('recommend a good novel for the beach', {
      intent: 'get_recommendation',
      score: 0.63,
      entities: [],
    });
    expect(route.kind).not.toBe('personal');
  });

  it('starts the health check for a health request with words the articles never use', () => {
    const route = router.route('what would you suggest for someone with long covid', {
      intent: 'get_recommendation',
      score: 0.7,
      entities: [],
    });
    expect(route).toEqual({ kind: 'personal' });
  });

  it('does not start the health check for "should I get …" naming another thing without an article', () => {
    const route = router.route('should I get veneers at my age', { intent: 'get_recommendation', score: 0.9, entities: [] });
    expect(route.kind).not.toBe('personal');
  });

  it('still starts the health check for "should I get it done" with nothing else named', () => {
    expect(router.route('should I get it done before my holiday', { intent: 'none', score: 0, entities: [] })).toEqual({
      kind: 'personal',
    });
  });

  it('still starts the health check for a suggestion that names nothing else', () => {
    expect(router.route('please recommend whatever you think is best', { intent: 'none', score: 0, entities: [] })).toEqual({
      kind: 'personal',
    });
  });
});

// Round 4 (issue 12): the causes of the second held-out set's misses, as the lead described them. Phrasings
// written for these tests, not copied from a tuning or held-out set.
describe('a request for a person wins over every decline (round 4)', () => {
  const sureOffTopic = { intent: 'out_of_scope' as const, score: 1, entities: [] };

  it.each([
    'this chat is going nowhere, is there a human who can help?',
    'is the owner about today, I need a word',
    'please hand me over to one of the practitioners',
    'put me through to the clinic',
  ])('hands off even when the classifier is sure it is off-topic: "%s"', (text) => {
    expect(router.route(text, sureOffTopic)).toEqual({ kind: 'handoff' });
  });
});

describe('person words are read through typos and by every name for the team (round 4)', () => {
  it.each([
    ['a swapped pair', 'i need a hmuan'],
    ['a missing letter', 'let me speak to a persn'],
    ['a missing letter in "somebody"', 'can sombody from the team help'],
    ['the practitioner', "I'd like to speak with the practitioner before booking"],
    ['reception', 'can you pass me through to reception'],
    ['"onto" the front desk', 'pass me onto the front desk'],
    ['a staff member', 'hand me over to a staff member please'],
    ['a word with someone', 'could I grab a quick word with the therapist'],
  ])('%s: "%s"', (_what, text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });

  it.each([
    'I managed to book online, thanks',
    'does the therapist use oil',
    'what is the practitioner trained in',
    'is the studio open on mondays',
  ])('not a request for a person: "%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
  });
});

describe('shouting and spaced-out letters still ask for a person (round 4)', () => {
  // Read by the router; since round 5 the safety layer's language check joins the letters too, so the
  // whole bot hands off as well (test/screening/other-language.test.ts).
  it.each(['HUMAN. PLEASE.', 'I. Need. A. Person.', 's o m e o n e please', 'human!!!!!', 'G E T  M E  A  P E R S O N'])('"%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });
});

describe('preferring the phone is asking for the team (round 4)', () => {
  it.each([
    'can I just phone you instead',
    "I'd much rather ring than type",
    'would it be simpler if I just rang?',
    'is there a way to do this instead of typing',
    'could one of you call my grandad, he cannot use the chat',
  ])('hands off: "%s"', (text) => {
    expect(router.route(text, { intent: 'ask_question', score: 0.8, entities: [] })).toEqual({ kind: 'handoff' });
  });

  it('answers a plain question for the phone number from the article', () => {
    expect(router.asksForPerson('what number do I ring to book')).toBe(false);
  });
});

describe('personal requests for someone close, and choices between our options, reach the health check (round 4)', () => {
  it.each([
    'what would you suggest for my mother, she had her hip replaced last year',
    'my brother had a hernia op, what should he book',
    'what should my partner get after her knee surgery',
    'face or full body? my ankles swell by the evening',
    'just tell me what to book, I had a tummy tuck',
    'choose one for me, my calves are like balloons',
  ])('"%s"', (text) => {
    expect(router.route(text, { intent: 'out_of_scope', score: 1, entities: [] })).toEqual({ kind: 'personal' });
  });

  it('starts the health check for a choice between our session lengths, which names no topic of ours', () => {
    expect(router.route('30 or 60 minutes, which is better for me', { intent: 'none', score: 0, entities: [] })).toEqual({
      kind: 'personal',
    });
  });

  it('still declines a gift for someone close', () => {
    const route = router.route('what should I get my dad for christmas', { intent: 'out_of_scope', score: 1, entities: [] });
    expect(route).toEqual({ kind: 'out_of_scope' });
  });
});

describe('a general safety question is answered, not screened (round 4)', () => {
  const classifiedPersonal = { intent: 'get_recommendation' as const, score: 0.9, entities: [] };

  it.each(['is lymph massage suitable for seniors', 'is MLD safe for older people', 'is lymph drainage ok for breastfeeding mums', 'I have varicose veins, can I still have massage?'])(
    '"%s"',
    (text) => {
      expect(router.route(text, classifiedPersonal)).toEqual({ kind: 'question' });
    },
  );

  it('still screens a safety question that asks what to book', () => {
    expect(router.route('I have varicose veins, which session should I book?', classifiedPersonal)).toEqual({ kind: 'personal' });
  });
});

describe('another business named by brand is someone else\'s hours (round 4)', () => {
  it.each(['what time does tesco shut', 'is aldi open on boxing day', 'when does the gp surgery open on monday'])('declines "%s"', (text) => {
    expect(router.route(text, { intent: 'ask_question', score: 1, entities: [] })).toEqual({ kind: 'out_of_scope' });
  });

  it.each(['what time do you close on saturday', 'is the studio open on bank holidays', 'when does it open tomorrow'])(
    'still answers our own hours: "%s"',
    (text) => {
      expect(router.route(text, { intent: 'ask_question', score: 1, entities: [] })).toEqual({ kind: 'question' });
    },
  );
});

// Round 5 (issue 12): the causes of the fourth held-out set's misses, as the lead described them. Phrasings
// written for this test, not copied from a tuning or held-out set.
describe('arranging a call, for oneself or someone close, reaches the team (round 5)', () => {
  const asQuestion = { intent: 'ask_question' as const, score: 0.8, entities: [] };
  it.each([
    'could we set up a short call with a therapist first',
    'can somebody give my nan a ring, she cannot work the website',
    "is there any chance someone could phone her? she's not good online",
    "I'd rather go over it all verbally",
    'can you explain it to me over the phone instead',
    'is a telephone consultation possible',
  ])('hands off: "%s"', (text) => {
    expect(router.route(text, asQuestion)).toEqual({ kind: 'handoff' });
  });

  it('does not take "call me a cab" for a call-back', () => {
    expect(router.asksForPerson('can you call me a cab')).toBe(false);
  });
});

describe('a member of the team by name or role, and a live-human check, reach the team (round 5)', () => {
  const asGreeting = { intent: 'greeting' as const, score: 0.9, entities: [] };
  it.each([
    'could I speak to Hannah please',
    'is Marcus in this afternoon?',
    'I would like to chat with Olga, she treated me before',
    'can I talk to the girl who did my facial',
    'I need to talk to Becky on reception',
  ])('hands off: "%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });

  it.each(['hi, anybody there?', 'hello is anyone about? a person i mean', 'good evening... any humans online?', 'hiya anybody'])(
    'hands off a greeting that checks for a human: "%s"',
    (text) => {
      expect(router.route(text, asGreeting)).toEqual({ kind: 'handoff' });
    },
  );

  it.each([
    'can I speak to someone at the tax office',
    'should I talk to my GP before booking',
    'can I talk to you about lymphoedema',
    'is swelling around the ankle normal',
    'does anyone here offer lymph drainage for men',
  ])('not a request for our team: "%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
  });
});

describe('coming to us after an operation, a screened condition, someone close: the health check (round 5)', () => {
  const asQuestion = { intent: 'ask_question' as const, score: 0.9, entities: [] };
  it.each([
    'had liposuction in Istanbul last week, can I book in with you on monday?',
    'my knee replacement was 3 weeks ago, am I ok to start with you',
    "I'm 70 and I have heart failure, can I still have lymph drainage?",
    "I've had a DVT before, can I still get a lymphatic massage",
    'should my 10 year old with swollen legs come to you',
    'is it worth my dad having a session, his feet swell after dialysis',
    'my husband has kidney disease, would lymph drainage be ok for him',
  ])('"%s"', (text) => {
    expect(router.route(text, asQuestion)).toEqual({ kind: 'personal' });
  });

  it.each([
    'is lymph drainage safe for people with heart problems',
    'how soon after a tummy tuck can you usually start MLD',
    'what should I do after my lymphatic drainage session and how will I feel',
    'is this massage roller good for scar tissue',
  ])('still answers a general question: "%s"', (text) => {
    expect(router.route(text, asQuestion)).toEqual({ kind: 'question' });
  });

  it.each(['should my daughter study law or medicine', 'is this blender good for smoothies'])(
    'still declines someone else\'s business: "%s"',
    (text) => {
      expect(router.route(text, { intent: 'out_of_scope', score: 0.9, entities: [] })).toEqual({ kind: 'out_of_scope' });
    },
  );
});

// Round 6 (issue 12): the causes of a new held-out batch's misses, as the lead described them. Phrasings
// written for these tests, not copied from a tuning or held-out set.
describe('a role word said again, or the team named by its job, asks for a person (round 6)', () => {
  const question = { intent: 'ask_question' as const, score: 1, entities: [] };

  it.each([
    ['a role word typed three times', 'agent agent agent'],
    ['shouted twice', 'RECEPTIONIST! RECEPTIONIST!'],
    ['a bare desk', 'speak to the front desk'],
    ['whoever does a job', 'pass me to whoever looks after the diary'],
    ['a team by its job', 'I need to talk to the appointments team'],
    ['a therapist before booking', 'can I ask the therapist a few questions before I book'],
    ['a therapist named by kind', 'could I speak with one of the lymphatic therapists first'],
    ['someone close preferring a woman from the team', "my gran would rather chat to a woman from your staff, can that happen"],
  ])('%s: "%s"', (_what, text) => {
    expect(router.route(text, question)).toEqual({ kind: 'handoff' });
  });

  it.each(['does the therapist talk during the session', 'how many therapists work at the studio'])(
    'not a request for a person: "%s"',
    (text) => {
      expect(router.asksForPerson(text)).toBe(false);
    },
  );
});

describe('writing tasks, businesses near us and home heating are declined (round 6)', () => {
  const personal = { intent: 'get_recommendation' as const, score: 0.9, entities: [] };

  it.each([
    'write me a cover letter for a spa receptionist post',
    'could you draft an email to my manager about my hours',
    'is there a nice cafe near the studio',
    'can you recommend a barber close to your clinic',
    'should I get a combi boiler or a heat pump',
  ])('declines "%s"', (text) => {
    expect(router.route(text, personal)).toEqual({ kind: 'out_of_scope' });
  });

  it('still hands off a plain request for the receptionist', () => {
    expect(router.route('can I talk to your receptionist', personal)).toEqual({ kind: 'handoff' });
  });
});

describe('"suit", "for me" and which package for a condition reach the health check (round 6)', () => {
  const outside = { intent: 'out_of_scope' as const, score: 1, entities: [] };

  it.each([
    'would MLD suit me, my feet swell in summer',
    'do you reckon it would suit my wife, she had a knee replacement',
    'which package for my swollen legs after lipo',
    'is lymph drainage right for him, he has lipoedema',
  ])('"%s"', (text) => {
    expect(router.route(text, outside)).toEqual({ kind: 'personal' });
  });

  it('asks for a personal suggestion in "is it for me" wording, which names nothing of ours', () => {
    expect(router.route('no idea if it is for me really, what do you think', { intent: 'none', score: 0, entities: [] })).toEqual({
      kind: 'personal',
    });
  });

  it.each(['does friday afternoon suit you', 'which package is the most popular', 'what does the course after a tummy tuck cost'])('not a personal request: "%s"', (text) => {
    expect(router.asksForPersonalAdvice(text)).toBe(false);
  });
});

describe('general questions with "for me" or "should I" are answered, not screened (round 6)', () => {
  const personal = { intent: 'get_recommendation' as const, score: 0.9, entities: [] };

  it.each([
    'when should I come back after a bad cold',
    'how do I pick the right lymphatic therapist for me',
    'is walking good for lipoedema',
    'is pilates good for my lymphoedema',
    'how long should I sleep on my back after my tummy tuck',
  ])('"%s"', (text) => {
    expect(router.route(text, personal)).toEqual({ kind: 'question' });
  });

  it('a question after thanks is the question', () => {
    const thanks = { intent: 'thanks' as const, score: 0.9, entities: [] };
    expect(router.route('Thanks a lot. Can you tell me what happens at the first appointment?', thanks)).toEqual({
      kind: 'question',
    });
    expect(router.route('thanks so much', thanks)).toEqual({ kind: 'intent', intent: 'thanks' });
  });
});

// Round 7 (issue 12): the causes of a new held-out batch's misses, as the lead described them. Phrasings
// written for these tests, not copied from a tuning or held-out set.
describe('being passed on with no one named, or saying the bot is no help, asks for a person (round 7)', () => {
  const outside = { intent: 'out_of_scope' as const, score: 1, entities: [] };

  it.each([
    'not helpful at all. transfer me!!',
    'escalate this pls',
    'pass me up the chain',
    'this chatbot is useless',
    "you're no help, just forward me on",
    'is there actually anyone there?? or is it all automated??',
    'hiya?? anyone home???',
    'is anybody real reading these',
  ])('"%s"', (text) => {
    expect(router.route(text, outside)).toEqual({ kind: 'handoff' });
  });

  it.each([
    'how do I transfer my booking to a friend',
    'can the swelling transfer to my other leg',
    'can anyone have lymphatic drainage',
  ])(
    'not a request for a person: "%s"',
    (text) => {
      expect(router.asksForPerson(text)).toBe(false);
    },
  );
});

describe('translations, spreadsheets, another person\'s prognosis and other medical worries are declined (round 7)', () => {
  const personal = { intent: 'get_recommendation' as const, score: 0.9, entities: [] };

  it.each([
    "translate 'my legs are swollen after the massage' into polish",
    'how would you say lymph drainage in italian',
    "what is 'swollen ankles' in welsh",
    'countif formula for the column that says massage',
    'my aunt has stage 3 bowel cancer, what is her life expectancy',
    'my big toe keeps cramping at night, should I be worried',
  ])('declines "%s"', (text) => {
    expect(router.route(text, personal)).toEqual({ kind: 'out_of_scope' });
  });

  it('keeps a worry about swelling ours (the safety layer reads it first, then the health check)', () => {
    expect(router.route('my ankles are swollen after my massage, should I be worried', personal)).not.toEqual({
      kind: 'out_of_scope',
    });
  });
});

describe('advice, "should be doing" and "appropriate for" someone close reach the health check (round 7)', () => {
  const question = { intent: 'ask_question' as const, score: 1, entities: [] };

  it.each([
    'could you advise me on what would suit me',
    'is lymphatic drainage something my partner should be having after his op?',
    'is MLD suitable for my nan, she is 88 with kidney problems',
    'would it be appropriate for someone like me with heart failure',
  ])('"%s"', (text) => {
    expect(router.route(text, question)).toEqual({ kind: 'personal' });
  });

  it.each(['how often do I need MLD after surgery?', 'how often should I book lymph drainage sessions'])(
    'a frequency question is answered, not screened: "%s"',
    (text) => {
      expect(router.route(text, { intent: 'book', score: 0.6, entities: [] })).toEqual({ kind: 'question' });
    },
  );
});
