import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RegexSource, readYamlFile } from '../content/content-file';

export const QUESTION_ASPECTS_FILE = 'question-aspects.yaml';

const QuestionAspectSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens'),
    why: z.string().trim().min(1, 'must not be empty'),
    frames: z.array(RegexSource).min(1, 'expected at least one frame'),
    /** Frames that take the aspect back: a question matching one of these does not ask it. */
    unless: z.array(RegexSource).optional(),
    /**
     * Only an article that covers this aspect may answer a question that asks it; otherwise the honest
     * answer is "I don't know" (round 5: questions about another kind of massage).
     */
    onlyCoveredAnswers: z.boolean().optional(),
    /**
     * Round 10: asked of a thing that has its own article which does not answer it ("how many sessions after a
     * BBL"), both the article that answers this aspect in general and the thing's own article fit: the person is
     * asked which (the general one came back at 0.9 and the person meant their operation).
     */
    offerNamedArticle: z.boolean().optional(),
    /**
     * Round 23: the general aspects this narrower one takes the place of when both are asked. "covered" means an
     * article covers any aspect asked, so while "self" stayed asked beside "self-during-cancer-treatment", the general
     * self-massage article covered the question as well as the during-treatment one did.
     */
    replaces: z.array(z.string()).optional(),
  })
  .strict();

export const QuestionAspectsSchema = z
  .object({ aspects: z.array(QuestionAspectSchema) })
  .strict()
  .refine((content) => new Set(content.aspects.map((a) => a.id)).size === content.aspects.length, {
    message: 'aspect ids must be unique',
    path: ['aspects'],
  })
  .refine(
    (content) =>
      content.aspects.every((a) =>
        (a.replaces ?? []).every((id) => id !== a.id && content.aspects.some((b) => b.id === id)),
      ),
    { message: 'replaces must name other aspects of the file', path: ['aspects'] },
  );

/** What a question asks about its topic (cost, pain, when to start…), in knowledge/question-aspects.yaml. */
export type QuestionAspect = z.infer<typeof QuestionAspectSchema>;

/**
 * The aspects, validated. A knowledge folder without the file has none (ranking by words alone, as
 * before issue 12's second round): small test folders and other deployments keep working unchanged.
 */
export function loadQuestionAspects(knowledgeDir: string): QuestionAspect[] {
  if (!existsSync(path.join(knowledgeDir, QUESTION_ASPECTS_FILE))) return [];
  return readYamlFile(knowledgeDir, QUESTION_ASPECTS_FILE, QuestionAspectsSchema).aspects;
}

/**
 * Compiled aspects: the ids of the aspects a text asks about. A narrower aspect asked stands for the general ones it
 * `replaces`; with `covering` (an article's phrasing or title) those stay too: an article about self-drainage during
 * cancer treatment also answers doing it oneself.
 */
export type AspectReader = (text: string, covering?: boolean) => ReadonlySet<string>;

/**
 * Compiles the aspects' frames. `normalize` turns a text into the form the frames are written against
 * (the search index's tokens joined by single spaces), so phrasings and questions are read alike.
 */
export function compileAspects(
  aspects: readonly QuestionAspect[],
  normalize: (text: string) => string,
): AspectReader {
  const compiled = aspects.map((aspect) => ({
    id: aspect.id,
    frames: aspect.frames.map((frame) => new RegExp(frame, 'i')),
    unless: (aspect.unless ?? []).map((frame) => new RegExp(frame, 'i')),
    replaces: aspect.replaces ?? [],
  }));
  return (text, covering = false) => {
    const plain = normalize(text);
    const sentences = chatSentencesOf(text).map(normalize);
    const asked = compiled.filter(
      (a) =>
        a.frames.some((f) => f.test(plain) || sentences.some((sentence) => f.test(sentence))) &&
        !a.unless.some((f) => f.test(plain)),
    );
    const replaced = new Set(covering ? [] : asked.flatMap((a) => a.replaces));
    return new Set(asked.map((a) => a.id).filter((id) => !replaced.has(id)));
  };
}

/**
 * Round 23 (answers23): the sentences of a message of several, each read alone as well as the whole: a frame that ends
 * where the question ends ("what is lymphatic massage$") or that excludes a word of another sentence finds the question
 * told with a story ("I heard a lady on the radio talking about it... what is lymphatic massage? Do you know what it's
 * good for?"). A frame's `unless` still reads the whole message. Not kb-check's `sentencesOf`, which splits reviewed prose at
 * . ! ? only and strips list bullets: a chat message also ends its question at a colon or semicolon ("quick question from
 * the car: how much is the 90 minute one").
 */
function chatSentencesOf(text: string): string[] {
  const sentences = text
    .split(/(?<=[?!.;:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  return sentences.length >= 2 ? sentences : [];
}
