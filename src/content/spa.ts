import { z } from 'zod';
import { readYamlFile } from './content-file';

const TIME = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time such as "09:00"');
const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayKey = (typeof DAY_KEYS)[number];

const OpeningSchema = z
  .object({ open: TIME, close: TIME })
  .strict()
  .refine((h) => h.open < h.close, 'open must be before close');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const SpaSchema = z
  .object({
    name: z.string().min(1),
    tagline: z.string().min(1),
    address: z.string().min(1),
    phone: z.string().min(3),
    email: z.email(),
    website: z.url(),
    timeZone: z.string().refine(isTimeZone, 'is not an IANA time zone such as "Europe/London"'),
    hours: z.partialRecord(z.enum(DAY_KEYS), OpeningSchema),
    emergencyNumber: z.string().regex(/^[0-9+ ]{2,15}$/, 'expected a phone number such as "911"'),
    /** The crisis line for suicidal thoughts or self-harm where the spa is (988 in the US). */
    crisisLine: z.string().min(2),
    prices: z.array(z.string().min(1)).min(1),
    cancellationPolicy: z.string().min(1),
    parking: z.string().min(1),
  })
  .strict();

export type Spa = z.infer<typeof SpaSchema>;

export function loadSpa(knowledgeDir: string): Spa {
  return readYamlFile(knowledgeDir, 'spa.yaml', SpaSchema);
}

const DAY_NAMES: Record<DayKey, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** The values behind `{{spa.*}}` placeholders in articles and messages. */
export function spaPlaceholders(spa: Spa): Record<string, string> {
  const hours = DAY_KEYS.map((day) => {
    const opening = spa.hours[day];
    return `${DAY_NAMES[day]}: ${opening ? `${opening.open}–${opening.close}` : 'closed'}`;
  }).join('\n');
  return {
    'spa.name': spa.name,
    'spa.tagline': spa.tagline,
    'spa.address': spa.address,
    'spa.phone': spa.phone,
    'spa.email': spa.email,
    'spa.website': spa.website,
    'spa.hours': hours,
    'spa.prices': spa.prices.map((line) => `- ${line}`).join('\n'),
    'spa.cancellationPolicy': spa.cancellationPolicy,
    'spa.parking': spa.parking,
    'spa.emergencyNumber': spa.emergencyNumber,
    'spa.crisisLine': spa.crisisLine,
  };
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z.]+)\s*\}\}/g;

/** Names of placeholders in `text` that `values` does not define (used to validate content). */
export function unknownPlaceholders(text: string, values: Record<string, string>): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(name in values));
}

/** Replaces `{{name}}` with `values[name]`; unknown names are left as they are (validation reports them). */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}
