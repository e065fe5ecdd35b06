import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Every environment variable the service reads, with its default. `.env.example` documents the same list;
 * test/config.test.ts checks the two agree.
 */
export const ENV_SCHEMA = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_MESSAGE_TEXT: booleanFlag,
  STORAGE: z.enum(['sqlite', 'memory']).default('sqlite'),
  DATA_DIR: z.string().min(1).default('./data'),
  KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
  MAX_BODY_BYTES: positiveInt(256 * 1024),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000),
  RETENTION_DAYS: positiveInt(30),
  SCREENING_VALID_DAYS: positiveInt(30),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
  MicrosoftAppTenantId: z.string().default(''),
});

type Env = z.infer<typeof ENV_SCHEMA>;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: Env['LOG_LEVEL'];
  /** When false (the default), message text and personal data are redacted from logs. */
  readonly logMessageText: boolean;
  readonly storage: Env['STORAGE'];
  /** Absolute path of the folder that holds the SQLite file. */
  readonly dataDir: string;
  readonly knowledgeDir: string;
  readonly maxBodyBytes: number;
  readonly shutdownTimeoutMs: number;
  /** Conversation and user state untouched for this many days is deleted. */
  readonly retentionDays: number;
  readonly screeningValidDays: number;
  readonly microsoftApp: {
    readonly id: string;
    readonly password: string;
    readonly type: string;
    readonly tenantId: string;
  };
}

/**
 * Parses the environment once. A bad value throws a ConfigError naming the variable, so start-up
 * stops with one clear line instead of a stack trace later.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const result = ENV_SCHEMA.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = result.data;
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', 'is required when MicrosoftAppType is SingleTenant');
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    logMessageText: e.LOG_MESSAGE_TEXT,
    storage: e.STORAGE,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    knowledgeDir: path.resolve(cwd, e.KNOWLEDGE_DIR),
    maxBodyBytes: e.MAX_BODY_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    retentionDays: e.RETENTION_DAYS,
    screeningValidDays: e.SCREENING_VALID_DAYS,
    microsoftApp: Object.freeze({
      id: e.MicrosoftAppId,
      password: e.MicrosoftAppPassword,
      type: e.MicrosoftAppType || 'MultiTenant',
      tenantId: e.MicrosoftAppTenantId,
    }),
  });
}

/** The effective config for the start-up log line, with secrets replaced. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    microsoftApp: {
      ...config.microsoftApp,
      password: config.microsoftApp.password ? '[set]' : '[empty]',
    },
  };
}
