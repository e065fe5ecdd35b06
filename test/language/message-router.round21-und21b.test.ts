import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 21 (und21b): ways of asking for a judgement about oneself or someone close that missed the health check:
 * bringing one's care to us rather than elsewhere, one of ours suiting a person, too old or too soon, permission for
 * someone close after saying what they have, what to tell someone to book, anything here that would help, choosing
 * between two things, "could I still book" after an operation. General questions that look personal stay answered.
 * Messages written for this test.
 */
const router = messageRouter();
const readings = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, readings);

describe('a request for a judgement about oneself or someone close reaches the health check', () => {
  it.each([
    'my physio has retired and I still need my lymphoedema sessions, could I carry on with you instead?',
    'had my gallbladder out in may, can I come to you or should I stick with the hospital',
    'my grandad is 90 and his legs weep a bit, would one of your treatments suit him',
    'would the full body one suit me, I sit in a van all day',
    'my nan wants to come along but is she too frail for it',
    'can my husband have it with his kidney stones? he is keen',
    'can my 8 year old daughter come, she has had a puffy hand since her fall',
    'my friend asked me to find out for her, what should I tell her to book',
    'is there anything here that could help her? my sister gets fluid on her ankles',
    "i'm torn between the face drainage and the leg one, which suits me",
    'had a hysterectomy 3 weeks ago, could I still book in this week',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'personal'));
  });
});

describe('questions that only look personal are not read as personal requests', () => {
  it.each([
    'can my 12 year old have lymphatic drainage',
    'would a saturday morning suit me better',
    'can I pay with you by card or cash',
    'can my partner come in with me, he has a bad knee and drives me',
    'am I too old to learn the piano',
  ])('"%s"', (text) => {
    expect(routes(text)).not.toContain('personal');
  });
});

describe("a call that is part of one's day is not a request for a call", () => {
  it.each([
    'suggest something for my eyes, they look swollen on video calls all day',
    'pick a treatment for me, my face is so puffy in every zoom call',
  ])('"%s" is a personal request, not a hand-off', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'personal'));
  });

  it.each(['can we do a zoom call about my booking', 'could I have a video consultation first'])(
    '"%s" still asks for a person',
    (text) => {
      expect(routes(text)).toEqual(readings.map(() => 'handoff'));
    },
  );
});
