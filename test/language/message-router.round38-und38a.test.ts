import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 38 (und38a, issue 12 §2): the hand-off causes batch 33 showed in English, in wordings written for this test (not
// batch 33's messages), each with look-alikes that must not reach the team: one of ours named as a worker, an employee, a
// rep or the crew; being linked up with one of ours; one of ours asked to join this conversation, answer one's question or
// check something; how to reach one of ours; a machine refused in the plural; Caribbean "beg yuh … mi".

describe('round 38: asking for a person in English', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // One of ours as a worker, an employee, a rep, the crew.
    'ok can i have a chat with a worker',
    'i need a spa worker to fix my appointment time',
    'need a proper spa worker, this is going nowhere',
    'we want an actual studio employee',
    'chat to a member of your crew?',
    // Linked or hooked up with one of ours.
    'hook us up with a practitioner ta',
    'patch me up with a team member please',
    // One of ours joining this conversation.
    'can a staff member join this conversation please',
    // One of ours answering one's question themselves.
    'could a nurse reply to my query about bandaging',
    'can one of the practitioners deal with my question about sleeves',
    'can a therapist answer my question herself',
    // One of ours asked to check or confirm something.
    'could someone double-check that my voucher went through',
    "could a member of staff check my daughter's appointment went through",
    // How to reach one of ours.
    'how can i get through to a real receptionist',
    // A machine refused in the plural, as its own clause.
    'no more chatbots please',
    'ugh, no bots',
    // Caribbean English's "beg yuh" and "mi".
    'beg yuh link mi up wid one a di staff',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    // A worker of one's own, not one of ours.
    'my husband is a shift worker, are you open late?',
    "I'm a care worker, is MLD safe for the old folk I look after?",
    // Contact with no one of ours named.
    'how do I get in touch to book?',
    'how can I contact you about prices',
    // A machine as a treatment, and a robot in a sentence.
    'is the lymphatic machine the same as your massage or do I get no machine',
    'no robot does the massage, right? it is a real therapist?',
    // A question about the team, and checking something oneself.
    'does the therapist answer questions during the session?',
    'how do I check whether my booking went through',
  ])('"%s" is not handed to the team', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });
});
