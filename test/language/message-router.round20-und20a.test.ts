import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 20 (und20a): someone close named in the story and then asked about by a pronoun ("is it worth him trying",
 * "could she have it"), an adult relative's age ("my 83 year old dad") no longer read as a question about children, and
 * "can I still come in for a massage" with a screened condition: all personal requests, whatever the classifier read.
 * Messages written for this test.
 */
const router = messageRouter();
const readings = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, readings);

describe('a personal request for someone close, or with a screened condition, reaches the health check', () => {
  it.each([
    'my wife had a c-section in march and her tummy is still swollen, is it worth her trying a lymphatic massage?',
    'my grandad had a stroke last year and his hand puffs up, could he have lymphatic drainage',
    'our son broke his ankle playing rugby, can he come for a session once the cast is off',
    'is it safe for my 83 year old dad to have lymphatic drainage, he gets dizzy',
    'I have kidney disease, can I still come in for a massage with you',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'personal'));
  });

  it.each([
    'can my 12 year old have lymphatic drainage',
    'the therapist who did my legs, can she come to my house instead',
  ])('"%s" is not read as a personal request by these cues', (text) => {
    expect(routes(text)).not.toContain('personal');
  });
});
