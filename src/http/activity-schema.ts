import { z } from 'zod';

/**
 * The part of a Bot Framework Activity the bot relies on. CloudAdapter answers a malformed body with
 * a bare 400; checking first lets us say what is wrong.
 */
export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1, 'type is required'),
    channelId: z.string().min(1, 'channelId is required'),
    serviceUrl: z.url('serviceUrl must be a URL'),
    conversation: z.object({ id: z.string().min(1, 'conversation.id is required') }).loose(),
    from: z.object({ id: z.string().min(1, 'from.id is required') }).loose(),
    recipient: z
      .object({ id: z.string().min(1) })
      .loose()
      .optional(),
    text: z.string().max(10_000, 'text is longer than 10,000 characters').optional(),
  })
  .loose();

/** One human-readable line for a failed parse, naming the field. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid activity';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}
