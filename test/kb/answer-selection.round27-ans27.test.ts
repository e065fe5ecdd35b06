import { answerUnderstanding } from '../helpers/answer-understanding';

// Round 27 (ans27, issue 12 "answers that fit the question"): a session's length said as a noun, who pays for an
// operation itself, a named condition or body system no article describes, a sore body part told as the person's
// story, a bodily upset asked as a side effect, a money worry told as context, washing after a session, supplements in
// the shapes they are sold in, and machines after surgery. Messages written for this test, not taken from any batch.
const { understood, readAspects } = answerUnderstanding();

const answered = async (text: string) => {
  const { knowledge } = await understood(text);
  return knowledge?.kind === 'answer' ? knowledge.articleId : undefined;
};

describe("a session's length asked as a noun is the session-length question (session-duration)", () => {
  it.each([
    'roughly what is the duration of one of your facial lymph appointments',
    "what's the usual length for a body drainage massage",
    'what does the appointment time include, is the chat at the start part of it',
    'average duration?',
  ])('"%s"', (text) => {
    expect([...readAspects(text)]).toContain('session-duration');
  });

  it.each([
    'what is the usual duration of the swelling after lipo',
    'what length of compression sleeve do I need',
  ])('"%s": the length of something else is not a session\'s', (text) => {
    expect([...readAspects(text)]).not.toContain('session-duration');
  });
});

describe('who pays for an operation itself (surgery-who-pays): not the insurance article, which says who pays for MLD', () => {
  it.each(['would bupa cover my breast reduction operation', 'does the nhs fund skin removal surgery after weight loss'])(
    '"%s"',
    async (text) => {
      expect([...readAspects(text)]).toContain('surgery-who-pays');
      expect(await answered(text)).not.toBe('insurance-and-prescriptions');
    },
  );

  it('insurance for MLD after an operation stays the insurance article', async () => {
    expect(await answered('does insurance pay for lymph massage after my tummy tuck')).toBe(
      'insurance-and-prescriptions',
    );
  });
});

describe('a named condition or body system no article describes (uncovered-named): an honest "I don\'t know"', () => {
  it.each([
    'are lipomas something lymph drainage can shift',
    "what's the glymphatic system then, is that what you massage",
    'my sister has adiposis dolorosa, is that the same as lipoedema',
    'does the glymphatic system drain while you sleep',
  ])('"%s"', async (text) => {
    const { route, knowledge } = await understood(text);
    expect(route).toBe('question');
    expect(knowledge?.kind).not.toBe('answer');
  });
});

describe("a sore body part told as someone's story is not whether MLD hurts (pain)", () => {
  it.each([
    'can blokes have lymphatic drainage or is it a girls thing, my son has a painful ankle',
    'my wife has a sore hip, is lymphatic drainage only for ladies or can blokes have it too',
  ])('"%s"', async (text) => {
    expect([...readAspects(text)]).not.toContain('pain');
    expect(await answered(text)).toBe('mld-for-men');
  });

  it.each(['will lymph drainage be sore on my bad knee', 'is the facial one painful at all'])(
    '"%s" still asks whether it hurts',
    (text) => {
      expect([...readAspects(text)]).toContain('pain');
    },
  );
});

describe('a bodily upset asked as something MLD causes is a side-effect question (risks)', () => {
  it.each(['could an MLD session give me a bad headache', 'does lymphatic massage ever cause an upset stomach'])(
    '"%s"',
    (text) => {
      expect([...readAspects(text)]).toContain('risks');
    },
  );

  it('"can lymph drainage make you queasy" finds what is normal afterwards', async () => {
    expect(await answered('can lymph drainage make you queasy')).toBe('normal-after-effects');
  });
});

describe('a money worry told as context asks no price (cost)', () => {
  it.each([
    "I'm a pensioner and can't afford much, how long does one treatment take",
    'we could never afford the surgeon, so is self massage enough',
  ])('"%s"', (text) => {
    expect([...readAspects(text)]).not.toContain('cost');
  });

  it('"can\'t afford the full price" still asks it', () => {
    expect([...readAspects("I can't afford the full price, are there any cheaper options")]).toContain('cost');
  });
});

describe('practical answers in their own article', () => {
  it.each([
    ['can I have a bath the evening after my lymph session', 'aftercare'],
    ['is a hot bath ok once I get home from my lymph session', 'aftercare'],
    ['when is it fine to bathe after an MLD treatment', 'aftercare'],
    ['how long after my lipo before I can do wood therapy', 'body-sculpting-machines'],
    ['are lymphatic gummies worth it or a waste of money', 'lymphatic-drops'],
    ['do lymph syrups actually do anything', 'lymphatic-drops'],
  ])('"%s" → %s', async (text, articleId) => {
    expect(await answered(text)).toBe(articleId);
  });
});

describe('a supplement for the lymph is the supplements article\'s question, or an honest "I don\'t know" (supplement)', () => {
  it.each([
    'been gassy ever since I started a herbal lymph syrup, is that a side effect',
    'is cleavers tea safe to take alongside my blood thinning tablets',
  ])('"%s": not the after-effects or blood-thinner article', async (text) => {
    expect([...readAspects(text)]).toContain('supplement');
    expect(['normal-after-effects', 'mld-blood-thinners']).not.toContain(await answered(text));
  });

  it('"is a lymph drainage session ok after I take my iron tablets" names no supplement', () => {
    expect([...readAspects('is a lymph drainage session ok after I take my iron tablets')]).not.toContain('supplement');
  });
});

describe('whether lymphoedema is inherited: no article says (inheritance)', () => {
  it.each([
    'will my daughter inherit my lymphoedema',
    'can lymphoedema be passed on to my kids',
    'does leg lymphedema run in families',
    'is lipoedema something you pass down to your daughters',
    'what are the chances of handing lymphoedema down to your children',
  ])('"%s"', async (text) => {
    expect([...readAspects(text)]).toContain('inheritance');
    const { knowledge } = await understood(text);
    expect(knowledge?.kind).not.toBe('answer');
  });
});

describe('"endo" is endometriosis, a condition no article covers (uncovered-condition)', () => {
  it('"my endo flares every month, can lymph massage help with it"', () => {
    expect([...readAspects('my endo flares every month, can lymph massage help with it')]).toContain(
      'uncovered-condition',
    );
  });
});
