import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeConfig, ENV_SCHEMA, loadConfig } from '../src/config';
import { ConfigError } from '../src/errors';

const ROOT = path.join(__dirname, '..');

/** What `run` throws; a run that throws nothing fails the test here instead of skipping its checks. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, and nothing was thrown');
}

describe('configuration from the environment', () => {
  it('starts on embedded defaults with no variables at all', () => {
    const config = loadConfig({}, '/srv/lymph');
    expect(config).toMatchObject({
      port: 3978,
      storage: 'sqlite',
      dataDir: '/srv/lymph/data',
      knowledgeDir: '/srv/lymph/knowledge',
      logMessageText: false,
      screeningValidDays: 30,
      microsoftApp: { id: '', password: '', type: 'MultiTenant', tenantId: '' },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads typed values', () => {
    const config = loadConfig(
      { PORT: '8080', STORAGE: 'memory', LOG_MESSAGE_TEXT: 'true', RETENTION_DAYS: '7' },
      '/x',
    );
    expect(config).toMatchObject({ port: 8080, storage: 'memory', logMessageText: true, retentionDays: 7 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STORAGE: 'mongo' }, 'STORAGE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ LOG_MESSAGE_TEXT: 'perhaps' }, 'LOG_MESSAGE_TEXT'],
    [{ SCREENING_VALID_DAYS: '0' }, 'SCREENING_VALID_DAYS'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ ToBotFromChannelOpenIdMetadataUrl: 'http://keys.example.com/openid' }, 'ToBotFromChannelOpenIdMetadataUrl'],
  ])('stops with one line naming the variable for %j', (env, variable) => {
    const error = thrownBy(() => loadConfig(env as NodeJS.ProcessEnv));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never shows the app password in the logged configuration', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'hunter2-very-secret' });
    expect(JSON.stringify(describeConfig(config))).not.toContain('hunter2');
  });

  it('documents every variable in .env.example, and nothing else', () => {
    const documented = readFileSync(path.join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Za-z_]+=/.test(line))
      .map((line) => line.split('=')[0]);
    expect(documented.sort()).toEqual(Object.keys(ENV_SCHEMA.shape).sort());
  });
});
