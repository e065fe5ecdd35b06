import type { Recognition } from '../../src/language/intents';
import { messageRouter } from '../helpers/dialog-deps';

/**
 * Round 8b (issue 12), routing: a general question about a situation is answered even when the classifier reads
 * it as a request for a recommendation; a request for advice for oneself still goes to the health check.
 * Phrasings written for this test (not copied from any fixture or held-out set).
 */
const router = messageRouter();
const asRecommendation: Recognition = { intent: 'get_recommendation', score: 0.95, entities: [] };
const asQuestion: Recognition = { intent: 'ask_question', score: 0.9, entities: [] };

describe('a general question about a situation is answered, not screened', () => {
  it.each([
    ['ill before a visit, someone close', 'my son has a nasty virus, should he still come to his session on friday'],
    ['ill before a visit, "is it ok to still come"', 'got a chesty cold, is it okay to still come in for my lymph massage?'],
    ['ill before a visit, "do I need to move it"', 'feeling poorly since monday, do I have to reschedule my MLD?'],
    ['when to arrive', 'should we arrive early for the first lymphatic appointment'],
    ['when to arrive, minutes before', 'do I need to be there 15 minutes before my session?'],
    ['a lump oneself', 'there is a swollen gland behind my ear, should I massage it?'],
    ['lipoedema or weight', 'is it lipoedema or am I simply overweight in my legs?'],
    ['a limb after node removal', 'my aunt had nodes removed under her arm, what should she avoid so the arm does not swell'],
    ['blood tests on that side', 'can nurses take blood from the arm on the side where my nodes were removed, or the other arm?'],
    ['a practitioner training', "I'm an LMT, which lymphatic drainage certification would you recommend?"],
    ['comparing products', 'compression sleeve vs a pump for my arm, which is better?'],
    ['veins in general terms', 'is lymph drainage safe if you have varicose veins?'],
    ['injectables and a facial', 'botox on monday, will an MLD facial on wednesday mess it up?'],
    ['cancelling by text', 'can I text you to cancel my MLD appointment?'],
    ['whether it is normal', 'is it normal that I should feel a bit flat after lymph drainage'],
  ])('%s: "%s"', (_what, text) => {
    expect(router.route(text, asRecommendation)).toEqual({ kind: 'question' });
  });
});

describe('a request for advice for oneself still goes to the health check', () => {
  it.each([
    'I have varicose veins, which treatment should I book?',
    'had botox last week, which facial should I get?',
    'my nodes were removed last year, would lymphatic drainage be good for me?',
    "I've got a cold and swollen legs, what would you recommend for me?",
    'I think it might be lipoedema, should I book MLD?',
    'should I get MLD for my lymphoedema?',
  ])('"%s"', (text) => {
    expect(router.route(text, asQuestion)).toEqual({ kind: 'personal' });
  });
});
