import { LoginLimiter } from '../../src/staff/login-limiter';
import { FixedClock } from '../../src/clock';

describe('the login limiter', () => {
  it('refuses after five failures until the window moves on', async () => {
    const clock = new FixedClock(new Date('2026-11-24T18:00:00Z'));
    const limiter = new LoginLimiter(clock, 5, 15 * 60_000);
    for (let i = 0; i < 5; i++) {
      expect(await limiter.retryAfterSeconds(['k'])).toBe(0);
      await limiter.fail(['k']);
    }
    expect(await limiter.retryAfterSeconds(['k'])).toBe(900);
    expect(await limiter.retryAfterSeconds(['other'])).toBe(0);
    clock.advance(15 * 60_000 + 1);
    expect(await limiter.retryAfterSeconds(['k'])).toBe(0);
  });
});
