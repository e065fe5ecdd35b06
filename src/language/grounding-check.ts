import type { EvidenceLevel } from '../kb/articles';
import { findClaims, sentencesOf } from '../kb/kb-check';
import { extractEntities } from './entities';

/**
 * The post-check on a model-written answer. Pure: the same draft and entries give the same verdict.
 * Anything it rejects is replaced by the curated article text, so it errs on the side of rejecting:
 * a false rejection costs nicer wording, a false acceptance could cost someone's health.
 */

/** A retrieved knowledge entry as the check sees it. */
export interface GroundingEntry {
  id: string;
  evidence: EvidenceLevel;
  /** The text the model was given; links and contact details are allowed only when they appear here. */
  text: string;
}

export interface DraftAnswer {
  answer: string;
  citations: readonly string[];
}

export const GROUNDING_CHECKS = [
  'empty',
  'prompt_leak',
  'too_long',
  'unknown_citation',
  'no_citation',
  'link',
  'contact',
  'dose',
  'diagnosis',
  'recommendation',
  'action',
  'evidence',
] as const;
export type GroundingCheck = (typeof GROUNDING_CHECKS)[number];

export type GroundingVerdict =
  | { ok: true; text: string; citations: string[] }
  | { ok: false; check: GroundingCheck };

export interface GroundingOptions {
  /** Texts that must never be repeated, such as the system prompt. */
  secrets?: readonly string[];
}

/** Articles are 40–120 words; an answer several times longer is not a rewording of them. */
export const MAX_ANSWER_CHARS = 1200;
/** Six words in a row from a secret text is a recital, not a coincidence (no article shares one). */
const LEAK_NGRAM = 6;

const CITATION_MARKER = /\[([A-Za-z0-9_.:-]+)\](?!\()/g;
const URL = /\bhttps?:\/\/[^\s)\]>"']+|\bwww\.[^\s)\]>"']+/gi;

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?|one|two|three|four|five|six|seven|eight|nine|ten|half(?: a)?|a couple of|a few)`;
const DOSE_UNIT =
  '(?:mg|mcg|µg|ug|g|grams?|milligrams?|micrograms?|ml|mls|millilit(?:er|re)s?|iu|units?|tablets?|tabs|pills?|capsules?|caps|drops|puffs?|doses?|sachets?|teaspoons?|tsp|tablespoons?|tbsp|injections?)';
/** An amount of something to take: "400 mg", "two tablets", "5 ml". */
const DOSE = new RegExp(String.raw`\b${NUMBER}\s*${DOSE_UNIT}\b`, 'i');

const CONDITION = String.raw`(?:lymph(?:o)?edema|lymphoedema|lip(?:o)?edema|lipoedema|o?edema|dvt|deep vein thrombosis|thrombosis|blood clots?|clots?|cellulitis|infections?|cancer|tumou?rs?|fibrosis|seroma|heart failure|kidney disease|thyroid (?:disease|problems?|conditions?)|hypothyroidism|hyperthyroidism|varicose veins|venous insufficiency|(?:medical |serious |chronic )?(?:condition|disease|disorder|syndrome|illness)|\w+(?:itis|osis|emia|aemia|oma))`;
const HEDGED_HAVE = '(?:probably|likely|definitely|clearly|certainly|most likely|almost certainly)';

/** Statements that someone has a condition. Conditional uses ("if you have lymphedema") are allowed. */
const DIAGNOSES: readonly { pattern: RegExp; conditional: boolean }[] = [
  { pattern: /\b(?:it|this|that|which) (?:sounds|looks|seems) like\b/i, conditional: false },
  { pattern: /\b(?:sounds|looks|seems) like you\b/i, conditional: false },
  {
    pattern: new RegExp(
      String.raw`\byou(?:'ve| have| are|'re)? ${HEDGED_HAVE} (?:have|got|suffer|are suffering|are developing|developed)\b`,
      'i',
    ),
    conditional: false,
  },
  {
    pattern: new RegExp(
      String.raw`\byou (?:might|may|could|must) (?:well )?have (?:a |an |some |early )?${CONDITION}\b`,
      'i',
    ),
    conditional: true,
  },
  {
    pattern:
      /\byou(?:'ve got| have got| are suffering from|'re suffering from| suffer from| have developed| are showing signs of| show signs of)\b/i,
    conditional: true,
  },
  {
    pattern: new RegExp(
      String.raw`\byou have (?:a |an |some |mild |early |stage \w+ |signs of |symptoms of )?${CONDITION}\b`,
      'i',
    ),
    conditional: true,
  },
  {
    pattern: new RegExp(
      String.raw`\byour (?:swelling|symptoms?|legs?|arms?|ankles?|feet|pain|rash|skin|condition|calf|face) (?:is|are|sounds?|looks?|seems?|suggests?|indicates?|points? to|means?) (?:probably |likely |clearly |definitely |most likely )?(?:caused by |due to |a sign of |signs of |consistent with )?(?:a |an )?${CONDITION}`,
      'i',
    ),
    conditional: false,
  },
  { pattern: /\b(?:my diagnosis|i (?:can |would |'d )?diagnose)\b/i, conditional: false },
];
/** Words just before "you" that make the statement a condition or a question, not a diagnosis. */
const CONDITIONAL_LEAD =
  /\b(?:if|when|whenever|whether|unless|once|in case|do|does|did|who|where|after|before|until|while)\s+$/i;

/** Things only the health screening may say: what this person should book, buy or have. */
const RECOMMENDATIONS: readonly RegExp[] = [
  /\bi(?:'d| would| do| strongly| personally)? ?(?:recommend|suggest|advise)\b/i,
  /\bwe(?:'d| would)? (?:strongly )?(?:recommend|suggest|advise) (?:you|that you|booking|getting|trying|our)\b/i,
  /\bmy (?:recommendation|advice|suggestion)\b/i,
  /\byou (?:should|ought to|need to|must|'d better|had better) (?:definitely |really |probably |also |first )?(?:book|buy|get|try|choose|pick|go for|sign up|start|purchase|schedule|reserve|order|come in for|have)\s+(?!(?:a |an |the |your )?(?:doctor|gp|surgeon|nurse|medical|help|checked|advice|clearance|pharmacist|specialist|therapist's advice)\b)(?:a |an |our |the |some |this |that |\d+ )?(?:[\w-]+ )?(?:session|sessions|treatment|treatments|package|course|mld|massage|lymphatic|drainage|appointment|membership|bundle|deal)\b/i,
  /\b(?:book|buy|get|try|choose|grab) (?:our|the|a|an|this) (?:[\w-]+ ){0,3}(?:package|bundle|membership|deal|offer)\b/i,
  /\b(?:mld|it|this|lymphatic drainage|lymph drainage|(?:the |this |our |a )?(?:treatment|package|session|massage|option|service|course))(?:'s| is| are| would be| will be| sounds| seems)(?: definitely| really| absolutely| perfectly)? (?:the )?(?:right|perfect|ideal|best|great|good|suitable|safe|fine) (?:choice |option |fit |treatment |package |match )?for you\b/i,
  /\b(?:perfect|ideal|best|right) (?:package|treatment|option|choice|service|plan|session) for you\b/i,
  /\byou(?:'re| are) (?:a |an )?(?:good|great|ideal|perfect|suitable) (?:candidate|fit|match)\b/i,
  /\byou(?:'re| are) (?:suitable|eligible|cleared|safe to)\b/i,
  /\b(?:book|sign up|reserve) (?:now|today|right away|asap|straight away)\b/i,
];
/** "…whether MLD is right for you" is the screening's question, not an answer to it. */
const OPEN_QUESTION_LEAD =
  /\b(?:whether|if|make sure|ensure|check|checks|see|decide|decides|ask|assess)\b[^.!?]{0,40}$/i;

const WEAK_EVIDENCE: readonly EvidenceLevel[] = ['limited', 'insufficient'];
/** Words that present a benefit as established. */
const OVERCLAIM =
  /\b(?:proven|clinically proven|scientifically proven|guarantee[sd]?|definitely (?:works|helps)|studies (?:show|prove|confirm)|research (?:shows|proves|confirms)|evidence (?:shows|proves|confirms)|strong evidence|well[- ]established)\b/i;
/** A sentence that states the evidence is weak, or negates the claim, is not an overclaim. */
const HEDGE =
  /\b(?:not|no|never|isn't|isnt|aren't|unproven|limited|little|weak|small|few|mixed|unclear|lacking|insufficient|without|beyond|claims?|may|might)\b/i;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

function ngrams(text: string, n: number): Set<string> {
  const list = words(text);
  const grams = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) grams.add(list.slice(i, i + n).join(' '));
  return grams;
}

function leaks(answer: string, secrets: readonly string[]): boolean {
  const answerGrams = ngrams(answer, LEAK_NGRAM);
  return secrets.some((secret) => [...ngrams(secret, LEAK_NGRAM)].some((gram) => answerGrams.has(gram)));
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function hasForeignLink(answer: string, entries: readonly GroundingEntry[]): boolean {
  const known = entries.map((e) => e.text.toLowerCase()).join('\n');
  return [...answer.matchAll(URL)].some((m) => !known.includes(m[0].replace(/[.,;:!?]+$/, '').toLowerCase()));
}

function hasForeignContact(answer: string, entries: readonly GroundingEntry[]): boolean {
  const known = entries.map((e) => e.text.toLowerCase()).join('\n');
  const knownDigits = entries.flatMap((e) =>
    extractEntities(e.text)
      .filter((x) => x.type === 'phone')
      .map((x) => digits(x.text)),
  );
  return extractEntities(answer).some((entity) => {
    if (entity.type === 'email') return !known.includes(entity.text.toLowerCase());
    if (entity.type === 'phone') return !knownDigits.includes(digits(entity.text));
    return false;
  });
}

function diagnoses(answer: string): boolean {
  return DIAGNOSES.some(({ pattern, conditional }) => {
    const global = new RegExp(pattern.source, 'gi');
    for (const m of answer.matchAll(global)) {
      if (!conditional || !CONDITIONAL_LEAD.test(answer.slice(Math.max(0, m.index - 30), m.index)))
        return true;
    }
    return false;
  });
}

/**
 * Claims that something was done for the person: a booking made or moved, data deleted, a payment taken, a message
 * sent. Only the booking system, the delete-my-data dialog and the team act; the entries never say they did, so a
 * draft that does is not taken from them (round 21: with a question about MLD answered rather than taken for a
 * booking, a model told "intent=book" wrote "Booked you into the deluxe package" over the cited article).
 */
const DONE =
  '(?:booked|rebooked|reserved|scheduled|cancell?ed|deleted|erased|removed|refunded|charged|emailed|texted|messaged|sent|signed|enrolled|registered|added|confirmed|moved|upgraded|processed)';
const ACTIONS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:i|we)(?:'ve|'ll| have| will| just| already| now)* (?:just |already |now )?${DONE}\b`,
    'i',
  ),
  new RegExp(String.raw`(?:^|[.!?]\s+)${DONE} (?:you|your)\b`, 'i'),
  /\b(?:booked|rebooked|reserved|scheduled|signed|enrolled|registered|added|upgraded|moved) you (?:in|into|up|for|on|onto|to)\b/i,
  /\b(?:all )?(?:your |the )?(?:data|details|records|messages|answers) (?:has been |have been |was |were |is |are )?(?:now )?(?:deleted|erased|wiped)\b/i,
  new RegExp(
    String.raw`\byour (?:booking|appointment|session|reservation|data|account|details|payment|refund|package) (?:is|are|has been|have been|was|were) (?:now )?${DONE}\b`,
    'i',
  ),
];

function claimsAction(answer: string): boolean {
  return ACTIONS.some((pattern) => pattern.test(answer));
}

function recommends(answer: string): boolean {
  return RECOMMENDATIONS.some((pattern) => {
    const global = new RegExp(pattern.source, 'gi');
    for (const m of answer.matchAll(global)) {
      const before = answer.slice(Math.max(0, m.index - 60), m.index);
      const openQuestion = /for you\b/i.test(m[0]) && OPEN_QUESTION_LEAD.test(before);
      if (!openQuestion) return true;
    }
    return false;
  });
}

function contradictsEvidence(answer: string, cited: readonly GroundingEntry[]): boolean {
  // No article states a detox, immunity, weight-loss, cellulite or energy benefit as fact (kb:check
  // enforces it), so an answer that does has not taken it from the entries, whatever their level.
  if (findClaims(answer).some((finding) => finding.assertive)) return true;
  if (!cited.some((entry) => WEAK_EVIDENCE.includes(entry.evidence))) return false;
  return sentencesOf(answer).some((sentence) => OVERCLAIM.test(sentence) && !HEDGE.test(sentence));
}

/**
 * Accepts a drafted answer only when it cites retrieved entries and nothing else, and says nothing the
 * assistant may not say: no dose, no diagnosis, no personal recommendation, no claim to have done something (a booking,
 * a deletion, a payment), no benefit beyond the cited
 * evidence, no link or contact detail that is not in the entries, no recital of a secret text.
 * On acceptance, returns the text to show (citation markers removed) and the cited ids.
 *
 * @example
 * checkGroundedAnswer({ answer: 'MLD is a gentle massage [what-is-mld].', citations: ['what-is-mld'] }, entries);
 * // { ok: true, text: 'MLD is a gentle massage.', citations: ['what-is-mld'] }
 */
export function checkGroundedAnswer(
  draft: DraftAnswer,
  retrieved: readonly GroundingEntry[],
  options: GroundingOptions = {},
): GroundingVerdict {
  const answer = draft.answer.trim();
  if (!answer) return { ok: false, check: 'empty' };
  if (leaks(answer, options.secrets ?? [])) return { ok: false, check: 'prompt_leak' };
  if (answer.length > MAX_ANSWER_CHARS) return { ok: false, check: 'too_long' };

  const byId = new Map(retrieved.map((entry) => [entry.id, entry]));
  const marked = [...answer.matchAll(CITATION_MARKER)].map((m) => m[1]!);
  const citations = [...new Set([...draft.citations.map((id) => id.trim()), ...marked])];
  if (citations.some((id) => !byId.has(id))) return { ok: false, check: 'unknown_citation' };
  if (citations.length === 0) return { ok: false, check: 'no_citation' };
  const cited = citations.map((id) => byId.get(id)!);

  // The content rules read what would be shown: an id such as "immunity-claims" must not excuse a claim.
  const text = answer
    .replace(CITATION_MARKER, '')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  if (hasForeignLink(text, retrieved)) return { ok: false, check: 'link' };
  if (hasForeignContact(text, retrieved)) return { ok: false, check: 'contact' };
  if (DOSE.test(text)) return { ok: false, check: 'dose' };
  if (diagnoses(text)) return { ok: false, check: 'diagnosis' };
  if (recommends(text)) return { ok: false, check: 'recommendation' };
  if (claimsAction(text)) return { ok: false, check: 'action' };
  if (contradictsEvidence(text, cited)) return { ok: false, check: 'evidence' };
  return { ok: true, text, citations };
}
