import { loadOtherLanguages } from '../../src/screening';
import { readOtherLanguage } from '../../src/screening/other-language';
import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

/**
 * Round 49 (und49, issue 12 §1-§2): the causes dev set 43H showed, fixed by concept and proved on wordings written for
 * this test (none from the set). A person asked for by what they are not (a mortal, flesh and blood, an actual somebody),
 * by a hand-over to the bot's colleagues (send in, pass the baton, step aside, hop on, reply here, put one on), by a
 * presence check on the chat, and by Indian English "revert"; a person or a contact at another organisation (a brand, a
 * provider, a public office, a bank in another language) declined, not handed to our team; and a means of contact or one
 * of the team asked about (which number there is, which of two ways, whether someone is on the desk all day, who owns
 * the place and what she is) answered, not handed over.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);
const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('round 49: a request for a person in words the rules lacked', () => {
  it.each([
    // by what they are not: a machine
    'one mortal please, no more robots',
    'any flesh and blood staff about?',
    'any flesh n blood folk reading these messages',
    'am I chatting with an actual human or not',
    'hmn pls, this bot is going in circles',
    'ppl only, I want a real one to reply',
    // a hand-over to colleagues
    'right bot, step aside and send in one of your colleagues',
    'hand it over to a colleague please',
    'swap yourself out for a real employee',
    'could a therapist jump on for a sec',
    'will my therapist answer me on here personally',
    'which nurses are working today? I want to message one',
    'connect me with the studio front desk',
    // whether anyone is there at all
    'is anybody actually monitoring this chat',
    'is anyone manning this inbox? put one of them on please',
    'is somebody ever going to reply to me',
    // formal Indian English
    'kindly have your senior therapist revert to me at the earliest',
    // a call wished for from the place
    'any chance of a quick call from the clinic after 6?',
  ])('"%s" hands off', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'I want to look after my own flesh and blood, can MLD help my dad',
    'is it normal to feel mortal dread before surgery',
    'can I chat through the massage or is silence expected',
    'an email from the spa with the price list would be great',
    'can I step in the shower straight after my session',
  ])('"%s" asks for no one of ours', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
  });
});

describe('round 49: a person or a contact at another organisation is declined', () => {
  it.each([
    'how would I reach somebody at eBay about a refund',
    'what is the helpline number for the post office',
    'can I get an actual Vodafone agent on the phone, the app is useless',
    'my broadband provider keeps cutting me off, how do I complain to them',
    'who should I ring about a pothole on my road',
    'who do I phone about the street lights being out',
  ])('"%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'my bank keeps bouncing your card payment, can someone from the spa call me',
    'I tried to speak to someone at the clinic but the line was busy',
  ])('"%s" still hands off (one of ours named)', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    ['¿Cómo puedo hablar con una persona de Vodafone?', 'es'],
    ['Chcę porozmawiać z konsultantem w banku Santander', 'pl'],
  ])('%s gets "I speak English", not our team', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'not_supported' });
  });

  it('a complaint about a utility bill in Hinglish is declined', () => {
    expect(routes('hamara bijli ka bill do baar aaya, complaint kahan karein')).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    ["Mon père aimerait qu'un thérapeute le rappelle ce soir", 'fr'],
    ["Ma grand-mère voudrait qu'une praticienne lui téléphone lundi", 'fr'],
    ['quiero hablar con una persona del spa, por favor', 'es'],
  ])('%s still reaches our team', (text, language) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'handoff', language });
  });
});

describe('round 49: a means of contact or one of the team asked about is not a request', () => {
  it.each([
    'do you have a text number for the studio or only a landline?',
    'to move my booking should I phone reception or do it online',
    'will somebody be at the front desk the whole day or do I let myself in',
    'who runs the studio? is he a physio?',
    'is it ok to talk during the treatment or is it better to relax quietly',
  ])('"%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
    expect(router.route(text, read('ask_question')).kind).not.toBe('handoff');
  });

  it.each([
    'is there a phone number I can ring to speak to a therapist',
    'is there a number for the clinic? I want someone to call me back',
    'who runs the studio? I want to talk to them',
  ])('"%s" still hands off', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });
});
