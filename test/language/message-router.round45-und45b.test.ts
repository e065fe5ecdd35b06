import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 45 (und45b, issue 12 §3): personal requests that batches 39-40 showed missing the health check's door, by cause,
// in wordings written for this test (not the batches'), with look-alikes that must stay general or declined.
describe('round 45 (und45b): personal requests reach the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);

  describe('a judgement on one\'s own case in shapes the cues lacked', () => {
    it.each([
      // An adjective of fitness for oneself or someone close.
      'my ankles balloon on long shifts, would the lymph one be wise for me',
      'is the drainage suited to my dad? he has heart failure',
      'would a monthly visit be enough for my mum or should she come weekly',
      // Timing for oneself.
      'finished radiotherapy a fortnight back, is it too early for me to start the drainage',
      'is now the right time for my husband to start, his chemo ended in june',
      // An effect on oneself.
      'i get fibro flares, would a full body session knock me out for days',
      'would pre-surgery drainage do me any good before my tummy tuck',
      // Asking us to choose for one.
      'what would you have me try first, my legs ache every evening',
      'how many sessions would your therapists plan for me, lipoedema stage 2',
      'which of your packages do you think will help me after the baby',
      'what schedule would you suggest for her, she\'s 80 with a swollen arm',
    ])('"%s"', (text) => {
      expect(routes(text)).toEqual(everywhere('personal'));
    });
  });

  describe('look-alikes that stay general or declined', () => {
    it.each([
      'how should I prepare for my first session',
      'can lymphatic massage make you sick',
      'is it good for you to drink water after',
    ])('"%s" is not screened', (text) => {
      expect(routesUnder(router, [read('ask_question'), read('none', 1)])(text)).not.toContain('personal');
    });
    it.each(['can you prescribe me water tablets', 'which phone would be better for me'])(
      '"%s" is not a personal request of ours',
      (text) => {
        expect(routes(text)).not.toContain('personal');
      },
    );
  });
});
