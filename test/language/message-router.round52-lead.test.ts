import { loadOtherLanguages } from '../../src/screening';
import { readOtherLanguage } from '../../src/screening/other-language';
import { messageRouter } from '../helpers/dialog-deps';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 52 (lead, issue 12 §2-3; dev sets 52B and 52D read after being scored unread): requests for a person in new words
 * (a natter, a yarn, one fetched or troubled for a moment, whoever runs things, someone who works there, the gaffer, a
 * named therapist on a weekday, a direct message), in Dutch, Welsh and French; personal requests with "rec me", "worth me
 * going" and one's age. Wordings written for this test.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);
const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('round 52: a person of ours asked for in new words', () => {
  it.each([
    'is there a therapist I could have a natter with about my voucher?',
    'any chance of a yarn with one of your therapists this arvo',
    'please fetch whoever is in charge today, the room was double booked',
    'could somebody who works at the clinic tell me why I was charged twice',
    'may I borrow one of your receptionists for a minute about my membership',
    'is Anneliese working on Friday? I would like to speak with her about my plan',
    'is the guvnor about? need a word',
    'could one of your team slide into my DMs about the group booking',
    'which member of staff deals with refunds',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'does the therapist chat during the session or is it quiet',
    'is the owner a qualified lymphoedema therapist?',
  ])('"%s" is not a request for a person', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
});

describe('round 52: a person asked for in Dutch, Welsh and French', () => {
  it.each([
    'Hallo, kan iemand van de receptie even naar me toe komen? Ik sta bij de deur.',
    "Fyddai'n bosib cael galwad yn ol gan y dderbynfa os gwelwch yn dda?",
    'Bonsoir, est-ce que quelqu\'un pourrait me contacter par téléphone demain ?',
  ])('"%s" is read as a request for a person', (text) => {
    expect(readOtherLanguage(text, otherLanguages)?.kind).toBe('handoff');
  });
});

describe('round 52: a personal request in short words', () => {
  it.each([
    'rec me something for puffy legs after long shifts',
    'my feet swell on long haul flights, worth me booking a session before the next one?',
    'I turn 72 next month, is lymph drainage suitable at my age?',
  ])('"%s" goes to the health check', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});
