import { z } from 'zod';

/**
 * What the detector calls a blood pressure or a blood oxygen reading (red-flags.yaml `readings`): the words around the
 * numbers and the clinical thresholds live in the content file; this module only builds the patterns from them. Numbers
 * otherwise all read the same word, so a reading that matters is turned into one word the lexicon names.
 */
const PHRASES = z.array(z.string().trim().min(1)).min(1);
const LEVEL = z.number().int().positive();

export const NumberReadingsSchema = z
  .object({
    bloodPressure: z
      .object({
        /** What stands between the two numbers ("/", "over"). */
        between: PHRASES,
        /** Systolic or diastolic at or above these reads `bpsevere`. */
        severe: z.object({ systolic: LEVEL, diastolic: LEVEL }).strict(),
        /** Else at or above these reads `bpraised`. */
        raised: z.object({ systolic: LEVEL, diastolic: LEVEL }).strict(),
        /** A pair outside these is no reading (a date, a score). */
        systolicRange: z.tuple([LEVEL, LEVEL]),
        diastolicAtLeast: LEVEL,
      })
      .strict(),
    oxygen: z
      .object({
        /** A reading from this up to `lowAtMost` reads `satslow`; below it is no oxygen reading (a price, an age). */
        atLeast: LEVEL,
        lowAtMost: LEVEL,
        /**
         * The words that name the reading, tried in this order (a longer phrase before the shorter one it starts with, as
         * the reader takes the first that leads to a number).
         */
        words: PHRASES,
        /** A word right after the oxygen word that names a treatment or a place, not a reading ("oxygen facial"). */
        notAReadingAfter: PHRASES,
        /** Words that may stand between the oxygen word and its number ("sats are at", "oxygen keeps dropping"). */
        links: PHRASES,
        /** A reading verb that brings a number a few words after the oxygen word ("…keeps reading 87"). */
        readingVerbs: PHRASES,
        /** A word that may stand between a number and an oxygen word after it ("88% on the oximeter"). */
        numberThenWord: PHRASES,
        /** How a percentage is written after the number. */
        percent: PHRASES,
        /** A unit right after the number makes it no reading; each matches as a word's start ("min": minutes). */
        unitStarts: PHRASES,
        /** The same, as a whole word only ("x": "3x"). */
        unitWords: PHRASES,
      })
      .strict(),
    /**
     * Round 45 (en45): numbers told in words ("ten minutes ago", "twenty-five mins back") read as their digits, so every
     * pattern written with `num` reads them as it reads "10" and "25". `small` words stand alone, a `tens` word may take one
     * `afterTens` word after it, with a space or a hyphen ("twenty five", "twenty-five": 25).
     */
    spelled: z
      .object({
        small: z.record(z.string(), LEVEL),
        tens: z.record(z.string(), LEVEL),
        afterTens: z.record(z.string(), LEVEL),
      })
      .strict()
      .optional(),
  })
  .strict();

export type NumberReadingsContent = z.infer<typeof NumberReadingsSchema>;

/** The two readers, built once from the content. */
export interface NumberReadings {
  /** A blood pressure reading ("160/95", "150 over 112") as `bpsevere` or `bpraised`; other pairs as they are. */
  readonly bloodPressure: (text: string) => string;
  /** A low blood oxygen reading ("me sats are sayin 89", "oxygen 90%", "88% on the oximeter") as `satslow`. */
  readonly oxygen: (text: string) => string;
  /** Numbers told in words as digits ("twenty five mins ago" → "25 mins ago"; round 45); the text as it is without them. */
  readonly spelled: (text: string) => string;
}

/** What a severe or a raised blood pressure reading is read as (words the lexicon names; round 13). */
export const SEVERE_PRESSURE_WORD = 'bpsevere';
export const RAISED_PRESSURE_WORD = 'bpraised';
/** What a low blood oxygen reading is read as (round 27). */
export const LOW_OXYGEN_WORD = 'satslow';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A phrase as a pattern: its words escaped, any run of spaces between them. */
const phrase = (text: string) => text.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
const anyOf = (phrases: readonly string[]) => `(?:${phrases.map(phrase).join('|')})`;
/** A phrase that ends in a letter or digit must end a word there ("percent", not "percentage"); "%" need not. */
const wholeAnyOf = (phrases: readonly string[]) =>
  `(?:${phrases.map((p) => (/\w$/.test(p) ? `${phrase(p)}\\b` : phrase(p))).join('|')})`;

/** The readers built for each `readings` object: the lexicon and the other-language reader share one content. */
const compiled = new WeakMap<NumberReadingsContent, NumberReadings>();

/** Builds the readers from red-flags.yaml `readings`, once per content. */
export function compileNumberReadings(content: NumberReadingsContent): NumberReadings {
  let readers = compiled.get(content);
  if (!readers) {
    readers = buildNumberReadings(content);
    compiled.set(content, readers);
  }
  return readers;
}

function buildNumberReadings(content: NumberReadingsContent): NumberReadings {
  const pressure = content.bloodPressure;
  const pair = new RegExp(String.raw`\b(\d{2,3})\s*${anyOf(pressure.between)}\s*(\d{2,3})\b`, 'gi');
  const bloodPressure = (text: string) =>
    text.replace(pair, (whole, sys: string, dia: string) => {
      const systolic = Number(sys);
      const diastolic = Number(dia);
      const [lowest, highest] = pressure.systolicRange;
      if (
        systolic < lowest ||
        systolic > highest ||
        diastolic < pressure.diastolicAtLeast ||
        diastolic >= systolic
      )
        return whole;
      if (systolic >= pressure.severe.systolic || diastolic >= pressure.severe.diastolic)
        return ` ${SEVERE_PRESSURE_WORD} `;
      if (systolic >= pressure.raised.systolic || diastolic >= pressure.raised.diastolic)
        return ` ${RAISED_PRESSURE_WORD} `;
      return whole;
    });

  const oxygen = content.oxygen;
  const words = anyOf(oxygen.words);
  const notOxygen = String.raw`(?!\s+${anyOf(oxygen.notAReadingAfter)}\b)`;
  const links = String.raw`(?:\s+${anyOf(oxygen.links)})*`;
  const units = [...oxygen.unitStarts.map(phrase), ...oxygen.unitWords.map((u) => `${phrase(u)}\\b`)].join(
    '|',
  );
  const notAReading = String.raw`(?!\d|\s*(?:-\s*)?(?:${units}))`;
  const percent = wholeAnyOf(oxygen.percent);
  const before = new RegExp(
    String.raw`\b${words}${notOxygen}${links}\s*[:=]?\s*(\d{2,3})${notAReading}\s*${percent}?`,
    'gi',
  );
  const far = new RegExp(
    String.raw`\b${words}${notOxygen}((?:\s+[a-z']+){1,5}?)\s+${anyOf(oxygen.readingVerbs)}\s*[:=]?\s*(\d{2,3})${notAReading}\s*${percent}?`,
    'gi',
  );
  const after = new RegExp(
    String.raw`\b(\d{2,3})\s*${percent}\s*(?:${anyOf(oxygen.numberThenWord)}\s+)?${words}\b`,
    'gi',
  );
  const low = (whole: string, value: string) => {
    const reading = Number(value);
    return reading >= oxygen.atLeast && reading <= oxygen.lowAtMost ? ` ${LOW_OXYGEN_WORD} ` : whole;
  };
  const readOxygen = (text: string) =>
    text
      .replace(before, low)
      .replace(far, (whole: string, _gap: string, value: string) => low(whole, value))
      .replace(after, low);

  return { bloodPressure, oxygen: readOxygen, spelled: spelledReader(content.spelled) };
}

function spelledReader(content: NumberReadingsContent['spelled']): (text: string) => string {
  if (!content) return (text) => text;
  const lower = (record: Record<string, number>) =>
    new Map(Object.entries(record).map(([word, value]) => [word.toLowerCase(), value]));
  const small = lower(content.small);
  const tens = lower(content.tens);
  const afterTens = lower(content.afterTens);
  const alternatives = (words: Iterable<string>) =>
    [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(
    String.raw`\b(?:(${alternatives(tens.keys())})(?:[\s-]+(${alternatives(afterTens.keys())}))?|(${alternatives(small.keys())}))\b(?!['’]\w)`,
    'gi',
  );
  return (text) =>
    text.replace(pattern, (whole, ten?: string, unit?: string, alone?: string) => {
      if (alone !== undefined) return String(small.get(alone.toLowerCase()) ?? whole);
      const value = (tens.get((ten ?? '').toLowerCase()) ?? 0) + (unit ? (afterTens.get(unit.toLowerCase()) ?? 0) : 0);
      return value > 0 ? String(value) : whole;
    });
}
