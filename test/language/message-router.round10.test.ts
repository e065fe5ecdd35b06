import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 10 (issue 12), routing: the causes the lead found in a fresh held-out batch, checked with phrasings written
 * for this test (not copied from the tuning file or any held-out set). The classifier's reading is fixed to the
 * readings that misled the router, so the vocabulary of knowledge/routing.yaml and knowledge/intents.yaml decides.
 */
const router = messageRouter();
const misleading = MISLEADING_READINGS;
const routes = routesUnder(router, misleading);
const everywhere = sameUnder(misleading);

describe('a judgement about "it" for oneself, with a story, reaches the health check', () => {
  it.each([
    'straight answer please, would it be worth it for me? 49 and my legs swell every summer',
    'is this ok for me? I had a pulmonary embolism a decade ago',
    'what would you suggest for a postman who walks 12 miles a day',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it('a named thing that is not ours is still declined', () => {
    expect(router.route('is crypto worth it for me at my age', read('out_of_scope')).kind).toBe('out_of_scope');
  });
});

describe('demanding the verdict without the questions reaches the health check', () => {
  it.each([
    "I can't be doing with questionnaires, just tell me whether I should bother booking",
    'no quiz please, tell me which treatment I should get',
    'what package should we buy, my partner and I both have puffy ankles',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('a call-back to a phone of one\'s own is a request for a person', () => {
  it.each([
    'can somebody ring my mobile this evening, the gift card says expired',
    "I'd prefer it if someone rang me about moving my appointment",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
});

describe('questions that only mention a person or a need are not hand-offs', () => {
  it.each([
    'which questions ought I to put to a lymphoedema therapist first?',
    'will I need somebody to take me home afterwards?',
    'I need someone to help me pull my compression socks on, any tips?',
  ])('"%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('handoff');
  });

  it('asking the therapist something before booking still reaches the team', () => {
    expect(router.route('I want to ask the therapist something before I pay', read('talk_to_human')).kind).toBe('handoff');
  });
});

describe('general questions are answered, not screened', () => {
  it.each([
    'can I have a sauna right after my lymphatic massage or should I wait until tomorrow?',
    'they have me in three times a week with bandages on between sessions, is that standard for lymphoedema?',
    'would MLD help after running a marathon or is a sports massage what I need',
    'does lymph drainage really work for swelling after a hysterectomy',
    'how many drainage sessions do people have after a tummy tuck',
    'what sort of clothes do I turn up in',
    'is it safe to use on teenagers?',
  ])('"%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('personal');
  });

  it('"would MLD help my ankles" is still a personal request', () => {
    expect(router.route('would MLD help my ankles', read('ask_question')).kind).toBe('personal');
  });
});

describe('a greeting word inside a question does not make it a greeting', () => {
  it('"morning" in a question', () => {
    const route = router.route('is it better to come in the afternoon or is morning fine for the first one?', read('greeting'));
    expect(route).not.toEqual({ kind: 'intent', intent: 'greeting' });
  });

  it('a plain greeting is still a greeting', () => {
    expect(router.route('good morning!', read('greeting'))).toEqual({ kind: 'intent', intent: 'greeting' });
  });
});

describe('someone else\'s business is declined even with words of ours', () => {
  it.each([
    'nicest day spa in Cardiff?',
    'who does the best sports massage in Leeds',
    'recommend me a good novel for my spa break',
    'any good podcasts to listen to during a massage? recommend one',
    'tell me a funny joke about spas',
  ])('"%s"', (text) => {
    expect(router.route(text, read('ask_question')).kind).toBe('out_of_scope');
  });

  it('a suggestion for a swelling is not declined', () => {
    expect(router.route('suggest a routine for my puffy ankles', read('get_recommendation')).kind).not.toBe('out_of_scope');
  });
});
