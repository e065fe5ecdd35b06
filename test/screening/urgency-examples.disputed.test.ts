import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSafetyCorpus } from '../../src/cli/safety-corpus';
import { ContentError } from '../../src/errors';
import { readUrgencyExamples } from '../../src/screening/urgency-examples';

// Round 56: a label a reviewer disputed leaves training but stays in its file, in a `disputed:` section with the
// reviewer's reason. Neither the urgency model nor safety:eval may read it, in either direction: a borderline message
// taught as calm could teach the model to stand down a real emergency.

let dir: string;

const line = (item: object) => `- ${JSON.stringify(item)}`;

function writeSet(name: string, disputed: object[]): string {
  const file = path.join(dir, 'urgency-examples', name);
  writeFileSync(
    file,
    [
      'urgent:',
      line({ text: 'crushing chest pain going down my left arm', category: 'heart' }),
      'lookalike:',
      line({ text: 'this price gave me a heart attack lol', kind: 'figurative' }),
      'disputed:',
      ...disputed.map(line),
      '',
    ].join('\n'),
  );
  return file;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lymph-disputed-'));
  mkdirSync(path.join(dir, 'urgency-examples'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const DISPUTED = {
  text: 'a bit of blood-tinged fluid on the dressing, not getting worse',
  category: 'bleeding',
  clear: false,
  section: 'urgent',
  review: 'round 56: lookalike: small stable ooze',
};

it('trains the urgency model on the urgent and look-alike messages, never on a disputed one', () => {
  writeSet('set.yaml', [DISPUTED]);
  const examples = readUrgencyExamples(dir);
  expect(examples).toEqual([
    { text: 'crushing chest pain going down my left arm', urgent: true },
    { text: 'this price gave me a heart attack lol', urgent: false },
  ]);
});

it('leaves a disputed message out of the safety scores', () => {
  const corpus = readSafetyCorpus(writeSet('set.yaml', [DISPUTED]));
  expect(corpus.urgent.map((item) => item.text)).toEqual(['crushing chest pain going down my left arm']);
  expect(corpus.lookalike).toHaveLength(1);
  expect(corpus.disputed.map((item) => item.text)).toEqual([DISPUTED.text]);
});

it('refuses a disputed message without the reviewer reason, naming the file', () => {
  writeSet('no-reason.yaml', [{ text: DISPUTED.text, category: 'bleeding' }]);
  expect(() => readUrgencyExamples(dir)).toThrow(ContentError);
  expect(() => readUrgencyExamples(dir)).toThrow(/no-reason\.yaml/);
});
