import { parseCallbackContact, parseCallbackName } from '../../src/handoff/callback';
import { appendToRing, TRANSCRIPT_RING_SIZE } from '../../src/handoff/transcript';

describe('call-back details', () => {
  it.each([
    ['+1 503 555 0199', { phone: '+1 503 555 0199' }],
    ['call me on (503) 555-0199 please', { phone: '(503) 555-0199' }],
    ['sam.lee@example.com', { email: 'sam.lee@example.com' }],
    ['jo@example.org or 503 555 0100', { email: 'jo@example.org', phone: '503 555 0100' }],
  ])('reads %s', (text, expected) => {
    expect(parseCallbackContact(text)).toEqual(expected);
  });

  it.each(['tomorrow', '12345', 'sam@', 'not an email@', '+1 555', '<script>alert(1)</script>'])('refuses %s', (text) => {
    expect(parseCallbackContact(text)).toBeUndefined();
  });

  it('takes a name, with or without "my name is", and refuses what is not one', () => {
    expect(parseCallbackName('Sam Lee')).toBe('Sam Lee');
    expect(parseCallbackName("my name is Siobhán O'Neill-Ní")).toBe("Siobhán O'Neill-Ní");
    for (const bad of ['', '   ', '12345', '<img src=x onerror=alert(1)>', 'x'.repeat(81)])
      expect(parseCallbackName(bad)).toBeUndefined();
  });
});

describe('the transcript ring', () => {
  it('keeps the last lines, redacted', () => {
    let ring = appendToRing([], { from: 'person', text: 'mail me at jo@example.com or 503 555 0100', at: 'x' });
    expect(ring[0]!.text).toBe('mail me at [email] or [phone]');
    for (let i = 0; i < 15; i++) ring = appendToRing(ring, { from: 'assistant', text: `line ${i}`, at: 'x' });
    expect(ring).toHaveLength(TRANSCRIPT_RING_SIZE);
    expect(ring.at(-1)!.text).toBe('line 14');
  });
});
