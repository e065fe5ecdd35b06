import { loadIntents } from '../../src/language/intents-content';
import { PersonalAdviceCues } from '../../src/language/personal-advice';
import { messageRouter } from '../helpers/dialog-deps';
import type { Recognition } from '../../src/language/intents';

/**
 * Round 22 (perf22): the personal-advice cues keep the last message's readings, shared by the recognizer and the
 * router. A reading is never another message's: messages that alternate, or repeat, get the answer each deserves (in
 * words written for this test).
 */
const intents = loadIntents('knowledge');
const personal = 'my legs have been swollen since my op, what would you recommend for me';
const general = 'how should I prepare for my first lymphatic drainage session';
const unrelated = 'what time do you close on saturdays';

describe("one message's readings are never another's", () => {
  it('answers alternating messages as each alone', () => {
    const fresh = (text: string) => {
      // The readings a new set of cues makes of the text alone (new content object, so not the shared instance).
      const cues = PersonalAdviceCues.fromContent({ ...intents });
      return [cues.matches(text), cues.isGeneralQuestion(text), cues.asksOpenSuggestion(text)];
    };
    const expected = new Map([personal, general, unrelated].map((text) => [text, fresh(text)]));
    expect(expected.get(personal)![0]).toBe(true);
    expect(expected.get(general)![1]).toBe(true);
    expect(expected.get(unrelated)).toEqual([false, false, false]);
    const shared = PersonalAdviceCues.fromContent(intents);
    for (const text of [personal, general, personal, unrelated, unrelated, general, personal])
      expect([shared.matches(text), shared.isGeneralQuestion(text), shared.asksOpenSuggestion(text)]).toEqual(
        expected.get(text),
      );
  });

  it('is one instance per intents content, so the recognizer and the router read a message once', () => {
    expect(PersonalAdviceCues.fromContent(intents)).toBe(PersonalAdviceCues.fromContent(intents));
  });

  it('routes each of several messages in turn as it routes it alone', () => {
    const router = messageRouter();
    const read: Recognition = { intent: 'ask_question', score: 0.9, entities: [] };
    const alone = new Map(
      [personal, general, unrelated].map((text) => [text, messageRouter().route(text, read).kind]),
    );
    expect(alone.get(personal)).toBe('personal');
    for (const text of [general, personal, unrelated, personal, general])
      expect(router.route(text, read).kind).toBe(alone.get(text));
  });
});
