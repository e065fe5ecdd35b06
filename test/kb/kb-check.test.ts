import { type Article, findClaims, formatProblem, kbCheck } from '../../src/kb';
import { claimProblems, countWords } from '../../src/kb/kb-check';
import { articleText, MINI_DIR, miniCopy, removeCopies } from '../helpers/kb';

afterAll(removeCopies);

const TODAY = new Date('2026-06-01T12:00:00Z');

describe('wellness-claims guard', () => {
  // [sentence, claim found, stated as fact]
  const table: [string, string | null, boolean][] = [
    ['MLD detoxes your body.', 'detox', true],
    ['Lymphatic drainage flushes out toxins and leaves you glowing.', 'detox', true],
    ['It boosts your immune system.', 'immunity', true],
    ['Regular sessions strengthen immunity.', 'immunity', true],
    ['MLD may boost your immune system.', 'immunity', true],
    ['This treatment helps you lose weight fast.', 'weight-loss', true],
    ['Our drainage massage burns fat and slims the waist.', 'weight-loss', true],
    ['MLD removes cellulite.', 'cellulite', true],
    ['You will leave with more energy.', 'energy', true],
    ['MLD does not hurt, and it boosts your immune system.', 'immunity', true],
    ['There is no good evidence that it removes toxins.', 'detox', false],
    ['Claims that it boosts immunity are not supported.', 'immunity', false],
    ['Studies have not shown weight loss.', 'weight-loss', false],
    [
      'Claims that MLD "detoxes" the body, boosts immunity or melts fat are not backed by good evidence.',
      'detox',
      false,
    ],
    ['You may hear that you must drink lots of water to "flush out toxins".', 'detox', false],
    ['Some studies suggest it smooths cellulite for a while, but the evidence is weak.', 'cellulite', false],
    ['MLD will not make you lose weight.', 'weight-loss', false],
    ['Does lymphatic drainage give you more energy?', 'energy', false],
    ['Mild effects like these are not a sign of "toxins" leaving the body.', 'detox', false],
    ['Lymph nodes help your immune system find germs.', null, false],
    ['An overactive thyroid can cause a fast heartbeat, shaking, weight loss and feeling hot.', null, false],
    ['The therapist uses slow, light strokes.', null, false],
  ];

  const claims = table.filter((row): row is [string, string, boolean] => row[1] !== null);
  const plain = table.filter(([, claim]) => claim === null).map(([sentence]) => sentence);

  it.each(plain)('finds no claim in "%s"', (sentence) => {
    expect(findClaims(sentence)).toEqual([]);
  });

  it.each(claims)('%s', (sentence, claim, assertive) => {
    const finding = findClaims(sentence).find((f) => f.claim === claim);
    expect(finding).toBeDefined();
    expect(finding?.assertive).toBe(assertive);
  });

  const base: Article = {
    id: 'claims',
    title: 'Does MLD detox the body?',
    questions: ['does mld detox you', 'a', 'b', 'c'],
    tags: [],
    evidence: 'insufficient',
    sources: [],
    reviewer: 'x',
    status: 'draft',
    reviewedOn: '2026-01-01',
    followUps: [],
    body: 'There is no good evidence that MLD removes toxins.',
  };

  it('accepts a hedged claim article with weak evidence, and never judges the listed questions', () => {
    expect(claimProblems(base)).toEqual([]);
  });

  it('flags a claim article whose evidence level is moderate or strong', () => {
    expect(claimProblems({ ...base, evidence: 'moderate' })).toEqual([
      expect.objectContaining({ severity: 'error', field: 'evidence' }),
    ]);
  });

  it('flags an assertive claim in the body or the More text, naming the field', () => {
    const problems = claimProblems({ ...base, more: 'Regular MLD boosts your immune system.' });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', field: 'more' })]);
  });
});

describe('kbCheck', () => {
  it('finds nothing wrong with the kb-mini fixture', () => {
    expect(kbCheck(MINI_DIR, TODAY).map(formatProblem)).toEqual([]);
  });

  it('reports a dangling follow-up with its file and field', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) =>
        t.replace('followUps: [what-is-mld]', 'followUps: [what-is-mld, gone]'),
    });
    expect(kbCheck(dir, TODAY)).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'articles/lymphedema.md', field: 'followUps.1' }),
    );
  });

  it('reports a listed question that retrieves another article first', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) =>
        t.replace('  - does lymphedema go away\n', '  - does lymphatic drainage hurt\n'),
    });
    const problems = kbCheck(dir, TODAY);
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'articles/lymphedema.md', field: 'questions.3' }),
    );
    expect(problems.find((p) => p.field === 'questions.3')?.message).toContain('does-it-hurt');
  });

  it('reports a body outside 40–120 words as an error, counting a placeholder as one word', () => {
    const dir = miniCopy({
      'articles/new-short.md': () =>
        articleText({ id: 'new-short', questions: ['w', 'x', 'y', 'z'], body: 'Too short.' }),
    });
    expect(kbCheck(dir, TODAY)).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'articles/new-short.md', field: 'body' }),
    );
    expect(countWords('Call {{spa.phone}} today.')).toBe(3);
  });

  it('warns, without failing, about reviews older than 12 months', () => {
    const problems = kbCheck(MINI_DIR, new Date('2027-02-01T00:00:00Z'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'warning' && p.field === 'reviewedOn')).toBe(true);
    expect(kbCheck(MINI_DIR, new Date('2027-01-15T00:00:00Z'))).toEqual([]);
  });

  it('reports every invalid file, not only the first', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('evidence: strong', 'evidence: great'),
      'articles/does-it-hurt.md': (t) => t.replace(/^title: .*\n/m, ''),
    });
    const files = kbCheck(dir, TODAY).map((p) => `${p.file}: ${p.field}`);
    expect(files).toEqual(
      expect.arrayContaining(['articles/lymphedema.md: evidence', 'articles/does-it-hurt.md: title']),
    );
  });

  it('reports an assertive wellness claim in an article', () => {
    const dir = miniCopy({
      'articles/does-it-hurt.md': (t) =>
        t.replace('Most people find it relaxing.', 'It also boosts your immune system.'),
    });
    expect(kbCheck(dir, TODAY)).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'articles/does-it-hurt.md', field: 'body' }),
    );
  });
});
