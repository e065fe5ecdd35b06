import { z } from 'zod';

/** A name as people type it: letters, spaces, apostrophes, hyphens and dots; 1–80 characters. */
export const CallbackNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u, 'expected a name');

/** A phone number: optional +, then 7–15 digits with the usual separators. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().-]+$/, 'expected a phone number')
  .refine((value) => {
    const digits = value.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  }, 'expected 7 to 15 digits');

export const EmailSchema = z.string().trim().max(254).pipe(z.email());

/** How the team may reach the person: a phone number or an e-mail address (at least one). */
export const CallbackContactSchema = z
  .object({ phone: PhoneSchema.optional(), email: EmailSchema.optional() })
  .strict()
  .refine((c) => c.phone !== undefined || c.email !== undefined, 'expected a phone number or an e-mail address');

export type CallbackContact = z.infer<typeof CallbackContactSchema>;

const EMAIL_IN_TEXT = /[^\s<>()[\]",;:]+@[^\s<>()[\]",;:]+/;
const PHONE_IN_TEXT = /(?:\+|\()?\d[\d\s().-]{5,}\d/;

/**
 * Reads a phone number or e-mail address from what the person typed ("call me on 503 555 0199",
 * "jo@example.com"). Undefined when neither is there or what is there is not valid.
 */
export function parseCallbackContact(text: string): CallbackContact | undefined {
  const email = EMAIL_IN_TEXT.exec(text)?.[0];
  const phone = PHONE_IN_TEXT.exec(text.replace(EMAIL_IN_TEXT, ' '))?.[0];
  const candidate = { ...(email ? { email } : {}), ...(phone ? { phone: phone.trim() } : {}) };
  const parsed = CallbackContactSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** A name the person typed, or undefined when it is not one. */
export function parseCallbackName(text: string): string | undefined {
  const parsed = CallbackNameSchema.safeParse(text.replace(/^(my name is|i am|i'm|it's|this is)\s+/i, ''));
  return parsed.success ? parsed.data : undefined;
}
