import { loadOtherLanguages } from '../../src/screening';
import { readOtherLanguage } from '../../src/screening/other-language';
import { messageRouter } from '../helpers/dialog-deps';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 51 (lead, issue 12 §1-3; dev set 51B read): requests for a person in words of a Teams or Slack channel, of a
 * lost item or a form, and of a complaint; people of another organisation asked for through us; personal suggestions
 * left open in other words. Wordings written for this test.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);
const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('round 51: a person of ours asked for in new words', () => {
  it.each([
    'bot dropped the ball here, could a teammate pick this up',
    'is there a staffer who can read this instead of you',
    'my gloves might be in the relaxation room, could somebody on the desk have a look and let me know',
    'which member of staff do I send my complaint about Tuesday to',
    'anyone from the team online in this channel?',
    'I said I wanted a person. I asked for your manager.',
    'I was wondering if one of the therapists could call me about my voucher',
    'this has to go further up than an automated chat',
    'who is there that is not a bot',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'where is the staff car park',
    'which member of staff does the facials, is it the same therapist as MLD?',
  ])('"%s" is not a request for a person', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
});

describe("round 51: one of another organisation's people, asked for through us", () => {
  it.each([
    'HSBC blocked my account, can you get me one of their advisers',
    'can you transfer me to my local health centre please',
    'who do I phone at the council about parking permits',
  ])('"%s" is declined as outside what we do', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});

describe('round 51: a personal suggestion left open in other words reaches the health check', () => {
  it.each([
    'legs like tree trunks after my flight, anything on your menu for me?',
    'would a 30 minute or a 60 minute session suit me better, I have lipoedema',
    'is it wiser for me to come before my op or after it',
    'could it do anything for me at all, I have fibromyalgia',
  ])('"%s" is a personal request', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('round 51 (dev 51D read): a treat planned with us, a deal to sort by hand, and callers in French, German and Hindi', () => {
  it.each([
    'planning a birthday pamper for my sister and two friends, can someone phone me to book it',
    'my gift card code keeps failing online, I need one of your team to put it through manually',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    "J'aimerais qu'une de vos masseuses me téléphone ce soir",
    'Bitte lassen Sie mich von der Praxis anrufen, es geht um meinen Termin',
    'कृपया टीम से कोई मुझे फ़ोन करे',
  ])('"%s" asks for a person', (text) => {
    expect(readOtherLanguage(text, otherLanguages)?.kind).toBe('handoff');
  });
});

describe('round 51 (dev 51F read): a person asked for as a note, "in real life", by a job, or with the number to try', () => {
  it.each([
    'refund problem. person needed, not a menu',
    'real bod please, this is going round in circles',
    'any irl human on here?',
    'is a bookings person in today?',
    'you lot got a receptionist free? need to change my slot',
    'would rather go through it on the phone with one of you',
    'paid for a package last month and nothing came through, could somebody look into it',
    'my number is 07700 900123, someone free to try it after six?',
    'physio here, would like a conversation with your lead therapist about a shared patient',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each(['you pick for me', 'whole body or just the legs for someone like me?'])('"%s" is a personal request', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it('"Aș vrea să discut cu cineva de la recepție" asks for a person', () => {
    expect(readOtherLanguage('Aș vrea să discut cu cineva de la recepție', otherLanguages)?.kind).toBe('handoff');
  });
});

describe('round 51 (dev 51H read): the desk by its service names, someone at our end, fetch me a therapist', () => {
  it.each([
    'help desk?? anyone??',
    'hi customer services, I was charged for a session I cancelled',
    'anyone in the office today? my receipt shows the wrong name',
    'please loop in a colleague, this needs a person',
    'ugh the bot again. just fetch me a person',
    'we swapped our slots between us, could someone at your end change them',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'which one for him: he has varicose veins and sore knees',
    'recomend me something pls, legs like balloons after my flight',
    'what would you do in my shoes, two weeks after a tummy tuck',
    'my husband has lymphoedema in his leg, which service would you point him to',
    "lipoedema stage 2, is there a course you'd put me on",
  ])('"%s" is a personal request', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it.each([
    ['Ist heute jemand vom Empfang erreichbar?'],
    ['Gostaria de ser atendido por uma pessoa de verdade'],
  ])('"%s" asks for a person', (text) => {
    expect(readOtherLanguage(text, otherLanguages)?.kind).toBe('handoff');
  });
});
