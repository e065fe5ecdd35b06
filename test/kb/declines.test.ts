import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findDecline, loadDeclines } from '../../src/kb/declines';
import { MESSAGE_IDS } from '../../src/content/messages';
import { ContentError } from '../../src/errors';

const rules = loadDeclines(path.join(__dirname, '../../knowledge'), MESSAGE_IDS);
const declined = (text: string) => findDecline(text, rules)?.id;

describe('requests the assistant always declines', () => {
  it.each([
    'how much ibuprofen can i take after my session',
    'whats the right dose of water pills for swollen legs',
    'can you prescribe me antibiotics for my cellulitis',
    'is 400mg of tylenol ok before a massage',
    'what medication should i take for lymphedema',
  ])('medicine: %s', (text) => {
    expect(declined(text)).toBe('medicine');
  });

  it.each([
    'can you diagnose my rash',
    'is this lump cancer',
    'do i have lymphedema?',
    "what's wrong with my leg, it's been puffy for weeks",
    'do you think i have lipedema',
  ])('diagnosis: %s', (text) => {
    expect(declined(text)).toBe('diagnosis');
  });

  it.each([
    'can I have MLD while I take blood thinners',
    'do I need a prescription for lymphatic drainage to get insurance to pay',
    'what is lymphedema',
    'how many sessions do people usually need',
    'is it normal to pee a lot after lymphatic drainage',
  ])('leaves fair questions to the knowledge base: %s', (text) => {
    expect(declined(text)).toBeUndefined();
  });

  it('refuses a rule that points at a message that does not exist', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lymph-declines-'));
    writeFileSync(path.join(dir, 'declines.yaml'), 'declines:\n  - id: x\n    message: no_such_message\n    patterns: ["a"]\n');
    expect(() => loadDeclines(dir, MESSAGE_IDS)).toThrow(ContentError);
    expect(() => loadDeclines(dir, MESSAGE_IDS)).toThrow(/declines.yaml: declines.0.message/);
  });
});
