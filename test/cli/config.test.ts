import { ConfigError, loadEnv, parseDotenv, readConfig } from '../../src/config';
import { tempDir } from '../store/temp-files';

describe('readConfig', () => {
  it('gives defaults for an empty environment, frozen', () => {
    const config = readConfig({});
    expect(config).toEqual({ PORT: 3978, LOG_LEVEL: 'info', NODE_ENV: 'development', PERFBOT_DEBUG: false, MicrosoftAppType: 'MultiTenant', ALLOWED_TENANTS: new Set(), PERFBOT_PUSH_CRON: '0 7 5 * *', PERFBOT_PUSH_TIMEZONE: 'Europe/London', PERFBOT_PG_SCHEMA: 'public', PERFBOT_PUSH_PER_SECOND: 50, PERFBOT_RELOAD_SECONDS: 60 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every setting; empty values count as unset', () => {
    expect(readConfig({ PERFBOT_DB: '/tmp/x.db', PERFBOT_TODAY: '2020-02-29', PORT: '8080', LOG_LEVEL: 'debug', NODE_ENV: 'production', PERFBOT_DEBUG: '1', PATH: '/bin', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' })).toEqual({
      PERFBOT_DB: '/tmp/x.db', PERFBOT_TODAY: '2020-02-29', PORT: 8080, LOG_LEVEL: 'debug', NODE_ENV: 'production', PERFBOT_DEBUG: true,
      MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant', ALLOWED_TENANTS: new Set(), PERFBOT_PUSH_CRON: '0 7 5 * *', PERFBOT_PUSH_TIMEZONE: 'Europe/London', PERFBOT_PG_SCHEMA: 'public', PERFBOT_PUSH_PER_SECOND: 50, PERFBOT_RELOAD_SECONDS: 60,
    });
    expect(readConfig({ PORT: '', PERFBOT_DB: ' ' }).PORT).toBe(3978);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      readConfig({ PORT: '99999', PERFBOT_TODAY: '2019-02-30', LOG_LEVEL: 'loud', NODE_ENV: 'staging' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    for (const name of ['PORT', 'PERFBOT_TODAY', 'LOG_LEVEL', 'NODE_ENV']) expect(problems.some((p) => p.startsWith(`${name} `))).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });

  it('reads a PostgreSQL address and schema, and refuses a file store named beside it', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://perfbot:secret@db.example:5432/perfbot', PERFBOT_PG_SCHEMA: 'cambs' });
    expect(config.DATABASE_URL).toBe('postgres://perfbot:secret@db.example:5432/perfbot');
    expect(config.PERFBOT_PG_SCHEMA).toBe('cambs');
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/perfbot', PERFBOT_DB: '/tmp/x.db' })).toThrow(/PERFBOT_DB must not be set with DATABASE_URL/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/perfbot', PERFBOT_STATE_DB: '/tmp/s.db' })).toThrow(/PERFBOT_STATE_DB must not be set with DATABASE_URL/);
  });

  it.each([['PORT', 'abc'], ['DATABASE_URL', 'mysql://db/perfbot'], ['PERFBOT_PG_SCHEMA', 'Robert; DROP'], ['PERFBOT_PUSH_PER_SECOND', '60'], ['PORT', '0'], ['PERFBOT_TODAY', '2019-1-1'], ['PERFBOT_DEBUG', 'yes']])('refuses %s=%s', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`^invalid configuration: ${name} `));
  });
});

describe('.env', () => {
  it('parses comments, export, quotes and escapes', () => {
    const text = '\uFEFF# comment\nexport A=1\nB = two words # note\nC="x\\ny"\nD=\'$raw # kept\'\n\nE=\r\n';
    expect(parseDotenv(text)).toEqual({ A: '1', B: 'two words', C: 'x\ny', D: '$raw # kept', E: '' });
  });

  it('refuses a line that is not KEY=value, by its words', () => {
    expect(() => parseDotenv('A=1\nnot a line\nB=2\n')).toThrow(/\.env: "not a line" is not a KEY=value line/);
  });

  it('fills only what the environment leaves unset', () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('.env', 'PORT=1234\nLOG_LEVEL=warn\n');
      expect(loadEnv(file, { PORT: '80' })).toEqual({ PORT: '80', LOG_LEVEL: 'warn' });
      expect(loadEnv(tmp.file('none'), { PORT: '80' })).toEqual({ PORT: '80' });
    } finally {
      tmp.cleanup();
    }
  });
});
