import { hashPassword, secretsEqual, verifyPassword } from '../../src/staff/passwords';

describe('staff passwords', () => {
  it('are stored as salted scrypt hashes and verified in constant time', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('correct');
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong horse battery', hash)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('compares tokens whatever their length', () => {
    expect(secretsEqual('a'.repeat(40), 'a'.repeat(40))).toBe(true);
    expect(secretsEqual('a', 'a'.repeat(40))).toBe(false);
    expect(secretsEqual('', '')).toBe(false);
  });
});
