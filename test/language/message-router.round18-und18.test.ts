import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 18 (und18): a team member asked for with a title ("is Dr …"), one of the team asked to look over one's answers,
 * who is in charge; what to book left open, the assistant asked what one should go for, a recommendation asked for
 * with a story, the best choice for someone like oneself; the spa's own gift vouchers and price list are ours. Phrasings
 * written for this test (not copied from any read or held-out set). The classifier's reading is fixed to readings that
 * would mislead the router, so the knowledge files decide.
 */
const router = messageRouter();
const misleading = [read('out_of_scope'), read('ask_question'), read('none', 1), read('book', 1)];
const routes = routesUnder(router, misleading);
const everywhere = sameUnder(misleading);

describe('asking for one of the team by title, to look over what one wrote, or for whoever is in charge', () => {
  it.each([
    'is Dr Mensah free for a quick chat before my first visit',
    'is nurse Adeyemi around today?',
    'could one of your therapists look over my answers, the form got me wrong',
    'can i have a real person check my questionnaire please',
    'who is in charge there?',
    "who's the manager at the studio",
    'who runs the place?',
    'still not heard back about my refund, can you chase it',
    'nobody from the studio has returned my calls',
    'could you give a message to Priya that I will be ten minutes late',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('a message for one of my own people asks for no one of ours', () => {
    for (const kind of routes('how do I leave a message for my husband on this'))
      expect(kind).not.toBe('handoff');
  });

  it('a question about what the therapist does in a session asks for no one', () => {
    for (const kind of routes('does the therapist check my answers before the session'))
      expect(kind).not.toBe('handoff');
  });
});

describe('a personal request in new words reaches the health check', () => {
  it.each([
    'what do you reckon i should go for, never done this before',
    'what would you say we should book for my mum, her feet swell in the heat',
    'what should I book before a long-haul flight? my ankles always blow up',
    'what do I book so I look less bloated at the party',
    'need a recommendation, I drive a lorry all day and my legs ache',
    "looking for suggestions - I'm on my feet all shift",
    "what's the safest choice for someone like me who gets dizzy easily",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it.each(['which mortgage is right for me', 'need a recommendation for a good plumber'])(
    'a thing named that is not ours does not: "%s"',
    (text) => {
      for (const kind of routes(text)) expect(kind).not.toBe('personal');
    },
  );
});

describe('something of ours done without a word, read as a complaint, reaches the team', () => {
  it.each(['they moved my booking with no warning, great', 'my slot got cancelled and no one rang me'])(
    '"%s"',
    (text) => {
      expect(router.route(text, read('complaint'))).toEqual({ kind: 'intent', intent: 'complaint' });
    },
  );

  it('asking whether one may cancel without notice is a question', () => {
    expect(router.route('can I cancel without notice if I wake up ill?', read('ask_question')).kind).toBe(
      'question',
    );
  });
});

describe('an appointment with another trade is not ours', () => {
  it.each(['can you book me a barber appointment for saturday', 'get me a dentist appointment asap'])(
    '"%s"',
    (text) => {
      expect(routes(text)).toEqual(everywhere('out_of_scope'));
    },
  );
});

describe("the spa's own vouchers and price list are ours", () => {
  it.each([
    'do you do gift certificates',
    'how long is a voucher valid for',
    'price list please',
    'what are your rates',
  ])('"%s" is a question for the knowledge base, not a hand-off or a decline', (text) => {
    for (const recognition of [read('out_of_scope'), read('talk_to_human', 0.95), read('ask_question')]) {
      expect(router.route(text, recognition).kind).toBe('question');
      expect(router.isAboutUs(text, recognition)).toBe(true);
    }
  });

  it("another shop's gift card is not ours", () => {
    expect(router.isAboutUs('can i use my amazon gift card', read('out_of_scope'))).toBe(false);
  });
});
