import type { IntentsContent } from '../../src/language/intents-content';
import { PersonalAdviceCues } from '../../src/language/personal-advice';

/**
 * Round 22 (und22): the personal cues are written for oneself; asked for someone close named in the message, the same
 * request is read with that person's object and possessive pronouns as the writer's own (intents.yaml
 * `askedForSomeoneClose`). Cues and words written for this test.
 */
const content = (withClose: boolean) =>
  ({
    personalAdviceCues: ['\\bwould (it|mld) help (me|my)\\b', '\\bshould i\\b'],
    generalQuestionCues: ['\\bhow should i prepare\\b'],
    openSuggestionRequests: [],
    explicitRequests: [],
    ...(withClose
      ? {
          askedForSomeoneClose: {
            named: ['\\bmy (son|daughter|dad)\\b'],
            readAs: { him: 'me', her: 'me', his: 'my' },
          },
        }
      : {}),
    intents: {},
  }) as unknown as IntentsContent;

describe('a request for someone close in the third person', () => {
  const cues = PersonalAdviceCues.fromContent(content(true));

  it('is read as the same request made for oneself', () => {
    expect(cues.matches('my dad had a new hip in may, would MLD help him?')).toBe(true);
    expect(cues.matches('my daughter hurt her wrist, would it help her wrist heal')).toBe(true);
  });

  it('needs someone close named: a stranger helped is not a request', () => {
    expect(cues.matches('the lady next door asked, would MLD help him')).toBe(false);
  });

  it('leaves subject pronouns alone, so "should he" is not "should I"', () => {
    expect(cues.matches('my son got a job offer in york, should he take it')).toBe(false);
  });

  it('still answers a general question for someone close', () => {
    expect(cues.matches('my dad asks how should I prepare him for his first session')).toBe(false);
  });

  it('reads only the first person without the content block', () => {
    expect(PersonalAdviceCues.fromContent(content(false)).matches('my dad is swollen, would MLD help him?')).toBe(false);
  });
});
