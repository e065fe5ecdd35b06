import { appendToRing, TRANSCRIPT_RING_SIZE } from '../../src/handoff/transcript';

describe('the transcript ring', () => {
  it('keeps the last lines, redacted', () => {
    let ring = appendToRing([], { from: 'person', text: 'mail me at jo@example.com or 503 555 0100', at: 'x' });
    expect(ring[0]!.text).toBe('mail me at [email] or [phone]');
    for (let i = 0; i < 15; i++) ring = appendToRing(ring, { from: 'assistant', text: `line ${i}`, at: 'x' });
    expect(ring).toHaveLength(TRANSCRIPT_RING_SIZE);
    expect(ring.at(-1)!.text).toBe('line 14');
  });
});
