import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import * as path from 'node:path';
import { z } from 'zod';
import { validCron } from './push/scheduler';

/**
 * The ONE place that reads the environment. Settings come from the process environment, then from
 * a `.env` file in the working folder for anything the environment leaves unset. To add a setting,
 * add one entry to SETTINGS; an empty value counts as unset.
 */

export type Env = Readonly<Record<string, string | undefined>>;

const isRealDate = (text: string): boolean => {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
};

/** A GUID as Teams and Microsoft Entra write them. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;

const SETTINGS = {
  /** The metrics store file; default data/perfbot.db. */
  PERFBOT_DB: z.string().optional(),
  /**
   * A PostgreSQL database (postgres://user:password@host:port/db) for the figures AND the bot's
   * state, shared by several instances. Unset: SQLite files (PERFBOT_DB, PERFBOT_STATE_DB).
   */
  DATABASE_URL: z.string().regex(/^postgres(?:ql)?:\/\/\S+$/, { error: 'must be a postgres:// address such as postgres://perfbot:secret@db.example:5432/perfbot' }).optional(),
  /** The schema in DATABASE_URL's database: one per force when a regional service serves several. */
  PERFBOT_PG_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'must be a lower-case name of letters, digits and _ (at most 63)' }).default('public'),
  /**
   * How often the server looks for new figures (an import, a rebuild) and takes them up, in
   * seconds; 0: never (restart to see an import).
   */
  PERFBOT_RELOAD_SECONDS: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of seconds (0 to turn it off)' })
    .transform(Number)
    .pipe(z.number().int().max(86400, { error: 'must be at most 86400 (a day)' }))
    .default(60),
  /** Pushes per second across all conversations (Teams allows about 50 a second per bot). */
  PERFBOT_PUSH_PER_SECOND: z
    .string()
    .regex(/^\d+(\.\d+)?$/, { error: 'must be a number above 0 and at most 50' })
    .transform(Number)
    .pipe(z.number().gt(0, { error: 'must be above 0' }).max(50, { error: 'must be at most 50 (the Teams limit)' }))
    .default(50),
  /** Pretend today is this date (YYYY-MM-DD): for demos and tests. */
  PERFBOT_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })
    .refine(isRealDate, { error: 'is not a date that exists' })
    .optional(),
  /** 1 or true: print stack traces of unexpected errors. */
  PERFBOT_DEBUG: z
    .enum(['1', '0', 'true', 'false'], { error: 'must be 1, 0, true or false' })
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** The HTTP port the server listens on. */
  PORT: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number from 1 to 65535' })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: 'must be from 1 to 65535' }).max(65535, { error: 'must be from 1 to 65535' }))
    .default(3978),
  /** The bot's Microsoft Entra app (client) id. Unset: local mode (Bot Framework Emulator, no authentication). */
  MicrosoftAppId: z.string().optional(),
  /** The app's client secret (MultiTenant and SingleTenant apps). */
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { error: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).default('MultiTenant'),
  /** The app's tenant (SingleTenant and UserAssignedMSI apps). */
  MicrosoftAppTenantId: z.string().optional(),
  /** Comma-separated Teams tenant ids allowed to use the bot; unset: any tenant. */
  ALLOWED_TENANTS: z
    .string()
    .optional()
    .transform((v) => new Set((v ?? '').split(',').map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0)) as ReadonlySet<string>),
  /** The state database (subscriptions, deliveries), shared by `npm start` and `perfbot push`; default data/state.db. */
  PERFBOT_STATE_DB: z.string().optional(),
  /** When the monthly headlines are pushed (cron, in PERFBOT_PUSH_TIMEZONE); "off" disables the scheduler. */
  PERFBOT_PUSH_CRON: z.string().default('0 7 5 * *'),
  PERFBOT_PUSH_TIMEZONE: z.string().default('Europe/London'),
  /** The audit log (JSON lines): who asked what, and which reading was answered. */
  PERFBOT_AUDIT_LOG: z.string().optional(),
  /** The Teams app's id in its manifest (a GUID); unset: DEFAULT_TEAMS_APP_ID (only `npm run package` reads it). */
  TEAMS_APP_ID: z.string().regex(GUID, { error: 'must be a GUID such as 4f1a9c52-3b7e-4d2a-9c61-0e5b8a7d2f13' }).optional(),
  /** The web page about perfbot named in the Teams app (privacy and terms pages under it); unset: DEFAULT_TEAMS_APP_WEBSITE_URL. */
  TEAMS_APP_WEBSITE_URL: z.string().regex(/^https:\/\/[^\s/]+(\/\S*)?$/, { error: 'must be an https:// address' }).optional(),
  /** The privacy statement and terms of use named in the Teams app; unset: /privacy and /terms under TEAMS_APP_WEBSITE_URL. */
  TEAMS_APP_PRIVACY_URL: z.string().regex(/^https:\/\/[^\s/]+(\/\S*)?$/, { error: 'must be an https:// address' }).optional(),
  TEAMS_APP_TERMS_URL: z.string().regex(/^https:\/\/[^\s/]+(\/\S*)?$/, { error: 'must be an https:// address' }).optional(),
  /** Who publishes the Teams app, as Teams shows it (at most 32 characters). */
  TEAMS_APP_DEVELOPER_NAME: z.string().max(32, { error: 'must be at most 32 characters (the Teams limit)' }).optional(),
  /** The Teams app's version (1.2.3): raise it for each upload to Teams; unset: package.json's version. */
  TEAMS_APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version such as 1.0.3 (raise it for each upload to Teams)' }).optional(),
  /** 1 or true: a trial Teams app package, which may keep the example.org placeholders. */
  TEAMS_APP_TRIAL: z.enum(['1', '0', 'true', 'false'], { error: 'must be 1, 0, true or false' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  NODE_ENV: z.enum(NODE_ENVS, { error: `must be one of ${NODE_ENVS.join(', ')}` }).default('development'),
};

const configSchema = z.object(SETTINGS).superRefine((c, ctx) => {
  if (c.PERFBOT_PUSH_CRON !== 'off') {
    const problem = validCron(c.PERFBOT_PUSH_CRON, c.PERFBOT_PUSH_TIMEZONE);
    if (problem) ctx.addIssue({ code: 'custom', path: ['PERFBOT_PUSH_CRON'], message: `is not a valid cron expression in ${c.PERFBOT_PUSH_TIMEZONE}: ${problem}` });
  }
  if (c.DATABASE_URL && c.PERFBOT_DB) ctx.addIssue({ code: 'custom', path: ['PERFBOT_DB'], message: 'must not be set with DATABASE_URL (the figures are in PostgreSQL): unset one of them' });
  if (c.DATABASE_URL && c.PERFBOT_STATE_DB) ctx.addIssue({ code: 'custom', path: ['PERFBOT_STATE_DB'], message: 'must not be set with DATABASE_URL (the state is in PostgreSQL): unset one of them' });
  if (c.NODE_ENV === 'production' && !c.MicrosoftAppId) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'must be set when NODE_ENV is production (local mode is for development only)' });
  }
  if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'must be set with MicrosoftAppId' });
  }
  if (c.MicrosoftAppType !== 'MultiTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `must be set for ${c.MicrosoftAppType} apps` });
  }
});

export type Config = Readonly<z.output<typeof configSchema>>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
  }
}

/** Validates the settings (every problem named with its variable) into a frozen config. */
export function readConfig(env: Env = loadEnv()): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(SETTINGS)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.map(String).join('.')} ${i.message}`));
  }
  return Object.freeze(parsed.data);
}

/** The settings a Teams app package needs (no secret: packaging never needs the app's password). */
export interface TeamsAppConfig {
  readonly TEAMS_APP_ID: string;
  readonly TEAMS_APP_WEBSITE_URL: string;
  readonly MicrosoftAppId?: string;
  readonly TEAMS_APP_PRIVACY_URL?: string;
  readonly TEAMS_APP_TERMS_URL?: string;
  readonly TEAMS_APP_DEVELOPER_NAME?: string;
  readonly TEAMS_APP_VERSION?: string;
  readonly TEAMS_APP_TRIAL: boolean;
}

const TEAMS_APP_SETTINGS = {
  TEAMS_APP_ID: true, TEAMS_APP_WEBSITE_URL: true, MicrosoftAppId: true, TEAMS_APP_PRIVACY_URL: true, TEAMS_APP_TERMS_URL: true,
  TEAMS_APP_DEVELOPER_NAME: true, TEAMS_APP_VERSION: true, TEAMS_APP_TRIAL: true,
} as const;

export const DEFAULT_TEAMS_APP_ID = '4f1a9c52-3b7e-4d2a-9c61-0e5b8a7d2f13';
export const DEFAULT_TEAMS_APP_WEBSITE_URL = 'https://perfbot.example.org';

export function readTeamsAppConfig(env: Env = loadEnv()): TeamsAppConfig {
  const schema = z.object(SETTINGS).pick(TEAMS_APP_SETTINGS);
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.map(String).join('.')} ${i.message}`));
  const { TEAMS_APP_ID, TEAMS_APP_WEBSITE_URL, TEAMS_APP_TRIAL, ...rest } = parsed.data;
  const set = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<TeamsAppConfig, 'TEAMS_APP_ID' | 'TEAMS_APP_WEBSITE_URL' | 'TEAMS_APP_TRIAL'>;
  return Object.freeze({
    TEAMS_APP_ID: TEAMS_APP_ID ?? DEFAULT_TEAMS_APP_ID,
    TEAMS_APP_WEBSITE_URL: TEAMS_APP_WEBSITE_URL ?? DEFAULT_TEAMS_APP_WEBSITE_URL,
    TEAMS_APP_TRIAL: TEAMS_APP_TRIAL === '1' || TEAMS_APP_TRIAL === 'true',
    ...set,
  });
}

/** Whether unexpected errors should show their stack; never throws (used while reporting errors). */
export function debugEnabled(env: Env = loadEnv()): boolean {
  const v = env.PERFBOT_DEBUG?.trim();
  return v === '1' || v === 'true';
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A `.env` file's settings, read by Node's own reader (`util.parseEnv`): `KEY=value` lines,
 * optional `export `, `#` comments, single, double (with \n) or back quotes. A line that is not
 * `KEY=value` is refused, named, rather than read as part of the next setting's name.
 */
export function parseDotenv(text: string): Record<string, string> {
  const parsed: Record<string, string> = {};
  const bad: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(text.replace(/^\uFEFF/, '')))) {
    if (!ENV_NAME.test(key)) bad.push(`.env: "${key.split(/\r?\n/)[0] ?? key}" is not a KEY=value line`);
    else parsed[key] = value ?? '';
  }
  if (bad.length > 0) throw new ConfigError(bad);
  return parsed;
}

/** The process environment, with `.env` (if there is one) filling the gaps. */
export function loadEnv(file: string = path.join(process.cwd(), '.env'), env: Env = process.env): Env {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return env;
    throw new ConfigError([`cannot read ${file}: ${(err as Error).message}`]);
  }
  return Object.freeze({ ...parseDotenv(text), ...env });
}
