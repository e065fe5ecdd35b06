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
  })
  .strict();

export const QuestionAspectsSchema = z
  .object({ aspects: z.array(QuestionAspectSchema) })
  .strict()
  .refine((content) => new Set(content.aspects.map((a) => a.id)).size === content.aspects.length, {
    message: 'aspect ids must be unique',
    path: ['aspects'],
  });

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

/** Compiled aspects: the ids of the aspects a text asks about. */
export type AspectReader = (text: string) => ReadonlySet<string>;

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
  }));
  return (text) => {
    const plain = normalize(text);
    return new Set(
      compiled
        .filter((a) => a.frames.some((f) => f.test(plain)) && !a.unless.some((f) => f.test(plain)))
        .map((a) => a.id),
    );
  };
}
