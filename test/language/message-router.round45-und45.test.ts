import { messageRouter } from '../helpers/dialog-deps';

/**
 * Round 45 (und45, issue 12 §2): requests for a person batches 39-40 showed the rules missing, fixed by word family and
 * proved on wordings written for this test (none from a batch): being passed or handed on to one of ours, one of ours
 * asked to take over, a grown-up asked for, "is there someone I could talk to", a matter raised with one of ours in
 * person, an actual receptionist. Look-alikes that name the same words without asking for one of ours stay unread.
 */
const router = messageRouter();

describe('a request for a person in the new word families', () => {
  it.each([
    'could I get transferred to whoever handles the gift cards',
    'please hand me over to a manager, this is going nowhere',
    'bounce me to somebody at the desk',
    'would a staff member take over from here please',
    'can a human step in, I keep going round in circles',
    'honestly I just need a grown-up on this',
    'are there any nurses on shift who I could have a quick chat with',
    'do you have a therapist that we might speak to about my dad',
    'who on your team can I reason with about the late fee',
    "I'd prefer to explain my case to a nurse over the phone",
    'I want to take it up with the studio manager',
    'is there a phone line with an actual staff member on it',
    'is there anyone at reception I can whatsapp with',
  ])('"%s" hands off', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
    expect(router.route(text, { intent: 'ask_question', score: 0.9 } as never)).toEqual({ kind: 'handoff' });
  });
});

describe('look-alikes are not a request for a person', () => {
  it.each([
    'can I pass my voucher to my sister',
    'I got referred to my GP and then sent to the hospital',
    'will I be passed to a doctor if the therapist finds something',
    'is there a cream I can use after the session',
    'is there a time of day I could come in that is quieter',
    'can I take it easy after the massage',
    'how do I explain lymphoedema to my kids',
    'do grown-ups get it as well as children',
    'is there an address I can email my referral to',
  ])('"%s" stays unread', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
  });
});

describe('commands still fire only on themselves', () => {
  it.each([
    ['please hand me over to a manager, this is going nowhere', undefined],
    ['who on your team can I reason with about the late fee', undefined],
    ['cancel', 'cancel'],
    ['delete my data', 'delete_my_data'],
  ])('"%s"', (text, command) => {
    expect(router.plainCommand(text)).toBe(command);
  });
});

// The lead's reread: und45's "pass / switch / send me to" read any word after "to", so a booking change handed off
// (test/language/message-router.round36-und36a.test.ts caught "can you switch me to the evening slot"). The one it goes
// to must be one of ours by a person word.
describe('being moved to a slot, a page or a list is no hand-off', () => {
  it.each([
    'could you switch me to the 60 minute session instead',
    'can I be moved or put onto the waiting list for saturdays',
    'please send me to the page where I pay the deposit',
    'could I get switched to the later appointment',
  ])('"%s" stays unread', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
  });
  it.each(['can you switch me to a real person', 'could I get switched to someone at reception'])(
    '"%s" still hands off',
    (text) => {
      expect(router.asksForPerson(text)).toBe(true);
    },
  );
});
