import { isStorageOutage } from '../../src/storage/outage';

// What counts as "the database is away, try again" (a polite reply, state kept) rather than a failed turn.
describe('isStorageOutage', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('recognises refused and dropped connections, server shutdowns and a turn lock wait that ran out', () => {
    expect(isStorageOutage(withCode('ECONNREFUSED'))).toBe(true);
    expect(isStorageOutage(withCode('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isStorageOutage(withCode('08006'))).toBe(true);
    expect(isStorageOutage(withCode('55P03', 'canceling statement due to lock timeout'))).toBe(true);
    expect(isStorageOutage(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isStorageOutage(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isStorageOutage(new Error('Query read timeout'))).toBe(true);
  });

  it('leaves bugs and bad data to the ordinary error handling', () => {
    expect(isStorageOutage(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isStorageOutage(withCode('42P01', 'relation "state" does not exist'))).toBe(false);
    expect(isStorageOutage(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isStorageOutage('ECONNREFUSED')).toBe(false);
  });
});
