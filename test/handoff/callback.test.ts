import { parseCallbackContact, parseCallbackName } from '../../src/handoff/callback';

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
