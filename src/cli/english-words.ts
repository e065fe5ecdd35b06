/**
 * `npm run kb:english-words`: writes knowledge/english-words.yaml, the real English words (SCOWL, from Debian's
 * wamerican and wbritish: `apt-get install wamerican wbritish`) that the red-flag reader's typo fix would otherwise
 * turn into a lexicon word ("aboard" into "abroad", "action" into "aceton"). Only those words are kept, not the
 * dictionary: a word no typo fix reaches needs no guard, and the file stays small. Nothing reads /usr/share/dict at
 * run time. kb:check runs `englishWordsProblems` to say when the file no longer fits the lexicon.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadSpa } from '../content/spa';
import { ENGLISH_WORDS_FILE, loadRedFlagContent } from '../screening/red-flags-content';
import { safetyWords } from '../screening/red-flags';
import { RedFlagWords } from '../screening/red-flag-words';

export const DICTIONARIES = ['/usr/share/dict/american-english', '/usr/share/dict/british-english'];

const HEADER = `# Real English words the red-flag reader's typo fix leaves as written (round 26, issue 11): each is one
# typo away from a word of knowledge/red-flags.yaml, so without this list "aboard" read as "abroad" and "action" as
# "aceton". Written by \`npm run kb:english-words\` from SCOWL word lists (Debian's wamerican and wbritish); do not
# edit by hand: add lexicon words, then run it again (kb:check says when this list is out of date).
#
# SCOWL licence notice: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
# these word lists, the associated scripts, the output created from the scripts, and its documentation for any
# purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and that
# both that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as is" without express or
# implied warranty. SCOWL's sources carry their own notices, of the same permissive kind (Alan Beale, the
# 12dicts lists, Ispell, the UK Advanced Cryptics Dictionary, WordNet and others): /usr/share/doc/wamerican/copyright.
`;

/** The dictionary words (lower-case letters only) read differently with the typo fix than without it. */
export function typoChangedWords(knowledgeDir: string, dictionaryWords: Iterable<string>): string[] {
  const content = { ...loadRedFlagContent(knowledgeDir, loadSpa(knowledgeDir)), realWords: [] };
  const plain = new RedFlagWords(content.keepPlural);
  const changed = new Set<string>();
  for (const word of dictionaryWords) {
    if (!/^[a-z]+$/.test(word)) continue;
    if (safetyWords(word, content).flat().join(' ') !== plain.phrase(word).join(' ')) changed.add(word);
  }
  return [...changed].sort();
}

function readDictionaries(): string[] | undefined {
  if (!DICTIONARIES.every((file) => existsSync(file))) return undefined;
  return DICTIONARIES.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
}

/** kb:check's view: out of date against the dictionaries when they are installed; a warning when they are not. */
export function englishWordsProblems(knowledgeDir: string): { severity: 'error' | 'warning'; message: string }[] {
  const dictionary = readDictionaries();
  if (!dictionary) {
    const message = `not compared: no ${DICTIONARIES.join(' or ')} (apt-get install wamerican wbritish)`;
    return [{ severity: 'warning', message }];
  }
  const listed = new Set(loadRedFlagContent(knowledgeDir, loadSpa(knowledgeDir)).realWords);
  const wanted = new Set(typoChangedWords(knowledgeDir, dictionary));
  const missing = [...wanted].filter((w) => !listed.has(w));
  const stale = [...listed].filter((w) => !wanted.has(w));
  if (missing.length === 0 && stale.length === 0) return [];
  const sample = (words: string[]) => `${words.length} (${words.slice(0, 5).join(', ')})`;
  const message = `out of date with red-flags.yaml: missing ${sample(missing)}, stale ${sample(stale)}; run npm run kb:english-words`;
  return [{ severity: 'error', message }];
}

export function main(argv: string[]): number {
  const knowledgeDir = path.resolve(argv[0] ?? 'knowledge');
  const dictionary = readDictionaries();
  if (!dictionary) {
    console.error(`kb:english-words: needs ${DICTIONARIES.join(' and ')} (apt-get install wamerican wbritish)`);
    return 1;
  }
  const words = typoChangedWords(knowledgeDir, dictionary);
  writeFileSync(path.join(knowledgeDir, ENGLISH_WORDS_FILE), `${HEADER}${stringify({ words })}`);
  console.log(`kb:english-words: ${words.length} words written to ${ENGLISH_WORDS_FILE}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
