import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 39 (und39a, issue 12 §2): the hand-off causes batch 34 showed in English, in wordings written for this test (not
// batch 34's messages), each with look-alikes: one of ours summoned by role with a demand for now; whether one of ours is
// there "who can" join or answer; one of ours asked to do the thing for one ("book it for me instead"); a request for a
// person beside a word a task rule read as code ("a ruby wedding"). Look-alikes: whether one of ours speaks a language
// (an ability, answered), a complaint about one's own neighbour, and help writing an email to one's boss in a learner's
// English (someone else's business).

describe('round 39: asking for a person in English', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // One of ours summoned by role, with a demand for now.
    'Manager, now please, this is getting silly',
    'front desk!! asap, been going round in circles for 20 minutes',
    'someone, NOW, this is the third time I have asked',
    // Whether one of ours is there who can join or answer.
    'is there a nurse around who could hop on this chat with me?',
    'are there any therapists in today that can answer my question about sleeves?',
    // One of ours asked to do the thing for one.
    'the online form froze on me, can someone at your end just do it for me',
    // A request for a person beside a word a task rule reads as code.
    'Could someone from your team ring me? It is about a ruby wedding present for my in-laws',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('still hands over someone asked for in a language', () => {
    expect(routes('can I speak to someone in Spanish please')).toEqual(everywhere('handoff'));
  });

  it.each([
    // A role named, not summoned.
    'Therapist, now that my bruising has gone, can I book a session?',
    // Whether someone can come along, not one of ours.
    'is there someone who can drive me home after?',
    // Whether one of ours speaks a language: an ability, for the session.
    'does the therapist speak Polish? my gran will come on her own',
    'can the staff speak Cantonese, my dad is coming by himself',
  ])('"%s" is not handed to the team', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });

  it.each([
    // A complaint about one's own neighbour, with a word between "my" and the neighbour.
    'my upstairs neighbour plays drums at 2am, how to complain',
    // Help writing to one's boss, in a learner's English.
    'please help me to write email to my manager, I want ask for day off',
    // A ruby script is code.
    'write me a ruby script that renames my photos',
  ])('"%s" is declined as out of scope', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});
