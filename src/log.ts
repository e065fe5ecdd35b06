import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Fields that may hold what a person typed or who they are. They are censored unless
 * LOG_MESSAGE_TEXT=true; screening answers are health data and never go to the log at all.
 */
const PERSONAL_FIELDS = [
  'text',
  'userText',
  'activity.text',
  'activity.from.name',
  'from.name',
  'name',
  'email',
  'phone',
  'body',
  'req.body',
];

export interface LogOptions {
  level: string;
  logMessageText: boolean;
  destination?: pino.DestinationStream;
}

export function createLogger(options: LogOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'lymph' },
      redact: options.logMessageText ? [] : { paths: PERSONAL_FIELDS, censor: '[redacted]' },
    },
    options.destination,
  );
}
