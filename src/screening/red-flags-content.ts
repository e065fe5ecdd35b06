import { z } from 'zod';
import { ContentError } from '../errors';
import { parseContent, readYamlFile } from '../content/content-file';
import { SIGN_OFF_FIELDS } from '../kb/sign-off';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from '../content/spa';
import { NumberReadingsSchema } from './number-readings';

export const RED_FLAGS_FILE = 'red-flags.yaml';

const ID = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower_snake_case id');
const TEXT = z.string().trim().min(1, 'must not be empty');
const WORDS = z.array(TEXT).min(1, 'expected at least one word');

/** How many words apart the concepts of a pattern may be when the pattern gives no `within`. */
const DEFAULT_WITHIN = 12;

/** Every flag says this until a named clinician signs it (see the file header). */
export const SIGN_OFF_PENDING = 'clinical sign-off pending';

/** What the person is told to do: call the emergency number, the crisis line, or get help today. */
export const RED_FLAG_KINDS = ['emergency', 'crisis', 'urgent'] as const;
export type RedFlagKind = (typeof RED_FLAG_KINDS)[number];

const PatternSchema = z
  .object({
    all: z.array(ID).min(1),
    within: z.number().int().positive().default(DEFAULT_WITHIN),
    context: z.array(ID).optional(),
    except: z.array(ID).default([]),
    mention: z.boolean().default(false),
    /** Read across the whole message, not one sentence: "Hit my head yesterday. Today I keep being sick." */
    acrossSentences: z.boolean().default(false),
    /**
     * A resolved cue or an all-clear after the match does not stand it down ("used my EpiPen 10 minutes ago, feel better
     * now"): the sign itself says help is needed even when it feels better (round 14).
     */
    evenIfBetter: z.boolean().default(false),
    /**
     * An `except` cause the person only guesses at (a `guessCues` word shortly before it: "maybe I overdid it at the gym")
     * does not stand the pattern down; a cause said plainly still does (round 28).
     */
    guessedCausesStand: z.boolean().default(false),
    /**
     * Round 33 (miss33): a sign that is no one's usual (vomiting blood): a baseline cue (`baseline`) in its sentence, which
     * names another complaint ("on tablets for my long-term AF"), does not stand it down.
     */
    evenIfUsual: z.boolean().default(false),
  })
  .strict();

const FlagSchema = z
  .object({
    id: ID,
    category: ID,
    kind: z.enum(RED_FLAG_KINDS),
    source: TEXT,
    signOff: TEXT,
    clearedBy: z.array(ID),
    advice: TEXT,
    /** Empty only for a flag the urgency model gives (`possible_emergency`): no words fire it. */
    patterns: z.array(PatternSchema).default([]),
  })
  .strict();

export const RedFlagContentSchema = z
  .object({
    flags: z.array(FlagSchema).min(1),
    contexts: z.record(ID, ID),
    screeningContext: z
      .array(z.object({ question: ID, answers: z.array(ID).min(1), context: ID }).strict())
      .default([]),
    concepts: z.record(ID, WORDS),
    negation: z
      .object({
        cues: WORDS,
        pseudo: WORDS,
        comparatives: WORDS,
        window: z.number().int().positive(),
        scopeEnds: WORDS,
        scopeStarters: WORDS,
        joiners: WORDS,
        /**
         * Round 18: words that make a later "without" in their clause a double negative ("can't walk up the stairs
         * without being winded": the breathlessness happens). Both cues are then dropped.
         */
        doubleNegative: z.object({ first: WORDS, second: WORDS }).strict().optional(),
        /**
         * Round 27 (fa27): vague endings of a list ("or anything like that", "or whatever") whose "like that" compares
         * nothing: a comparative inside one leaves the negation in force ("not suicidal or anything like that").
         */
        extenders: WORDS.optional(),
      })
      .strict(),
    hypothetical: z
      .object({
        cues: WORDS,
        window: z.number().int().positive(),
        questionStarts: WORDS,
        questionAbout: WORDS,
        /**
         * Round 21 (safety21a): people at large ("people", "patients", "everyone"). A question that names one of these
         * and no particular person (`symptomPersons`: I, my, she, a client…) asks about people in general, as
         * `questionAbout` does: "does lymph massage ever make people faint?".
         */
        questionGeneric: z.array(TEXT).default([]),
        /** Phrases holding a cue's first word that are no hypothetical: "as if", "not sure if", "normal if". */
        pseudo: z.array(TEXT).default([]),
        /**
         * What a course, a lesson or a leaflet is about ("we cover chest pain, strokes and anaphylaxis"): switches off the
         * rest of its sentence within `window` words, across the commas of the list it opens (round 19, safety19d).
         */
        topics: z.array(TEXT).default([]),
        /**
         * Round 31 (miss31): where a topic's list ends because the person turns to their own sign now ("the form asks about
         * chest pain, I have crushing chest pain now"): a pause followed at once by one of these (I, my, "well I've",
         * "right now") closes the topic, so the clause after it is read as told.
         */
        topicTurns: z.array(TEXT).default([]),
        /**
         * Round 39 (en39): turns that close a topic's list with no pause before them, for they open with a conjunction that
         * turns as a comma does ("I was going to ask about prices but my mum just collapsed").
         */
        topicTurnsUnpaused: z.array(TEXT).default([]),
        /**
         * Round 34 (en34): a question asked as if of anyone turned to the writer's own moment elsewhere in the message ("is
         * heartburn supposed to make your arm ache? asking for me, rn"): with one of these anywhere in the message, a
         * question's generic and risk framing is not read, so its signs count as told.
         */
        ownNowTurns: z.array(TEXT).default([]),
        /**
         * Round 36 (en36b): the writer turning a question to themselves without a word of now ("asking for me", "I mean me"):
         * anywhere in the message, a crisis flag's words in a hypothetical or risk-question frame still count (physical signs
         * keep the frame: "can pre-workout cause a heart attack? asking for me" is a risk question).
         */
        ownTurns: z.array(TEXT).default([]),
        /**
         * "if my…", "if the…": hypothetical only when the sentence goes on to a time still to come or a
         * question about what to do (`future`), and the clause does not say the sign is here (`now`).
         */
        conditional: z
          .object({ cues: z.array(TEXT).default([]), future: z.array(TEXT).default([]), now: z.array(TEXT).default([]) })
          .strict()
          .default({ cues: [], future: [], now: [] }),
      })
      .strict(),
    riskCues: WORDS,
    /**
     * Round 40 (lead): words that tell a condition's name as happening now ("is having a heart attack", "I'm having a
     * stroke"): a `mention` pattern right after one is an event, whatever else its sentence asks (`riskCues`).
     */
    mentionNowCues: z.array(TEXT).default([]),
    /** Round 40 (lead): words a little before a `mentionNowCues` word that make it a condition ("tell if I'm having"). */
    mentionNowUnless: z.array(TEXT).default([]),
    /**
     * Round 44 (lead): the same told after the name with "one" standing for it ("what is a stroke, I think my dad is
     * having one"): a `mention` pattern a few words before one of these is an event, unless a `mentionNowUnless` word
     * stands right before it ("what does it feel like if you're having one").
     */
    mentionNowAfterCues: z.array(TEXT).default([]),
    /**
     * Round 44 (fa44): a question of what a condition is or means (`cues`: "what is", "what does") right before one of
     * the condition-name concepts (`names`): that name is the topic asked about, not a sign.
     */
    definitions: z
      .object({ cues: WORDS, names: z.array(ID).min(1) })
      .strict()
      .optional(),
    history: z
      .object({
        cues: WORDS,
        presentCues: WORDS,
        resolvedCues: WORDS,
        /** Said as the very next sentence ("fully fine now."), the event before is over too, without "it" to join them. Round 13. */
        resolvedNext: z.array(TEXT).default([]),
        /**
         * Round 20 (safety20d): words after an all-clear that say the sign came back ("it passed, but now it's back"): the
         * all-clear before them no longer clears the match.
         */
        returned: z.array(TEXT).default([]),
        /** Concept ids a past clause does not switch off: where and what happened, not the sign itself. */
        timeless: z.array(ID).default([]),
        /** Present-tense words: a clause with one is not dated by a time anchor that opened the sentence. */
        presentVerbs: z.array(TEXT).default([]),
        /** Phrases that hold a history cue's word but date nothing ("at once", "once a day"). Round 10. */
        pseudo: z.array(TEXT).default([]),
        /** Phrases that hold a resolved cue but say a change, not an end ("it's gone purple", "it's gone hard"). Round 17. */
        resolvedPseudo: z.array(TEXT).default([]),
        /** Phrases that hold a return cue but name a feeling, not a sign back ("but now I'm nervous"). Round 33. */
        returnedPseudo: z.array(TEXT).default([]),
        /** Phrases that hold a present cue's word but say an action, not that the sign is now ("getting off the table"). Round 18. */
        presentPseudo: z.array(TEXT).default([]),
        /**
         * Round 51: history cues of weeks that, said right after an operation, a birth or a flight ("after my c-section two
         * weeks ago"), date that event, not the sign told beside it.
         */
        eventDates: z.array(TEXT).default([]),
        /**
         * Round 57: words that, right before a history cue (one word may come between), deny the past event it names ("she
         * hasn't had a seizure before", "ain't never had a fit before"): a first one, so the cue dates nothing.
         */
        deniedBy: z.array(TEXT).default([]),
      })
      .strict(),
    /**
     * A sentence about something other than a person's body: an animal, a thing or a story (`subjects`)
     * with no person named outside them, or a fiction frame (`fiction`) whoever it names.
     */
    otherSubjects: z
      .object({
        subjects: WORDS,
        fiction: WORDS,
        /** Where it happened, not a story ("during the movie", "at the cinema"): a fiction cue inside one frames nothing (round 14). */
        fictionSetting: z.array(z.string().trim().min(1)).default([]),
        /**
         * A turn from the story to the writer's own moment ("I was writing a story when my chest started crushing"): the
         * sentence's own signs count again from the clause of the turn on (round 24).
         */
        fictionTurn: z.array(z.string().trim().min(1)).default([]),
        /**
         * Frames that may carry the writer's own feelings (a dream, a song's lyrics, a message said to test the bot;
         * round 27): read like `fiction` for every sign but a crisis, whose words still count in them.
         */
        fictionPersonal: z.array(z.string().trim().min(1)).default([]),
      })
      .strict()
      .optional(),
    /**
     * A symptom told with a medical all-clear is history (`cleared`: "ECG normal", "sent me home", anywhere
     * after it in the message), and one a clinician put down to a named everyday cause in the same sentence
     * (`diagnosedBy` + `diagnoses`: "GP confirmed it's Bell's palsy") is that cause, unless a `relapse`
     * cue follows ("but now it's worse") or the sentence says it is happening now (`current`). Never for
     * crisis flags.
     */
    clearance: z
      .object({
        cleared: WORDS,
        diagnosedBy: WORDS,
        diagnoses: WORDS,
        relapse: WORDS,
        ongoing: WORDS,
        /** Phrases holding an `ongoing` word that ask about a visit, not a symptom ("can I still come"). Round 7. */
        ongoingPseudo: z.array(TEXT).default([]),
        /** Said in the symptom's own sentence, it is happening now ("I have", "right now"): nothing clears it. */
        current: z.array(TEXT).default([]),
        /** An all-clear inside one of these is the person's own word ("he says he is fine"), not a clinician's. Round 8. */
        selfReport: z.array(TEXT).default([]),
        /** In the symptom's own sentence, the present tense ("my chest is…") keeps an all-clear said later from clearing it. */
        presentTense: z.array(TEXT).default([]),
        /**
         * A new red-flag sign (breathless, a fever, spreading, one side), not negated, in the sentence keeps a
         * clinician's explanation from clearing it: the professional spoke of what they saw, not of a new sign. Round 12.
         */
        newSigns: z.array(TEXT).default([]),
        /**
         * Round 21 (safety21a): a professional's check or verdict, whoever the professional ("physio checked me", "midwife
         * isn't worried", "oncology nurse is happy with it"). Each of `professionals` followed by each of `verdicts` is an
         * all-clear (`cleared`), so a new pairing needs no new phrase: the lists before round 21 named one profession per
         * phrase and missed the rest.
         */
        professionals: z.array(TEXT).default([]),
        verdicts: z.array(TEXT).default([]),
      })
      .strict()
      .optional(),
    /**
     * Round 20 (safety20b): a known, usual, unchanged symptom of a long-term condition, told by the person ("the usual
     * swelling by evening", "my normal migraine", "it's my anxiety, always has been", "my consultant knows", weakness still
     * left years after a stroke). A match of one of `flags` stands down when such a cue (`cues`; `attribution` followed by
     * one of `conditions`; `residual` after a `longAgo` anchor) is in its sentence or the one next to it, no `contrast`
     * word stands between the cue and a match told after it ("same as always, but today…"), and the message names nothing
     * new (`change`, not negated: "different", "worse", "sudden", "not my usual") and no sign no baseline excuses (`never`:
     * a fever, blue lips, can't speak…). Never for crisis flags.
     */
    baseline: z
      .object({
        flags: z.array(ID).min(1),
        cues: WORDS,
        /** Phrases holding a cue that speak of a visit, not a symptom ("my usual MLD", "the usual time"). */
        pseudo: z.array(TEXT).default([]),
        attribution: z.array(TEXT).default([]),
        conditions: z.array(TEXT).default([]),
        residual: z.array(TEXT).default([]),
        longAgo: z.array(TEXT).default([]),
        /**
         * Round 33 (miss33): cues that qualify the words right after them ("chronic", "long term", "living with"). Such a cue
         * is the usual only for what it names: a sign told within a few words after it ("chronic breathlessness") or one of
         * `conditions` ("living with COPD"). "On painkillers for my chronic back pain, just vomited blood" names back pain as
         * the usual, not the bleed.
         */
        qualifiers: z.array(TEXT).default([]),
        /**
         * Round 33 (miss33): long-term conditions that can be the usual only of some flags' signs (psoriasis of the skin's
         * redness, not of a swollen calf or a drooping face). Named after `attribution` or a qualifier, they stand down only
         * those flags; `conditions` stand down every baseline flag.
         */
        conditionsFor: z
          .array(z.object({ conditions: z.array(TEXT).min(1), flags: z.array(ID).min(1) }).strict())
          .default([]),
        /**
         * Round 21 (safety21a): a professional who already knows of the sign ("my neuro knows", "the midwife is aware"):
         * each of `clearance.professionals` followed by each of these is a cue, so a new pairing needs no new phrase.
         */
        knownBy: z.array(TEXT).default([]),
        contrast: WORDS,
        change: WORDS,
        never: WORDS,
      })
      .strict()
      .optional(),
    /** A message that reads as a headline or a title ("…: what you need to know") and names nobody. */
    headlineCues: z.array(TEXT).default([]),
    /**
     * A turn to earnest ("but seriously", "joking aside"): a pattern's `except` words said before it (a joke, a laugh) no
     * longer stand the pattern down. Round 16.
     */
    seriousCues: z.array(TEXT).default([]),
    /** Round 28: words that make the cause after them a guess ("maybe", "probably", "I think"); see `guessedCausesStand`. */
    guessCues: z.array(TEXT).default([]),
    /**
     * Round 18: words that make what follows a comparison ("red like sunburn", "feels like the dentist numbed it"): an
     * everyday cause (one of `causes`, concepts used as `except`) named right after one of these is what the sign looks
     * like, not where it came from. Only causes: "looks like a small overhang" still names a size.
     */
    similes: z.object({ cues: WORDS, causes: z.array(ID).min(1) }).strict().optional(),
    /** Context id → a concept that, right after the context's words, says it was long ago ("surgery 10 years ago"). */
    distantContexts: z.record(ID, ID).default({}),
    /**
     * Round 24 (fa24): contexts whose distant words also count just before the context's words ("next week, long flight").
     * Only where those words can only date the context: "swelling coming up since my surgery" names no time.
     */
    distantBefore: z.array(ID).default([]),
    /**
     * Round 28 (miss28): categories whose every flag names `{{spa.crisisLine}}` in its advice, as every `crisis` flag must:
     * a message people write as a crisis gets the crisis line whichever of these flags answers it.
     */
    crisisLineCategories: z.array(ID).default([]),
    /**
     * Round 30 (miss30): a message answered by a flag whose advice leaves the crisis line out, that also holds one of these
     * concepts (self-directed harm, a goodbye, a date chosen), gets `addendum` after the advice, which must name
     * `{{spa.crisisLine}}`: a crisis the crisis flags miss is often caught by another flag through a word it happens to use
     * ("flashes" after a birth, "see stars", "can't stand"). `line` is filled in by the loader (the spa's crisis line).
     */
    crisisLineCues: z
      .object({
        concepts: z.array(ID).min(1),
        /**
         * Round 36: the categories of flags that tell self-harm or an overdose. When one of them also fires after the flag
         * that answers (a faint told beside "swallowed the whole bottle"), the line is added to that flag's advice. Named
         * here, not taken from whose advice names the line: the bleeding and burn advice name it too (for a wound or burn
         * done on purpose), and a heavy bleed with a faint is no crisis.
         */
        besideCategories: z.array(ID).default([]),
        addendum: TEXT,
        line: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Blood pressure and blood oxygen readings told as numbers (round 28: their words moved here from code). */
    readings: NumberReadingsSchema,
    ignore: z.array(TEXT).default([]),
    /**
     * Round 40 (en40): degree words ("a tiny bit", "slightly") a concept phrase reads past between two of its words, so
     * "lips feel a tiny bit tingly" is "lips feel tingly" without a copy of every phrase for every degree.
     */
    hedges: z.array(TEXT).default([]),
    continuation: WORDS,
    ...SIGN_OFF_FIELDS,
    keepPlural: z.array(TEXT).default([]),
    /** Real English words no typo fix changes, from knowledge/english-words.yaml (see loadRedFlagContent; round 26). */
    realWords: z.array(TEXT).default([]),
    symptomCues: WORDS,
    symptomPersons: WORDS,
  })
  .strict();

/** The placeholder for the spa's crisis line (spa.yaml `crisisLine`), which crisis advice must name. */
const CRISIS_LINE = '{{spa.crisisLine}}';

/** knowledge/red-flags.yaml, validated, with the spa's emergency number and crisis line in the advice. */
export type RedFlagContent = z.infer<typeof RedFlagContentSchema>;
export type RedFlagDefinition = RedFlagContent['flags'][number];

/**
 * Validates red-flag content (already parsed from YAML): every pattern names a defined concept and
 * context, every concept is used, every flag is marked pending sign-off until signed, and advice only
 * uses known {{spa.*}} placeholders, which are filled in here. Screening question ids (`clearedBy`,
 * `screeningContext`) are checked against screening.yaml by `checkRedFlagQuestions`.
 */
export function parseRedFlagContent(data: unknown, spa: Spa, file = RED_FLAGS_FILE): RedFlagContent {
  const content = parseContent(file, data, RedFlagContentSchema);
  const values = spaPlaceholders(spa);
  const used = new Set<string>([...Object.values(content.contexts), ...Object.values(content.distantContexts)]);
  for (const [context, concept] of Object.entries(content.distantContexts)) {
    if (!(context in content.contexts))
      throw new ContentError(file, `distantContexts.${context}`, `unknown context "${context}"`);
    if (!(concept in content.concepts))
      throw new ContentError(file, `distantContexts.${context}`, `unknown concept "${concept}"`);
  }
  for (const [context, concept] of Object.entries(content.contexts)) {
    if (!(concept in content.concepts))
      throw new ContentError(file, `contexts.${context}`, `unknown concept "${concept}"`);
  }
  content.history.timeless.forEach((concept, i) => {
    if (!(concept in content.concepts)) throw new ContentError(file, `history.timeless.${i}`, `unknown concept "${concept}"`);
  });
  content.definitions?.names.forEach((concept, i) => {
    if (!(concept in content.concepts))
      throw new ContentError(file, `definitions.names.${i}`, `unknown concept "${concept}"`);
  });
  content.screeningContext.forEach((entry, i) => {
    if (!(entry.context in content.contexts))
      throw new ContentError(file, `screeningContext.${i}.context`, `unknown context "${entry.context}"`);
  });
  const ids = new Set<string>();
  const flags = content.flags.map((flag, f) => {
    if (ids.has(flag.id)) throw new ContentError(file, `flags.${f}.id`, `duplicate flag id "${flag.id}"`);
    ids.add(flag.id);
    flag.patterns.forEach((pattern, p) => {
      for (const list of ['all', 'except'] as const) {
        pattern[list].forEach((concept, c) => {
          if (!(concept in content.concepts)) {
            throw new ContentError(file, `flags.${f}.patterns.${p}.${list}.${c}`, `unknown concept "${concept}"`);
          }
          used.add(concept);
        });
      }
      for (const context of pattern.context ?? []) {
        if (!(context in content.contexts))
          throw new ContentError(file, `flags.${f}.patterns.${p}.context`, `unknown context "${context}"`);
      }
    });
    if ((flag.kind === 'crisis' || content.crisisLineCategories.includes(flag.category)) && !flag.advice.includes(CRISIS_LINE))
      throw new ContentError(file, `flags.${f}.advice`, `a crisis-line flag ("${flag.id}") must name ${CRISIS_LINE}`);
    const unknown = unknownPlaceholders(flag.advice, values)[0];
    if (unknown !== undefined)
      throw new ContentError(file, `flags.${f}.advice`, `unknown placeholder {{${unknown}}}`);
    return { ...flag, advice: fillPlaceholders(flag.advice, values) };
  });
  content.baseline?.flags.forEach((id, i) => {
    const flag = content.flags.find((f) => f.id === id);
    if (!flag) throw new ContentError(file, `baseline.flags.${i}`, `unknown flag "${id}"`);
    if (flag.kind === 'crisis') throw new ContentError(file, `baseline.flags.${i}`, `a crisis flag ("${id}") is never stood down`);
  });
  content.baseline?.conditionsFor.forEach((group, i) => {
    group.flags.forEach((id, j) => {
      if (!content.baseline?.flags.includes(id))
        throw new ContentError(file, `baseline.conditionsFor.${i}.flags.${j}`, `"${id}" is not a baseline flag`);
    });
  });
  const cues = content.crisisLineCues;
  cues?.concepts.forEach((concept, i) => {
    if (!(concept in content.concepts))
      throw new ContentError(file, `crisisLineCues.concepts.${i}`, `unknown concept "${concept}"`);
    used.add(concept);
  });
  cues?.besideCategories.forEach((category, i) => {
    if (!content.flags.some((f) => f.category === category))
      throw new ContentError(file, `crisisLineCues.besideCategories.${i}`, `no flag has the category "${category}"`);
  });
  if (cues && !cues.addendum.includes(CRISIS_LINE))
    throw new ContentError(file, 'crisisLineCues.addendum', `must name ${CRISIS_LINE}`);
  const crisisLineCues = cues && {
    concepts: cues.concepts,
    besideCategories: cues.besideCategories,
    addendum: fillPlaceholders(cues.addendum, values),
    line: fillPlaceholders(CRISIS_LINE, values),
  };
  const unused = Object.keys(content.concepts).find((concept) => !used.has(concept));
  if (unused !== undefined) throw new ContentError(file, `concepts.${unused}`, 'is not used by any pattern');
  return { ...content, flags, ...(crisisLineCues ? { crisisLineCues } : {}) };
}

/**
 * Checks the screening question ids named in red-flags.yaml against screening.yaml: every one exists,
 * and a flag's `clearedBy` questions are asked in every health check (no `askIf`), since a completed
 * health check is taken as having answered them.
 */
export function checkRedFlagQuestions(
  content: RedFlagContent,
  questions: readonly { readonly id: string; readonly askIf?: unknown }[],
): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  content.flags.forEach((flag, f) => {
    flag.clearedBy.forEach((id, q) => {
      const question = byId.get(id);
      const field = `flags.${f}.clearedBy.${q}`;
      if (!question) throw new ContentError(RED_FLAGS_FILE, field, `unknown screening question "${id}"`);
      if (question.askIf !== undefined)
        throw new ContentError(RED_FLAGS_FILE, field, `"${id}" is not asked in every health check (it has askIf)`);
    });
  });
  content.screeningContext.forEach((entry, i) => {
    if (!byId.has(entry.question))
      throw new ContentError(RED_FLAGS_FILE, `screeningContext.${i}.question`, `unknown screening question "${entry.question}"`);
  });
}

/** Loads knowledge/red-flags.yaml; see `parseRedFlagContent`. */
export function loadRedFlagContent(knowledgeDir: string, spa: Spa): RedFlagContent {
  const data = readYamlFile(knowledgeDir, RED_FLAGS_FILE, z.record(z.string(), z.unknown()));
  const { words } = readYamlFile(knowledgeDir, ENGLISH_WORDS_FILE, EnglishWordsSchema);
  return parseRedFlagContent({ ...data, realWords: words }, spa);
}

/**
 * knowledge/english-words.yaml: the dictionary words (SCOWL) one typo away from a red-flag lexicon word, which the
 * typo fix leaves as written. Only those, not the whole dictionary: the rest never reach a lexicon word anyway.
 * `npm run kb:english-words` writes it from /usr/share/dict (Debian's wamerican and wbritish); kb:check compares.
 */
export const ENGLISH_WORDS_FILE = 'english-words.yaml';
export const EnglishWordsSchema = z.object({ words: z.array(z.string().regex(/^[a-z]+$/)) }).strict();
