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
