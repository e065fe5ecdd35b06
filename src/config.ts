import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** An absolute http(s) URL, stored without a trailing slash; empty means "not set". */
const optionalBaseUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as "https://chat.example.com"' })])
  .default('')
  .transform((value) => value.replace(/\/+$/, ''));

const optionalHttpsUrl = z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'expected an https URL' })]).default('');

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const commaList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A cloud service's base URL or a Teams/Slack webhook: https, or plain http only on this machine (local
 * fakes and proxies), so a key or a ticket summary never crosses a network in clear text. Empty means not set.
 */
const serviceUrl = z
  .string()
  .trim()
  .default('')
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    } catch {
      return false;
    }
  }, 'expected an https URL (http only for localhost)');


/**
 * Every environment variable the service reads, with its default. `.env.example` documents the same list;
 * test/config.test.ts checks the two agree.
 */
export const ENV_SCHEMA = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_MESSAGE_TEXT: booleanFlag,
  STORAGE: z.enum(['sqlite', 'postgres', 'memory']).default('sqlite'),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => value === '' || /^postgres(ql)?:\/\//.test(value), 'expected a postgres:// URL')
    .default(''),
  DATABASE_POOL_SIZE: positiveInt(10),
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
  // Botframework-connector's own setting: where the signing keys of Bot Framework channel tokens are
  // published. Empty means the SDK's public-cloud address; a private cloud (or a test's local keys) sets it.
  ToBotFromChannelOpenIdMetadataUrl: optionalBaseUrl.refine(
    (value) => value === '' || /^https:|^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(value),
    { message: 'expected an https URL (http only for localhost)' },
  ),
  PUBLIC_URL: optionalBaseUrl,
  DIRECTLINE_SECRET: z
    .string()
    .refine((value) => value === '' || value.length >= 32, 'must be at least 32 characters')
    .default(''),
  DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1800),
  DIRECTLINE_SERVICE_URL: optionalBaseUrl,
  AZURE_DIRECTLINE_SECRET: z.string().trim().default(''),
  // The secret goes there: https, or plain http only to a fake on this machine.
  AZURE_DIRECTLINE_ENDPOINT: optionalBaseUrl
    .refine((value) => value === '' || /^https:|^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(value), {
      message: 'expected an https URL (http only for localhost)',
    })
    .transform((value) => value || 'https://directline.botframework.com'),
  WEBCHAT_ALLOWED_ORIGINS: commaList.refine(
    (origins) => origins.every((origin) => origin === '*' || /^https?:\/\/[^/\s]+$/.test(origin)),
    'expected a comma-separated list of origins such as "https://www.example.com", or *',
  ),
  TEAMS_APP_ID: z.union([z.literal(''), z.string().regex(GUID, 'expected a GUID')]).default(''),
  TEAMS_APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'expected a version such as "1.0.0"')
    .default('1.0.0'),
  TEAMS_VALID_DOMAINS: commaList.refine(
    (domains) => domains.every((domain) => /^[a-z0-9*.-]+(:\d+)?$/i.test(domain)),
    'expected a comma-separated list of host names such as "chat.example.com"',
  ),
  TEAMS_DEVELOPER_NAME: z.string().trim().max(32).default(''),
  TEAMS_WEBSITE_URL: optionalHttpsUrl,
  TEAMS_PRIVACY_URL: optionalHttpsUrl,
  TEAMS_TERMS_URL: optionalHttpsUrl,
  TEAMS_ALLOW_GROUP_CHATS: booleanFlag,
  TEAMS_ACCENT_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as "#2E6B5E"')
    .default('#2E6B5E'),
  RECOGNIZER: z.enum(['local', 'clu', 'openai']).default('local'),
  ANSWER_WRITER: z.enum(['curated', 'openai']).default('curated'),
  LANGUAGE_TIMEOUT_MS: positiveInt(2500),
  LANGUAGE_RETRIES: z.coerce.number().int().min(0).max(3).default(1),
  LANGUAGE_BREAKER_FAILURES: positiveInt(5),
  LANGUAGE_BREAKER_COOLDOWN_MS: positiveInt(30_000),
  CLU_ENDPOINT: serviceUrl,
  CLU_KEY: z.string().trim().default(''),
  CLU_PROJECT: z.string().trim().default(''),
  CLU_DEPLOYMENT: z.string().trim().default(''),
  CLU_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'expected an API version such as 2023-04-01')
    .default('2023-04-01'),
  OPENAI_API_KEY: z.string().trim().default(''),
  OPENAI_BASE_URL: serviceUrl,
  OPENAI_MODEL: z.string().trim().default(''),
  HANDOFF_TARGET_MINUTES: positiveInt(10),
  HANDOFF_EXPIRE_MINUTES: positiveInt(60),
  HANDOFF_SWEEP_SECONDS: positiveInt(30),
  STAFF_API_TOKEN: z
    .string()
    .trim()
    .refine((value) => value === '' || value.length >= 32, 'must be at least 32 characters')
    .default(''),
  STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  TEAMS_WEBHOOK_URL: serviceUrl,
  SLACK_WEBHOOK_URL: serviceUrl,
  // Only "production" changes anything: PUBLIC_URL becomes required, and so do signed safety files.
  NODE_ENV: z.string().trim().default('development'),
  ALLOWED_HOSTS: commaList.refine(
    (hosts) => hosts.every((host) => /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host)),
    'expected a comma-separated list of host names such as "chat.example.com" or "localhost:3978"',
  ),
  TRUSTED_PROXIES: commaList.refine(
    (addresses) => addresses.every((address) => /^[0-9a-f:.]+$/i.test(address)),
    'expected a comma-separated list of IP addresses such as "127.0.0.1"',
  ),
});

type Env = z.infer<typeof ENV_SCHEMA>;

/** Handing people to the spa's team: tickets, the staff console and API, notifications. */
export interface HandoffConfig {
  /** Minutes within which someone should take a ticket; later it is re-notified and shown overdue. */
  readonly targetMinutes: number;
  /** Minutes after which an untaken live ticket expires back to the assistant. */
  readonly expireMinutes: number;
  /** How often expiries and overdue tickets are swept. */
  readonly sweepSeconds: number;
  /** Bearer token for the staff API (acts with the clinician role); empty disables token access. */
  readonly apiToken: string;
  readonly sessionHours: number;
  readonly teamsWebhookUrl: string;
  readonly slackWebhookUrl: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: Env['LOG_LEVEL'];
  /** When false (the default), message text and personal data are redacted from logs. */
  readonly logMessageText: boolean;
  readonly storage: Env['STORAGE'];
  /** Absolute path of the folder that holds the SQLite file. */
  readonly dataDir: string;
  /** PostgreSQL connection string and pool size (STORAGE=postgres). */
  readonly database: { readonly url: string; readonly poolSize: number };
  readonly knowledgeDir: string;
  readonly maxBodyBytes: number;
  readonly shutdownTimeoutMs: number;
  /** Conversation and user state untouched for this many days is deleted. */
  readonly retentionDays: number;
  readonly screeningValidDays: number;
  /**
   * NODE_ENV=production: start-up refuses safety content (screening.yaml, red-flags.yaml, services.yaml)
   * that is not clinically signed. Otherwise it starts and tells staff the content is a demo.
   */
  readonly requireSignedSafetyContent: boolean;
  readonly microsoftApp: {
    readonly id: string;
    readonly password: string;
    readonly type: string;
    readonly tenantId: string;
    /** Where channel tokens' signing keys are published; empty means botframework-connector's default. */
    readonly openIdMetadataUrl: string;
  };
  /**
   * Where people reach the service from outside (https://chat.example.com); required when NODE_ENV is
   * production. Empty: the request's Host, if it is one of `allowedHosts`.
   */
  readonly publicUrl: string;
  readonly production: boolean;
  /** Host headers (name, or name:port) believed when PUBLIC_URL is empty; loopback names always are. */
  readonly allowedHosts: readonly string[];
  /** Reverse proxies whose X-Forwarded-For names the real client (login limits, local-caller checks). */
  readonly trustedProxies: readonly string[];
  readonly directLine: DirectLineConfig;
  /** Azure Bot Service's Direct Line: when a secret is set the web chat uses it instead of ours. */
  readonly azureDirectLine: { readonly secret: string; readonly endpoint: string };
  readonly webchat: {
    /** Sites allowed to embed the chat (CSP frame-ancestors); empty means the spa's own website. */
    readonly allowedOrigins: readonly string[];
  };
  readonly teams: TeamsConfig;
  /** Optional cloud language backends; the local recognizer and curated answers are always there as fallback. */
  readonly language: LanguageConfig;
  readonly handoff: HandoffConfig;
}

/** Which language backends run, and how a cloud call is bounded. Never used on the safety path. */
export interface LanguageConfig {
  readonly recognizer: Env['RECOGNIZER'];
  readonly answerWriter: Env['ANSWER_WRITER'];
  /** Per attempt. */
  readonly timeoutMs: number;
  /** Extra attempts after a timeout, network error or 5xx. */
  readonly retries: number;
  /** Consecutive failed calls that open the circuit breaker. */
  readonly breakerFailures: number;
  /** How long an open breaker waits before letting one trial call through. */
  readonly breakerCooldownMs: number;
  readonly clu: {
    readonly endpoint: string;
    readonly key: string;
    readonly project: string;
    readonly deployment: string;
    readonly apiVersion: string;
  };
  readonly openai: {
    readonly apiKey: string;
    /** Empty means the OpenAI API itself. */
    readonly baseUrl: string;
    readonly model: string;
  };
}

/** A backend that is switched on needs its settings; a missing one stops start-up with the variable's name. */
function requireLanguageSettings(e: Env): void {
  const required = (variable: keyof Env, when: string) => {
    if (!String(e[variable]).trim()) throw new ConfigError(variable, `is required when ${when}`);
  };
  if (e.RECOGNIZER === 'clu') {
    for (const variable of ['CLU_ENDPOINT', 'CLU_KEY', 'CLU_PROJECT', 'CLU_DEPLOYMENT'] as const)
      required(variable, 'RECOGNIZER=clu');
  }
  const openaiRoles = [
    e.RECOGNIZER === 'openai' ? 'RECOGNIZER=openai' : '',
    e.ANSWER_WRITER === 'openai' ? 'ANSWER_WRITER=openai' : '',
  ].filter(Boolean);
  if (openaiRoles.length > 0) {
    required('OPENAI_API_KEY', openaiRoles.join(' or '));
    required('OPENAI_MODEL', openaiRoles.join(' or '));
  }
}

/** The self-hosted Direct Line 3.0 service. */
export interface DirectLineConfig {
  /** Signs tokens and authorises server-side callers; empty means generate one and keep it under DATA_DIR. */
  readonly secret: string;
  readonly tokenTtlSeconds: number;
  /** The serviceUrl Direct Line activities carry; empty means this process on its loopback address. */
  readonly serviceUrl: string;
}

/** What `npm run teams:package` puts in the Teams app manifest besides the words in knowledge/. */
export interface TeamsConfig {
  /** The Teams app id; empty means MicrosoftAppId. */
  readonly appId: string;
  readonly appVersion: string;
  /** Empty means the host of PUBLIC_URL. */
  readonly validDomains: readonly string[];
  /** Empty means the spa's name. */
  readonly developerName: string;
  /** Empty means the spa's website, and its /privacy and /terms pages. */
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
  readonly accentColor: string;
  /** Also offer the app in team channels and group chats, where colleagues would see health answers. */
  readonly allowGroupChats: boolean;
}

/**
 * Parses the environment once. A bad value throws a ConfigError naming the variable, so start-up
 * stops with one clear line instead of a stack trace later.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  /** `npm run teams:package` only writes a manifest: it needs the app id, never the password. */
  options: { forPackaging?: boolean } = {},
): Config {
  const result = ENV_SCHEMA.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = result.data;
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI' && !options.forPackaging) {
    throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', 'is required when MicrosoftAppType is SingleTenant');
  }
  if (e.STORAGE === 'postgres' && !e.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL', 'is required when STORAGE is postgres');
  }
  requireLanguageSettings(e);
  // Without a fixed public address the service would have to trust the Host header, which a client sets.
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL)
    throw new ConfigError('PUBLIC_URL', 'is required when NODE_ENV is production');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    logMessageText: e.LOG_MESSAGE_TEXT,
    storage: e.STORAGE,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    database: Object.freeze({ url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }),
    knowledgeDir: path.resolve(cwd, e.KNOWLEDGE_DIR),
    maxBodyBytes: e.MAX_BODY_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    retentionDays: e.RETENTION_DAYS,
    screeningValidDays: e.SCREENING_VALID_DAYS,
    requireSignedSafetyContent: e.NODE_ENV === 'production',
    microsoftApp: Object.freeze({
      id: e.MicrosoftAppId,
      password: e.MicrosoftAppPassword,
      type: e.MicrosoftAppType || 'MultiTenant',
      tenantId: e.MicrosoftAppTenantId,
      openIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl,
    }),
    publicUrl: e.PUBLIC_URL,
    production: e.NODE_ENV === 'production',
    allowedHosts: Object.freeze(e.ALLOWED_HOSTS),
    trustedProxies: Object.freeze(e.TRUSTED_PROXIES),
    directLine: Object.freeze({
      secret: e.DIRECTLINE_SECRET,
      tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS,
      serviceUrl: e.DIRECTLINE_SERVICE_URL,
    }),
    azureDirectLine: Object.freeze({ secret: e.AZURE_DIRECTLINE_SECRET, endpoint: e.AZURE_DIRECTLINE_ENDPOINT }),
    webchat: Object.freeze({ allowedOrigins: Object.freeze(e.WEBCHAT_ALLOWED_ORIGINS) }),
    teams: Object.freeze({
      appId: e.TEAMS_APP_ID,
      appVersion: e.TEAMS_APP_VERSION,
      validDomains: Object.freeze(e.TEAMS_VALID_DOMAINS),
      developerName: e.TEAMS_DEVELOPER_NAME,
      websiteUrl: e.TEAMS_WEBSITE_URL,
      privacyUrl: e.TEAMS_PRIVACY_URL,
      termsUrl: e.TEAMS_TERMS_URL,
      accentColor: e.TEAMS_ACCENT_COLOR,
      allowGroupChats: e.TEAMS_ALLOW_GROUP_CHATS,
    }),
    language: Object.freeze({
      recognizer: e.RECOGNIZER,
      answerWriter: e.ANSWER_WRITER,
      timeoutMs: e.LANGUAGE_TIMEOUT_MS,
      retries: e.LANGUAGE_RETRIES,
      breakerFailures: e.LANGUAGE_BREAKER_FAILURES,
      breakerCooldownMs: e.LANGUAGE_BREAKER_COOLDOWN_MS,
      clu: Object.freeze({
        endpoint: e.CLU_ENDPOINT,
        key: e.CLU_KEY,
        project: e.CLU_PROJECT,
        deployment: e.CLU_DEPLOYMENT,
        apiVersion: e.CLU_API_VERSION,
      }),
      openai: Object.freeze({ apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL }),
    }),
    handoff: Object.freeze({
      targetMinutes: e.HANDOFF_TARGET_MINUTES,
      expireMinutes: e.HANDOFF_EXPIRE_MINUTES,
      sweepSeconds: e.HANDOFF_SWEEP_SECONDS,
      apiToken: e.STAFF_API_TOKEN,
      sessionHours: e.STAFF_SESSION_HOURS,
      teamsWebhookUrl: e.TEAMS_WEBHOOK_URL,
      slackWebhookUrl: e.SLACK_WEBHOOK_URL,
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
    directLine: { ...config.directLine, secret: config.directLine.secret ? '[set]' : '[generated]' },
    azureDirectLine: { ...config.azureDirectLine, secret: config.azureDirectLine.secret ? '[set]' : '[empty]' },
    language: {
      ...config.language,
      clu: { ...config.language.clu, key: config.language.clu.key ? '[set]' : '[empty]' },
      openai: { ...config.language.openai, apiKey: config.language.openai.apiKey ? '[set]' : '[empty]' },
    },
    handoff: {
      ...config.handoff,
      apiToken: config.handoff.apiToken ? '[set]' : '[empty]',
      // Webhook URLs carry their secret in the path.
      teamsWebhookUrl: config.handoff.teamsWebhookUrl ? '[set]' : '[empty]',
      slackWebhookUrl: config.handoff.slackWebhookUrl ? '[set]' : '[empty]',
    },
  };
}
