import type { RedFlagContent, RedFlagKind } from './red-flags-content';
import { compileNumberReadings } from './number-readings';
import { numberWords, RedFlagWords, sameWord } from './red-flag-words';
import { SOFT_BREAK, sentenceTexts } from './text-tokens';
import { joinSpacedLetters } from '../language/normalize-utterance';

/** A detected emergency or crisis: which flag fired and the advice to give (spa numbers filled in). */
export interface RedFlagMatch {
  readonly flagId: string;
  readonly category: string;
  readonly kind: RedFlagKind;
  readonly advice: string;
}

/** What one message says, for the safety layer: a red flag, the contexts it mentions, a symptom at all. */
export interface SafetyReading {
  readonly redFlag: RedFlagMatch | null;
  /** Context ids (recent_surgery, pregnancy…) the message itself says, to remember for later messages. */
  readonly contexts: readonly string[];
  /** Whether the message describes a symptom (a symptom cue, not negated), red flag or not. */
  readonly describesSymptom: boolean;
  /** Which pattern of the flag fired (its index in red-flags.yaml), for the eval's explanations. */
  readonly patternIndex?: number;
  /**
   * The message tells only a known, usual, unchanged symptom (red-flags.yaml `baseline`; round 20): a baseline cue, no
   * contrast after it, nothing new and no never-usual sign. The urgency model is not asked about such a message.
   */
  readonly usualUnchanged?: boolean;
  /**
   * What the urgency model reads when it is not the whole message: the message with every sentence the lexicon reads
   * wholly as a story left out (`otherSubjects.fiction` with no turn to the writer's own moment; round 27: the model's
   * words cannot tell a podcast's or a song's signs from the writer's), and the pieces that only deny signs
   * (`denialsLeftOut`; round 29). Absent when nothing is left out; empty when everything is.
   */
  readonly modelText?: string;
}

interface Match {
  readonly start: number;
  readonly end: number;
}

interface ConditionGroup {
  readonly tag: string;
  readonly flags: ReadonlySet<string>;
}

interface Entry {
  readonly tag: string;
  readonly words: readonly string[];
}

/** Lexicon phrases indexed by their first word, so one pass over a message finds every concept. */
type PhraseIndex = ReadonlyMap<string, readonly Entry[]>;

interface Pattern {
  readonly concepts: readonly string[];
  readonly within: number;
  readonly context?: readonly string[];
  readonly except: readonly string[];
  readonly mention: boolean;
  readonly acrossSentences: boolean;
  readonly evenIfBetter: boolean;
  readonly guessedCausesStand: boolean;
  readonly evenIfUsual: boolean;
}

interface Compiled {
  readonly words: RedFlagWords;
  readonly flags: readonly (RedFlagMatch & { readonly patterns: readonly Pattern[] })[];
  /** Context id → concept that says the context's words were long ago ("surgery 10 years ago"). */
  readonly distantContexts: ReadonlyMap<string, string>;
  /** Contexts whose distant words also count just before them (`distantBefore`; round 24). */
  readonly distantBefore: ReadonlySet<string>;
  /** `symptomPersons` words: a headline names nobody. */
  readonly persons: ReadonlySet<string>;
  readonly concepts: PhraseIndex;
  /** `hedges` (round 40): degree words a concept phrase reads past between two of its words. */
  readonly hedges: PhraseIndex;
  readonly contexts: readonly (readonly [contextId: string, conceptId: string])[];
  readonly cues: PhraseIndex;
  /**
   * `hypothetical.ownNowTurns` alone (round 34): looked for once over the whole message, past its commas, before any
   * sentence is read, so not with every cue again.
   */
  readonly ownNowTurns: PhraseIndex;
  /** `hypothetical.ownTurns` and `ownNowTurns` (round 36): the writer turns a question to themselves; crisis words count. */
  readonly ownTurns: PhraseIndex;
  /** `crisisLineCues.besideCategories` (round 36): flags that, firing after the one that answers, add the crisis line. */
  readonly crisisLineBeside: ReadonlySet<string>;
  readonly window: number;
  readonly hypotheticalWindow: number;
  readonly scopeStarters: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  readonly continuation: ReadonlySet<string>;
  readonly questionStarts: ReadonlySet<string>;
  /** Concepts a past clause does not switch off (history.timeless). */
  readonly timeless: ReadonlySet<string>;
  /** Everyday-cause concepts that a simile right before them turns into a comparison (`similes.causes`; round 18). */
  readonly simileCauses: ReadonlySet<string>;
  /** Condition-name concepts a definition question right before them asks about (`definitions.names`; round 44). */
  readonly definitionNames: ReadonlySet<string>;
  /** Flags a known, usual, unchanged symptom stands down (`baseline.flags`; round 20). */
  readonly baselineFlags: ReadonlySet<string>;
  /** Conditions that can only be the usual of some flags' signs (`baseline.conditionsFor`; round 33), by cue tag. */
  readonly conditionGroups: readonly ConditionGroup[];
  /** Concepts of the crisis flags, which `fictionPersonal` frames do not stand down (round 27). */
  readonly crisisConcepts: ReadonlySet<string>;
}

/** A stretch of text read as one unit: one sentence, or two when the second refers back to the first. */
interface TextWindow {
  /** Valid (not negated, hypothetical, past or ignored) matches per concept. */
  readonly concepts: ReadonlyMap<string, readonly Match[]>;
  /** Cue matches by kind (resolved, risk), regardless of negation. */
  readonly cues: ReadonlyMap<string, readonly Match[]>;
}

/** A window and where it starts in the whole message (token positions, sentences joined by one break). */
type PlacedWindow = TextWindow & { readonly offset: number };

const compiledContent = new WeakMap<RedFlagContent, Compiled>();
const NO_MATCHES: readonly Match[] = [];

/**
 * Looks for an urgent symptom or a crisis in one message. Returns the first flag (in red-flags.yaml
 * order) whose pattern matches, or null. `knownContexts` are what the conversation already knows
 * (recent surgery, pregnancy…): with them one sign is enough for some patterns. Pure, and fast enough
 * to run on every message before any dialog.
 *
 * @example detectRedFlag('no idea why my calf is hot and swollen', content) // → { flagId: 'blood_clot_limb', … }
 */
export function detectRedFlag(
  text: string,
  content: RedFlagContent,
  knownContexts: Iterable<string> = [],
): RedFlagMatch | null {
  return readForSafety(text, content, knownContexts).redFlag;
}

/** Whether the message describes a symptom at all (lexicon: `symptomCues` in red-flags.yaml). */
export function describesSymptom(text: string, content: RedFlagContent): boolean {
  return readForSafety(text, content).describesSymptom;
}

/** Whether the message asks something: a question mark, or a first word such as "can" or "is". */
export function looksLikeQuestion(text: string, content: RedFlagContent): boolean {
  if (text.includes('?')) return true;
  const first = compile(content).words.sentences(text)[0]?.[0];
  return first !== undefined && compile(content).questionStarts.has(first);
}

/** The message as the detector reads it (normalized words), for the eval's explanations. */
export function safetyWords(text: string, content: RedFlagContent): string[][] {
  return compile(content).words.sentences(text);
}

/** One reading of a message for the safety layer: red flag, contexts it mentions, symptom or not. */
export function readForSafety(
  text: string,
  content: RedFlagContent,
  knownContexts: Iterable<string> = [],
): SafetyReading {
  const c = compile(content);
  // Letters typed one at a time ("I  C A N T  B R E A T H E") are read as the words they spell (round 5).
  const joined = joinSpacedLetters(text);
  const sentences = joinStaccato(c.words.sentences(joined));
  const offsets: number[] = [];
  sentences.reduce((at, tokens) => {
    offsets.push(at);
    return at + tokens.length + 1;
  }, 0);
  // Read past commas: "asking for me, rn".
  const unbroken = sentences.map((tokens) => tokens.filter((t) => t !== SOFT_BREAK));
  // A question turned to the writer's own moment anywhere in the message ("… asking for me, rn") is no question about
  // anyone (round 34).
  const ownNow = unbroken.some((tokens) => findAll(tokens, c.ownNowTurns).size > 0);
  // The writer turns the question to themselves, with or without a word of now ("… asking for me"; round 36): a crisis
  // flag's words keep their reading inside a hypothetical or risk-question frame.
  const ownTurn = unbroken.some((tokens) => findAll(tokens, c.ownTurns).size > 0);
  const single = sentences.map((tokens) => readSentence(tokens, c, ownNow, ownTurn));
  const withoutStories = storiesLeftOut(joined, single);
  const windows: PlacedWindow[] = single.map((w, i) => ({ ...w, offset: offsets[i]! }));
  single.forEach((first, i) => {
    const nextTokens = sentences[i + 1];
    const second = single[i + 1];
    // Round 45 (en45): a sentence that tells the condition named just before as happening now, with "one" standing for it
    // ("what is a stroke? I think my dad is having one"), refers back as "it" does.
    if (!second) return;
    const refersBack = nextTokens?.some((t) => c.continuation.has(t)) || cuesOf(second, 'mentionNowAfter').length > 0;
    if (!refersBack) return;
    windows.push({ ...joinWindows(first, second, sentences[i]!.length + 1), offset: offsets[i]! });
  });
  // The whole message as one window, for patterns read across sentences and for message-wide cues.
  const whole: PlacedWindow = { ...joinAll(single, offsets), offset: 0 };
  const contexts = c.contexts
    .filter(([id, concept]) =>
      windows.some((w) =>
        (w.concepts.get(`ctx:${concept}`) ?? NO_MATCHES).some((m) => !isDistant(w, id, m, c)),
      ),
    )
    .map(([id]) => id);
  const known = new Set([...knownContexts, ...contexts]);
  const describes = windows.some(
    (w) =>
      (w.concepts.get('symptom') ?? NO_MATCHES).length > 0 &&
      (w.concepts.get('person') ?? NO_MATCHES).length > 0,
  );
  // One list of tokens for the whole message, sentences joined by a break, as `whole` counts positions.
  const flat = sentences.flatMap((tokens, i) => (i === 0 ? tokens : [SOFT_BREAK, ...tokens]));
  const headline = isHeadline(whole, flat, c);
  const clearedLater = allClearAfter(whole, flat, offsets);
  const overSoonAfter = overInASentenceSoonAfter(whole, offsets);
  const { standsDown: usual, unchanged } = usualBaseline(whole, offsets, c.conditionGroups);
  const patternOf = (flag: Compiled['flags'][number]): number => {
    const clearable = flag.kind !== 'crisis';
    if (clearable && headline) return -1;
    return flag.patterns.findIndex(
      (p) =>
        // Every window's matches are also in the whole message's: a concept missing there is missing everywhere,
        // so most patterns are ruled out once instead of once per window (long stories have many windows).
        p.concepts.every((id) => whole.concepts.has(id)) &&
        (p.acrossSentences ? [whole] : windows).some((w) => {
          const span = patternSpan(w, p, known, c.simileCauses, c.definitionNames);
          if (!span) return false;
          if (!clearable || p.evenIfBetter) return true;
          return (
            !aboutPeopleOnly(w, span, known) &&
            !clearedLater(w, span.end + w.offset) &&
            !diagnosedAs(w) &&
            !overSoonAfter(span.end + w.offset) &&
            !(
              c.baselineFlags.has(flag.flagId) &&
              !p.evenIfUsual &&
              usual(span.start + w.offset, flag.flagId) &&
              !freshAfterSurgery(flag.category, known)
            )
          );
        }),
    );
  };
  for (const [at, flag] of c.flags.entries()) {
    const patternIndex = patternOf(flag);
    if (patternIndex >= 0) {
      const { patterns: _patterns, ...match } = flag;
      // Round 36 (en36): a message that tells an emergency AND a crisis or an overdose in words the crisis flags lack
      // ("swallowed every tablet in the house and my lips are blue") is answered by the first flag, whose advice may not
      // name the crisis line. When a later flag of self-harm or an overdose (`crisisLineCues.besideCategories`) also
      // fires, the crisis line is added after the first flag's advice: both advices, the emergency first. Judgement call
      // (the safer one): the emergency's own steps and number are kept, since the body is in danger now, and the person
      // also gets the line; the reply already offers a person.
      const alsoCrisis = c.flags
        .slice(at + 1)
        .some((later) => c.crisisLineBeside.has(later.category) && patternOf(later) >= 0);
      const redFlag = withCrisisLine(match, whole, content, alsoCrisis);
      return { redFlag, contexts, describesSymptom: true, patternIndex };
    }
  }
  // A message that tells a sign is read by the model whole: a denial beside it ("swollen, no headache") is part of how the
  // sign is told (round 29).
  // Only a message with a denial in it is cut into pieces and read again.
  const denies = !describes && single.some((w) => w.cues.has(DENIED));
  const modelText = (denies ? denialsLeftOut(withoutStories ?? text, c) : undefined) ?? withoutStories;
  return {
    redFlag: null,
    contexts,
    describesSymptom: describes,
    usualUnchanged: unchanged,
    ...(modelText === undefined ? {} : { modelText }),
  };
}

/**
 * Round 31 (miss31): words typed one to a sentence for effect ("Can't. Get. Air.", "Chest. Crushing. Help.") are read as one
 * sentence: a run of two or more sentences of one word each is joined. A sentence of two words or more is left as it is.
 */
function joinStaccato(sentences: readonly string[][]): string[][] {
  const out: string[][] = [];
  let run: string[][] = [];
  const flush = () => {
    if (run.length >= 2) out.push(run.flat());
    else out.push(...run);
    run = [];
  };
  for (const tokens of sentences) {
    if (tokens.length === 1 && tokens[0] !== SOFT_BREAK) run.push(tokens);
    else {
      flush();
      out.push(tokens);
    }
  }
  flush();
  return out;
}

/**
 * Round 30 (miss30): the match, with the crisis line added after its advice when that advice leaves it out and the message
 * also holds a crisis cue (`crisisLineCues` in red-flags.yaml). Whatever flag answers a crisis told in words the crisis flags
 * miss, the person is given the line (issue 11: self-harm and suicidal thoughts are answered with the crisis line).
 */
function withCrisisLine(
  match: RedFlagMatch,
  whole: TextWindow,
  content: RedFlagContent,
  alsoCrisis = false,
): RedFlagMatch {
  const cues = content.crisisLineCues;
  if (!cues?.line || match.advice.includes(cues.line)) return match;
  if (!alsoCrisis && !cues.concepts.some((concept) => (whole.concepts.get(concept) ?? NO_MATCHES).length > 0))
    return match;
  return { ...match, advice: `${match.advice} ${cues.addendum}` };
}

/**
 * The message without the sentences read wholly as a story (round 27), or undefined when there is none or the sentences
 * cannot be lined up with the typed text (then the model reads all of it: the safer reading).
 */
function storiesLeftOut(text: string, windows: readonly TextWindow[]): string | undefined {
  if (!windows.some((w) => w.cues.has(STORY))) return undefined;
  const texts = sentenceTexts(text);
  if (texts === null || texts.length !== windows.length) return undefined;
  return texts
    .filter((_, i) => !windows[i]!.cues.has(STORY))
    .map((t) => t.trim())
    .join('. ');
}

/** The cue tag that marks a sentence read wholly as a story (no turn to the writer's own moment). */
const STORY = 'storySentence';

/** The cue tag for the concept matches a negation switched off, set by `readSentence` (round 29). */
const DENIED = 'deniedConcept';

/** Where a message splits into the pieces `denialsLeftOut` weighs one by one: after a comma-like pause or a sentence end. */
const PIECE_END = /(?<=[,;:.!?\n\u2026])/;

/**
 * The text without its pieces (between commas or sentence ends) that only deny signs ("not dizzy, didn't pass out, just
 * sat up too quick"; "no chest pain, no fainting"), or undefined when there is none (round 29, fa29). The urgency model
 * reads words, not their negation: "dizzy", "bleeding" and "pass out" counted towards an emergency in a piece that denies
 * them. `readForSafety` asks only for a message that tells no sign still standing: beside a sign, a denial is part of how
 * it is told ("36 weeks, ankles more swollen than usual, no headache"), and the model reads it whole. A piece is a pure
 * denial when a negation switches off at least one concept and every concept in it. Judgement call (rule 1): a piece with
 * any crisis word in it, denied or not, stays ("I no like live anymore", "my plan is to not exist", "I don't want to hurt
 * myself"), since a crisis is often told through a denial; so do the pieces around a denial.
 */
function denialsLeftOut(text: string, c: Compiled): string | undefined {
  const pieces = text.split(PIECE_END);
  const kept = pieces.filter((piece) => !onlyDenies(piece, c));
  return kept.length === pieces.length ? undefined : kept.join(' ').replace(/\s+/g, ' ').trim();
}

function onlyDenies(piece: string, c: Compiled): boolean {
  const sentences = c.words.sentences(piece);
  const windows = sentences.map((tokens) => readSentence(tokens, c));
  return (
    windows.some((w) => w.cues.has(DENIED)) &&
    windows.every((w) => [...w.concepts.keys()].every((tag) => tag === 'person' || tag.startsWith('ctx:'))) &&
    !sentences.some((tokens) => [...findAll(tokens, c.concepts).keys()].some((tag) => c.crisisConcepts.has(tag)))
  );
}

/**
 * Whether a match lies inside a question about people at large ("does lymph massage ever make people faint?", round 21)
 * while nothing is known of the person's own context: someone four days after a tummy tuck who asks "do patients get
 * breathless after it?" is asking about themselves (the safer reading), so any known context keeps the sign.
 */
function aboutPeopleOnly(w: TextWindow, span: Match, known: ReadonlySet<string>): boolean {
  if (known.size > 0) return false;
  return cuesOf(w, 'aboutPeople').some((q) => q.start <= span.start && span.end <= q.end);
}

/**
 * How many sentences after a sign an all-clear of its own sentence reaches (round 52, 52A): an explanation may come
 * between ("My chest goes tight and I end up in resus. Turns out it's reflux. All clear since.").
 */
const RESOLVED_NEXT_REACH = 2;

/**
 * Whether a sentence soon after the one where a match ends (a position in the whole message; RESOLVED_NEXT_REACH) says
 * the event is over in a sentence of its own ("…went into anaphylactic shock, ambulance all night. Fully fine now."), with
 * no relapse cue after it ("fine now but it's back again"). Round 13 (safety13b).
 */
function overInASentenceSoonAfter(whole: PlacedWindow, offsets: readonly number[]): (end: number) => boolean {
  const over = cuesOf(whole, 'resolvedNext');
  if (over.length === 0) return () => false;
  const relapse = cuesOf(whole, 'relapse');
  const sentenceAt = (position: number) => offsets.filter((offset) => offset <= position).length - 1;
  return (end) => {
    const sentence = sentenceAt(end - 1);
    return over.some((m) => {
      const after = sentenceAt(m.start) - sentence;
      return after >= 1 && after <= RESOLVED_NEXT_REACH && !relapse.some((r) => r.start > m.start);
    });
  };
}

/**
 * Whether a match starting at `start` (a position in the whole message) is a known, usual, unchanged symptom (round 20,
 * safety20b): a baseline cue ("same as always", "my normal flare", "it's my POTS", "my consultant knows", "still weak
 * since the stroke years ago") in its sentence or the next one to it, no contrast word ("but", "this time") between a cue
 * and a match told after it, and nothing new or never-usual anywhere in the message ("worse", "different", "sudden", "not
 * my usual", a fever, blue lips: read as concepts, so "no fever" and "not worse" do not count).
 */
function usualBaseline(
  whole: PlacedWindow,
  offsets: readonly number[],
  groups: readonly ConditionGroup[],
): { standsDown: (start: number, flagId: string) => boolean; unchanged: boolean } {
  const never = { standsDown: () => false, unchanged: false };
  // A cue right after a negation is denied: "these aren't my normal typos", "diabetics don't always get the pain".
  const negations = cuesOf(whole, 'negation');
  const denied = (u: Match) => negations.some((n) => n.end <= u.start && u.start - n.end <= 1);
  const visits = cuesOf(whole, 'usualPseudo');
  // A cue with `flags` names a condition that can only be the usual of those flags' signs (round 33).
  const cues: (Match & { flags?: ReadonlySet<string> })[] = cuesOf(whole, 'usual').filter(
    (u) => !denied(u) && !visits.some((v) => v.start < u.end && u.start < v.end),
  );
  const conditions = cuesOf(whole, 'usualCondition');
  const follows = (list: readonly Match[], q: Match) =>
    list.some((m) => m.start >= q.end && m.start - q.end <= BASELINE_CONDITION_REACH);
  // A qualifier ("chronic", "long term", "living with") is a cue when it names a long-term condition; otherwise it only says
  // what follows it is usual, and stands down only a match that starts right there ("chronic breathlessness"; round 33).
  const qualifiers = cuesOf(whole, 'usualQualifier').filter((q) => !denied(q));
  const signQualifiers: Match[] = [];
  for (const a of [...cuesOf(whole, 'usualAttribution'), ...qualifiers]) {
    const group = groups.find((g) => follows(cuesOf(whole, g.tag), a));
    if (follows(conditions, a)) cues.push(a);
    else if (group) cues.push({ ...a, flags: group.flags });
    else if (qualifiers.includes(a)) signQualifiers.push(a);
  }
  const sentenceAt = (position: number) => offsets.filter((offset) => offset <= position).length - 1;
  const longAgo = cuesOf(whole, 'usualLongAgo');
  for (const r of cuesOf(whole, 'usualResidual')) {
    if (longAgo.some((m) => m.end <= r.start && sentenceAt(m.start) === sentenceAt(r.start))) cues.push(r);
  }
  if (cues.length === 0 && signQualifiers.length === 0) return never;
  // A change word inside a cue's own words ("nothing new", "no different") says nothing has changed.
  const change = (whole.concepts.get('usualChange') ?? NO_MATCHES).filter(
    (m) => ![...cues, ...signQualifiers].some((u) => u.start <= m.start && u.end >= m.end),
  );
  if (change.length > 0 || (whole.concepts.get('usualNever') ?? NO_MATCHES).length > 0) return never;
  const contrast = cuesOf(whole, 'usualContrast');
  // A match told after a contrast (in its sentence or the one before) is what differs from the usual ("legs always sore.
  // But right now one calf is rock hard… the other is my normal ache"), unless a cue comes between them ("but, as always,
  // my ankles swell"); a cue after a contrast that follows the match confirms it ("swollen, but that's my normal").
  const contrasted = (start: number) =>
    contrast.some(
      (k) =>
        k.start < start &&
        sentenceAt(k.start) >= sentenceAt(start) - 1 &&
        !cues.some((u) => u.start >= k.end && u.start < start),
    );
  const qualified = (start: number) =>
    signQualifiers.some((q) => start >= q.end && start - q.end <= BASELINE_CONDITION_REACH);
  const wholeCues = cues.filter((u) => !u.flags);
  return {
    standsDown: (start, flagId) =>
      !contrasted(start) &&
      (qualified(start) ||
        cues.some(
          (u) => (!u.flags || u.flags.has(flagId)) && Math.abs(sentenceAt(u.start) - sentenceAt(start)) <= 1,
        )),
    // The whole message: no contrast anywhere after a cue ("…as always. But…"). A qualifier of a sign alone, or a condition
    // that explains only some flags, does not make the whole message usual: the model cannot tell which sign it reads.
    unchanged: wholeCues.length > 0 && !contrast.some((k) => wholeCues.some((u) => u.end <= k.start)),
  };
}

/**
 * Whether a usual, unchanged reading cannot hold because the person is days after an operation (round 23, safety23): issue
 * 11 and NHS Pulmonary embolism: after surgery any new breathlessness, a racing heart or chest pain counts, and there is no
 * "usual" breathing yet days after an operation ("3 days post lipo, can't catch my breath, took the garment off and no
 * difference"). Judgement call: the safer reading, for the breathing and heart flags only.
 */
function freshAfterSurgery(category: string, known: ReadonlySet<string>): boolean {
  return known.has('recent_surgery') && (category === 'breathing' || category === 'heart');
}

/** How many words may come between "it's my" / "that's the" and the long-term condition it names ("it's just my POTS"). */
const BASELINE_CONDITION_REACH = 3;

/** A title after a break ("…: what you need to know", "…? Here's when to worry") in a message naming nobody. */
function isHeadline(whole: TextWindow, flat: readonly string[], c: Compiled): boolean {
  return (
    cuesOf(whole, 'headline').some((m) => flat[m.start - 1] === SOFT_BREAK) &&
    !flat.some((t) => c.persons.has(t))
  );
}

/**
 * Whether a match ending at `end` (a position in the whole message) is told before a medical all-clear ("ECG
 * normal, they said muscular"), in a window that does not say it is happening now ("I have", "is", "still"),
 * with no relapse or "still" after the all-clear. Reads the message's last all-clear once.
 */
function allClearAfter(
  whole: PlacedWindow,
  flat: readonly string[],
  offsets: readonly number[],
): (w: PlacedWindow, end: number) => boolean {
  // "he says he is fine" is the person's own word, not a clinician's all-clear (round 8).
  const selfReport = cuesOf(whole, 'selfReport');
  const cleared = cuesOf(whole, 'cleared').filter(
    (m) => !selfReport.some((s) => s.start <= m.start && s.end >= m.end),
  );
  if (cleared.length === 0) return () => false;
  const clearedAt = Math.max(...cleared.map((m) => m.start));
  // Where the last all-clear's words begin and end, when overlapping cues meet at it ("is in hospital" / "in hospital now").
  const clearedEnd = Math.max(
    clearedAt + 1,
    ...cleared.filter((m) => m.start === clearedAt).map((m) => m.end),
  );
  const clearedFrom = Math.min(clearedAt, ...cleared.filter((m) => m.end > clearedAt).map((m) => m.start));
  // An all-clear in a sentence about the past ("my ECG last year was normal") is an older episode's; only in
  // the same clause: "Bell's palsy in 2022, it's slowly improving" is today's all-clear (round 7).
  const sentenceAt = (position: number) => offsets.filter((offset) => offset <= position).length - 1;
  const sameClause = (a: number, b: number) =>
    !flat.slice(Math.min(a, b), Math.max(a, b)).includes(SOFT_BREAK);
  const olderAllClear = cuesOf(whole, 'history').some(
    (m) => sentenceAt(m.start) === sentenceAt(clearedAt) && sameClause(m.start, clearedAt),
  );
  // Relapse words inside the all-clear itself ("never happened again") are not a relapse.
  const relapseAfter = cuesAfter(whole, ['relapse'], clearedEnd - 1);
  // "still" asking about a visit ("can I still come Thursday?") is no symptom going on (round 7).
  const stillAfter = cuesOf(whole, 'ongoing').some(
    (m) =>
      m.start >= clearedEnd &&
      !cuesOf(whole, 'ongoingPseudo').some((p) => p.start <= m.start && p.end > m.start),
  );
  if (olderAllClear || relapseAfter || stillAfter) return () => false;
  return (w, end) =>
    end <= clearedAt &&
    // Only what the window says before the all-clear: "it was a mini-stroke and he is in hospital now" (round 7).
    !cuesBefore(w, ['current', 'ongoing', 'presentTense'], clearedFrom - w.offset);
}

function compile(content: RedFlagContent): Compiled {
  const cached = compiledContent.get(content);
  if (cached) return cached;
  /** Each of `clearance.professionals` followed by each phrase: "physio" × "checked me" (round 21). */
  const byProfessional = (phrases: readonly string[] = []) =>
    (content.clearance?.professionals ?? []).flatMap((who) => phrases.map((phrase) => `${who} ${phrase}`));
  const words = new RedFlagWords(content.keepPlural, content.realWords, compileNumberReadings(content.readings));
  const entries = (tag: string, phrases: readonly string[]): Entry[] =>
    phrases.map((p) => ({ tag, words: words.phrase(p) })).filter((e) => e.words.length > 0);
  const conceptEntries = Object.entries(content.concepts).flatMap(([id, phrases]) => entries(id, phrases));
  // Context concepts are also read separately: history does not switch them off ("had a clot in 2020").
  const contextEntries = Object.values(content.contexts).flatMap((concept) =>
    entries(`ctx:${concept}`, content.concepts[concept] ?? []),
  );
  const { negation, history, clearance } = content;
  const cueEntries = [
    ...entries('negation', negation.cues),
    ...entries('pseudo', negation.pseudo),
    ...entries('comparative', negation.comparatives),
    ...entries('extender', negation.extenders ?? []),
    ...entries('scopeEnd', negation.scopeEnds),
    ...entries('doubleFirst', negation.doubleNegative?.first ?? []),
    ...entries('doubleSecond', negation.doubleNegative?.second ?? []),
    ...entries('hypothetical', content.hypothetical.cues),
    ...entries('hypotheticalPseudo', content.hypothetical.pseudo),
    ...entries('topic', content.hypothetical.topics),
    ...entries('topicTurn', content.hypothetical.topicTurns),
    ...entries('topicTurnUnpaused', content.hypothetical.topicTurnsUnpaused),
    ...entries('conditional', content.hypothetical.conditional.cues),
    ...entries('conditionalFuture', content.hypothetical.conditional.future),
    ...entries('conditionalNow', content.hypothetical.conditional.now),
    ...entries('otherSubject', content.otherSubjects?.subjects ?? []),
    ...entries('fiction', content.otherSubjects?.fiction ?? []),
    ...entries('fictionSetting', content.otherSubjects?.fictionSetting ?? []),
    ...entries('fictionTurn', content.otherSubjects?.fictionTurn ?? []),
    ...entries('fictionPersonal', content.otherSubjects?.fictionPersonal ?? []),
    ...entries('questionAbout', content.hypothetical.questionAbout),
    ...entries('questionGeneric', content.hypothetical.questionGeneric),
    ...entries('risk', content.riskCues),
    ...entries('mentionNow', content.mentionNowCues),
    ...entries('mentionNowUnless', content.mentionNowUnless),
    ...entries('mentionNowAfter', content.mentionNowAfterCues),
    ...entries('definition', content.definitions?.cues ?? []),
    ...entries('history', history.cues),
    ...entries('present', history.presentCues),
    ...entries('presentPseudo', history.presentPseudo),
    ...entries('eventDate', history.eventDates),
    ...entries('historyDenied', history.deniedBy),
    ...entries('presentVerb', history.presentVerbs),
    ...entries('resolved', history.resolvedCues),
    ...entries('resolvedNext', history.resolvedNext),
    ...entries('returned', history.returned),
    ...entries('historyPseudo', history.pseudo),
    ...entries('resolvedPseudo', history.resolvedPseudo),
    ...entries('returnedPseudo', history.returnedPseudo),
    ...entries('ignore', content.ignore),
    ...entries('cleared', clearance?.cleared ?? []),
    // Any professional's check or verdict (round 21): the pairs, not one phrase per profession.
    ...entries('cleared', byProfessional(clearance?.verdicts)),
    ...entries('selfReport', clearance?.selfReport ?? []),
    ...entries('diagnosedBy', clearance?.diagnosedBy ?? []),
    ...entries('diagnosis', clearance?.diagnoses ?? []),
    ...entries('relapse', clearance?.relapse ?? []),
    ...entries('ongoing', clearance?.ongoing ?? []),
    ...entries('ongoingPseudo', clearance?.ongoingPseudo ?? []),
    ...entries('current', clearance?.current ?? []),
    ...entries('presentTense', clearance?.presentTense ?? []),
    ...entries('headline', content.headlineCues),
    ...entries('serious', content.seriousCues),
    ...entries('guess', content.guessCues),
    ...entries('simile', content.similes?.cues ?? []),
    ...entries('usual', content.baseline?.cues ?? []),
    // A professional already aware of the sign (round 21): every professional with every `knownBy` phrase.
    ...entries('usual', byProfessional(content.baseline?.knownBy)),
    ...entries('usualPseudo', content.baseline?.pseudo ?? []),
    ...entries('usualAttribution', content.baseline?.attribution ?? []),
    ...entries('usualCondition', content.baseline?.conditions ?? []),
    ...entries('usualResidual', content.baseline?.residual ?? []),
    ...entries('usualLongAgo', content.baseline?.longAgo ?? []),
    ...entries('usualQualifier', content.baseline?.qualifiers ?? []),
    ...(content.baseline?.conditionsFor ?? []).flatMap((g, i) => entries(`usualConditionFor:${i}`, g.conditions)),
    ...entries('usualContrast', content.baseline?.contrast ?? []),
  ];
  // Concepts that say a context was long ago are read like contexts: history does not switch them off.
  const distantEntries = Object.values(content.distantContexts).flatMap((concept) =>
    entries(`ctx:${concept}`, content.concepts[concept] ?? []),
  );
  const symptomEntries = [
    ...entries('symptom', content.symptomCues),
    ...entries('person', content.symptomPersons),
  ];
  // New signs are read like concepts, so a negated one ("no fever") does not count (round 12).
  const newSignEntries = entries('newSign', clearance?.newSigns ?? []);
  // What is new or never anyone's usual is read like a concept too ("not worse" does not count; round 20).
  const baselineEntries = [
    ...entries('usualChange', content.baseline?.change ?? []),
    ...entries('usualNever', content.baseline?.never ?? []),
  ];
  // Cue words are known words too, so a typo fix never turns one into another ("thought" is not "through"; round 7).
  words.learn(
    [...conceptEntries, ...symptomEntries, ...newSignEntries, ...baselineEntries, ...cueEntries].flatMap((e) => e.words),
  );
  const wordSet = (list: readonly string[]) => new Set(list.flatMap((p) => words.phrase(p)));
  const compiled: Compiled = {
    words,
    flags: content.flags.map((flag) => ({
      flagId: flag.id,
      category: flag.category,
      kind: flag.kind,
      advice: flag.advice,
      patterns: flag.patterns.map((p) => ({
        concepts: p.all,
        within: p.within,
        ...(p.context ? { context: p.context } : {}),
        except: p.except,
        mention: p.mention,
        acrossSentences: p.acrossSentences,
        evenIfBetter: p.evenIfBetter,
        guessedCausesStand: p.guessedCausesStand,
        evenIfUsual: p.evenIfUsual,
      })),
    })),
    distantContexts: new Map(Object.entries(content.distantContexts)),
    distantBefore: new Set(content.distantBefore),
    persons: wordSet(content.symptomPersons),
    concepts: indexPhrases([
      ...conceptEntries,
      ...contextEntries,
      ...distantEntries,
      ...symptomEntries,
      ...newSignEntries,
      ...baselineEntries,
    ]),
    hedges: indexPhrases(entries('hedge', content.hedges)),
    contexts: Object.entries(content.contexts),
    cues: indexPhrases(cueEntries),
    ownNowTurns: indexPhrases(entries('ownNowTurn', content.hypothetical.ownNowTurns)),
    ownTurns: indexPhrases(
      entries('ownTurn', [...content.hypothetical.ownTurns, ...content.hypothetical.ownNowTurns]),
    ),
    crisisLineBeside: new Set(content.crisisLineCues?.besideCategories ?? []),
    window: negation.window,
    simileCauses: new Set(content.similes?.causes ?? []),
    definitionNames: new Set(content.definitions?.names ?? []),
    hypotheticalWindow: content.hypothetical.window,
    scopeStarters: wordSet(negation.scopeStarters),
    joiners: wordSet(negation.joiners),
    continuation: wordSet(content.continuation),
    questionStarts: wordSet(content.hypothetical.questionStarts),
    // A change said in a past clause ("had migraines for years, never this bad") still says it is new (round 20).
    timeless: new Set([...content.history.timeless, 'usualChange', 'usualNever']),
    // Concepts of the crisis flags: a dream, a song or a test of the bot does not stand them down (round 27).
    crisisConcepts: new Set(content.flags.filter((f) => f.kind === 'crisis').flatMap((f) => f.patterns.flatMap((p) => p.all))),
    baselineFlags: new Set(content.baseline?.flags ?? []),
    conditionGroups: (content.baseline?.conditionsFor ?? []).map((g, i) => ({
      tag: `usualConditionFor:${i}`,
      flags: new Set(g.flags),
    })),
  };
  compiledContent.set(content, compiled);
  return compiled;
}

function indexPhrases(entries: readonly Entry[]): PhraseIndex {
  const index = new Map<string, Entry[]>();
  for (const entry of entries) {
    const first = entry.words[0]!;
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  return index;
}

function findAll(tokens: readonly string[], index: PhraseIndex, hedges?: PhraseIndex): Map<string, Match[]> {
  const found = new Map<string, Match[]>();
  // Where the next hedge word starts at or after each token (round 40): a phrase is read past a hedge only when one
  // stands inside its reach, so messages with no degree word cost nothing more.
  const nextHedge = new Array<number>(tokens.length + 1).fill(tokens.length);
  if (hedges && hedges.size > 0) {
    for (let i = tokens.length - 1; i >= 0; i -= 1) nextHedge[i] = hedges.has(tokens[i]!) ? i : nextHedge[i + 1]!;
  }
  tokens.forEach((token, start) => {
    // Most tokens are one lexicon word: their phrase list is used as it is, not copied (copying the long lists of
    // common first words for every token made the longest messages four times slower; round 21).
    const words = numberWords(token);
    const entries = words.length === 1 ? index.get(words[0]!) : words.flatMap((word) => index.get(word) ?? []);
    const hedgeNear = hedges !== undefined && nextHedge[start + 1]! < tokens.length;
    for (const entry of entries ?? []) {
      const end = entry.words.every((word, k) => sameWord(tokens[start + k], word))
        ? start + entry.words.length
        : hedgeNear && nextHedge[start + 1]! < start + entry.words.length
          ? hedgedEnd(tokens, start, entry.words, hedges)
          : -1;
      if (end < 0) continue;
      const list = found.get(entry.tag) ?? [];
      list.push({ start, end });
      found.set(entry.tag, list);
    }
  });
  return found;
}

/**
 * Round 40 (en40): where a phrase ends when one degree word (`hedges`: "a tiny bit", "slightly") stands between two of
 * its words ("lips feel a tiny bit tingly" read as "lips feel tingly"), or -1. Only one hedge, never before the first
 * word, and only when the exact phrase did not match: a degree changes how much, never what, so the concept holds.
 */
function hedgedEnd(tokens: readonly string[], start: number, words: readonly string[], hedges: PhraseIndex): number {
  if (words.length < 2) return -1;
  let at = start;
  let skipped = false;
  for (let k = 0; k < words.length; k += 1) {
    if (sameWord(tokens[at], words[k]!)) {
      at += 1;
      continue;
    }
    if (k === 0 || skipped) return -1;
    const hedge = (hedges.get(tokens[at] ?? '') ?? [])
      .filter((h) => h.words.every((word, j) => sameWord(tokens[at + j], word)))
      .reduce((longest, h) => Math.max(longest, h.words.length), 0);
    if (hedge === 0 || !sameWord(tokens[at + hedge], words[k]!)) return -1;
    at += hedge + 1;
    skipped = true;
  }
  return at;
}

/**
 * Reads one sentence: finds every concept and cue, then keeps only the concept matches that are
 * not switched off by a negation or hypothetical cue, not inside an everyday phrase, and (for
 * symptoms, not contexts or `timeless` concepts) not in a clause about the past. A sentence about an
 * animal, a thing or a story (`otherSubjects`) keeps only its contexts.
 */
function readSentence(tokens: readonly string[], c: Compiled, ownNow = false, ownTurn = false): TextWindow {
  const cues = findAll(tokens, c.cues);
  const get = (tag: string) => cues.get(tag) ?? NO_MATCHES;
  const found = findAll(tokens, c.concepts, c.hedges);
  // "during the movie" is where it happened, not a story (round 14).
  const settings = get('fictionSetting');
  const fiction = outside(get('fiction'), settings);
  // A dream, a song or a test of the bot frames every sign but a crisis (round 27).
  const personalFiction = outside(get('fictionPersonal'), settings);
  // "took them all at once" holds the cue "once" but dates nothing (round 10).
  const historyPseudo = get('historyPseudo');
  // "She hasn't had a seizure before" tells a first one, not a past one (round 57).
  const historyDenials = get('historyDenied');
  const history = outside(get('history'), historyPseudo).filter(
    (cue) => !historyDenials.some((denial) => denial.end === cue.start || denial.end + 1 === cue.start),
  );
  // A date of weeks right after an operation, a birth or a flight dates that event, not the sign beside it (round 51).
  const signDates = outside(history, get('eventDate').filter((date) => datesAnEvent(date, found, c)));
  // A scope-ending word inside a time anchor ("a week ago today") does not start a new clause.
  const scopeEnds = get('scopeEnd').filter((m) => !history.some((h) => h.start <= m.start && h.end >= m.end));
  const clauses = clauseIds(tokens, scopeEnds, c);
  // Clauses before this one are about an animal, a thing or a story, not a person's body.
  const persons = found.get('person') ?? NO_MATCHES;
  const personFrom = aboutOtherSubject(
    tokens,
    clauses,
    get('otherSubject'),
    [...fiction, ...personalFiction],
    get('fictionTurn'),
    persons,
  );
  const crisisFrom =
    personalFiction.length === 0
      ? personFrom
      : aboutOtherSubject(tokens, clauses, get('otherSubject'), fiction, get('fictionTurn'), persons);
  // A story with no turn frames the whole sentence: the urgency model does not read it either (round 27). Not a dream, a
  // song or a test of the bot, where a crisis in words the lexicon lacks may still be the writer's.
  if (fiction.length > 0 && crisisFrom === Number.POSITIVE_INFINITY) cues.set(STORY, [{ start: 0, end: tokens.length }]);
  // An everyday phrase hides its words from concept phrases that only share part of it ("hot" in "hot tub");
  // a concept phrase that holds the whole of it names that very thing ("the hot tub", "can't stand the light"). Round 9.
  const ignoredSpans = get('ignore');
  const hidden = (m: Match) =>
    ignoredSpans.some((i) => i.start < m.end && m.start < i.end && !(m.start <= i.start && i.end <= m.end));
  const pseudo = get('pseudo');
  // "can't … without X", "never … without X": a double negative says X happens (round 18). The "without" and the cue that
  // opened the pair (when it is one, as "never" is) are dropped.
  const firsts = get('doubleFirst');
  const doubled = get('doubleSecond').flatMap((second) => {
    const first = firsts.find((f) => f.end <= second.start && clauses[f.start] === clauses[second.start]);
    return first ? [first, second] : [];
  });
  const negationCues = get('negation').filter(
    (cue) =>
      !pseudo.some((p) => p.start <= cue.start && p.end >= cue.end) &&
      !doubled.some((d) => d.start <= cue.start && d.end >= cue.end),
  );
  // "or anything like that" ends a list vaguely; its "like that" compares nothing (round 27).
  const comparativeClauses = new Set(outside(get('comparative'), get('extender')).map((m) => clauses[m.start]));
  const negated = scopes(
    tokens,
    negationCues.filter((cue) => !comparativeClauses.has(clauses[cue.start])),
    c.window,
    listClauses(tokens, clauses, c),
  );
  // "as if", "not sure if", "is it normal if" hold a cue's first word but frame nothing hypothetical; "every time I stand"
  // holds the question word "every" but tells how often a sign comes now, not a question about every case (round 28).
  const hypotheticalPseudo = get('hypotheticalPseudo');
  // A risk question may follow a preface and a pause ("my son is diabetic, could the massage make him pass out?"; round 48):
  // it is read as about risk from its question word on, and the preface keeps its own signs ("my lips are swelling, can it
  // …" still tells swollen lips). Crisis words keep their reading there: "out of interest, how many of my antidepressants
  // would be dangerous" asks about a means, the safer reading.
  const riskAbout = outside(get('questionAbout'), hypotheticalPseudo);
  const riskFrom = tokens.findIndex(
    (token, k) =>
      (k === 0 || tokens[k - 1] === SOFT_BREAK) && c.questionStarts.has(token) && riskAbout.some((m) => m.start >= k),
  );
  const riskQuestion = riskFrom === 0;
  // "if my leg swells up after the flight" frames what may happen; "if my chest is this tight" or "if the
  // pain gets worse" asks about now.
  const conditionals = get('conditional').filter((cue) => {
    const pause = tokens.indexOf(SOFT_BREAK, cue.end);
    const clauseEnd = pause < 0 ? tokens.length : pause;
    return (
      get('conditionalFuture').some((m) => m.start >= cue.end) &&
      !get('conditionalNow').some((m) => m.start >= cue.end && m.start < clauseEnd)
    );
  });
  const hypotheticalCues = [...get('hypothetical'), ...conditionals].filter(
    (cue) => !hypotheticalPseudo.some((p) => p.start <= cue.start && p.end > cue.start),
  );
  // A conditional that opens the sentence ("Say I was pregnant and my face swelled up, would that…") frames
  // every clause up to the first pause, not only its own (round 7).
  const opening = conditionals.find((cue) => cue.start <= 1);
  const openingPause = opening ? tokens.indexOf(SOFT_BREAK, opening.end) : -1;
  const openingEnd = opening ? (openingPause < 0 ? tokens.length : openingPause) : 0;
  // A topic's list ends at a pause where the person turns to their own sign ("…asks about chest pain, I have it now";
  // round 31): the list after a form's question is its topic, the clause told in the first person is not. A turn that
  // opens with a conjunction ("but my") needs no pause ("I was going to ask about prices but my mum just collapsed"; round
  // 39): what the person meant to ask about is the topic, the news after it is told.
  const turns = get('topicTurn');
  const unpausedTurns = get('topicTurnUnpaused');
  const pausedTurnAt = (k: number) => tokens[k] === SOFT_BREAK && turns.some((m) => m.start === k + 1);
  // Round 53 (lead, dev 53A read): a risk question that opens the sentence frames it up to a pause where the writer turns to
  // their own sign, as a topic's list does ("how common is a clot after lipo, my calf is swollen red and hot": the calf is
  // told, not asked about).
  const riskTurn = riskQuestion ? tokens.findIndex((_token, k) => pausedTurnAt(k)) : -1;
  const riskEnd = riskTurn < 0 ? tokens.length : riskTurn;
  const topics = get('topic').map((t) => {
    const turn = tokens.findIndex(
      (_token, k) => k >= t.end && (pausedTurnAt(k) || unpausedTurns.some((m) => m.start === k)),
    );
    return { start: t.start, end: turn < 0 ? t.end + c.hypotheticalWindow : Math.min(turn, t.end + c.hypotheticalWindow) };
  });
  // A question the message turns to the writer's own moment (`ownNowTurns`; round 34) frames nothing.
  const ownQuestion = ownNow && c.questionStarts.has(tokens[0] ?? '');
  const hypothetical = ownQuestion
    ? tokens.map(() => false)
    : riskQuestion
    ? tokens.map((_token, i) => i < riskEnd)
    : // A hypothetical cue covers its own words too: "about fainting" is not a faint.
      scopes(
        tokens,
        hypotheticalCues.map((m) => ({ start: m.start, end: m.start + 1 })),
        c.hypotheticalWindow,
        clauses,
      ).map(
        (inScope, i) =>
          inScope ||
          (opening !== undefined && i >= opening.start && i < openingEnd) ||
          // A topic cue ("we cover", "an essay on") frames the list after it, commas and all (round 19).
          topics.some((t) => i >= t.start && i < t.end),
      );
  // A present word inside a time anchor ("a week ago today") dates the event; it does not make it now.
  // Nor does a present word inside an action ("getting off the table", "just a faint": `history.presentPseudo`; round 18).
  const presentClauses = new Set(
    outside(get('present'), [...history, ...get('presentPseudo')]).map((m) => clauses[m.start]),
  );
  const pastClauses = new Set(
    signDates.map((m) => clauses[m.start]).filter((clause) => !presentClauses.has(clause)),
  );
  // A time anchor that opens the sentence ("Last summer I got stung and my lip swelled up") dates the
  // clauses joined after it by "and" too. It stops at a comma ("history of DVT, calf swollen now" is a
  // list of facts) and at the first clause said in the present ("…and my calf is swollen") or now.
  const opener = signDates.find((m) => m.start <= 1 && pastClauses.has(clauses[m.start]));
  if (opener) {
    const presentVerbClauses = new Set(get('presentVerb').map((m) => clauses[m.start]));
    // An anchor that is its whole clause ("two years ago, fainted in the steam room") dates the clause after its comma:
    // the comma only sets the date apart, while "history of DVT, calf swollen now" tells a fact before it (round 51).
    const anchorAlone = tokens[opener.end] === SOFT_BREAK;
    for (let i = 1; i < tokens.length; i += 1) {
      const clause = clauses[i] ?? 0;
      if (clause === clauses[i - 1]) continue;
      const afterAnchor = anchorAlone && (i === opener.end || i === opener.end + 1);
      if ((tokens[i] === SOFT_BREAK || tokens[i - 1] === SOFT_BREAK) && !afterAnchor) break;
      if (presentClauses.has(clause) || presentVerbClauses.has(clause)) break;
      pastClauses.add(clause);
    }
  }
  // What a denial switches off (round 29): the urgency model leaves out a piece of the message that only denies.
  const denied = [...found]
    .filter(([tag]) => tag !== 'person')
    .flatMap(([, matches]) => matches.filter((m) => negated[m.start]));
  if (denied.length > 0) cues.set(DENIED, denied);
  const valid = new Map<string, Match[]>();
  for (const [tag, matches] of found) {
    const isContext = tag.startsWith('ctx:');
    const kept = matches.filter(
      (m) =>
        (isContext || clauses[m.start]! >= (c.crisisConcepts.has(tag) ? crisisFrom : personFrom)) &&
        !negated[m.start] &&
        (!hypothetical[m.start] || (ownTurn && c.crisisConcepts.has(tag))) &&
        !(riskFrom > 0 && !ownNow && m.start >= riskFrom && !c.crisisConcepts.has(tag)) &&
        !hidden(m) &&
        (isContext || c.timeless.has(tag) || !pastClauses.has(clauses[m.start])),
    );
    if (kept.length > 0) valid.set(tag, kept);
  }
  // A resolved cue inside a phrase that says a change ("it's gone purple": `history.resolvedPseudo`) is no all-clear:
  // "gone" there means "become" (round 17).
  const resolved = cues.get('resolved');
  if (resolved) cues.set('resolved', outside(resolved, get('resolvedPseudo')));
  // A return cue that goes on to a feeling ("she's fine, but now I'm nervous": `history.returnedPseudo`) brings no sign back
  // (round 33).
  const returned = cues.get('returned');
  if (returned) cues.set('returned', outside(returned, get('returnedPseudo')));
  // A question about people at large that names nobody in particular (round 21): "does MLD ever make people faint?", but
  // not "can people tell I'm fainting?" nor one that compares with now ("do people get this breathless", "still", "worse":
  // the conditional's `now` words). Marked over the whole sentence; `readForSafety` stands its matches down unless the
  // person's own context (recent surgery, pregnancy…) is known.
  if (
    !ownNow &&
    c.questionStarts.has(tokens[0] ?? '') &&
    get('questionGeneric').length > 0 &&
    !tokens.some((t) => c.persons.has(t)) &&
    get('conditionalNow').length === 0
  )
    cues.set('aboutPeople', [{ start: 0, end: tokens.length }]);
  return { concepts: valid, cues: withoutNegatedAllClears(cues, negationCues, clauses) };
}

/**
 * Whether a date told right after an operation, a birth or a flight ("bleeding heavily after my c-section two weeks ago",
 * "swollen calf since the flight two weeks ago") dates that event, not the sign told beside it (round 51; only the dates of
 * `history.eventDates`, weeks: "my tummy tuck in January" may be long over). A date the context's distant words
 * put far back still dates the clause.
 */
function datesAnEvent(date: Match, found: ReadonlyMap<string, readonly Match[]>, c: Compiled): boolean {
  return c.contexts.some(([contextId, concept]) => {
    const distant = c.distantContexts.get(contextId);
    if (distant === undefined) return false;
    const farBack = (found.get(`ctx:${distant}`) ?? NO_MATCHES).some((d) => d.start < date.end && date.start < d.end);
    return (
      !farBack &&
      (found.get(`ctx:${concept}`) ?? NO_MATCHES).some((e) => e.end <= date.start && date.start - e.end <= EVENT_DATE_REACH)
    );
  });
}

/** How many words may come between an event and its date ("my lipo about two weeks ago": "about"). */
const EVENT_DATE_REACH = 1;

/** The matches that lie inside none of `spans` ("once" is no time cue inside "at once"). */
function outside(matches: readonly Match[], spans: readonly Match[]): Match[] {
  return matches.filter((m) => !spans.some((span) => span.start <= m.start && span.end >= m.end));
}

/** The word a dropped apostrophe leaves after an owner ("neighbour's" → "neighbour s"), and how many words the owner may take. */
const POSSESSIVE = 's';
const POSSESSOR_REACH = 3;

/** How many words may come between a simile ("like") and the everyday cause it compares with ("like the dentist"). */
const SIMILE_REACH = 2;

/** How many words may come between "is having" and the condition's name ("is having a heart attack": "a"). */
const MENTION_NOW_REACH = 1;

/** How many words may come between "if" and "is having" for the "if" to make it a condition ("if my dad is having"). */
const MENTION_NOW_CONDITION_REACH = 3;

/**
 * How many words may come between the condition's name and "having one" after it ("a stroke, I think my dad is having one").
 * Within the name's sentence only: "what is a stroke? I think my dad is having one" is still missed (an open problem).
 */
const MENTION_NOW_AFTER_REACH = 10;

/** How many words may come between a guess ("maybe") and the cause it guesses ("I overdid it at the gym"). */
const GUESS_REACH = 6;

/** How close before an all-clear a negation must end to deny it ("won't settle", "hasn't really settled"). */
const ALL_CLEAR_NEGATION_REACH = 2;

/**
 * An all-clear that is denied is no all-clear (round 16): "won't settle", "hasn't settled", "not gone away", "not
 * better now" say the sign goes on. A resolved cue is dropped when a negation cue of its own clause ends at most
 * two words before it; a negation further back ("didn't go to A&E, it settled") is another clause's.
 */
function withoutNegatedAllClears(
  cues: Map<string, Match[]>,
  negations: readonly Match[],
  clauses: readonly number[],
): Map<string, Match[]> {
  const denied = (m: Match) =>
    negations.some(
      (n) => n.end <= m.start && m.start - n.end <= ALL_CLEAR_NEGATION_REACH && clauses[n.start] === clauses[m.start],
    );
  // A return that is denied is no return either (round 28): "settled within the hour and never came back".
  for (const tag of ['resolved', 'resolvedNext', 'returned']) {
    const matches = cues.get(tag);
    if (matches) cues.set(tag, matches.filter((m) => !denied(m)));
  }
  return cues;
}

/**
 * From which clause on the sentence is about a person's body (0: all of it). A story ("in my novel", "in the film") is
 * about no one (every clause is skipped). A sentence that starts with an animal or a thing, its own or someone else's
 * ("my dog had a seizure", "my neighbour's dog collapsed", "my laptop can't breathe"), is about that subject until the
 * first clause naming a person other than its owner: "my dog knocked me over" names me in its own clause (all of it
 * counts); "my mum's cat had a fit last night, anyway can I move my appointment?" turns to me only after the fit
 * (round 19). A thing named further on ("sat watching telly and got a tight chest") is where it happened, not whose
 * body it is.
 */
function aboutOtherSubject(
  tokens: readonly string[],
  clauses: readonly number[],
  subjects: readonly Match[],
  fiction: readonly Match[],
  fictionTurns: readonly Match[],
  persons: readonly Match[],
): number {
  // A story frames the whole sentence, unless the writer turns to their own moment after it ("I was writing a story
  // when my chest started crushing"): from that clause on the signs are theirs (round 24; rule 1, the safer reading).
  if (fiction.length > 0) {
    const storyStart = Math.min(...fiction.map((f) => f.start));
    const turn = fictionTurns.find((t) => t.start > storyStart);
    return turn ? clauses[turn.start]! : Number.POSITIVE_INFINITY;
  }
  // Someone's animal or thing opens the sentence too ("my neighbour's dog collapsed", "Jo's laptop died"; round 19).
  const owned = (s: Match) => s.start <= POSSESSOR_REACH + 1 && tokens[s.start - 1] === POSSESSIVE;
  const opening = subjects.filter((s) => s.start <= 1 || owned(s));
  if (opening.length === 0) return 0;
  // A person word right before the subject, or inside its owner's words, is its owner ("my dog", "my sister's cat"),
  // not a person the sentence is about.
  // A person word inside any subject's words is no person either ("her op", "can I").
  const owner = (p: Match) =>
    subjects.some((s) => s.start <= p.start && s.end >= p.end) ||
    opening.some((s) => p.end === s.start || (owned(s) && p.end < s.start));
  const first = persons.filter((p) => !owner(p)).map((p) => clauses[p.start]!);
  return first.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...first);
}

/** Clause number of each token: a clause ends at a comma, a scope-ending word, or "and"/"or" before a new subject. */
function clauseIds(tokens: readonly string[], scopeEnds: readonly Match[], c: Compiled): number[] {
  const ends = new Set(scopeEnds.map((m) => m.start));
  let clause = 0;
  return tokens.map((token, i) => {
    const joinerStartsClause = c.joiners.has(token) && c.scopeStarters.has(tokens[i + 1] ?? '');
    if (token === SOFT_BREAK || ends.has(i) || joinerStartsClause) clause += 1;
    return clause;
  });
}

/**
 * Clause ids where a comma that only separates list items ("no swelling, pain or redness") is not a
 * boundary: the part after the comma does not start a new subject and holds "or"/"nor" before the next
 * boundary. Every other comma ends a negation ("no fever, leg red and hot" is a red leg).
 */
function listClauses(tokens: readonly string[], clauses: readonly number[], c: Compiled): number[] {
  const merged = [...clauses];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== SOFT_BREAK || c.scopeStarters.has(tokens[i + 1] ?? '')) continue;
    let j = i + 1;
    let hasOr = false;
    while (j < tokens.length && clauses[j] === clauses[i + 1]) {
      if (tokens[j] === 'or' || tokens[j] === 'nor') hasOr = true;
      j += 1;
    }
    if (!hasOr) continue;
    for (let k = i; k < j; k++) merged[k] = merged[i - 1] ?? merged[k]!;
  }
  return merged;
}

/** Tokens a cue switches off: forward from the cue, inside its clause, at most `window` words. */
function scopes(
  tokens: readonly string[],
  cues: readonly Match[],
  window: number,
  clauses: readonly number[],
): boolean[] {
  const off = tokens.map(() => false);
  for (const cue of cues) {
    const clause = clauses[cue.start];
    for (let i = cue.end, words = 0; i < tokens.length && words < window; i++, words++) {
      if (clauses[i] !== clause) break;
      off[i] = true;
    }
  }
  return off;
}

/** Every sentence's window as one, each shifted to where its sentence starts: one pass, however many sentences. */
function joinAll(windows: readonly TextWindow[], offsets: readonly number[]): TextWindow {
  const join = (pick: (w: TextWindow) => ReadonlyMap<string, readonly Match[]>) => {
    const out = new Map<string, Match[]>();
    windows.forEach((w, i) => {
      const offset = offsets[i]!;
      for (const [tag, matches] of pick(w)) {
        const list = out.get(tag) ?? [];
        for (const m of matches)
          list.push(offset === 0 ? m : { start: m.start + offset, end: m.end + offset });
        out.set(tag, list);
      }
    });
    return out;
  };
  return { concepts: join((w) => w.concepts), cues: join((w) => w.cues) };
}

function joinWindows(first: TextWindow, second: TextWindow, offset: number): TextWindow {
  const join = (a: ReadonlyMap<string, readonly Match[]>, b: ReadonlyMap<string, readonly Match[]>) => {
    const out = new Map<string, Match[]>();
    for (const [tag, matches] of a) out.set(tag, [...matches]);
    for (const [tag, matches] of b) {
      const shifted = matches.map((m) => ({ start: m.start + offset, end: m.end + offset }));
      out.set(tag, [...(out.get(tag) ?? []), ...shifted]);
    }
    return out;
  };
  return { concepts: join(first.concepts, second.concepts), cues: join(first.cues, second.cues) };
}

/**
 * Round 40 (lead): whether a `mentionNowCues` word stands right before the match ("is having a stroke"), and no
 * `mentionNowUnless` word a little before that ("can it tell if I'm having a heart attack?", "what do I do if my dad is
 * having a stroke").
 */
function toldAsNow(w: TextWindow, span: Match): boolean {
  const conditions = cuesOf(w, 'mentionNowUnless');
  const conditional = (n: Match) =>
    conditions.some((u) => u.end <= n.start && n.start - u.end <= MENTION_NOW_CONDITION_REACH);
  return (
    cuesOf(w, 'mentionNow').some(
      (n) => n.end <= span.start && span.start - n.end <= MENTION_NOW_REACH && !conditional(n),
    ) ||
    // Round 44 (lead): "having one" after the name stands for it ("whats a heart attack feel like, think im having one").
    cuesOf(w, 'mentionNowAfter').some(
      (n) => n.start >= span.end && n.start - span.end <= MENTION_NOW_AFTER_REACH && !conditional(n),
    )
  );
}

/** Where the pattern matches in the window (the tightest stretch), or null. */
function patternSpan(
  w: TextWindow,
  pattern: Pattern,
  known: ReadonlySet<string>,
  simileCauses: ReadonlySet<string>,
  definitionNames: ReadonlySet<string>,
): Match | null {
  if (pattern.context && !pattern.context.some((context) => known.has(context))) return null;
  const defined = definedNames(w, definitionNames);
  const perConcept = pattern.concepts.map((id) => {
    const matches = w.concepts.get(id) ?? NO_MATCHES;
    return defined && definitionNames.has(id) ? matches.filter((m) => !defined(m)) : matches;
  });
  if (perConcept.some((matches) => matches.length === 0)) return null;
  // An exception said before a turn to earnest ("only joking, but seriously my chest is crushing") is taken back (round 16).
  const serious = cuesOf(w, 'serious');
  // An everyday cause one or two words after a simile is a comparison ("red like sunburn only on one leg"; round 18).
  const similes = cuesOf(w, 'simile');
  const compared = (id: string, m: Match) =>
    simileCauses.has(id) && similes.some((s) => s.start < m.start && m.start - s.end <= SIMILE_REACH);
  // A cause only guessed at ("maybe I overdid it at the gym") stands nothing down where the pattern says so (round 28).
  const guesses = pattern.guessedCausesStand ? cuesOf(w, 'guess') : NO_MATCHES;
  const guessed = (m: Match) => guesses.some((g) => g.end <= m.start && m.start - g.end <= GUESS_REACH);
  const standsDown = (id: string, m: Match) =>
    !serious.some((s) => s.start >= m.end) && !compared(id, m) && !guessed(m);
  if (pattern.except.some((id) => (w.concepts.get(id) ?? NO_MATCHES).some((m) => standsDown(id, m)))) return null;
  const span = tightestSpan(perConcept);
  if (!span || span.end - span.start > pattern.within) return null;
  // Round 40 (lead): a condition's name told as happening now ("my dad is having a heart attack right now, what do I
  // do?") is an event: the sentence's question ("what do I do", "what are the signs") asked nothing about risk. Before,
  // any risk cue in the sentence ("do", "signs") stood the name down.
  if (pattern.mention && (w.cues.get('risk') ?? NO_MATCHES).length > 0 && !toldAsNow(w, span)) return null;
  // "…but it's fine now": a resolved cue after the match makes it a past event, unless feeling better is no all-clear
  // for this sign (`evenIfBetter`).
  if (pattern.evenIfBetter) return span;
  // The match may end on a time word ("now") that opens the all-clear itself ("…a convulsion at 18 months, she's 4 now and
  // fine"): the all-clear owns that word, so it is after the match too (round 15). Only a time word: "won't stop after
  // 40 minutes" is no "stop after".
  const last = span.end - 1;
  const endsOnTimeWord = cuesOf(w, 'present').some((m) => m.start === last && m.end === span.end);
  // An all-clear followed by the sign's return ("it passed after ten minutes, but now it's back") clears nothing (round 20).
  const returned = cuesOf(w, 'returned');
  return cuesOf(w, 'resolved').some(
    (m) =>
      (m.start >= span.end || (endsOnTimeWord && m.start === last && m.end > span.end)) &&
      !returned.some((r) => r.start >= m.end),
  )
    ? null
    : span;
}

/**
 * Round 44 (fa44): a condition's name right after a question of what it is or means ("what is sepsis?", "what does
 * anaphylaxis mean", "what does a seizure look like") is the topic asked about, not a sign: that name's match is
 * dropped, while every other word of the window still counts ("what does a stroke look like, his face is drooping" keeps
 * the drooping face). Not when the window says it is now or the person has it ("what is sepsis, I think he has it now").
 */
function definedNames(w: TextWindow, names: ReadonlySet<string>): ((m: Match) => boolean) | null {
  // Null when the window asks no definition: most windows, so their matches are not copied for each pattern.
  const cues = names.size > 0 ? cuesOf(w, 'definition') : NO_MATCHES;
  if (cues.length === 0 || hasCue(w, ['present', 'current'])) return null;
  // Round 45 (en45): nor a name told as happening after it ("what is a stroke? I think my dad is having one").
  return (m) => cues.some((d) => d.end <= m.start && m.start - d.end <= DEFINITION_REACH) && !toldAsNow(w, m);
}

/** How many words ("a", "an") may stand between a definition question and the name it asks about. */
const DEFINITION_REACH = 1;

function cuesOf(w: TextWindow, tag: string): readonly Match[] {
  return w.cues.get(tag) ?? NO_MATCHES;
}

/**
 * A clinician put the symptom down to a named everyday cause in the same window ("GP confirmed it's
 * Bell's palsy, my face is still weak"), and no relapse cue comes after ("but now my arm is weak too").
 * A new red-flag sign in the window (`newSigns`: breathless, a fever, spreading; round 12) is not what the
 * clinician explained: "surgeon said the tightness is expected, now I'm breathless" stays urgent.
 */
function diagnosedAs(w: TextWindow): boolean {
  const by = cuesOf(w, 'diagnosedBy');
  const named = cuesOf(w, 'diagnosis');
  if (by.length === 0 || named.length === 0 || hasCue(w, ['current'])) return false;
  if ((w.concepts.get('newSign') ?? NO_MATCHES).length > 0) return false;
  return !cuesAfter(w, ['relapse'], Math.max(...[...by, ...named].map((m) => m.start)));
}

function hasCue(w: TextWindow, tags: readonly string[]): boolean {
  return tags.some((tag) => cuesOf(w, tag).length > 0);
}

function cuesBefore(w: TextWindow, tags: readonly string[], until: number): boolean {
  return tags.some((tag) => cuesOf(w, tag).some((m) => m.start < until));
}

function cuesAfter(w: TextWindow, tags: readonly string[], from: number): boolean {
  return tags.some((tag) => cuesOf(w, tag).some((m) => m.start > from));
}

/**
 * The context's words are followed closely by words that put them long ago or still to come ("my surgery 10 years ago",
 * "flying to Dubai next month"), or, for a `distantBefore` context, come right after such words ("next week, long flight":
 * round 24, fa24).
 */
function isDistant(w: TextWindow, contextId: string, m: Match, c: Compiled): boolean {
  const concept = c.distantContexts.get(contextId);
  if (concept === undefined) return false;
  return (w.concepts.get(`ctx:${concept}`) ?? NO_MATCHES).some(
    (a) =>
      (a.start >= m.end && a.start - m.end <= DISTANT_AFTER_REACH) ||
      (c.distantBefore.has(contextId) && a.end <= m.start && m.start - a.end <= DISTANT_BEFORE_REACH),
  );
}

/** How many words may come between a context and the words after it that date it ("my surgery was 10 years ago"). */
const DISTANT_AFTER_REACH = 4;
/** And between dating words and the context right after them ("next week, long flight"; round 24). */
const DISTANT_BEFORE_REACH = 2;

/** The shortest stretch holding one match of every concept (the lists are short, so plain search). */
function tightestSpan(perConcept: readonly (readonly Match[])[]): Match | null {
  let best: Match | null = null;
  const visit = (k: number, start: number, end: number): void => {
    if (best && end - start >= best.end - best.start) return;
    if (k === perConcept.length) {
      best = { start, end };
      return;
    }
    for (const m of perConcept[k]!) visit(k + 1, Math.min(start, m.start), Math.max(end, m.end));
  };
  visit(0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
  return best;
}
