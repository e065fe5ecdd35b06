import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 22 (und22): personal requests that missed the health check (asked for someone close in the third person,
 * whether one would get anything out of it, a bare "can I have it?", "by the afternoon" read as a place near another
 * business), and jobs asked of the assistant that are someone else's (marking, rating, forms, shopping, a sign language,
 * booking a table). Whatever the classifier made of them. Messages written for this test.
 */
const router = messageRouter();
const readings = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, readings);

describe('a judgement asked for oneself or someone close reaches the health check', () => {
  it.each([
    'my daughter twisted her knee at netball and it is still puffy a fortnight on, would lymph drainage help her?',
    'my grandad had his bowel op in june and his feet are swollen, is it right for him?',
    'could my teenage daughter with eczema on her cheeks benefit from your lymphatic facial?',
    'powerlifter, 120 kilos, would I actually get anything out of it?',
    'honestly is there any point for a 75 year old with arthritis in both knees?',
    'am I allowed a lymph massage? I take apixaban since my clot',
    'Can I have it? I work twelve hour shifts standing in a warehouse',
    'should I try MLD for my fat fingers? I am a baker and my rings are tight by the evening',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'personal'));
  });
});

describe('messages about someone close that ask nothing of ours are not read as personal requests', () => {
  it.each([
    'my son wants to quit his apprenticeship, should he?',
    'can my 9 year old have lymphatic drainage',
    'is it ok if my husband waits for me in reception',
  ])('"%s"', (text) => {
    expect(routes(text)).not.toContain('personal');
  });
});

describe('a job for the person that is not ours is declined, whatever words of ours it carries', () => {
  it.each([
    'please grade my anatomy homework on lymph nodes',
    'rate my outfit for the spa day out of ten',
    'help me fill out my blue badge form, my legs are swollen all the time',
    'could you buy some compression socks on amazon for me and have them sent to my mum',
    'how would I sign "swollen" in BSL',
    'write a limerick about lymph drainage for my sister',
    'book us a table for two near the studio after my session',
    'can you verify whether the surgeon that did my lipo is registered',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'out_of_scope'));
  });
});

describe('our own forms and checks are not someone else’s job', () => {
  it.each(['can you help me fill in the health check form', 'how do I check a therapist is properly qualified'])(
    '"%s" is not declined',
    (text) => {
      expect(routes(text)).not.toContain('out_of_scope');
    },
  );

  it('a hairdresser by the studio is still another business near us', () => {
    expect(routes('is there a hairdresser by the studio')).toEqual(readings.map(() => 'out_of_scope'));
  });
});
