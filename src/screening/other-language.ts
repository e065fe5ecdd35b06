import { z } from 'zod';
import { parseContent, readYamlFile } from '../content/content-file';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from '../content/spa';
import { ContentError } from '../errors';
import { joinSpacedLetters } from '../language/normalize-utterance';
import {
  compileNumberReadings,
  type NumberReadings,
  type NumberReadingsContent,
  NumberReadingsSchema,
} from './number-readings';
import { RED_FLAGS_FILE } from './red-flags-content';

export const OTHER_LANGUAGES_FILE = 'other-languages.yaml';

const TEXT = z.string().trim().min(1);
const WORDS = z.array(TEXT).min(1);
/**
 * One emergency entry: groups of word starts, each group needing one in the message; or the same with
 * `unless`, everyday causes that stand that entry down ("quemadura de sol" for a red, swollen leg).
 */
const EntrySchema = z.union([
  z.array(WORDS).min(1),
  z.object({ all: z.array(WORDS).min(1), unless: WORDS }).strict(),
]);

const LanguageSchema = z
  .object({
    // Round 24 (miss24): a language typed in Latin letters though it has its own script gets its own lexicon, coded
    // "<code>-latn" (Russian as "ya hochu umeret", Greek as "thelo na pethano", Arabic as "baddi mout").
    // Round 26 (lang26b): "<code>-deva" for a language in Devanagari beside its Latin-letter lexicon ("hi" is
    // Hinglish).
    code: z.string().regex(/^[a-z]{2}(-latn|-deva)?$/),
    name: TEXT,
    markers: WORDS,
    distinctive: z.array(TEXT).default([]),
    negation: z.array(TEXT).default([]),
    /**
     * Round 28 (lang28): "nor" words ("ni", "nem", "né") that carry a denial said earlier in the same sentence on through a
     * list ("no tengo fiebre ni rojez"). Alone they deny nothing: "né" folds to "ne", also Italian for "of it", and "nem
     * consigo respirar" (can't even breathe) is a sign.
     */
    listNegation: z.array(TEXT).default([]),
    /**
     * Round 44 (lang44, batch 39 read): a `negation` cue that, with the verb of being able after it, tells an inability, not a
     * denial ("sin poder respirar", "sem conseguir falar", "sans pouvoir bouger": without being able to breathe, speak, move).
     * A cue inside such a phrase denies nothing; the same cue elsewhere ("sin fiebre") still does. Only verbs of being able:
     * no sign word follows them as a denial.
     */
    inability: z.array(TEXT).default([]),
    /**
     * Round 37 (lang37): "neither … nor" said with the same word twice ("ni roja ni caliente", "nem vermelha nem quente"): the
     * word right after either one is denied with no other negation before it. Only where the pair always means "neither … nor"
     * (not German "noch … noch", also "still … still"), and only the very next word, so "ni puedo respirar ni hablar" (can
     * neither breathe nor speak) keeps its sign.
     */
    pairedListNegation: z.array(TEXT).default([]),
    /**
     * Round 26 (lang26a): negation that follows the word it denies, as in Japanese and Korean ("痛くない", "아프지 않아요"):
     * a cue in the rest of that word or the next one (for Han and kana, the rest of the clause) denies it.
     */
    negationAfter: z.array(TEXT).default([]),
    /**
     * Round 26 (lang26a): question particles that, after the word, make its negation a question ("胸不痛吗", "痛くないですか"):
     * no denial. Judgement call: an asked negation counts as no negation, the safer error.
     */
    questionAfterNegation: z.array(TEXT).default([]),
    /**
     * Round 27 (lang27): a denial that closes the clause after the sign, as Hindi, Punjabi, Urdu, Persian and Bengali put
     * it ("सीने में दर्द नहीं है", "درد ندارم", "ব্যথা নেই"): a cue starting within the three words after the sign word, in
     * its own clause (not past a comma, a sentence mark or a `clauseWords` word such as "लेकिन" or "है"), denies it. Cues are
     * the denial of having or being ("नहीं है"), never a bare "not", which also makes a sign ("साँस नहीं आ रही").
     */
    negationAfterInClause: z.array(TEXT).default([]),
    /**
     * Round 27 (lang27): words that end the sign's clause for `negationAfterInClause`: a conjunction ("लेकिन", "اما",
     * "কিন্তু") or a verb that closes it ("है": "दर्द है बुखार नहीं है" denies only the fever).
     */
    clauseWords: z.array(TEXT).default([]),
    /**
     * Round 26 (lang26a): a script that names this language when a message has letters of it, whatever its common
     * words: kana is Japanese, Hangul Korean and Han (with no kana) Chinese. Han and kana have no spaces between words,
     * so these `markers` cannot be counted as words.
     */
    script: z.enum(['han', 'kana', 'hangul', 'thai']).optional(),
    /**
     * Round 27 (lang27): letters written onto the next word, as Arabic writes "و" (and) and "ف" (so): "وبطني" is "and my
     * belly". A word start also matches after one of them.
     */
    proclitics: z.array(TEXT).default([]),
    /**
     * Round 40 (lang40, batch 35 read): the first letter of a word that changes after the word before it, as the Celtic languages
     * change it (Welsh "twymyn", fever, is "dwymyn" after "o" and "nhwymyn" after "fy"; "gwefusau", lips, is "ngwefusau" after
     * "fy"): each rule's `to` letters stand for `from` at the start of an entry's word start, so one radical form in the lexicon
     * reads every mutated one. `digraphs` are letters of two characters ("ch", "dd", "ll"): a word starting with one changes
     * only by a rule for that digraph ("chwyddo" is no "c" word). A changed form shorter than `MUTATED_MIN_LETTERS` is left out
     * ("goes" as "oes", which is "is there?").
     */
    mutations: z
      .object({
        digraphs: z.array(TEXT).default([]),
        rules: z.array(z.object({ from: TEXT, to: z.array(z.string()).min(1) }).strict()).min(1),
      })
      .strict()
      .optional(),
    /**
     * Phrases that tell no emergency now (a past all-clear, a story, a video, a test): the message is held up to a contrast
     * word, a present-time word or a statement after the question they open (`afterContrast`). Round 49 (lead): no frame of
     * curiosity or of "just asking" was added to the lexicons that lacked one. Judgement call: such a frame is followed by a
     * present emergency with no time word often enough ("只是好奇问一下，我妈妈不能呼吸了", "just curious, my son's lips are
     * swelling"; dev set 43F's author wrote two), and a silenced emergency costs more than the false alarm it saves.
     */
    notNow: z.array(TEXT).default([]),
    /**
     * Round 46 (lead): words that turn a message to something new ("pero", "mais", "aber"). A `notNow` phrase or a date
     * holds up to the first of them said after it, as English ends an all-clear at "but": "ya estoy bien pero mi madre no
     * respira" is an emergency told after one. Round 47 (lead): in Chinese, Japanese and Thai, written without spaces, a contrast
     * word is found inside a run of letters ("今は大丈夫ですが母が…"), as their other phrases are.
     */
    contrast: z.array(TEXT).default([]),
    /** Said anywhere, the event is happening again or still ("pero sigo con dolor"): `notNow` does not hold. */
    relapse: z.array(TEXT).default([]),
    /**
     * A cosmetic cause named (a diet, weight loss, age) stands down the emergency entries whose first
     * group names one of `parts` (the face): "viso cadente dopo la dieta" is sagging, not a stroke.
     */
    cosmetic: z.object({ causes: WORDS, parts: WORDS }).strict().optional(),
    /**
     * Round 19: a language its writers mix with English (Hindi or Urdu in Latin letters, "Hinglish"). Only its emergency
     * and crisis words are read; any other message in it goes on to the English reader (a question with English words
     * in it is answered from the knowledge base), never "this assistant speaks English".
     */
    mixedWithEnglish: z.boolean().default(false),
    /**
     * Round 29 (lang29): a request for a suggestion for oneself or someone close in a language mixed with English ("mere liye
     * kaunsa treatment sahi rahega?"), entries as for `emergency`. Its other messages go on to the English reader, which reads
     * none of these words; this request gets "I speak English" with a person in the language (issue 11 part 6: a message in
     * another language never starts a health check), not an English "I don't know".
     * Round 50 (ho50): in any language, not only one mixed with English: a request for a personal suggestion there is
     * evidence of the language (with one of its common words, or none and no English one) and gets "I speak English" with
     * a person, as a message with two of its common words does.
     */
    personalRequest: z.array(EntrySchema).default([]),
    /**
     * Round 40 (lang40, batch 35 read): a condition named ("infarto", "AVC", "中風", "инсульт") is what a message is about, not
     * an event now, in two frames: a sentence that asks (a question mark closes it, or it holds one of `asked`, the question
     * particles of a language that may leave the mark out: "ありますか") with a word that makes the name a subject in general
     * (`cues`: its signs or causes, whether one can get it, how it differs from another, a dream or a film of it: "¿cuáles son
     * las señales de un infarto?", "mshtuko wa moyo unasababishwa na nini?"); and a name right after a word that puts it behind
     * the person (`after`: "po mrtvici", "после инсульта", "quem teve", a life lived after it). Batch 35: 11 of the 17
     * other-language false alarms named a condition so, in eleven languages, where English reads `hypothetical` and `history`.
     * Only the name (`names`, word starts) is set aside there: a sign told beside it ("¿es un infarto? me duele el pecho")
     * fires as before. Judgement call: not in a sentence that says now (a `presentTime` word of any language read), nor in a
     * message with a `relapse` phrase, as `notNow`; so "¿son síntomas de un infarto lo que tiene ahora?" keeps its name.
     */
    namedTopic: z
      .object({
        names: WORDS,
        cues: z.array(TEXT).default([]),
        asked: z.array(TEXT).default([]),
        /**
         * Round 43 (lang43, batch 38 read): word starts that make the names of their sentence a subject whether or not it asks:
         * a dream told ("soñé que me daba un infarto", "мне приснился инсульт", "rüyamda kalp krizi"), which people tell without a
         * question mark. `cues` hold only in a sentence that asks, as most of them ("causa", "riesgo") also tell an event.
         * Only the names are set aside, as for `cues`: a sign told in the same sentence ("soñé algo y me desperté sin poder
         * respirar") fires as before, and a sentence with a present-time word keeps its names. Nightmares and "in my sleep"
         * are no frames ("es una pesadilla, a mi madre le está dando un ictus" is an event), and the same round's reread took
         * out the definition and "if" cues lang43 had added ("que es", "o que e", "was ist", "y si"): held anywhere in a
         * sentence that asks, they silenced "creo que es un infarto, ¿qué hago?" and "ich glaube, das ist ein Schlaganfall,
         * was ist zu tun?". "What is" stays where it ends no other phrase: right before a name (`after`), or as a cue in
         * Chinese and Japanese ("什么是", "とは"), where anaphylaxis is now a name too.
         */
        frames: z.array(TEXT).default([]),
        after: z.array(TEXT).default([]),
        /**
         * Round 41 (lang41): words that, right before a name (or with one short article between, as `after`), tell it as
         * happening now to a person ("mio marito ha un infarto", "mi madre está teniendo un ictus", "mein Vater hat einen
         * Schlaganfall"), with no topic cue before it in its sentence ("mi sono sognato che mio padre ha un infarto").
         * Such a message is read as a `relapse` is: no `notNow` phrase (a question of the signs, "was sind die
         * Anzeichen?", "quali sono i sintomi?") nor a topic frame stands it down, whatever it then asks, as English reads
         * `mentionNowCues`. Judgement call: the words of a person's present tense, not those of hyperbole ("me da un
         * infarto" with a price) nor the past ("a fait un AVC").
         */
        now: z.array(TEXT).default([]),
        /**
         * Round 41 (lang41): words up to three words before a `now` word (or before the name) that make it a condition or a
         * person in general, not a report ("si mi padre tiene un infarto", "wenn jemand…", "chi ha un infarto").
         */
        nowUnless: z.array(TEXT).default([]),
        /**
         * Round 41 (lang41): words two or fewer after the name that make a `now` word a perfect tense, the past (German and
         * Dutch put the participle after it: "hat einen Schlaganfall gehabt", "heeft een hartaanval gehad").
         */
        nowPast: z.array(TEXT).default([]),
        /**
         * Round 44 (lang44, batch 38 leftover): the same present tense in a language that puts the verb after the name (Turkish
         * "babam kalp krizi geçiriyor", Hungarian "szívrohamot kap", Japanese "心筋梗塞を起こしています"): a whole word right after
         * the name (the rest of the name's word and the next one; in kana the next few letters of its clause), read as `now`
         * is, with `nowUnless` before the name and the topic cues of its sentence as there.
         */
        nowAfter: z.array(TEXT).default([]),
      })
      .strict()
      .optional(),
    emergency: z.array(EntrySchema).min(1),
    // Round 12: a crisis entry may have `unless` too ("eeuwig slapen" after a massage is a rest, not a wish to die).
    crisis: z.array(EntrySchema).min(1),
    emergencyAdvice: TEXT,
    crisisAdvice: TEXT,
    /**
     * Said when only the urgency model finds the message urgent: the model cannot tell an emergency from a crisis,
     * so this names both the emergency number and the crisis line, like the English `possible_emergency` advice.
     */
    possibleEmergencyAdvice: TEXT,
    notSupported: TEXT,
    talkToPerson: TEXT,
    /**
     * Round 13 (issue 12 part 2, "asking for a person always works, in any phrasing"): a request for a person in this
     * language (entries as for `emergency`) is handed to the team at once, after `handoffReply` in this language, not
     * met with "I speak English" and a button to press.
     */
    handoff: z.array(EntrySchema).default([]),
    /**
     * Round 39 (lead): one of ours, or a human rather than the assistant, named with no verb of talking or calling
     * ("¿operador?", "Empfang bitte", "请转人工"), entries as for `handoff`. Read after every candidate language's
     * `handoff` entries, so a request those read keeps its language (Portuguese "passar-me ao gerente" is not Spanish
     * for its "gerente").
     */
    handoffNamed: z.array(EntrySchema).default([]),
    handoffReply: TEXT.optional(),
  })
  .strict()
  .refine(
    (language) =>
      language.handoff.length + language.handoffNamed.length === 0 || language.handoffReply !== undefined,
    {
      message: 'a language with handoff entries needs a handoffReply',
      path: ['handoffReply'],
    },
  );

export const OtherLanguagesSchema = z
  .object({
    signOff: TEXT,
    englishMarkers: WORDS,
    /** Common words of languages with no lexicon here (Dutch, Polish, Swedish…): "I speak English". */
    otherMarkers: z.array(TEXT).default([]),
    languages: z.array(LanguageSchema).min(1),
    otherNotSupported: TEXT,
    /**
     * Round 19 (issue 12 §2): a request for a person in a language with no lexicon here (entries as for a language's
     * `handoff`; every entry holds a word of that language, so an English message cannot fire one) is handed to the
     * team after `otherHandoffReply`, in English as `otherNotSupported` is, not met with "I speak English".
     */
    otherHandoff: z.array(EntrySchema).default([]),
    otherHandoffReply: TEXT.optional(),
    /**
     * Round 39 (lead): what stands down every language's `handoffNamed` entries, whichever language a message is read
     * as (Spanish words in a message also read as Portuguese): another person's words reported ("me dijo", "disse"), a
     * writing task ("cv", "lettre") and one's own boss ("mi gerente"), added to each entry's own `unless`.
     */
    handoffNamedUnless: z.array(TEXT).default([]),
    /**
     * Round 49 (und49, dev set 43H read): another organisation named in any language (a bank, a phone or power company, a
     * brand: "Movistar", "banku PKO", "bijli ka bill"): a request for a person there is theirs, not ours, as English
     * routing.yaml `elsewhereContacts` reads it. Stands down every language's `handoff` and `handoffNamed` entries and
     * `otherHandoff`, so the message gets "I speak English" (which still offers a person), not a hand-off to our team.
     */
    handoffElsewhere: z.array(TEXT).default([]),
    /**
     * Round 24 (miss24): words for an emergency that people use whatever language they write in ("SOS", "911", "CPR",
     * "stroke", "heart attack", "emergency"). Read only in a message already read as another language (a known one whose
     * own entries did not fire, or one with no lexicon here), which the assistant cannot otherwise read: such a message
     * gets emergency advice and a person, not "I speak English". Entries as for a language's `emergency`.
     */
    universalEmergency: z.array(EntrySchema).default([]),
    /** Said, in English, to a message in a language with no lexicon here that has a `universalEmergency` word. */
    otherEmergencyAdvice: TEXT.optional(),
    /**
     * Round 48 (lead): a pregnancy told by its week alone ("tengo 34 semanas", "in der 34. SSW", "esu 34 savaitę"). A
     * number from `from` to `to` beside one of a language's `weekWords` (word starts; within two words either side) is
     * read as `gestweeks` and that language's code ("gestweekses"), which its lexicon's pregnancy words include.
     */
    gestationalWeeks: z
      .object({
        from: z.number().int().positive(),
        to: z.number().int().positive(),
        weekWords: z.record(z.string(), z.array(TEXT).min(1)),
      })
      .strict()
      .optional(),
    /**
     * Round 26 (safety26): per language code, phrases that date the event (`dated`: "hace 6 años", "il y a des années";
     * `#` stands for any number, `####` a year) and words that keep it now (`presentTime`: "ahora", "depuis ce matin"). A dated event is
     * history unless a present-time word or a `relapse` phrase is in the message too, in any language read.
     */
    timeWords: z
      .record(
        z.string(),
        z
          .object({
            // Round 49: a language may list only present-time words (none of its dates are read yet).
            dated: z.array(TEXT).default([]),
            presentTime: WORDS,
            /**
             * Round 27 (lang27): numbers written as words ("hace dos años", "vor drei Jahren", "miaka miwili iliyopita"),
             * which `#` matches as well as figures.
             */
            numbers: z.array(TEXT).default([]),
            /**
             * Round 35 (lang35b): a present-time word that tells how the person is now, well or active ("ahora tiene 80", "hoy
             * camino 10 km", "oggi faccio trekking", "sasa ni mzima"), does not keep an old event now: the phrase is read as
             * no present-time word. A sign told in the present tense, a relapse phrase or another present word still keeps it
             * now ("hoy camino y me duele el pecho").
             */
            wellNow: z.array(TEXT).default([]),
          })
          .strict(),
      )
      .default({}),
  })
  .strict()
  .refine(
    (content) =>
      Object.keys(content.timeWords).every((code) => content.languages.some((l) => l.code === code)),
    {
      message: 'timeWords names a language with no lexicon',
      path: ['timeWords'],
    },
  )
  .refine(
    (content) =>
      Object.keys(content.gestationalWeeks?.weekWords ?? {}).every((code) =>
        content.languages.some((l) => l.code === code),
      ),
    { message: 'gestationalWeeks names a language with no lexicon', path: ['gestationalWeeks', 'weekWords'] },
  )
  .refine((content) => content.otherHandoff.length === 0 || content.otherHandoffReply !== undefined, {
    message: 'otherHandoff entries need an otherHandoffReply',
    path: ['otherHandoffReply'],
  })
  .refine(
    (content) => content.universalEmergency.length === 0 || content.otherEmergencyAdvice !== undefined,
    {
      message: 'universalEmergency entries need an otherEmergencyAdvice',
      path: ['otherEmergencyAdvice'],
    },
  );

/**
 * other-languages.yaml, with the number readers of red-flags.yaml (`readings`): a blood pressure reading reads the same in
 * every language (round 14).
 */
export type OtherLanguagesContent = z.infer<typeof OtherLanguagesSchema> & {
  readonly readings: NumberReadings;
};

/** What to say to a message that is not in English; null when it is English. */
export type OtherLanguageReading = {
  /** emergency and crisis are urgent; handoff asks for a person; not_supported is "I speak English". */
  readonly kind: 'emergency' | 'crisis' | 'handoff' | 'not_supported';
  readonly language: string;
  readonly text: string;
  readonly talkToPerson?: string;
  /**
   * Whether the message has common words of that language (at least as many as English ones). When
   * not, a word beginning was all that matched ("suicid" in "thinking about suicide"), so an English
   * reading of the same message comes first.
   */
  readonly written?: boolean;
  /**
   * Round 53 (lead): a message written in this language, with few English common words, that its own lexicon reads
   * as told in the past or as over (an all-clear or a date, `notNow`). The English lexicon cannot read that language's
   * date or all-clear, so an English word inside it ("tuve sepsis hace dos años, ya estoy bien") keeps the past reading too.
   */
  readonly toldAsPast?: boolean;
} | null;

/**
 * Round 53 (lead): a message told as past in another language keeps its past reading for the English words inside it only
 * while that language's common words are at least this many times the English ones (a word such as "me" or "i" may be
 * both); with more English, English is written there as well ("…hace años, now she has chest pain"), with a present the
 * other lexicon cannot see.
 */
const OWN_WORDS_PER_ENGLISH_INSIDE_PAST = 3;

/** Minimum share of letters outside the Latin script for a message to count as another script. */
const OTHER_SCRIPT_SHARE = 0.5;
/** A message with more than this share of its letters in capitals is shouted, not abbreviated. */
const SHOUTED_SHARE = 0.5;

export function parseOtherLanguages(
  data: unknown,
  spa: Spa,
  readings: NumberReadings,
  file = OTHER_LANGUAGES_FILE,
): OtherLanguagesContent {
  const content = parseContent(file, data, OtherLanguagesSchema);
  const values = spaPlaceholders(spa);
  const fill = (text: string, field: string) => {
    const unknown = unknownPlaceholders(text, values)[0];
    if (unknown !== undefined) throw new ContentError(file, field, `unknown placeholder {{${unknown}}}`);
    return fillPlaceholders(text, values);
  };
  return {
    ...content,
    readings,
    otherNotSupported: fill(content.otherNotSupported, 'otherNotSupported'),
    ...(content.otherHandoffReply
      ? { otherHandoffReply: fill(content.otherHandoffReply, 'otherHandoffReply') }
      : {}),
    ...(content.otherEmergencyAdvice
      ? { otherEmergencyAdvice: fill(content.otherEmergencyAdvice, 'otherEmergencyAdvice') }
      : {}),
    languages: content.languages.map((language, i) => ({
      ...language,
      emergencyAdvice: fill(language.emergencyAdvice, `languages.${i}.emergencyAdvice`),
      crisisAdvice: fill(language.crisisAdvice, `languages.${i}.crisisAdvice`),
      possibleEmergencyAdvice: fill(
        language.possibleEmergencyAdvice,
        `languages.${i}.possibleEmergencyAdvice`,
      ),
      notSupported: fill(language.notSupported, `languages.${i}.notSupported`),
      ...(language.handoffReply
        ? { handoffReply: fill(language.handoffReply, `languages.${i}.handoffReply`) }
        : {}),
    })),
  };
}

/**
 * `readings`: red-flags.yaml's number readers when the caller has already loaded that file (the safety layer has), so
 * it is not read and parsed a second time; otherwise that file is read for its `readings` alone.
 */
export function loadOtherLanguages(
  knowledgeDir: string,
  spa: Spa,
  readings: NumberReadingsContent = readNumberReadings(knowledgeDir),
): OtherLanguagesContent {
  return parseOtherLanguages(
    readYamlFile(knowledgeDir, OTHER_LANGUAGES_FILE, z.unknown()),
    spa,
    compileNumberReadings(readings),
  );
}

function readNumberReadings(knowledgeDir: string): NumberReadingsContent {
  return readYamlFile(
    knowledgeDir,
    RED_FLAGS_FILE,
    z.object({ readings: NumberReadingsSchema }).passthrough(),
  ).readings;
}

/**
 * Round 26 (lang26b): the Indic scripts read here (Devanagari U+0900, Bengali U+0980, Gurmukhi U+0A00; round 27, Tamil U+0B80).
 * Their vowel signs and viramas are combining marks that make the word ("दर्द" is pain, "दरद" nothing), so
 * folding keeps them; every other script loses its marks as accents.
 */
const MARK_OUTSIDE_INDIC_SCRIPTS = /(?![\u0900-\u0A7F\u0B80-\u0BFF\u0E00-\u0E7F])\p{M}/gu;
/** Two figures alone (not part of a longer number, a decimal or a date), and the letters typed onto them ("34th", "34주"). */
const TWO_FIGURES = /(?<![\p{N}.,/:])([0-9]{2})(?!\p{N}|[.,:/]\p{N})(\p{L}*)/gu;
/** Round 48 (lead): what `readGestationalWeeks` reads a week of pregnancy as, followed by the language's code. */
const GESTATIONAL_WEEKS = 'gestweeks';

/** One language's week words as word starts in `plain` form (`gestationalWeeks.weekWords`), compiled once. */
interface WeekWords {
  readonly code: string;
  readonly starts: readonly string[];
}

/** A short week word ("ssw", "sa") is a whole word: "sa" also starts "samedi 25". */
const isWeekWord = (word: string, start: string) => (start.length <= 3 ? word === start : word.startsWith(start));

/**
 * Round 48 (lead): a week of pregnancy told by its number ("tengo 34 semanas", "34. SSW", "semana 34", "34esima
 * settimana") is read as `gestweeks` and the code of each language whose week word is beside it ("gestweekses
 * gestweekspt semanas"), which that lexicon's pregnancy words include: each language its own, so a Swedish pregnancy
 * entry does not fire on a German week. Only from week `from` (20): before it, puffy hands or a headache are not
 * pre-eclampsia's signs, and "2 semanas" after an operation is no pregnancy. `plain` and `clauseStarts` both read the
 * text this returns, so their word positions agree.
 */
function readGestationalWeeks(
  text: string,
  weeks: OtherLanguagesContent['gestationalWeeks'],
  weekWords: readonly WeekWords[],
): string {
  if (weeks === undefined) return text;
  return text.replace(TWO_FIGURES, (match, figures: string, typedOn: string, offset: number) => {
    const week = Number(figures);
    if (week < weeks.from || week > weeks.to) return match;
    const near = [
      ...(text.slice(0, offset).match(WORD) ?? []).slice(-2),
      typedOn,
      ...(text.slice(offset + match.length).match(WORD) ?? []).slice(0, 2),
    ].map((word) => plain(word).trim());
    const codes = weekWords
      .filter(({ starts }) => near.some((word) => starts.some((start) => isWeekWord(word, start))))
      .map(({ code }) => `${GESTATIONAL_WEEKS}${code}`);
    return codes.length > 0 ? `${codes.join(' ')}${typedOn === '' ? '' : ` ${typedOn}`}` : match;
  });
}

/** A word as `plain` reads it: letters and digits, and the Indic vowel signs kept by folding. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * Sentence ends: also the Urdu full stop ۔, the Arabic question mark ؟ and semicolon ؛, the Indic danda । and ॥, and
 * the ideographic full stop 。 (！ and ？ are ! and ? after NFKD).
 */
const SENTENCE_MARK = /^[.;!?\n\u06D4\u061F\u061B\u0964\u0965\u3002]$/u;
/** Round 27: a comma, Latin, Arabic-script (،) or ideographic (、), which ends a clause for a denial after a sign. */
const COMMA_MARK = /^[,\u060C\u3001]$/u;
const WORD_OR_BREAK_MARK = /[\p{L}\p{M}\p{N}]+|[.;!?\n\u06D4\u061F\u061B\u0964\u0965\u3002,\u060C\u3001]/gu;

/**
 * Round 26 (lang26b): spellings of one word that differ only by how it was typed, in the South and South-East Asian
 * scripts, read as one (after `folded`'s lower case and accent removal).
 */
function foldLettersTypedTwoWays(text: string): string {
  return foldVietnameseLetters(foldPersoArabicLetters(foldIndicMarks(text)));
}

/**
 * Indic scripts keep their vowel signs (`MARK_OUTSIDE_INDIC_SCRIPTS`); only marks people often leave out or swap
 * are folded: the nukta (क़ as क, ਸ਼ as ਸ, য় as য), the candrabindu as the anusvara in Devanagari (हाँ, हां) and
 * left out in Bengali, the Gurmukhi tippi as the bindi and its addak (doubling) left out. A zero-width joiner only
 * shapes letters.
 */
function foldIndicMarks(text: string): string {
  return text
    .replace(/[\u093C\u09BC\u0A3C\u0A71\u0981\u200D]/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/\u0A70/g, '\u0A02');
}

/**
 * Persian and Urdu letters written with other code points than Arabic's, read as Arabic's so that a message typed on
 * either keyboard matches: Persian/Urdu yeh ی as ي, keheh ک as ك, Urdu heh goal ہ, heh doachashmee ھ (the aspirate in
 * بھی), ae ە (left of ۀ once its hamza is gone) and teh marbuta goal ۃ as ه. The zero-width non-joiner inside a Persian
 * word (می‌خواهم) is a space, as many write it.
 * Round 39 (lang39): the Persian verb prefixes "می" and "نمی" (not) are written three ways, joined ("نمیخوام"), with a
 * zero-width non-joiner ("نمی‌خوام") or a space ("نمی خوام"): all read joined, in messages and lexicon phrases alike, so
 * one spelling in the lexicon covers the three (batch 34: "نمی‌خوام زنده باشم" missed the listed "نمیخوام زنده باشم").
 */
function foldPersoArabicLetters(text: string): string {
  return text
    .replace(/\u06CC/g, 'ي')
    .replace(/\u06A9/g, 'ك')
    .replace(/[\u06C1\u06BE\u06D5\u06C3]/g, 'ه')
    .replace(/\u200C/g, ' ')
    .replace(PERSIAN_VERB_PREFIX, '$1');
}

/** Round 39: "می" or "نمی" as a word of its own before an Arabic-script word, the space after it to be taken out. */
const PERSIAN_VERB_PREFIX = /(?<![\p{L}\p{M}])(ن?مي) (?=\p{Script=Arabic})/gu;

/** Vietnamese đ has no accent to remove (it is its own letter): read as d, as typed without Vietnamese keys. */
function foldVietnameseLetters(text: string): string {
  return text.replace(/đ/g, 'd');
}

/**
 * Lower case, accents removed (Turkish ı read as i; Greek ς as σ, Arabic ى as ي and ة as ه), punctuation as spaces: " words " padded so phrases match whole words. Letters
 * typed one at a time are joined first ("T A L K  T O  A  H U M A N" is English, not single letters), and a blood
 * pressure reading ("165/110") reads as `bpsevere` or `bpraised`, as in English (round 14: it was only read in English), when
 * the readers are given (a message; a lexicon phrase holds no reading).
 */
function plain(text: string, readings?: NumberReadings): string {
  const words = folded(text, readings).match(WORD);
  return ` ${(words ?? []).join(' ')} `;
}

/** The text lower case, accents removed, letters typed one at a time joined, blood pressure read: `plain`'s words. */
function folded(text: string, readings?: NumberReadings): string {
  const joined = joinSpacedLetters(text);
  return foldLettersTypedTwoWays(
    recomposedEastAsian((readings ? readings.bloodPressure(joined) : joined).normalize('NFKD'))
      .replace(MARK_OUTSIDE_INDIC_SCRIPTS, '')
      .toLowerCase()
      // Turkish dotless ı has no accent to remove: read as i, as people typing without Turkish keys write it (round 18).
      .replace(/ı/g, 'i')
      // Round 30 (lang30): the ligatures œ and æ have no accent to remove either: read as the two letters people type without
      // them ("cœur", as phones write it, is "coeur"; Danish and Norwegian "æ" is "ae").
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      // Round 41 (lang41): Polish ł has no accent to remove either: read as l, as most Polish entries are written and as people
      // type it without Polish keys ("zawał" is "zawal"; the entry [zawal] never read a message typed with the letter).
      .replace(/ł/g, 'l')
      // Round 23 (lang23): Greek final ς is σ; Arabic alif maqsura ى is ya ي, ta marbuta ة is ha ه (both written either way)
      // and the stretching tatweel ـ is no letter. (Arabic hamza carriers and short vowels, Greek accents and the Cyrillic
      // й, ї, ё marks are already removed above as combining marks.)
      .replace(/ς/g, 'σ')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/\u0640/g, ''),
  );
}

/** Hangul jamo and kana with their voicing marks (゛゜), as NFKD leaves them. */
const EAST_ASIAN_DECOMPOSED = /[\u1100-\u11ff\u3040-\u30ff\u3099\u309a\uff65-\uff9f]+/gu;

/**
 * Round 26 (lang26a): Hangul syllables and voiced kana put back together after NFKD, which splits a syllable (가) into
 * its letters (ᄀ ᅡ) and takes the voicing mark off a kana (が → か + ゛), a mark the accent removal would then drop
 * ("だ" would read as "た"). Half-width katakana become full-width on the way.
 */
function recomposedEastAsian(text: string): string {
  return text.replace(EAST_ASIAN_DECOMPOSED, (run) => run.normalize('NFC'));
}

/**
 * Words written in capitals (two to five letters) inside a message that is not shouted: abbreviations ("yes a PE in
 * 2015": a pulmonary embolism; DVT, MLD), which say nothing of the language a message is in, so they count as no
 * language's common word (round 20: "pe" is Romanian for "on", and that answer got "I speak English"). A message written
 * mostly in capitals keeps every word ("NO PUEDO RESPIRAR" is Spanish).
 */
function capitalAbbreviations(text: string): ReadonlySet<string> {
  const letters = text.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
  if (letters.length === 0 || capitals / letters.length > SHOUTED_SHARE) return new Set();
  return new Set(
    (text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,5}(?![\p{L}\p{N}])/gu) ?? []).map((word) => plain(word).trim()),
  );
}

/**
 * The positions (in `plain`'s words) of words that start a new sentence: after a full stop, a question or exclamation
 * mark, a semicolon or a line break (`SENTENCE_MARK`). A negation reaches no further back than one (round 20: "ich
 * brauche ihn nicht mehr. Ich hab beschlossen…" denies nothing in the second sentence). Judgement call: not at a
 * comma, which in these lexicons may only separate a list of denied signs ("no tengo fiebre, tos…") that the English
 * reader tells apart.
 */
function clauseStarts(text: string, readings: NumberReadings): Breaks {
  // The same words as `plain`, with the sentence marks and commas kept between them.
  const tokens = folded(text, readings).match(WORD_OR_BREAK_MARK) ?? [];
  const sentences = new Set<number>();
  const clauses = new Set<number>();
  const asked = new Set<number>();
  let index = 0;
  let sentence = false;
  let clause = false;
  let sentenceStart = 0;
  for (const token of tokens) {
    if (SENTENCE_MARK.test(token) || COMMA_MARK.test(token)) {
      if (SENTENCE_MARK.test(token)) sentence = true;
      // Round 40: "?", and the Arabic "؟"; the full-width "？" is "?" after NFKD.
      if (token === '?' || token === '\u061F') asked.add(sentenceStart);
      clause = true;
      continue;
    }
    if (sentence) {
      sentences.add(index);
      sentenceStart = index;
    }
    if (clause) clauses.add(index);
    sentence = false;
    clause = false;
    index += 1;
  }
  return { sentences, clauses, asked };
}

/**
 * Word positions (in `plain`'s words) that start a sentence, for a negation before a sign; and (round 27) those that
 * start a clause, after a comma too, for a denial after it (`negationAfterInClause`).
 */
interface Breaks {
  readonly sentences: ReadonlySet<number>;
  readonly clauses: ReadonlySet<number>;
  /** Round 40 (lang40): the sentence starts (the first word, 0, too) of sentences a question mark closes. */
  readonly asked: ReadonlySet<number>;
}

type Language = OtherLanguagesContent['languages'][number];

/**
 * Round 26 (lang26a): a phrase that begins with a Han or kana letter. Chinese and Japanese put no spaces between words,
 * so such a phrase is found anywhere in a run of letters, not only at a word's start.
 */
const UNSPACED_LETTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A phrase in the plain form it is looked for in: " padded " as a whole word, or bare inside Han or kana. */
function plainPhrase(text: string): string {
  const words = plain(text).trim();
  return UNSPACED_LETTER.test(words) ? words : ` ${words} `;
}

/** A word start in the plain form it is looked for in: " padded" on the left, or bare inside Han or kana. */
function plainStart(text: string): string {
  const words = plain(text).trim();
  return UNSPACED_LETTER.test(words) ? words : ` ${words}`;
}

/** A language's negation cues: before the word (most languages), after it (Japanese, Korean), and asked ones. */
interface Negation {
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly questions: readonly string[];
  /** Round 27: denials that close the sign's clause (" नहीं है "), and the words that start a new clause. */
  readonly afterInClause: readonly string[];
  readonly clauseWords: ReadonlySet<string>;
  /** Round 28: "nor" words, a denial only after a `before` cue earlier in the same sentence. */
  readonly list: readonly string[];
  /** Round 37: "neither … nor" words, a denial of the next word when said twice in its sentence. */
  readonly paired: readonly string[];
  /** Round 44: a cue with the verb of being able after it ("sin poder"), which tells an inability, not a denial. */
  readonly inability: readonly string[];
  /**
   * Round 49: the word starts of the language's emergency and crisis entries. A denial reaches past a comma only through a
   * list of them ("no tengo fiebre, tos"): "to nie jest żaden test, żona zemdlała" denied a test, not the faint.
   */
  readonly signs: readonly string[];
}

const NO_NEGATION: Negation = {
  before: [],
  after: [],
  questions: [],
  afterInClause: [],
  clauseWords: new Set(),
  list: [],
  paired: [],
  inability: [],
  signs: [],
};

/** One entry in plain form: groups of word starts, each start " padded" on the left, and its stand-downs. */
interface CompiledEntry {
  readonly groups: readonly (readonly string[])[];
  readonly unless: readonly string[];
}

/** A language's word lists in the plain form messages are read in, prepared once per content. */
interface CompiledLanguage {
  readonly language: Language;
  readonly markers: ReadonlySet<string>;
  /** Round 23: written in its own script (Greek, Cyrillic, Arabic): its words can never be English ones. */
  readonly ownScript: boolean;
  readonly negation: Negation;
  /** Round 27: `negation` without the closing denials (`afterInClause`), for crisis entries. */
  readonly crisisNegation: Negation;
  readonly notNow: readonly string[];
  /** Round 46: `contrast` words, spaced (" pero "); round 47: bare in a script written without spaces ("但是"). */
  readonly contrast: readonly string[];
  readonly relapse: readonly string[];
  /** `timeWords` as whole-word patterns (`#` any number); none for a language without them. */
  readonly dated: readonly TimePattern[];
  readonly presentTime: readonly CutPattern[];
  /** Round 35 (lang35b): `wellNow`, present-time phrases that tell the person is well now, compiled to be cut out. */
  readonly wellNow: readonly CutPattern[];
  readonly emergency: readonly CompiledEntry[];
  readonly crisis: readonly CompiledEntry[];
  /** Round 27: for Korean, the entries as read in a message typed without spaces (`compacted`); none for other languages. */
  readonly compactEmergency: readonly CompiledEntry[];
  readonly compactCrisis: readonly CompiledEntry[];
  /** Round 27: the crisis negation as read in compacted Korean (`compactNegation`), compiled once. */
  readonly compactNegation: Negation;
  readonly handoff: readonly CompiledEntry[];
  readonly handoffNamed: readonly CompiledEntry[];
  /** Round 29: requests for a personal suggestion, read for a language mixed with English. */
  readonly personalRequest: readonly CompiledEntry[];
  /** Round 40 (lang40): `namedTopic`, in plain form (names and cues as word starts, `asked` and `after` as whole words). */
  readonly topicNames: readonly string[];
  readonly topicCues: readonly string[];
  readonly topicAsked: readonly string[];
  readonly topicFrames: readonly string[];
  readonly topicAfter: readonly string[];
  /** Round 41 (lang41): `namedTopic.now` and `nowUnless`, as whole words. */
  readonly topicNow: readonly string[];
  readonly topicNowUnless: readonly string[];
  readonly topicNowPast: readonly string[];
  /** Round 44 (lang44): `namedTopic.nowAfter`, whole words (bare in Han and kana). */
  readonly topicNowAfter: readonly string[];
  /** Word starts of cosmetic causes, and the face words whose entries they stand down. */
  readonly cosmeticCauses: readonly string[];
  readonly cosmeticParts: ReadonlySet<string>;
}

const compiledLanguages = new WeakMap<
  OtherLanguagesContent,
  {
    english: ReadonlySet<string>;
    other: ReadonlySet<string>;
    otherHandoff: readonly CompiledEntry[];
    universal: readonly CompiledEntry[];
    languages: CompiledLanguage[];
    kanaHan: readonly string[];
    weekWords: readonly WeekWords[];
  }
>();

function compileLanguages(content: OtherLanguagesContent) {
  const cached = compiledLanguages.get(content);
  if (cached) return cached;
  const start = plainStart;
  // Round 49 (und49): another organisation named stands down a request for a person (`handoffElsewhere`).
  const elsewhereStandsDown = (entry: z.infer<typeof EntrySchema>): z.infer<typeof EntrySchema> =>
    content.handoffElsewhere.length === 0
      ? entry
      : Array.isArray(entry)
        ? { all: entry, unless: content.handoffElsewhere }
        : { all: entry.all, unless: [...entry.unless, ...content.handoffElsewhere] };
  const starts = (
    entries: readonly z.infer<typeof EntrySchema>[],
    proclitics: readonly string[] = [],
    mutations?: Language['mutations'],
  ): CompiledEntry[] => {
    // A spaced word start (" بطن") also as written onto a proclitic (" وبطن"); Han and kana starts have no word edge.
    // Round 40: and with its first letter mutated (" twymyn" also as " dwymyn", " nhwymyn", " thwymyn").
    const withProclitics = (text: string): string[] => {
      const spaced = start(text);
      if (!spaced.startsWith(' ')) return [spaced];
      return [
        ...mutated(spaced, mutations),
        ...proclitics.map((letter) => ` ${plain(letter).trim()}${spaced.slice(1)}`),
      ];
    };
    return entries.map((entry) => {
      const { all, unless } = Array.isArray(entry) ? { all: entry, unless: [] } : entry;
      return {
        groups: all.map((alternatives) => alternatives.flatMap(withProclitics)),
        unless: unless.flatMap(withProclitics),
      };
    });
  };
  const compiled = {
    weekWords: Object.entries(content.gestationalWeeks?.weekWords ?? {}).map(
      ([code, words]): WeekWords => ({ code, starts: words.map((word) => plain(word).trim()) }),
    ),
    english: new Set(content.englishMarkers),
    other: new Set(content.otherMarkers.map((m) => plain(m).trim())),
    otherHandoff: starts(content.otherHandoff.map(elsewhereStandsDown)),
    universal: starts(content.universalEmergency),
    // Round 28 (lang28): Han letters only Japanese writes (its `distinctive` letters: 圧, 気, 脳…), which make a message with no
    // kana Japanese all the same.
    kanaHan: content.languages.filter((l) => l.script === 'kana').flatMap((l) => l.distinctive),
    languages: content.languages.map((language): CompiledLanguage => {
      const emergency = starts(language.emergency, language.proclitics, language.mutations);
      const crisis = starts(language.crisis, language.proclitics, language.mutations);
      const negation: Negation = {
        before: language.negation.map(plainPhrase),
        after: language.negationAfter.map((cue) => plain(cue).trim()),
        questions: language.questionAfterNegation.map((cue) => plain(cue).trim()),
        afterInClause: language.negationAfterInClause.map(plainPhrase),
        clauseWords: new Set(language.clauseWords.map((word) => plain(word).trim())),
        list: language.listNegation.map(plainPhrase),
        paired: language.pairedListNegation.map(plainPhrase),
        inability: language.inability.map(plainPhrase),
        signs: [...emergency, ...crisis].flatMap(({ groups }) => groups.flat()),
      };
      // Round 37: "ni ganas ni fuerzas para seguir" is itself a crisis, so a paired "nor" denies no crisis words.
      const crisisNegation: Negation = { ...negation, afterInClause: [], paired: [] };
      const timeWords = content.timeWords[language.code];
      return {
        language,
        markers: new Set(language.markers.map((m) => plain(m).trim())),
        ownScript: language.markers.every((m) => !/\p{Script=Latin}/u.test(m)),
        negation,
        crisisNegation,
        compactNegation: language.script === 'hangul' ? compactNegation(crisisNegation) : NO_NEGATION,
        notNow: language.notNow.map(plainPhrase),
        contrast: language.contrast.map(plainPhrase),
        relapse: language.relapse.map(plainPhrase),
        dated: (timeWords?.dated ?? []).map((phrase) => timePattern(phrase, timeWords?.numbers ?? [])),
        // Made global once (`cutPattern`): round 49's `afterContrast` finds every saying of one after an all-clear.
        presentTime: (timeWords?.presentTime ?? []).map((phrase) =>
          cutPattern(timePattern(phrase, timeWords?.numbers ?? [])),
        ),
        // `#` in a `wellNow` phrase is a figure only: the number words hold "un" ("ahora tiene un dolor" is a sign, not an age).
        wellNow: (timeWords?.wellNow ?? []).map((phrase) => cutPattern(timePattern(phrase, []))),
        emergency,
        crisis,
        compactEmergency: language.script === 'hangul' ? compacted(starts(language.emergency)) : [],
        compactCrisis: language.script === 'hangul' ? compacted(starts(language.crisis)) : [],
        handoff: starts(language.handoff.map(elsewhereStandsDown), [], language.mutations),
        // The shared stand-downs join each entry that names one of ours (a call back asked, a plain list, has none).
        handoffNamed: starts(
          language.handoffNamed.map((entry) =>
            elsewhereStandsDown(
              Array.isArray(entry) ? entry : { all: entry.all, unless: [...content.handoffNamedUnless, ...entry.unless] },
            ),
          ),
        ),
        personalRequest: starts(language.personalRequest),
        topicNames: (language.namedTopic?.names ?? []).map(start),
        topicCues: (language.namedTopic?.cues ?? []).map(start),
        topicAsked: (language.namedTopic?.asked ?? []).map(plainPhrase),
        topicFrames: (language.namedTopic?.frames ?? []).map(start),
        topicAfter: (language.namedTopic?.after ?? []).map(plainPhrase),
        topicNow: (language.namedTopic?.now ?? []).map(plainPhrase),
        topicNowUnless: (language.namedTopic?.nowUnless ?? []).map(plainPhrase),
        topicNowPast: (language.namedTopic?.nowPast ?? []).map(plainStart),
        topicNowAfter: (language.namedTopic?.nowAfter ?? []).map(plainPhrase),
        cosmeticCauses: (language.cosmetic?.causes ?? []).map(start),
        cosmeticParts: new Set((language.cosmetic?.parts ?? []).map(start)),
      };
    }),
  };
  compiledLanguages.set(content, compiled);
  return compiled;
}

/** Round 40 (lang40): the fewest letters a mutated word start keeps (`mutations`): "oes" from "goes" is another word. */
const MUTATED_MIN_LETTERS = 4;

/**
 * Round 40 (lang40): a spaced word start (" twymyn") with its mutated forms (" dwymyn", " nhwymyn", " thwymyn"): the first
 * rule whose `from` begins the word, unless a longer digraph begins it that the rule is not for.
 */
function mutated(spaced: string, mutations: Language['mutations']): string[] {
  if (!mutations) return [spaced];
  const word = spaced.slice(1);
  const digraph = mutations.digraphs.map((d) => plain(d).trim()).find((d) => word.startsWith(d));
  const rule = mutations.rules.find(({ from }) => {
    const letters = plain(from).trim();
    return word.startsWith(letters) && (digraph === undefined || digraph === letters);
  });
  if (!rule) return [spaced];
  const rest = word.slice(plain(rule.from).trim().length);
  const forms = rule.to
    .map((letters) => `${plain(letters).trim()}${rest}`)
    .filter((form) => form.replace(/ .*/, '').length >= MUTATED_MIN_LETTERS);
  return [spaced, ...forms.map((form) => ` ${form}`)];
}

/** Kana letters (Japanese), Hangul (Korean) and Han (Chinese, and Japanese kanji). */
const KANA_LETTERS = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_LETTERS = /\p{Script=Hangul}/gu;
const HAN_LETTERS = /\p{Script=Han}/gu;
/** Round 28 (lang28): Thai letters, vowel signs and tone marks (Thai, like Chinese, puts no spaces between words). */
const THAI_LETTERS = /\p{Script=Thai}/gu;

/**
 * Round 26 (lang26a): the East Asian script a message is written in, and how many of its letters: kana makes it
 * Japanese (which mixes in Han letters), else Hangul Korean, else Han Chinese. Null when it has none of these.
 * Round 28 (lang28): Han with a letter only Japanese writes (`kanaHan`: 圧, 気, 脳, 発…) is Japanese too, as a message in
 * kanji alone ("脳卒中疑い、右半身麻痺") is; Thai letters name Thai.
 */
function eastAsianScript(
  text: string,
  kanaHan: readonly string[],
): { name: 'kana' | 'hangul' | 'han' | 'thai'; letters: number } | null {
  const kana = text.match(KANA_LETTERS)?.length ?? 0;
  if (kana > 0) return { name: 'kana', letters: kana + (text.match(HAN_LETTERS)?.length ?? 0) };
  const hangul = text.match(HANGUL_LETTERS)?.length ?? 0;
  if (hangul > 0) return { name: 'hangul', letters: hangul };
  const han = text.match(HAN_LETTERS)?.length ?? 0;
  if (han > 0)
    return { name: kanaHan.some((letter) => text.includes(letter)) ? 'kana' : 'han', letters: han };
  const thai = text.match(THAI_LETTERS)?.length ?? 0;
  return thai > 0 ? { name: 'thai', letters: thai } : null;
}

/** Round 42 (lang42): in a `timeWords` phrase, any one word alone, or the end of a word start ("recuperad*"). */
const ANY_WORD = '*';

/**
 * A `timeWords` phrase as a pattern over `plain` text: whole words, `####` a year, `#` any number, in figures or as one of
 * the language's number words ("hace # anos" reads "hace 2 anos" and "hace dos anos").
 * Round 42 (lang42): a word ending in `*` is a word start ("recuperad*" reads recuperado and recuperada), and `*` alone any
 * one word ("ahora * rehabilit*" reads "ahora hace rehabilitación" and "ahora sigue rehabilitándose"): recovery is told in
 * every gender, person and verb, which whole words listed one by one never caught up with.
 */
function timePattern(phrase: string, numberWords: readonly string[]): TimePattern {
  const words = phrase
    .replaceAll('####', ' 1900 ')
    .replaceAll('#', ' 0 ')
    .split(/\s+/)
    .flatMap((token) => {
      if (token === ANY_WORD) return [ANY_WORD];
      const wordStart = token.endsWith(ANY_WORD);
      const plainWords = plain(wordStart ? token.slice(0, -1) : token).trim().split(' ').filter((w) => w.length > 0);
      // `plain` may split a token in two ("d'abord*"): the star stays on its last word.
      if (wordStart && plainWords.length > 0) plainWords[plainWords.length - 1] += ANY_WORD;
      return plainWords;
    });
  const number = ['\\d+', ...numberWords.map((n) => plain(n).trim())].join('|');
  const pattern = words.map((w) => {
    if (w === '1900') return '(?:19|20)\\d\\d';
    if (w === '0') return `(?:${number})`;
    if (w === ANY_WORD) return '\\S+';
    return w.endsWith(ANY_WORD) ? `${w.slice(0, -1)}\\S*` : w;
  });
  // Round 27 (lang27): the longest plain word, looked for before the pattern runs (most messages have none of them).
  const needle =
    words
      .filter((w) => w !== '1900' && w !== '0' && w !== ANY_WORD)
      .map((w) => (w.endsWith(ANY_WORD) ? w.slice(0, -1) : w))
      .sort((a, b) => b.length - a.length)[0] ?? '';
  return { needle, pattern: new RegExp(` ${pattern.join(' ')} `, 'u') };
}

/** A `timeWords` phrase: its pattern, and a word of it that must be in the message for the pattern to match. */
interface TimePattern {
  readonly needle: string;
  readonly pattern: RegExp;
}

function timeSaid(time: TimePattern, padded: string): boolean {
  return padded.includes(time.needle) && time.pattern.test(padded);
}

/** A time phrase to be cut out of a message: its pattern made global once, when the lexicon is compiled. */
interface CutPattern extends TimePattern {
  readonly every: RegExp;
}

function cutPattern(time: TimePattern): CutPattern {
  return { ...time, every: new RegExp(time.pattern.source, 'gu') };
}

/** Round 35 (lang35b): `padded` with every occurrence of a time phrase stood in for by a bar (keeping the spaces around). */
function withoutTime(time: CutPattern, padded: string): string {
  if (!padded.includes(time.needle)) return padded;
  let text = padded;
  // A loop, as adjacent matches share their spaces.
  for (let next = text.replace(time.every, ' | '); next !== text; next = text.replace(time.every, ' | ')) text = next;
  return text;
}

/** Round 27: a space between two Hangul letters. */
const SPACE_IN_HANGUL = /(?<=\p{Script=Hangul}) (?=\p{Script=Hangul})/gu;

/** Round 27 (lang27): `plain` text with the spaces between Hangul letters taken out ("숨을 못 쉬어요" as "숨을못쉬어요"). */
function compactHangul(padded: string): string {
  return padded.replace(SPACE_IN_HANGUL, '');
}

/**
 * Round 27 (lang27): entries as matched in compacted Korean: each word start without its spaces and found anywhere in
 * a run of letters, as Han and kana are. A start of one letter ("팔", "피") is left out, since inside a run it would match
 * other words ("피곤", tired); a group left with none cannot fire, which the spaced reading still covers.
 */
function compacted(entries: readonly CompiledEntry[]): CompiledEntry[] {
  const compact = (start: string) => start.replaceAll(' ', '');
  const long = (start: string) => [...compact(start)].length >= 2;
  return entries
    .map((entry) => ({
      groups: entry.groups.map((group) => group.filter(long).map(compact)),
      unless: entry.unless.map(compact),
    }))
    .filter((entry) => entry.groups.every((group) => group.length > 0));
}

/** Round 27: negation cues as read in compacted Korean, without their spaces ("지 않" as "지않"). */
function compactNegation(negation: Negation): Negation {
  const compact = (cue: string) => cue.replaceAll(' ', '');
  return {
    ...negation,
    before: negation.before.map(compact),
    after: negation.after.map(compact),
    questions: negation.questions.map(compact),
  };
}

/** A letter of a script other than Latin (Greek, Cyrillic, Arabic…): the languages written in their own script. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Reads a message that may not be in English. Languages are tried most likely first (most of their
 * common words in the message), because neighbours share word beginnings ("sangr" is Spanish and
 * Portuguese): the advice comes in the language the person wrote. A known language's crisis or
 * emergency words win (checked whatever the language guess, since their phrases only exist in that
 * language); otherwise a message detected as a known language, one with common words of a language we
 * have no lexicon for (`otherMarkers`), or one written mostly in another script, gets "I speak English", unless it asks
 * for a person in a language whose `handoff` words it uses (round 13). English messages give null.
 */
export function readOtherLanguage(text: string, content: OtherLanguagesContent): OtherLanguageReading {
  const { english, other, otherHandoff, universal, languages, kanaHan, weekWords } = compileLanguages(content);
  const weeksRead = readGestationalWeeks(text, content.gestationalWeeks, weekWords);
  const padded = plain(weeksRead, content.readings);
  const breaks = clauseStarts(weeksRead, content.readings);
  const abbreviations = capitalAbbreviations(text);
  const words = padded
    .trim()
    .split(' ')
    .filter((word) => word.length > 0 && !abbreviations.has(word));
  const englishHits = words.filter((w) => english.has(w)).length;
  const nonLatinLetters = NON_LATIN_LETTER.test(text);
  const lowerText = text.toLowerCase();
  const script = nonLatinLetters ? eastAsianScript(text, kanaHan) : null;
  const hasOwnLetter = (compiled: CompiledLanguage) =>
    compiled.language.distinctive.some((letter) => lowerText.includes(letter)) ? 1 : 0;
  const candidates = languages
    .map((compiled) => ({
      compiled,
      // Round 26 (lang26a): a language named by its script counts that script's letters, as it has no spaced words.
      hits:
        script !== null && compiled.language.script === script.name
          ? script.letters
          : words.filter((w) => compiled.markers.has(w)).length,
      // Round 24 (miss24): its common words that are not also English ones ("to", "do", "i" are Polish too).
      ownHits: words.filter((w) => compiled.markers.has(w) && !english.has(w)).length,
    }))
    // Round 24 (miss24): a language with its own script typed in Latin letters ("-latn") is read only beside one of its
    // common words: its lexicon cannot match an English message, and reading it on every short one cost time.
    .filter(({ compiled, hits }) => !compiled.language.code.endsWith('-latn') || hits >= 1)
    // Round 26 (lang26a): a language named by its script reads only messages in it: Chinese words share Japanese kanji
    // ("胸の痛みはありません" denies chest pain with a negation only the Japanese lexicon reads).
    .filter(
      ({ compiled }) => compiled.language.script === undefined || compiled.language.script === script?.name,
    )
    // A message with English function words ("I'm not suicidal, just…") is English: the English lexicon reads it. Not so
    // for a language in its own script (round 23): "my mom не может дышать, what do I do" is Russian in an English frame,
    // and no English message holds a Cyrillic, Greek or Arabic word. Only when the message has a letter of another script:
    // an English message does not run those lexicons, which cannot match it (reading them doubled the safety check's time
    // on long messages).
    // Round 24 (miss24): nor for a message mixing English with at least two common words of a language in Latin letters,
    // not counting words English shares (Taglish, Spanglish: "after my lipo kahapon, namamaga yung kaliwang binti ko"; "se
    // me está cerrando la garganta after I put that new oil on"): people switch language mid-sentence, often for the words
    // of the symptom itself. Such a reading is not `written`, so an English red flag in the same message is answered first.
    // Round 27 (lang27): nor for a message with a letter only that language uses and one of its common words ("bé nhà tôi
    // sốt cao cả đêm": "be" and "dem" are English markers, the ố and đ are Vietnamese).
    .filter(
      ({ compiled, hits, ownHits }) =>
        (compiled.ownScript && nonLatinLetters) ||
        !(englishHits >= 2 && englishHits >= hits) ||
        (!compiled.ownScript && ownHits >= 2) ||
        (ownHits >= 1 && compiled.language.distinctive.some((letter) => lowerText.includes(letter))),
    )
    // Round 48 (lead): at equal common words, a language whose own letters the message has comes first ("Kādas ir insulta
    // pazīmes?": "ir" is Latvian and Lithuanian, ā and ī only Latvian).
    .sort((a, b) => b.hits - a.hits || hasOwnLetter(b.compiled) - hasOwnLetter(a.compiled));
  // A stand-down ("ya estoy bien") in any language holds for all: a neighbour's lexicon shares words ("infarto").
  // A relapse phrase inside the all-clear itself ("y ahora está bien", "agora estou bem") is no relapse (round 19).
  const allClears = candidates
    .flatMap(({ compiled }) => compiled.notNow)
    .filter((phrase) => padded.includes(phrase));
  // Round 35 (lang35b): nor is a present word inside a `wellNow` phrase ("y ahora tiene 80") a relapse ("y ahora").
  const wellNow = candidates.flatMap(({ compiled }) => compiled.wellNow);
  const outsideAllClears = wellNow.reduce(
    (text, time) => withoutTime(time, text),
    allClears.reduce((text, phrase) => text.split(phrase).join(' | '), padded),
  );
  // Round 41 (lang41): a condition's name told as happening now to a person ("mein Vater hat einen Schlaganfall! was sind die
  // Anzeichen?") is read as a relapse phrase is: no all-clear, date or question of the signs stands it down.
  const relapse =
    candidates.some(({ compiled }) => compiled.relapse.some((phrase) => outsideAllClears.includes(phrase))) ||
    namedAsNow(
      padded,
      breaks,
      candidates.map(({ compiled }) => compiled),
      candidates.filter(({ hits }) => hits >= 1).map(({ compiled }) => compiled),
    );
  // Round 26: a dated event ("tuve un infarto hace 10 años") is history, unless a word keeps it now ("pero ahora…").
  // Round 35 (lang35b): a present word inside a `wellNow` phrase ("ahora tiene 80", "sasa ni mzima") keeps nothing now.
  const presentText = wellNow.reduce((text, time) => withoutTime(time, text), padded);
  // A text is dated when it says a date and, in `present` (the same text, or it with well-now phrases cut), no present word.
  const datedIn = (text: string, present: string) =>
    candidates.some(({ compiled }) => compiled.dated.some((time) => timeSaid(time, text))) &&
    !candidates.some(({ compiled }) => compiled.presentTime.some((time) => timeSaid(time, present)));
  const dated = datedIn(padded, presentText);
  // Round 34 (lang34b): the date dates its own event and what is told after it, not a sign told before it in a clause of
  // its own ("polpaccio gonfio e duro, ho avuto una trombosi anni fa": the calf is now, as English reads "history of DVT,
  // calf swollen"). A date in a clause with no sign word of its own ("tuve un infarto, fue hace 10 años") dates it all.
  const live = dated && !relapse ? beforeDatedEvent(padded, breaks, candidates.map(({ compiled }) => compiled)) : null;
  const heldBack = (allClears.length > 0 || (dated && live === null)) && !relapse;
  // Round 46 (lead): an all-clear or a date holds up to a contrast word said after it, in a language the message is written
  // in, as English ends an all-clear at "but": "je vais bien maintenant mais ma mère ne respire plus" is an emergency told
  // after one. What follows the contrast is read alone, unless it is dated itself ("ya estoy bien, pero hace dos años no
  // podía respirar"). Judgement call: this only ever reads more than before (the words up to the contrast stay set aside,
  // and nothing is read there that was not), so its cost is a false alarm, never a silenced emergency.
  const afterClear = heldBack
    ? afterContrast(
        padded,
        [
          ...allClears.map((phrase) => padded.lastIndexOf(phrase) + phrase.trimEnd().length),
          ...datedEnds(padded, candidates),
        ],
        candidates,
        englishHits,
        wellNow,
        breaks,
      )
    : null;
  const clearedBefore = afterClear !== null && !datedIn(afterClear, afterClear);
  const notNow = heldBack && !clearedBefore;
  // Round 38 (lang38): a crisis told as history and over ("twee jaar geleden had ik zelfmoordgedachten, maar het
  // gaat nu goed"; "몇 년 전에 자해를 한 적이 있는데 지금은 괜찮아요") is not a crisis now. Crisis words otherwise
  // count whatever all-clear is said, so this needs both a date (`timeWords`, no present word outside a well-now
  // phrase) and an all-clear or a well-now phrase, and no relapse. Judgement call: either alone leaves the crisis
  // reading, the safer error; English reads a past crisis with "doing well now" as over too (`crisis_over`).
  // An all-clear that is itself a date ("작년에" in an older `notNow`) says nothing of now: not counted here.
  const isDate = (phrase: string) =>
    candidates.some(({ compiled }) => compiled.dated.some((time) => timeSaid(time, ` ${phrase} `)));
  const clearNow = allClears.some((phrase) => !isDate(phrase));
  const saidWellNow = wellNow.some((time) => timeSaid(time, padded));
  const crisisOver = dated && live === null && !relapse && (clearNow || saidWellNow);
  // Round 46 (lead): after a crisis told as over, what follows a contrast is still read ("hace años intenté suicidarme y
  // ya estoy bien, pero mi hermano dice que se quiere matar").
  const crisisText = crisisOver ? (clearedBefore ? afterClear : null) : padded;
  // Round 40 (lang40): a condition named as a subject asked about, or as behind the person, is no sign (`namedTopic`).
  const signBase = clearedBefore ? afterClear : (live ?? padded);
  const signText = relapse
    ? signBase
    : withoutTopicNames(signBase, breaks, candidates.map(({ compiled }) => compiled));
  // A cosmetic cause likewise ("la cara caída después de adelgazar" also reads as Portuguese).
  const cosmetic = candidates.some(({ compiled }) =>
    compiled.cosmeticCauses.some((start) => present(padded, start, compiled.negation, breaks)),
  );
  for (const { compiled, hits } of candidates) {
    const { language } = compiled;
    const written = hits >= 1 && hits >= englishHits;
    const base = { language: language.code, talkToPerson: language.talkToPerson, written };
    const fires = (entry: CompiledEntry) => entryFires(entry, signText, compiled.negation, breaks);
    // Round 27 (lang27): a closing denial does not read crisis entries. Judgement call: a crisis is often told as an
    // absence ("जीने की कोई वजह नहीं है", "انگیزه‌ای برای زندگی ندارم"), so denying it is the costlier error.
    const crisisFires = (entry: CompiledEntry) =>
      crisisText !== null && entryFires(entry, crisisText, compiled.crisisNegation, breaks);
    // Round 27 (lang27): Korean typed without its spaces ("숨을못쉬겠어요", "가슴이너무아파요") is read again with every space
    // between Hangul letters taken out, against the entries' words of two letters or more (`compacted`).
    const compact = compiled.compactEmergency.length > 0 ? compactHangul(signText) : '';
    const compactFires = (entry: CompiledEntry) =>
      entryFires(entry, compact, compiled.compactNegation, breaks);
    if (compiled.crisis.some(crisisFires) || (!crisisOver && compiled.compactCrisis.some(compactFires)))
      return { kind: 'crisis', text: language.crisisAdvice, ...base };
    const standsDown = (entry: CompiledEntry) =>
      cosmetic && (entry.groups[0] ?? []).some((start) => compiled.cosmeticParts.has(start));
    if (!notNow && compiled.emergency.some((entry) => !standsDown(entry) && fires(entry)))
      return { kind: 'emergency', text: language.emergencyAdvice, ...base };
    if (!notNow && !cosmetic && compiled.compactEmergency.some(compactFires))
      return { kind: 'emergency', text: language.emergencyAdvice, ...base };
  }
  // A request for a person needs only one common word of its language ("quero falar com uma atendente"): its phrases
  // exist only in that language (checked in every candidate: Italian "parlare con qualcuno" also has Spanish words).
  // Round 39 (lead): a short message in a language's own script needs none of its common words ("дайте оператора",
  // "אפשר נציג?"): no English message holds a Cyrillic, Hebrew or Arabic word, and the entry's words are that language's.
  // The verb entries of every candidate are read before any `handoffNamed` entry, so a request keeps its language.
  const asking = candidates.filter(
    ({ compiled, hits }) => (hits >= 1 || (compiled.ownScript && nonLatinLetters)) && hits >= englishHits,
  );
  // An emergency word people use in any language ("SOS", "911"), read with a language's negation or none.
  // Round 43 (lang43): read with the topic names set aside (`signText`), as the language's own entries are: "c'est quoi
  // l'anaphylaxie ?" names a subject, while "SOS" or "anaphylaxie, aidez-moi" still count.
  const saysUniversalEmergency = (negation: Negation) =>
    universal.some((entry) => entryFires(entry, signText, negation, breaks));
  // Round 50 (ho50): a request for a person in a language's own words is itself evidence of that language, in a message
  // with no English function word: "Soittaisitteko huomenna?" and "Lahko govorim z receptorjem?" have none of their
  // language's common words. Only the verb entries (`handoff`: a phrase of talking, ringing or being put through) and only
  // after every language the message has common words of; a role named alone (`handoffNamed`) is no evidence.
  // Not beside one English word: some languages' entries hold the English said inside them ("talk to" in Taglish), which
  // an English "talk to reception" would fire.
  const unmarked =
    englishHits === 0 ? candidates.filter(({ compiled, hits }) => hits === 0 && !compiled.ownScript) : [];
  for (const entries of ['handoff', 'handoffNamed'] as const) {
    for (const candidate of entries === 'handoff' ? [...asking, ...unmarked] : asking) {
      const { compiled } = candidate;
      const { language } = compiled;
      const { handoffReply } = language;
      // Round 50 (ho50): a language found only by its hand-off entry (`unmarked`: none of its common words) counts only an
      // entry of a verb and a person: a phrase alone ("no bot", Italian as well as English) may be English. A language the
      // message shows otherwise (`asking`: its common words, or its own script) counts every entry ("ரோபோ வேண்டாம்…").
      const onlyByEntry = !asking.includes(candidate);
      const counts = (entry: CompiledEntry) =>
        (!onlyByEntry || entry.groups.length > 1) && entryFires(entry, padded, compiled.negation, breaks);
      if (!handoffReply || !compiled[entries].some(counts)) continue;
      // Round 39 (lead): a request for a person with an emergency word people use in any language ("SOS, quiero un humano
      // ya") gets the emergency advice, which offers a person too: red flags first. Unless told as past, as below.
      if (!notNow && saysUniversalEmergency(compiled.negation))
        return replyIn(language, 'emergency', language.emergencyAdvice);
      return replyIn(language, 'handoff', handoffReply);
    }
  }
  // Likewise in a language with no lexicon (Tagalog, Malay, Hindi in Latin letters, Arabic): the entries' words exist only there.
  if (
    content.otherHandoffReply &&
    otherHandoff.some((entry) => entryFires(entry, padded, NO_NEGATION, breaks))
  ) {
    if (content.otherEmergencyAdvice && saysUniversalEmergency(NO_NEGATION))
      return { kind: 'emergency', language: 'other', text: content.otherEmergencyAdvice };
    return { kind: 'handoff', language: 'other', text: content.otherHandoffReply };
  }
  // Round 50 (ho50): a request for a personal suggestion in a language's own words ("what do you recommend me", "does it suit
  // me") is evidence of that language, in one of its common words or none and no English one; read before the languages
  // that have more common words but no such request ("sto" and "mi" are Italian too).
  const personalIn = candidates.find(
    ({ compiled, hits }) =>
      !compiled.language.mixedWithEnglish &&
      (hits >= 1 || englishHits === 0) &&
      hits >= englishHits &&
      compiled.personalRequest.some((entry) => entryFires(entry, padded, compiled.negation, breaks)),
  );
  if (personalIn) {
    const { language } = personalIn.compiled;
    if (!notNow && saysUniversalEmergency(personalIn.compiled.negation))
      return replyIn(language, 'emergency', language.emergencyAdvice);
    return replyIn(language, 'not_supported', language.notSupported);
  }
  for (const { compiled, hits } of candidates) {
    const { language } = compiled;
    // A language mixed with English that the message is written in (most of its common words) goes on to the English
    // reader: a shared word ("mein" is also German) does not make it another language's "I speak English".
    if (language.mixedWithEnglish) {
      if (
        hits >= 1 &&
        compiled.personalRequest.some((entry) => entryFires(entry, padded, compiled.negation, breaks))
      )
        return replyIn(language, 'not_supported', language.notSupported);
      if (hits >= 2 && hits > englishHits) return null;
      continue;
    }
    const distinctive = language.distinctive.some((ch) => text.toLowerCase().includes(ch));
    if ((hits >= 2 && hits > englishHits) || (hits >= 1 && distinctive && englishHits === 0)) {
      // Round 24 (miss24): a message in this language that its lexicon could not read, with an emergency word people use
      // in any language ("SOS", "911", "stroke"), gets this language's emergency advice, unless it is told as past.
      if (!notNow && saysUniversalEmergency(compiled.negation))
        return replyIn(language, 'emergency', language.emergencyAdvice);
      const reply = replyIn(language, 'not_supported', language.notSupported);
      return notNow && englishHits * OWN_WORDS_PER_ENGLISH_INSIDE_PAST <= hits ? { ...reply, toldAsPast: true } : reply;
    }
  }
  const otherHits = words.filter((w) => other.has(w)).length;
  const letters = text.match(/\p{L}/gu) ?? [];
  const nonLatin = letters.filter((ch) => !/\p{Script=Latin}/u.test(ch)).length;
  if (
    (otherHits >= 2 && otherHits > englishHits) ||
    (letters.length > 0 && nonLatin / letters.length >= OTHER_SCRIPT_SHARE)
  ) {
    // Round 24 (miss24): a language the assistant cannot read at all: an emergency word people use in any language ("SOS",
    // "CPR", "911", "heart attack") is answered with the emergency number and a person, in English. Judgement call: with
    // no words of that language to read negation or time, the word alone counts; a needless emergency line costs little.
    if (
      content.otherEmergencyAdvice &&
      saysUniversalEmergency(NO_NEGATION)
    )
      return { kind: 'emergency', language: 'other', text: content.otherEmergencyAdvice };
    return { kind: 'not_supported', language: 'other', text: content.otherNotSupported };
  }
  return null;
}

/**
 * Round 40 (lang40): `padded` with the condition names (`namedTopic.names`) blanked (letters as "x", word positions kept) where
 * they are a subject, not an event: in a sentence that asks (`Breaks.asked`, or an `asked` particle) and holds a topic cue, or
 * right after an `after` word; never in a sentence with a present-time word. Every candidate language's lists are read
 * together, as `notNow` is (neighbours share names).
 */
function withoutTopicNames(padded: string, breaks: Breaks, languages: readonly CompiledLanguage[]): string {
  const names = languages.flatMap(({ topicNames }) => topicNames);
  if (names.length === 0 || !names.some((name) => padded.includes(name.trim()))) return padded;
  const cues = languages.flatMap(({ topicCues }) => topicCues);
  const frames = languages.flatMap(({ topicFrames }) => topicFrames);
  const after = languages.flatMap(({ topicAfter }) => topicAfter);
  const now = languages.flatMap(({ presentTime }) => presentTime);
  const spans: [number, number][] = [];
  for (const sentence of sentenceSpans(padded, breaks)) {
    const text = ` ${padded.slice(sentence.from, sentence.to)} `;
    // A sentence that says now ("ahora", "сейчас") keeps its names, whatever frame it has.
    if (now.some((time) => timeSaid(time, text))) continue;
    // Round 50 (lx50a): a language's question words (`asked`, Turkish "mi") make a question only with that language's own cues:
    // Turkish "mi" is also Serbo-Croatian "me" and Czech's cue "dá se" is also "da se" (that … oneself), so "srce mi lupa, sad
    // ću da se onesvestim" had its faint set aside as a topic asked about.
    const hasCue = (list: readonly string[]) => list.some((cue) => text.includes(cue));
    const askedInItsLanguage = languages.some(
      ({ topicAsked, topicCues }) => hasCue(topicAsked) && hasCue(topicCues),
    );
    // Round 43 (lang43): a frame (a dream told) needs no question.
    const inTopic = (sentence.asked && hasCue(cues)) || askedInItsLanguage || hasCue(frames);
    for (const [from, to] of nameSpans(text, names)) {
      if (inTopic || afterCue(text.slice(0, from), after)) spans.push([sentence.from + from - 1, sentence.from + to - 1]);
    }
  }
  return spans.length === 0 ? padded : blankSpans(padded, spans);
}

/** Each sentence's [from, to) in `padded`, from the word positions `breaks` says start one, and whether it asks. */
function sentenceSpans(padded: string, breaks: Breaks): { from: number; to: number; asked: boolean }[] {
  let at = 1;
  const sentences: { from: number; to: number; asked: boolean }[] = [];
  for (const [i, word] of padded.trim().split(' ').entries()) {
    if (i === 0 || breaks.sentences.has(i)) sentences.push({ from: at, to: at, asked: breaks.asked.has(i) });
    at += word.length + 1;
    const last = sentences.at(-1);
    if (last) last.to = at - 1;
  }
  return sentences;
}

/** Round 41 (lang41): how far before a `now` word (or a name) a `nowUnless` word reaches, in words. */
const NOW_UNLESS_REACH = 3;

/** Round 41 (lang41): how far after a name a `nowPast` word makes its `now` word a perfect tense ("gehabt"), in words. */
const NOW_PAST_REACH = 2;

/**
 * Round 41 (lang41): whether a condition's name (`namedTopic.names`) is told as happening now to a person: right after a
 * `now` word ("ha un infarto", "está teniendo un ictus"), with no topic cue before it in its sentence ("ho sognato che"), no
 * `nowUnless` word three words or less before the `now` word ("se mio padre ha un infarto", "wenn jemand"), nor a `nowPast`
 * word two words or less after the name ("gehabt"). A present-time word beside the name is not enough: "un infarto, adesso
 * sto bene" is well now. The names and stand-downs of every candidate language are read together, as `withoutTopicNames`
 * reads them; the `now` words only of the `written` ones, those with a common word in the message.
 */
function namedAsNow(
  padded: string,
  breaks: Breaks,
  languages: readonly CompiledLanguage[],
  written: readonly CompiledLanguage[],
): boolean {
  const names = languages.flatMap(({ topicNames }) => topicNames);
  if (names.length === 0 || !names.some((name) => padded.includes(name.trim()))) return false;
  // The `now` words only of a language the message has a common word of: they are short, and another language's article
  // (Swahili "una", "you have") or preposition (Romanian "am", German "am Herzinfarkt gestorben") would read as one.
  const now = written.flatMap(({ topicNow }) => topicNow);
  const nowAfter = written.flatMap(({ topicNowAfter }) => topicNowAfter);
  // Round 44 (lang44): read with the `nowUnless` of those languages only: French "a" (has, of a past event) is the Hungarian
  // article ("a férjem szívrohamot kap").
  const unlessAfter = written.flatMap(({ topicNowUnless }) => topicNowUnless);
  const unless = languages.flatMap(({ topicNowUnless }) => topicNowUnless);
  const past = languages.flatMap(({ topicNowPast }) => topicNowPast);
  // Round 43 (lang43): a frame before the name ("soñé que mi padre tiene un infarto") stands the `now` word down as a cue does.
  const cues = languages.flatMap(({ topicCues, topicFrames }) => [...topicCues, ...topicFrames]);
  const lastWords = (text: string, count: number) => ` ${text.trim().split(' ').slice(-count).join(' ')} `;
  const conditional = (before: string) => {
    const near = lastWords(before, NOW_UNLESS_REACH);
    return unless.some((cue) => near.includes(cue));
  };
  // The start of the sentence a character position is in.
  const starts = sentenceSpans(padded, breaks).map(({ from }) => from);
  const sentenceFrom = (position: number) => starts.filter((start) => start <= position).at(-1) ?? 1;
  return nameSpans(padded, names).some(([from, to]) => {
    const before = padded.slice(0, from);
    const next = ` ${padded.slice(to).trim().split(' ').slice(0, NOW_PAST_REACH).join(' ')} `;
    const sentence = ` ${padded.slice(sentenceFrom(from), from)} `;
    // A short past word is no article ("у меня был инсульт").
    const cueBefore = textBeforeEndingCue(before, now, (last) => !past.some((word) => ` ${last}`.startsWith(word)));
    // Round 44 (lang44): a present verb right after the name, where the verb comes last ("kalp krizi geçiriyor").
    const unspaced = UNSPACED_LETTER.test(padded.slice(from, to));
    const followed = ` ${textAfter(padded, to, unspaced)} `;
    const nearName = lastWords(before, NOW_UNLESS_REACH);
    const nowFollows =
      nowAfter.some((cue) => followed.includes(cue)) && !unlessAfter.some((cue) => nearName.includes(cue));
    return (
      ((cueBefore !== null && !conditional(cueBefore)) || nowFollows) &&
      !cues.some((cue) => sentence.includes(cue)) &&
      !past.some((word) => next.includes(word))
    );
  });
}

/** Round 40: the longest article or determiner read between an `after` word and the name ("chi ha avuto un ictus"). */
const ARTICLE_MAX_LETTERS = 3;

/**
 * Round 40: the text before a name ends with an `after` word, right before it or with one short word between ("quien tuvo un
 * infarto"); never further ("после массажа инсульт", a stroke after the massage, is now).
 */
function afterCue(before: string, after: readonly string[]): boolean {
  return textBeforeEndingCue(before, after) !== null;
}

/**
 * The text before the cue that ends `before`, right before the name or with one short word between (an article, which
 * `isArticle` may refuse: round 41's `now` words refuse a short past word), or null when no cue ends it. `afterCue` and
 * round 41's `namedAsNow` (the `now` words) read a name's left edge this one way.
 */
function textBeforeEndingCue(
  before: string,
  cues: readonly string[],
  isArticle: (word: string) => boolean = () => true,
): string | null {
  const words = before.trim().split(' ');
  const last = words.at(-1) ?? '';
  const article = [...last].length <= ARTICLE_MAX_LETTERS && isArticle(last);
  for (const text of [words.join(' '), ...(article ? [words.slice(0, -1).join(' ')] : [])]) {
    const cue = cues.find((word) => ` ${text} `.endsWith(word));
    if (cue !== undefined) return ` ${text} `.slice(0, -cue.length + 1);
  }
  return null;
}

/** Where the names occur in a padded text: a spaced name to the end of its last word, a Han or kana name as written. */
function nameSpans(text: string, names: readonly string[]): [number, number][] {
  const spaced = phraseSpans(text, names);
  for (const name of names) {
    if (name.startsWith(' ')) continue;
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1))
      spaced.push([from, from + name.length]);
  }
  return spaced;
}

/** Round 34 (lang34b): a word that stands in for a dated one, keeping the word positions `breaks` counts. */
const DATED_WORD = '_';

/**
 * Round 46 (lead): `padded` with every word up to the first contrast word after the last all-clear or date stood in for by
 * `DATED_WORD` (word positions kept), or null when no contrast follows one. Contrast words are those of the languages the
 * message is written in (a common word or more, and no fewer than its English ones): Romanian "dar" is Spanish "give".
 * Round 49 (lead): a present-time word of those languages said after the all-clear ("vi un video sobre derrames, ahora mi
 * papá no puede hablar"), outside a well-now phrase ("ahora estoy bien"), turns the message to now as a contrast word
 * does; the present word itself is kept, since it may be the sign's own verb ("me duele", "est gonflé"). Judgement call:
 * as with a contrast word, this only ever reads more, so its cost is a false alarm, never a silenced emergency.
 */
function afterContrast(
  padded: string,
  standDownEnds: readonly number[],
  candidates: readonly { readonly compiled: CompiledLanguage; readonly hits: number }[],
  englishHits: number,
  wellNow: readonly CutPattern[],
  breaks: Breaks,
): string | null {
  const written = candidates.filter(({ hits }) => hits >= 1 && hits >= englishHits);
  const from = Math.max(...standDownEnds);
  const contrastCuts = written
    .flatMap(({ compiled }) => compiled.contrast)
    .map((word) => ({ at: padded.indexOf(word, from), length: word.trimEnd().length }))
    .filter(({ at }) => at >= 0)
    .map(({ at, length }) => ({ at, through: at + length }));
  const wellNowSpans = wellNow.flatMap((time) =>
    padded.includes(time.needle)
      ? [...padded.matchAll(time.every)].map((match) => [match.index, match.index + match[0].length] as const)
      : [],
  );
  const insideWellNow = (at: number) => wellNowSpans.some(([start, end]) => at >= start && at < end);
  const presentCuts = written
    .flatMap(({ compiled }) => compiled.presentTime)
    .flatMap((time) => (padded.includes(time.needle) ? presentStarts(time, padded, from) : []))
    .filter((at) => !insideWellNow(at))
    .map((at) => ({ at, through: at }));
  const nearest = [...contrastCuts, ...presentCuts, ...afterQuestion(padded, breaks, from)].sort((a, b) => a.at - b.at)[0];
  if (nearest === undefined) return null;
  const { through } = nearest;
  // `padded` is its words with one space between and around them, so each word starts one past the end of the last.
  // Round 47 (lead): a contrast word of a script written without spaces can end inside a run of letters ("我现在没事了但是我妈妈
  // 不能呼吸"): the rest of that run is kept, in the run's place.
  let start = 1;
  const kept = padded
    .trim()
    .split(' ')
    .map((word) => {
      const end = start + word.length;
      const stoodIn = end <= through ? DATED_WORD : start < through ? word.slice(through - start) : word;
      start = end + 1;
      return stoodIn;
    });
  return ` ${kept.join(' ')} `;
}

/**
 * Round 49 (lead): a frame of curiosity or risk ("solo por curiosidad", "nur aus Neugier") frames the question it opens; a
 * statement told after that question is the writer's own ("…puede dar alergia? es que tengo la lengua hinchada"). The start
 * of the first sentence after `from` that follows a question and is no question itself ("…ohnmächtig wird? Habt ihr einen
 * Defibrillator?" asks on), as a cut (the space before its first word).
 */
function afterQuestion(padded: string, breaks: Breaks, from: number): { at: number; through: number }[] {
  const words = padded.trim().split(' ');
  let sentenceStart = 0;
  for (let i = 0, start = 1; i < words.length; start += (words[i]?.length ?? 0) + 1, i += 1) {
    if (!breaks.sentences.has(i)) continue;
    if (start > from && breaks.asked.has(sentenceStart) && !breaks.asked.has(i))
      return [{ at: start - 1, through: start - 1 }];
    sentenceStart = i;
  }
  return [];
}

/** Round 49 (lead): where each saying of a present-time phrase at or after `from` starts (the space before its first word). */
function presentStarts(time: CutPattern, padded: string, from: number): number[] {
  const { every } = time;
  const starts: number[] = [];
  // On from one character past each hit, as neighbouring sayings share the space between them.
  for (let at = from; ; ) {
    every.lastIndex = at;
    const match = every.exec(padded);
    if (match === null) return starts;
    starts.push(match.index);
    at = match.index + 1;
  }
}

/** Round 46 (lead): where each dated phrase said in `padded` first ends (its last word's end). */
function datedEnds(
  padded: string,
  candidates: readonly { readonly compiled: CompiledLanguage }[],
): number[] {
  return candidates.flatMap(({ compiled }) =>
    compiled.dated.flatMap((time) => {
      if (!padded.includes(time.needle)) return [];
      const match = time.pattern.exec(padded);
      return match ? [match.index + match[0].trimEnd().length] : [];
    }),
  );
}

/**
 * Round 34 (lang34b): `padded` with every word from the first dated clause on stood in for by `DATED_WORD`, when that clause
 * tells an event of its own (a word of an emergency or crisis entry) and a clause before it is left; else null (the
 * whole message is dated, as before).
 */
function beforeDatedEvent(
  padded: string,
  breaks: Breaks,
  languages: readonly CompiledLanguage[],
): string | null {
  const words = padded.trim().split(' ');
  const clauseOf: number[] = [];
  for (let i = 0; i < words.length; i += 1) clauseOf.push((clauseOf[i - 1] ?? 0) + (i > 0 && breaks.clauses.has(i) ? 1 : 0));
  const clauseText = (clause: number) => ` ${words.filter((_, i) => clauseOf[i] === clause).join(' ')} `;
  const datedClause = [...new Set(clauseOf)].find((clause) =>
    languages.some(({ dated }) => dated.some((time) => timeSaid(time, clauseText(clause)))),
  );
  if (datedClause === undefined || datedClause === 0) return null;
  const text = clauseText(datedClause);
  const event = languages.some(({ emergency, crisis }) =>
    [...emergency, ...crisis].some(({ groups }) => groups.some((group) => group.some((start) => text.includes(start)))),
  );
  if (!event) return null;
  return ` ${words.map((word, i) => ((clauseOf[i] ?? 0) >= datedClause ? DATED_WORD : word)).join(' ')} `;
}

/**
 * An entry fires when every group has an alternative in the message, not negated, and none of its everyday causes
 * (`unless`) is said, undenied ("keinen Sport gemacht" is no workout; round 12).
 */
function entryFires(entry: CompiledEntry, padded: string, negation: Negation, breaks: Breaks): boolean {
  if (entry.unless.some((cause) => present(padded, cause, negation, breaks))) return false;
  if (entry.groups.every((group) => group.some((start) => present(padded, start, negation, breaks)))) return true;
  return entry.groups.length > 1 && firesWithOwnWords(entry, padded, negation, breaks);
}

/**
 * Round 38: a negation word that belongs to one of the entry's own phrases is that phrase's word, not a denial of the
 * next group's. "ya no aguanto, hoy lo hago" (I can't take any more, today I do it): the lexicon wrote "ya no aguanto"
 * as the sign, but the Spanish cue "ya no" in it, three words back and not cut by the comma (`clauseStarts`), denied
 * "hoy lo hago"; likewise German "kann nicht mehr" and Dutch "kan niet meer" before a second group. Each group is read
 * again with the other groups' phrases blanked out (letters only, so word positions and sentence starts stay put); a
 * negation outside them still denies. Only ever adds a firing the plain reading refused, and only when every group's
 * words are in the message at all.
 */
function firesWithOwnWords(entry: CompiledEntry, padded: string, negation: Negation, breaks: Breaks): boolean {
  const spans = entry.groups.map((group) => phraseSpans(padded, group));
  if (spans.some((groupSpans) => groupSpans.length === 0)) return false;
  // Only a cue wholly inside an own phrase is that phrase's word. A cue that merely shares a word with one (Russian "нет
  // боли" over the sign word "боли") still denies the sign: blanking would cut it in half.
  const all = spans.flat();
  if (cueOccurrences(padded, negation).some((cue) => straddles(cue, all))) return false;
  return entry.groups.every((group, index) => {
    const blanked = blankSpans(padded, spans.filter((_, other) => other !== index).flat());
    return group.some((start) => present(blanked, start, negation, breaks));
  });
}

/** Where a group's spaced phrases occur, each to the end of the word it ends in (a word start, " hinch", covers "hinchada"). */
function phraseSpans(padded: string, group: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of group) {
    if (!phrase.startsWith(' ')) continue;
    for (let from = padded.indexOf(phrase); from >= 0; from = padded.indexOf(phrase, from + 1)) {
      const end = padded.indexOf(' ', from + phrase.trimEnd().length);
      spans.push([from + 1, end < 0 ? padded.length : end]);
    }
  }
  return spans;
}

/** Where every negation cue (before, after or closing the clause) occurs, as word-aligned [start, end). */
function cueOccurrences(padded: string, negation: Negation): [number, number][] {
  const found: [number, number][] = [];
  for (const cue of [...negation.before, ...negation.afterInClause, ...negation.after]) {
    const words = cue.trim();
    // Han and kana cues sit inside runs of letters, never across a spaced phrase's words.
    if (UNSPACED_LETTER.test(words)) continue;
    for (let at = padded.indexOf(` ${words} `); at >= 0; at = padded.indexOf(` ${words} `, at + 1))
      found.push([at + 1, at + 1 + words.length]);
  }
  return found;
}

/** The cue overlaps one of the spans without lying wholly inside it. */
function straddles([start, end]: [number, number], spans: readonly [number, number][]): boolean {
  return spans.some(([from, to]) => start < to && end > from && (start < from || end > to));
}

/** The text with the letters of these spans replaced by "x", spaces kept (UTF-16 units, as `indexOf` counts). */
function blankSpans(padded: string, spans: readonly [number, number][]): string {
  const units = padded.split('');
  for (const [from, to] of spans) for (let i = from; i < to; i++) if (units[i] !== ' ') units[i] = 'x';
  return units.join('');
}

/**
 * The text (a word start, " hinch") occurs and no negation cue is in the three words before it, within its own sentence
 * (`breaks`: word positions that start one); nor, for a language whose negation follows the verb, just after it.
 */
function present(padded: string, phrase: string, negation: Negation, breaks: Breaks): boolean {
  const unspaced = !phrase.startsWith(' ');
  let from = padded.indexOf(phrase);
  while (from >= 0) {
    const negated = unspaced
      ? negatedInClause(padded, from, negation.before)
      : negatedInWords(padded, from, negation, breaks) ||
        deniedThroughList(padded, from, negation, breaks.sentences) ||
        deniedByPair(padded, from, negation, breaks.sentences) ||
        deniedLaterInClause(padded, from + phrase.length, negation, breaks.clauses);
    const followed = negation.after.length > 0 || negation.questions.length > 0;
    const after = followed ? textAfter(padded, from + phrase.length, unspaced) : '';
    const deniedAfter = negation.after.some((cue) => after.includes(cue));
    const asked = negation.questions.some((cue) => after.includes(cue));
    if (!((negated || deniedAfter) && !asked)) return true;
    from = padded.indexOf(phrase, from + 1);
  }
  return false;
}

/** Round 27 (lang27): how many words after a sign word a closing denial may start ("सीने में कोई दर्द नहीं है"). */
const CLAUSE_DENIAL_REACH = 3;
/** Round 27: how many words of the sign's clause are read for a closing denial. */
const CLAUSE_AFTER_WORDS = 5;

/**
 * Round 27 (lang27): a closing denial (`negationAfterInClause`, " नहीं है ") starting within `CLAUSE_DENIAL_REACH` words
 * after the word that ends at `end`, in the same clause: the clause ends at a comma, a sentence mark or a `clauseWords`
 * word, so "दर्द है, पर बुखार नहीं है" denies only the fever.
 */
function deniedLaterInClause(
  padded: string,
  end: number,
  negation: Negation,
  clauses: ReadonlySet<number>,
): boolean {
  if (negation.afterInClause.length === 0) return false;
  const next = padded.slice(0, end).trim().split(' ').length;
  const rest = padded.slice(end);
  const words = rest
    .slice(rest.indexOf(' ') + 1)
    .split(' ')
    .filter(Boolean);
  const clause: string[] = [];
  for (const [i, word] of words.slice(0, CLAUSE_AFTER_WORDS).entries()) {
    if (clauses.has(next + i)) break;
    clause.push(word);
    // A clause word ends the clause with itself: "but" starts the next one, "is" closes this one ("दर्द है, बुखार नहीं है").
    if (negation.clauseWords.has(word)) break;
  }
  const window = ` ${clause.join(' ')} `;
  return negation.afterInClause.some((cue) => {
    const at = window.indexOf(cue);
    return at >= 0 && window.slice(0, at).trim().split(' ').filter(Boolean).length < CLAUSE_DENIAL_REACH;
  });
}

/** A reply in one of the lexicon's languages, with its offer of a person in that language. */
function replyIn(
  language: Language,
  kind: NonNullable<OtherLanguageReading>['kind'],
  text: string,
): NonNullable<OtherLanguageReading> {
  return { kind, text, language: language.code, talkToPerson: language.talkToPerson };
}

/** The words of a padded plain text up to position `from`, the word there included. */
function wordsUpTo(padded: string, from: number): string[] {
  return padded
    .slice(0, from + 1)
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * Round 28 (lang28): a "nor" cue (`listNegation`) in the three words before position `from`, after a negation cue earlier in
 * the same sentence ("non ho dolore al petto né fiato corto").
 */
function deniedThroughList(
  padded: string,
  from: number,
  negation: Negation,
  breaks: ReadonlySet<number>,
): boolean {
  if (negation.list.length === 0) return false;
  const preceding = wordsUpTo(padded, from);
  const at = preceding.length;
  const sentenceStart = Math.max(0, ...[...breaks].filter((b) => b <= at));
  const sentence = preceding.slice(sentenceStart);
  const windowStart = Math.max(0, sentence.length - 3);
  return sentence.slice(windowStart).some((word, i) => {
    if (!negation.list.includes(` ${word} `)) return false;
    // Round 44 (lang44): nor after an inability ("sin poder respirar ni hablar": can neither breathe nor speak).
    const earlier = withoutInabilities(` ${sentence.slice(0, windowStart + i).join(' ')} `, negation.inability);
    return negation.before.some((cue) => earlier.includes(cue));
  });
}

/**
 * Round 37 (lang37): the word at `from` right after a "neither … nor" word (`pairedListNegation`) that its sentence says at
 * least twice ("la pierna ni roja ni caliente").
 */
function deniedByPair(padded: string, from: number, negation: Negation, breaks: ReadonlySet<number>): boolean {
  if (negation.paired.length === 0) return false;
  const preceding = wordsUpTo(padded, from);
  const previous = ` ${preceding.at(-1) ?? ''} `;
  if (!negation.paired.includes(previous)) return false;
  const at = preceding.length;
  const sentenceStart = Math.max(0, ...[...breaks].filter((b) => b <= at));
  const sentenceEnd = Math.min(Number.POSITIVE_INFINITY, ...[...breaks].filter((b) => b > at));
  const sentence = padded.trim().split(' ').slice(sentenceStart, sentenceEnd);
  return sentence.filter((word) => ` ${word} ` === previous).length >= 2;
}

/** Round 44 (lang44): the text with its inability phrases ("sin poder") blanked, so their "sin" denies nothing. */
function withoutInabilities(text: string, inability: readonly string[]): string {
  return inability.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

/** A negation cue in the three words before position `from`, within its own sentence. */
function negatedInWords(padded: string, from: number, negation: Negation, breaks: Breaks): boolean {
  const preceding = wordsUpTo(padded, from);
  const at = preceding.length;
  const windowFrom = Math.max(0, at - 3, ...[...breaks.sentences].filter((b) => b <= at));
  // Round 44 (lang44): a cue inside an inability phrase ("sin poder respirar") denies nothing.
  const words = (first: number, end: number) =>
    withoutInabilities(` ${preceding.slice(first, end).join(' ')} `, negation.inability);
  // Round 49 (lead): a denial said before the last comma of the window reaches the sign only through a list of signs ("no
  // tengo fiebre, tos"): the words it denied before the comma hold a sign word. Judgement call: a comma after a word that is
  // no sign ("to nie jest żaden test, żona zemdlała", "no es broma, …") ends the denial, as issue 11 asks of English; the
  // cost is a false alarm where a list of denials holds a word the lexicon lacks.
  const comma = Math.max(-1, ...[...breaks.clauses].filter((c) => c > windowFrom && c <= at));
  const deniedBeforeComma = comma < 0 ? '' : words(windowFrom, comma);
  const reachesPastComma = comma < 0 || negation.signs.some((sign) => deniedBeforeComma.includes(sign));
  const before = words(windowFrom, at);
  // Cues are already plain (" no tengo "), so they match whole words. Where the denial stops at the comma, a cue said wholly
  // before it does not count; one that runs across it still does ("температуры нет, боли в груди нет": "нет боли").
  return negation.before.some(
    (cue) => before.includes(cue) && (reachesPastComma || !deniedBeforeComma.includes(cue)),
  );
}

/**
 * Round 26 (lang26a): how far back a negation reaches in Chinese, in characters ("没有胸痛", "并没有任何胸痛"); a one-letter
 * cue only right before the word. Not past a space: punctuation, commas included, reads as one, so "我没事，胸口很痛"
 * denies nothing.
 */
const UNSPACED_NEGATION_REACH = 4;
/**
 * Round 28 (lang28): the same reach in Thai, in code points, whose vowel signs and tone marks are kept: "ไม่มี" (have no) is five
 * ("ไม่มีไข้", no fever); not so far that "ไม่สบาย" (unwell) just before a sign denies it.
 */
const THAI_NEGATION_REACH = 6;
const THAI_LETTER = /^\p{Script=Thai}/u;
/** How far after a Han or kana word a following negation or question is read ("痛くありません"). */
const UNSPACED_AFTER_REACH = 8;

/** A negation cue in the few characters of the same clause before position `from` (Han and kana). */
function negatedInClause(padded: string, from: number, negation: readonly string[]): boolean {
  const clauseStart = padded.lastIndexOf(' ', from - 1) + 1;
  const reach = THAI_LETTER.test(padded.slice(from)) ? THAI_NEGATION_REACH : UNSPACED_NEGATION_REACH;
  const before = padded.slice(Math.max(clauseStart, from - reach), from);
  // A one-letter cue (不, 没, 唔) only right before the word: "不痛" denies pain, "不舒服胸口痛" (unwell, chest pain) does not.
  return negation.some((cue) => {
    const bare = cue.trim();
    return bare.length === 1 ? before.endsWith(bare) : before.includes(bare);
  });
}

/**
 * The text just after a match, where a negation that follows its verb sits: in Han or kana the next few characters of
 * the clause ("痛くない"); in spaced words the rest of the word and the next one ("아프지 않아요").
 */
function textAfter(padded: string, end: number, unspaced: boolean): string {
  const rest = padded.slice(end);
  if (unspaced) return rest.slice(0, UNSPACED_AFTER_REACH).split(' ')[0] ?? '';
  return rest.split(' ').slice(0, 2).join(' ');
}
