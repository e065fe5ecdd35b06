import path from 'node:path';
import { buildUnderstanding } from '../../src/cli/understanding-eval';
import { loadKnowledgeBase, loadSpa } from '../../src/kb';
import { loadIntents } from '../../src/language/intents-content';
import type { Route } from '../../src/language/message-router';
import type { MessageUnderstanding } from '../../src/language/understanding';
import { modelRoute } from '../../src/language/route-fallback';
import type { MessageKind, RouteModel } from '../../src/language/route-model';
import { loadRouteModel } from '../../src/language/route-model-content';
import { loadOtherLanguages } from '../../src/screening';
import { readOtherLanguage } from '../../src/screening/other-language';
import { messageRouter } from '../helpers/dialog-deps';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';
import { MISLEADING_READINGS, routesUnder } from '../helpers/router-readings';

/**
 * Round 23 (route23): a desk or line named alone as the person asked for; a bot refused or a human "in the flesh" asked
 * for in German or Italian; a request of one's own that the rules' catch-all declined for its unknown words; a question
 * after a greeting; and general questions (a period on the day, moving one's booking, an arm at risk after nodes were
 * taken, whether it hurts, self-massage during treatment) that the personal cues sent to the health check. Messages
 * written for this test, none from a batch.
 */
const router = messageRouter();
const readings = MISLEADING_READINGS;
const routes = routesUnder(router, readings);

describe('a desk or line named alone is a request for a person', () => {
  it.each([
    'helpdesk pls',
    'switchboard?',
    'the enquiries line please',
    'customer support',
    'hi, service desk',
    'Client care team',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'handoff'));
  });

  it('a question about a desk is not a request for one', () => {
    expect(routes('what does the help desk at the hospital do with referrals')).not.toContain('handoff');
  });
});

describe('a person asked for in German or Italian reaches the team', () => {
  const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

  it.each([
    ['Bitte keinen Bot, einen Menschen', 'de'],
    ['keine KI bitte, ich will mit jemandem reden', 'de'],
    ['Mensch bitte', 'de'],
    ["c'è una persona vera con cui parlare?", 'it'],
    ['niente bot, vorrei un umano', 'it'],
    ["scusi, c'è qualcuno?", 'it'],
  ])('%s', (text, language) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'handoff', language });
  });

  it.each(['questo trattamento è adatto a mia madre? ha 80 anni', 'sarebbe adatto anche a me? ho le gambe gonfie'])(
    'a short Italian question is read as Italian: %s',
    (text) => {
      expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'not_supported', language: 'it' });
    },
  );

  it.each(['welche Behandlung soll ich buchen? will nur abschalten', 'Was sollte ich nehmen, 60 oder 90 Minuten?'])(
    'a short German question is read as German: %s',
    (text) => {
      expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'not_supported', language: 'de' });
    },
  );

  it('English about a bot is still English', () => {
    expect(readOtherLanguage('no bot please, a real person', otherLanguages)).toBeNull();
  });
});

describe('a request of one’s own that the catch-all declined (src/language/route-fallback.ts)', () => {
  const articles = loadKnowledgeBase(KNOWLEDGE_DIR, loadSpa(KNOWLEDGE_DIR)).articles;
  const { settings } = loadRouteModel(path.resolve(KNOWLEDGE_DIR), articles, loadIntents(KNOWLEDGE_DIR))!;
  const declined: Route = { kind: 'out_of_scope' };
  const text = 'a message of several words';
  const sure = (kind: MessageKind, p = 1): RouteModel => ({
    examples: 0,
    trainingMs: 0,
    probabilities: () => ({ question: 0, out_of_scope: 0, handoff: 0, personal: 0, [kind]: p }),
    predict: () => ({ kind, probability: p }),
  });
  const fallback = (model: RouteModel, leftToCatchAll: boolean, general = false) =>
    modelRoute(text, declined, undefined, model, settings, {
      generalQuestion: general,
      personalLeftToCatchAll: leftToCatchAll,
    })?.kind;

  it('goes to the health check only on a confident personal reading', () => {
    expect(fallback(sure('personal'), true)).toBe('personal');
    expect(fallback(sure('personal', 0.85), true)).toBeUndefined();
    expect(fallback(sure('personal'), true, true)).toBeUndefined();
    expect(fallback(sure('personal'), false)).toBeUndefined();
    expect(fallback(sure('question'), true)).toBeUndefined();
    expect(fallback(sure('handoff'), true)).toBe('handoff');
  });

  it.each([
    'what would you reckon is best for me after a twelve hour flight home',
    'what would you lads suggest for me after a 14 hour flight home from Singapore',
    'honestly should I bother, I sit at a desk in Leeds all day',
  ])('"%s" is a personal request left to the catch-all', (message) => {
    expect(router.personalLeftToCatchAll(message)).toBe(true);
  });

  it.each([
    'which mortgage is right for me',
    'should I get my mole checked',
    'my girlfriend forgot my birthday, should I be annoyed',
    'should I get lymphatic drainage for my puffy ankles',
  ])('"%s" is not (someone else’s thing, or ours already)', (message) => {
    expect(router.personalLeftToCatchAll(message)).toBe(false);
  });
});

describe('the whole reading of fresh messages (recognizer, rules and route model)', () => {
  let understanding: MessageUnderstanding;
  beforeAll(async () => {
    understanding = await buildUnderstanding(KNOWLEDGE_DIR);
  }, 120_000);
  const kind = async (text: string) => (await understanding.understand(text)).route.kind;

  it.each([
    'what would you lads suggest for me after a 14 hour flight home from Singapore',
    'my nan is 82 and getting her hip done next month, what should she book with you',
    'what do you reckon would suit me best, been on my feet all week at the markets',
  ])('"%s" reaches the health check', async (text) => {
    expect(await kind(text)).toBe('personal');
  });

  it.each([
    'should I buy a Tesla or a BMW',
    'what should I get my boyfriend for christmas',
    'should I quit my job or stick it out',
    'what should I pack for a week in Bali',
    'is netflix worth the money for someone like me',
  ])('"%s" is still declined', async (text) => {
    expect(await kind(text)).toBe('out_of_scope');
  });

  it.each([
    'hiya, quick one, how long is the first appointment',
    'Morning! random question what time do you shut on saturdays',
    'hello there how much for the facial one',
  ])('"%s" is answered as a question', async (text) => {
    expect(await kind(text)).toBe('question');
  });
});

// Round 23 also tried five general-question cues (a period on the day, moving one's booking, an at-risk arm on a
// flight, whether it hurts, self-massage during treatment). On the fresh batch 21 they cost two English personal requests
// and answered no question better, so they were taken out: a request must not miss the health check (rule 2).
describe('requests for one of ours reach the health check', () => {
  it.each([
    'my leg does hurt, would MLD help me?',
    'should I book the 60 or the 90 minute one for my swollen ankles',
    "I'm on my period and bloated, what treatment would you recommend",
    "I'm on chemo, can I come in for a lymph massage",
    'can I have MLD with my fibromyalgia, will it hurt?',
  ])('a request for one of ours still reaches the health check: "%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'personal'));
  });
});
