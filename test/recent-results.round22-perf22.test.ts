import { RecentResults } from '../src/recent-results';

/** Round 22 (perf22): the bounded memo the understanding layers share each message's readings through. */
describe('RecentResults', () => {
  it('works a key out once while it is among the last few, and again once forgotten', () => {
    const calls: string[] = [];
    const recent = new RecentResults<number>(2);
    const length = (text: string) =>
      recent.get(text, (key) => {
        calls.push(key);
        return key.length;
      });
    expect(length('is it safe after a tummy tuck')).toBe(29);
    expect(length('is it safe after a tummy tuck')).toBe(29);
    expect(length('how much is a session')).toBe(21);
    expect(calls).toEqual(['is it safe after a tummy tuck', 'how much is a session']);
    // A third key pushes out the oldest: asked again, it is worked out afresh.
    length('do you open on sundays');
    length('is it safe after a tummy tuck');
    expect(calls).toEqual([
      'is it safe after a tummy tuck',
      'how much is a session',
      'do you open on sundays',
      'is it safe after a tummy tuck',
    ]);
  });

  it('keeps no more than its size, whatever people type', () => {
    const recent = new RecentResults<string>(3);
    let computed = 0;
    const count = (value: string) => () => {
      computed++;
      return value;
    };
    for (let i = 0; i < 1000; i++) recent.get(`message ${i}`, count(`message ${i}`));
    // The last three are known; an earlier one is worked out again.
    recent.get('message 999', count('again'));
    expect(computed).toBe(1000);
    expect(recent.get('message 0', () => 'afresh')).toBe('afresh');
  });
});
