import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 50 (lead, issue 12 §3; dev set 50C read): what other professionals usually advise is a question about practice,
 * answered from the articles, not a personal request ("recommend the" had read it as one). Asked for oneself, it stays a
 * request. Wordings written for this test.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);

describe('round 50: what surgeons or doctors usually recommend is a general question', () => {
  it.each([
    'do plastic surgeons really recommend the lymph massages after a tummy tuck or is it a spa upsell',
    'why do oncologists recommend MLD after node removal',
    'do most doctors suggest drainage after liposuction these days',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routes(text)).not.toContain('personal');
  });

  it.each([
    'do surgeons recommend drainage for someone like me, I had a tummy tuck 3 weeks ago',
    'my surgeon recommended MLD, what do you recommend I book?',
  ])('"%s" (asked for oneself) still reaches the health check', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

/**
 * Round 50 (lead, dev set 50D read): a contact aimed at the writer's phone is a request for a person; a provider of the
 * writers' countries, insurance that is not for health, and who to ring to fix a thing are someone else's business.
 */
describe('round 50: a call-back to the writer\'s phone, and contacts that are someone else\'s', () => {
  it.each(['buzz my cell once a therapist is around', 'ring my landline after 5 pls, it is about my voucher'])(
    '"%s" is handed to the team',
    (text) => {
      expect(router.asksForPerson(text)).toBe(true);
      expect(routes(text)).toEqual(everywhere('handoff'));
    },
  );

  it.each([
    'who do I ring to repair my washing machine, it is leaking',
    'is there an actual human at Telstra I can talk to',
    'who should I call about my travel insurance claim, the flight was cancelled',
  ])('"%s" is declined as outside what we do', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('"will my health insurance cover lymphatic drainage?" is still ours (health insurance may pay for sessions)', () => {
    expect(routes('will my health insurance cover lymphatic drainage?')).not.toContain('out_of_scope');
  });
});
