import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 37 (und37a, issue 12 §1-§2): the hand-off and out-of-scope causes batch 32 showed, in wordings written for this test
// (not batch 32's messages), each both ways: the message that must be read, and the look-alike that must not. A threat
// against us reaches the team as a complaint, never a command or a decline.

describe('round 37: asking for a person in English', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // The team's roles by other titles.
    'could I have a quick word with the physio before Thursday?',
    'is it possible to email your physiotherapist directly',
    'can your events coordinator ring me about a works spa day',
    'i need the beautician to call me back about the facial',
    // One of ours asked to contact someone close for them.
    "could one of your team ring my mum? she isn't on the internet",
    "can someone phone my husband back, he's driving and can't type",
    // A team member by name asked to contact the writer or someone close.
    'my dad wants to know whether Oksana could phone him about his leg',
    "just checking if Gwenllian can text me when she's free",
    // A name set against the bot.
    'no robot please, I want Ffion',
    "not the chatbot, I'd like Dorota",
    "i'd rather Tamsin than a machine thanks",
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'should I ask my physio before booking?',
    'can I talk to my physio about it first',
    'is a physio the same as an MLD therapist',
    'does the beautician do eyebrows too',
    "I'd like Tuesday, not Wednesday",
  ])('"%s" is not handed to the team', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });
});

describe('round 37: a threat against us reaches the team as a complaint', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    "I'm going to report your therapist, she was so rough",
    "we'll be reporting this place to the council, disgraceful",
    'you are getting a one-star write up on tripadvisor from me',
    'posting a scathing review tonight',
    'my lawyer will hear about this, I am contacting my solicitor tomorrow',
    "I'll take you to court over that deposit",
    "I'm going to plaster this all over facebook",
  ])('"%s" is a complaint', (text) => {
    expect(routes(text)).toEqual(everywhere('intent'));
    expect(router.route(text, reading('none', 1))).toEqual({ kind: 'intent', intent: 'complaint' });
  });

  it.each([
    "I'll report the swelling to my GP if it gets worse",
    'do you have any bad reviews?',
    'how do I leave you a nice review on google',
  ])('"%s" is no threat', (text) => {
    expect(router.route(text, reading('ask_question'))).not.toEqual({ kind: 'intent', intent: 'complaint' });
  });
});

describe("round 37: someone else's business is declined", () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // Code written for someone.
    'knock up a python script that emails me the staff rota',
    'can you build a discord bot that posts our weekly offers',
    // A document checked or polished.
    'go over my cover letter for the receptionist job and fix the grammar',
    'make my therapist bio sound more professional please',
    // A ride booked for the writer.
    'order me an uber to your studio for 3pm',
    // An event of one's life planned.
    "help me organise my gran's memorial, no idea where to begin",
    'can you plan our honeymoon in Bali',
    // A choice of one's life weighed.
    'help me decide between two flats, one near work and one near my mum',
    // Software to run a business.
    'which CRM is best for a tiny massage studio',
    // What to eat to lose weight, nothing of ours named.
    'diet tips to drop another stone after my op?',
  ])('"%s" is declined', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'plan my hen do at your spa with massages for six',
    'will MLD help me lose weight if I eat well',
    'do I need someone to drive me home after lipo or is a taxi ok',
    'help me choose between the MLD session and the facial',
    'can you check my booking, I think it says Tuesday',
  ])('"%s" is not declined', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('out_of_scope');
  });
});
