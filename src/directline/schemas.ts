import { z } from 'zod';

/** Ids we accept in paths and bodies: what we generate, and what a site's own backend may bind a token to. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
const Id = z.string().regex(ID_PATTERN, 'must be 1–128 letters, digits, "-" or "_"');

const ChannelDataSchema = z.record(z.string(), z.unknown());

/**
 * What a Direct Line client may post: the fields Web Chat and directlinejs send. Anything else is dropped;
 * who sent it, where it goes and when are ours to say.
 */
export const ClientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing'], { error: 'type must be message, event or typing' }),
  text: z.string().max(10_000, 'text is longer than 10,000 characters').optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  attachments: z
    .array(
      z
        .object({
          contentType: z.string().max(256),
          content: z.unknown().optional(),
          name: z.string().max(256).optional(),
        })
        .loose(),
    )
    .max(10)
    .optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  channelData: ChannelDataSchema.optional(),
  from: z
    .object({ name: z.string().max(256).optional() })
    .loose()
    .optional(),
  replyToId: z.string().max(256).optional(),
});

export type ClientActivity = z.infer<typeof ClientActivitySchema>;

/** POST /tokens/generate and POST /conversations: who the conversation is for, when a server says so. */
export const StartBodySchema = z
  .object({
    user: z
      .object({ id: Id.optional(), name: z.string().max(256).optional() })
      .loose()
      .optional(),
    locale: z.string().max(35).optional(),
  })
  .loose();

export const ConversationIdSchema = Id;

/** A watermark is a count of activities; "" (directlinejs' first poll) means from the start. */
export const WatermarkSchema = z
  .union([z.literal(''), z.string().regex(/^\d{1,12}$/, 'watermark must be a whole number')])
  .optional()
  .transform((value) => (value ? Number(value) : 0));

/** What the bot posts to our connector endpoint: an Activity; type is the one field we rely on. */
export const BotActivitySchema = z
  .object({
    type: z.string().min(1, 'type is required').max(64),
    text: z.string().max(100_000).optional(),
    replyToId: z.string().max(256).optional(),
  })
  .loose();

/** POST /api/webchat/token: resume a conversation after a reload by presenting its last token. */
export const WebchatTokenRequestSchema = z
  .object({
    conversationId: z.string().max(256).optional(),
    token: z.string().max(4096).optional(),
  })
  .strict();
