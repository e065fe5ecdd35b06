import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 16 (und16): a request for a person read by concept (a request + one of our people + a contact act, or a contact
 * act aimed at the writer), questions about the team that are not requests, and out-of-scope requests for another
 * beauty business's service or a role-play. Phrasings written for this test (not copied from the examples or any
 * held-out set). The classifier's reading is fixed to readings that would mislead the router, so knowledge/routing.yaml
 * decides.
 */
const router = messageRouter();
const misleading = MISLEADING_READINGS;
const routes = routesUnder(router, misleading);
const everywhere = sameUnder(misleading);

describe('a request for a person in words no phrase lists reaches the team', () => {
  it.each([
    'could the clinic owner give me a shout later',
    'ping a receptionist for me, my voucher code will not work',
    'need a colleague to take over my 4pm, anyone?',
    'would the senior practitioner be able to ring my mobile this week',
    'who is free to help me sort a refund',
    'is Lena available for a quick word',
    'any chance someone could reach me on whatsapp about my course',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
});

describe('a question about the team, or about whom one should tell, asks for no one', () => {
  it.each([
    'does the therapist talk much during the session or is it quiet',
    'should I tell my therapist about my knee replacement',
    'will I need someone to drive me home afterwards',
    'can you call me a cab after my appointment',
    'could one of your therapists give a talk at our walking club',
  ])('"%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('handoff');
  });
});

describe('another business’s service, or a role-play, is declined as out of scope', () => {
  it.each([
    'do you offer brow lamination too',
    'how much are your acrylic nails',
    'pretend to be my tutor and quiz me on french verbs',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('a massage of ours after botox is not declined', () => {
    for (const kind of routes('can I book a lymphatic facial a week after botox'))
      expect(kind).not.toBe('out_of_scope');
  });
});

describe('a personal judgement asked in everyday words reaches the health check', () => {
  it.each([
    'do you think I would benefit, my calves ache after long shifts',
    'what would you book if you were me, two weeks after lipo on my flanks',
    'am I too young for lymph drainage at 19',
    'is the six-session course something I should be doing after my breast reconstruction',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('another professional’s question with nothing of ours is declined', () => {
  it.each([
    'my period is late again, is that normal',
    'how much are veneers these days',
    'should I get a tetanus shot after a cat bite',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});

describe('code, running a salon of one’s own, or an animal’s health is someone else’s business', () => {
  it.each([
    'write some javascript that emails my massage clients a reminder',
    'what should I charge for a facial at my own beauty studio',
    'would a lymphatic massage help my horse, his legs fill up in the stable',
    'my rabbit has a swollen ear, what do I do',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('a doctor writing a script (a prescription) for massage is not code', () => {
    for (const kind of routes('will my GP have to write a script for the lymph massage'))
      expect(kind).not.toBe('out_of_scope');
  });
});

describe('after a story, a suggestion asked for with the thing left open is a personal request', () => {
  it.each([
    'three months since my hip op, still puffy round the knee and back at work next week, anything you would suggest?',
    'any suggestions for someone recovering from a mastectomy',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

it('"any real people on today?" asks for a person', () => {
  expect(routes('any real people on today?')).toEqual(everywhere('handoff'));
});
