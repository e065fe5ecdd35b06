import { z } from 'zod';
import { describeLocalTime, isOpen, nextOpening } from '../handoff/opening-hours';
import { readYamlFile } from '../content/content-file';
import type { MessageId, MessageVars } from '../content/messages';
import type { DayKey, Spa } from '../content/spa';

const FILE = 'spa-answers.yaml';
const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** Intl's weekday index (Sunday = 0) to our keys. */
const BY_WEEKDAY: readonly DayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const phrases = z.array(z.string().trim().min(1).max(60)).min(1);

const SpaAnswerWordsSchema = z
  .object({
    days: z.record(
      z.enum(DAY_KEYS),
      z.object({ one: z.string().min(1), many: z.string().min(1), words: phrases }).strict(),
    ),
    today: phrases,
    now: phrases,
    closeToday: phrases,
    clock: z.object({ am: z.string().min(1), pm: z.string().min(1) }).strict(),
    sourceTitle: z.string().trim().min(1).max(80),
  })
  .strict();

export type SpaAnswerWords = z.infer<typeof SpaAnswerWordsSchema>;

export function loadSpaAnswerWords(knowledgeDir: string): SpaAnswerWords {
  return readYamlFile(knowledgeDir, FILE, SpaAnswerWordsSchema);
}

/** Which sentence answers the question, with what to fill in; undefined when the full list is the answer. */
export interface SpaAnswer {
  id: MessageId;
  vars: MessageVars;
}

/**
 * Answers the opening-hours question actually asked, from the spa's hours and `now` (the Clock), in the
 * spa's time zone: a named day ("r u open sunday"), "now", or "what time do you close today".
 */
export function answerOpeningHours(question: string, spa: Spa, words: SpaAnswerWords, now: Date): SpaAnswer | undefined {
  const text = ` ${question.toLowerCase().replace(/[^a-z0-9']+/g, ' ')} `;
  const has = (list: readonly string[]) => list.some((phrase) => text.includes(` ${phrase.toLowerCase()} `));
  const today = BY_WEEKDAY[weekdayIn(now, spa.timeZone)]!;
  const next = () => {
    const at = nextOpening(spa, now);
    if (!at) return undefined;
    const local = describeLocalTime(at, spa.timeZone);
    return { day: local.day, time: sayTime(local.time, words) };
  };

  const todayAsked = has(words.today) && !has(words.closeToday) && !has(words.now);
  const named = DAY_KEYS.find((day) => has(words.days[day].words)) ?? (todayAsked ? today : undefined);
  if (named) {
    const hours = spa.hours[named];
    if (hours)
      return {
        id: 'spa_hours_open_on_day',
        vars: { days: words.days[named].many, open: sayTime(hours.open, words), close: sayTime(hours.close, words) },
      };
    // The first day after the one asked about that the spa opens: "closed on Sundays — we open Monday at 9 am".
    const start = DAY_KEYS.indexOf(named);
    for (let offset = 1; offset < DAY_KEYS.length; offset++) {
      const day = DAY_KEYS[(start + offset) % DAY_KEYS.length]!;
      const opening = spa.hours[day];
      if (opening)
        return {
          id: 'spa_hours_closed_on_day',
          vars: { days: words.days[named].many, day: words.days[day].one, time: sayTime(opening.open, words) },
        };
    }
    return undefined;
  }
  const todayHours = spa.hours[today];
  if (has(words.closeToday)) {
    if (todayHours && isOpen(spa, now)) return { id: 'spa_hours_close_today', vars: { close: sayTime(todayHours.close, words) } };
    const opens = next();
    return opens ? { id: 'spa_hours_closed_now', vars: opens } : undefined;
  }
  if (has(words.now)) {
    if (todayHours && isOpen(spa, now)) return { id: 'spa_hours_open_now', vars: { close: sayTime(todayHours.close, words) } };
    const opens = next();
    return opens ? { id: 'spa_hours_closed_now', vars: opens } : undefined;
  }
  return undefined;
}

function weekdayIn(at: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(at);
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(name);
}

/** "09:00" → "9 am", "17:30" → "5:30 pm": how people say opening times. */
export function sayTime(time: string, words: SpaAnswerWords): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? words.clock.am : words.clock.pm;
  return `${twelve}${minutes > 0 ? `:${String(minutes).padStart(2, '0')}` : ''} ${suffix}`;
}

/** The article whose questions these answers replace when a cue matches (knowledge/articles/spa-hours.md). */
export const SPA_HOURS_ARTICLE = 'spa-hours';

/**
 * For QuestionDialog: when the knowledge base picks the opening-hours article, the answer to the question
 * actually asked, worded from messages.yaml and sourced to the spa itself (its website), not to an article.
 */
export function spaLiveAnswers(
  spa: Spa,
  words: SpaAnswerWords,
  text: (id: MessageId, vars: MessageVars) => string,
): (articleId: string, question: string, now: Date) => { text: string; sources: { title: string; publisher: string; url: string }[] } | undefined {
  return (articleId, question, now) => {
    if (articleId !== SPA_HOURS_ARTICLE) return undefined;
    const answer = answerOpeningHours(question, spa, words, now);
    if (!answer) return undefined;
    return {
      text: text(answer.id, answer.vars),
      sources: [{ title: words.sourceTitle, publisher: spa.name, url: spa.website }],
    };
  };
}
