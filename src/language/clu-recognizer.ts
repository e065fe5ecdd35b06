import { ConversationAnalysisClient } from '@azure/ai-language-conversations';
import { AzureKeyCredential } from '@azure/core-auth';
import { z } from 'zod';
import { CloudResponseError } from '../errors';
import { extractEntities } from './entities';
import { type Entity, INTENTS, type Intent, NO_INTENT, type Recognition } from './intents';
import { redactPersonalData } from './redact';
import type { CloudRecognizer } from './resilient-recognizer';

/**
 * Below this CLU's confidence is reported as `none`. The local recognizer's threshold; CLU's scores are
 * calibrated differently, so re-check it on test/fixtures/intents-heldout.yaml after training.
 */
export const CLU_MIN_SCORE = 0.5;

export interface CluSettings {
  endpoint: string;
  key: string;
  project: string;
  deployment: string;
  apiVersion: string;
}

/** CLU entity categories we understand: ours by name (as exported), and CLU's prebuilt names. */
const ENTITY_CATEGORIES: Record<string, Entity['type']> = {
  email: 'email',
  phone: 'phone',
  phonenumber: 'phone',
  number: 'number',
  'quantity.number': 'number',
  duration_days: 'duration_days',
  datetime: 'duration_days',
};

/** The part of the SDK's answer we rely on, checked: a schema on every boundary. */
const CluResultSchema = z.object({
  kind: z.literal('ConversationResult'),
  result: z.object({
    prediction: z.object({
      projectKind: z.literal('Conversation'),
      topIntent: z.string().optional(),
      intents: z.array(z.object({ category: z.string(), confidence: z.number().min(0).max(1) })),
      entities: z
        .array(
          z.object({
            category: z.string(),
            text: z.string(),
            resolutions: z.array(z.record(z.string(), z.unknown())).optional(),
          }),
        )
        .default([]),
    }),
  }),
});

type CluPrediction = z.infer<typeof CluResultSchema>['result']['prediction'];

function isIntent(category: string): category is Intent {
  return (INTENTS as readonly string[]).includes(category);
}

type CluEntity = CluPrediction['entities'][number];

/** Days in an ISO 8601 duration ("P14D", "P2W", "P1M"), with the local extractor's month and year. */
const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T.*)?$/;

function durationDays(value: unknown): number | undefined {
  const match = typeof value === 'string' ? ISO_DURATION.exec(value) : null;
  if (!match || value === 'P') return undefined;
  const [years, months, weeks, days] = match.slice(1, 5).map((part) => Number(part ?? 0)) as number[];
  return years! * 365 + months! * 30 + weeks! * 7 + days!;
}

/** The value of one CLU entity: from its resolution when CLU resolved it ("a fortnight" → 14), else its span. */
function entityValue(found: CluEntity, type: 'number' | 'duration_days'): number | undefined {
  for (const resolution of found.resolutions ?? []) {
    if (type === 'number' && typeof resolution.value === 'number') return resolution.value;
    if (type === 'duration_days') {
      const days = durationDays(resolution.duration) ?? durationDays(resolution.timex);
      if (days !== undefined) return days;
    }
  }
  const fromSpan = extractEntities(found.text).find((e) => e.type === type);
  return typeof fromSpan?.value === 'number' ? fromSpan.value : undefined;
}

/**
 * Our entities for the message: always extracted locally from the original text (contact details are
 * redacted before CLU sees the message, so they can only come from here), plus any number or duration
 * CLU found that we did not.
 */
function entitiesFor(text: string, prediction: CluPrediction): Entity[] {
  const entities = extractEntities(text);
  const seen = new Set(entities.map((e) => `${e.type}:${e.value}`));
  for (const found of prediction.entities) {
    const type = ENTITY_CATEGORIES[found.category.toLowerCase()];
    if (type !== 'number' && type !== 'duration_days') continue;
    const value = entityValue(found, type);
    if (value === undefined || seen.has(`${type}:${value}`)) continue;
    seen.add(`${type}:${value}`);
    entities.push({ type, value, text: found.text });
  }
  return entities;
}

/**
 * Intent recognition by an Azure AI Language conversational language understanding (CLU) deployment,
 * trained on the same utterances as the local recognizer (`npm run clu:export`). CLU intents are
 * ours by name; any other (CLU's own "None", a renamed intent) means `none`.
 */
export class CluRecognizer implements CloudRecognizer {
  private readonly client: ConversationAnalysisClient;

  constructor(private readonly settings: CluSettings) {
    this.client = new ConversationAnalysisClient(settings.endpoint, new AzureKeyCredential(settings.key), {
      apiVersion: settings.apiVersion,
      // Retries and timeouts belong to CloudCall; the SDK's own would multiply them.
      retryOptions: { maxRetries: 0 },
      // Config allows plain http only for loopback hosts (a local proxy or a test fake).
      allowInsecureConnection: new URL(settings.endpoint).protocol === 'http:',
    });
  }

  async recognize(text: string, signal?: AbortSignal): Promise<Recognition> {
    const response = await this.client.analyzeConversation(
      {
        kind: 'Conversation',
        analysisInput: {
          conversationItem: { id: '1', participantId: 'user', text: redactPersonalData(text) },
        },
        parameters: {
          projectName: this.settings.project,
          deploymentName: this.settings.deployment,
          stringIndexType: 'Utf16CodeUnit',
        },
      },
      { abortSignal: signal },
    );
    const parsed = CluResultSchema.safeParse(response);
    if (!parsed.success) throw new CloudResponseError('not a conversation project result');
    const { prediction } = parsed.data.result;
    const entities = entitiesFor(text, prediction);
    const [top] = [...prediction.intents].sort((a, b) => b.confidence - a.confidence);
    if (!top || !isIntent(top.category) || top.confidence < CLU_MIN_SCORE)
      return { intent: NO_INTENT, score: top?.confidence ?? 0, entities };
    return { intent: top.category, score: top.confidence, entities };
  }
}
