/**
 * The known-phrasing check for a new held-out batch (test/fixtures/heldout/README.md, "Rules"): a draft message cannot
 * measure words the assistant has never seen when it is word for word a phrasing already in the project, or shares 60%
 * or more of its content words with one (taken of the longer of the two), or repeats another draft message the same way.
 * Known = every string in the YAML of knowledge/ (articles' front matter included) and test/fixtures/ and every string
 * literal in test/'s TypeScript, of this checkout and of any other checkout named with --also (a tuner's worktree).
 *
 *   npm run -s heldout:known -- DRAFT.yaml [DRAFT2.yaml ...] [--also /path/to/worktree]
 *
 * Prints one line per known draft message (its file, the share and the phrasing it repeats) and exits 1 if any.
 * Written in round 37 to replace the Python script each round rewrote on a new machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import YAML from 'yaml';
import { listArticleFiles, splitArticle } from '../kb/articles';
import { isStopWord } from '../kb/search-index';

/** At this share of the longer message's content words, two messages tell the same thing in the same words. */
export const SHARED_CONTENT_SHARE = 0.6;

// Words every message about this service shares: counting them made "is it safe in pregnancy" a repeat of "what
// happens during a session" (round 10).
const SUBJECT_WORDS = new Set(['lymphatic', 'lymph', 'drainage', 'massage', 'mld']);

/**
 * Letters and digits alone, lower case, so punctuation and case do not hide a repeat (the held-out gate reads repeats
 * this way too). A message of emoji or symbols alone has no letters: it is compared as typed (otherwise every such
 * message would be "" and match any other). Combining marks stay with their letter: in Bengali, Hindi or Thai the
 * vowel signs are marks, and splitting there cut every word into letters that matched any one-word phrasing (round
 * 43: an author's Bengali drafts were all reported as repeats of "আমি").
 */
export function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim() || text.trim()
  );
}

export function contentWords(text: string): Set<string> {
  return new Set(
    normalise(text)
      .split(' ')
      .filter((word) => word.length > 0 && !isStopWord(word) && !SUBJECT_WORDS.has(word)),
  );
}

export interface Phrasing {
  text: string;
  where: string;
}

export interface KnownMatch {
  draft: Phrasing;
  known: Phrasing;
  share: number;
}

/** Every string in a parsed YAML value, however deep. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** Every `text` field in a parsed labelled set: its messages, not the labels or sources beside them. */
function textFields(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) textFields(item, into);
  else if (value && typeof value === 'object') {
    const { text } = value as { text?: unknown };
    if (typeof text === 'string') into.push(text);
    else for (const item of Object.values(value)) textFields(item, into);
  }
  return into;
}

/** The messages of a labelled set file. */
export function messageTexts(file: string): string[] {
  return textFields(YAML.parse(readFileSync(file, 'utf8')));
}

/** A draft's messages: its `text` fields, or every string where a file has none (a plain list of phrasings). */
export function draftMessages(file: string): string[] {
  const parsed: unknown = YAML.parse(readFileSync(file, 'utf8'));
  const texts = textFields(parsed);
  return texts.length > 0 ? texts : stringsIn(parsed);
}

function filesUnder(dir: string, extension: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return filesUnder(full, extension);
    return name.endsWith(extension) ? [full] : [];
  });
}

function typescriptStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** Every phrasing a checkout knows, each with the file it is in; the drafts themselves are left out. */
export function knownPhrasings(root: string, exclude: ReadonlySet<string> = new Set()): Phrasing[] {
  const yamlFiles = [
    ...filesUnder(path.join(root, 'knowledge'), '.yaml'),
    ...filesUnder(path.join(root, 'test/fixtures'), '.yaml'),
  ];
  const phrasings: Phrasing[] = [];
  for (const file of yamlFiles) {
    if (exclude.has(path.resolve(file))) continue;
    const where = path.relative(root, file);
    for (const text of stringsIn(YAML.parse(readFileSync(file, 'utf8')))) phrasings.push({ text, where });
  }
  // An article's phrasings are in its front matter, split as the knowledge base loads it.
  const knowledgeDir = path.join(root, 'knowledge');
  for (const relative of listArticleFiles(knowledgeDir)) {
    const file = path.join(knowledgeDir, relative);
    const { frontMatter } = splitArticle(relative, readFileSync(file, 'utf8'));
    const where = path.relative(root, file);
    for (const text of stringsIn(frontMatter)) phrasings.push({ text, where });
  }
  for (const file of filesUnder(path.join(root, 'test'), '.ts')) {
    const where = path.relative(root, file);
    for (const text of typescriptStrings(file)) phrasings.push({ text, where });
  }
  return phrasings;
}

/**
 * Finds, for each draft, a known phrasing it repeats: the same normalised text, or a content-word share of at least
 * SHARED_CONTENT_SHARE of the longer of the two. A draft also counts as known when an earlier draft tells the same.
 */
export function findKnown(drafts: readonly Phrasing[], known: readonly Phrasing[]): KnownMatch[] {
  const exact = new Map<string, Phrasing>();
  const words: Set<string>[] = [];
  const postings = new Map<string, number[]>();
  const entries: Phrasing[] = [];
  const add = (phrasing: Phrasing): void => {
    const id = entries.length;
    entries.push(phrasing);
    const normalised = normalise(phrasing.text);
    if (!exact.has(normalised)) exact.set(normalised, phrasing);
    const content = contentWords(phrasing.text);
    words.push(content);
    for (const word of content) {
      const list = postings.get(word);
      if (list) list.push(id);
      else postings.set(word, [id]);
    }
  };
  for (const phrasing of known) add(phrasing);

  const matches: KnownMatch[] = [];
  for (const draft of drafts) {
    const same = exact.get(normalise(draft.text));
    const content = contentWords(draft.text);
    let best: KnownMatch | undefined = same ? { draft, known: same, share: 1 } : undefined;
    if (!best && content.size > 0) {
      const shared = new Map<number, number>();
      for (const word of content)
        for (const id of postings.get(word) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      for (const [id, count] of shared) {
        const share = count / Math.max(content.size, words[id]!.size);
        if (share >= SHARED_CONTENT_SHARE && (!best || share > best.share))
          best = { draft, known: entries[id]!, share };
      }
    }
    if (best) matches.push(best);
    // A later draft that tells this one's story again is a repeat within the batch.
    add(draft);
  }
  return matches;
}

function main(argv: readonly string[]): number {
  const drafts: string[] = [];
  const roots = [process.cwd()];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--also') roots.push(argv[++i] ?? '');
    else drafts.push(argv[i]!);
  }
  if (drafts.length === 0) {
    console.error(
      'usage: npm run -s heldout:known -- DRAFT.yaml [DRAFT2.yaml ...] [--also /path/to/checkout]',
    );
    return 2;
  }
  const exclude = new Set(drafts.map((file) => path.resolve(file)));
  const known = roots.flatMap((root) => knownPhrasings(root, exclude));
  const draftPhrasings = drafts.flatMap((file) => draftMessages(file).map((text) => ({ text, where: file })));
  const matches = findKnown(draftPhrasings, known);
  for (const { draft, known: repeated, share } of matches) {
    console.log(
      `${draft.where}\t${Math.round(share * 100)}%\t${JSON.stringify(draft.text)}\t<- ${repeated.where}: ${JSON.stringify(repeated.text)}`,
    );
  }
  console.log(`${matches.length} of ${draftPhrasings.length} draft messages are known phrasings or repeats`);
  return matches.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
