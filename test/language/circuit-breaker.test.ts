import { FixedClock } from '../../src/clock';
import { CircuitBreaker } from '../../src/language/circuit-breaker';
import { CloudResponseError } from '../../src/errors';
import { classifyFailure } from '../../src/language/cloud-call';
import { NOW, testCall } from '../helpers/cloud/test-call';

describe('circuit breaker', () => {
  const build = () => {
    const clock = new FixedClock(NOW);
    return { clock, breaker: new CircuitBreaker(clock, { failureThreshold: 3, cooldownMs: 10_000 }) };
  };

  it('opens after N consecutive failures, not after N scattered ones', () => {
    const { breaker } = build();
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state()).toBe('closed');
    breaker.recordFailure();
    expect(breaker.state()).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('lets exactly one trial call through after the cool-down', () => {
    const { breaker, clock } = build();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    clock.advance(9_999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.state()).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('closes when the trial succeeds and re-opens for a full cool-down when it fails', () => {
    const { breaker, clock } = build();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    clock.advance(10_000);
    breaker.tryAcquire();
    breaker.recordFailure();
    expect(breaker.state()).toBe('open');
    clock.advance(10_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.state()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });
});

describe('bounded cloud calls', () => {
  it.each<[string, unknown, string]>([
    ['a 503', { status: 503 }, 'server_error'],
    ['a 429', { status: 429 }, 'rate_limited'],
    ['a 401', { statusCode: 401 }, 'client_error'],
    ['an unparseable body', Object.assign(new Error('x'), { code: 'PARSE_ERROR' }), 'malformed'],
    ['a wrong shape', new CloudResponseError('schema'), 'malformed'],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'network'],
  ])('classifies %s', (_label, error, reason) => {
    expect(classifyFailure(error)).toBe(reason);
  });

  it('never throws, and counts one fallback per call however many attempts it took', async () => {
    const { call, events } = testCall('openai', { retries: 2 });
    let attempts = 0;
    const outcome = await call.run(async () => {
      attempts++;
      throw Object.assign(new Error('down'), { status: 502 });
    });
    expect(outcome).toEqual({ ok: false, reason: 'server_error' });
    expect(attempts).toBe(3);
    expect(events).toHaveLength(1);
  });

  it('aborts a slow attempt at the timeout even when the client ignores the signal', async () => {
    const { call, events } = testCall('clu', { retries: 0, timeoutMs: 50 });
    let aborted = false;
    const outcome = await call.run(
      // Never settles: only the call's own timeout can end it.
      (signal) =>
        new Promise<string>(() => {
          signal.addEventListener('abort', () => {
            aborted = true;
          });
        }),
    );
    expect(outcome).toEqual({ ok: false, reason: 'timeout' });
    expect(aborted).toBe(true);
    expect(events).toEqual([{ backend: 'clu', reason: 'timeout' }]);
  });
});
