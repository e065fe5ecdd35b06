/** Chat shorthand the classifier's stemmer does not know, mapped to the words the examples use. */
const SHORTHAND: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  wat: 'what',
  wht: 'what',
  whats: 'what is',
  hw: 'how',
  cn: 'can',
  im: "i'm",
  dont: "don't",
  cant: "can't",
  wanna: 'want to',
  gonna: 'going to',
  thnx: 'thanks',
  tnx: 'thanks',
  ty: 'thank you',
  rn: 'right now',
  msg: 'message',
  appt: 'appointment',
  appointmnt: 'appointment',
  convo: 'conversation',
};

/** Lower case, folded quotes and stretched letters, chat shorthand spelled out: what every recognizer step reads. */
export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(.)\1{2,}/g, '$1$1') // "helloooo" → "helloo", "pleeease" → "pleease"
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/[^\w']/g, '');
      return SHORTHAND[bare] ?? word;
    })
    .join(' ')
    .trim();
}
