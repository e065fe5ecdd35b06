import type { Recognition } from '../../src/language/intents';
import { messageRouter } from '../helpers/dialog-deps';

/**
 * Round 21 (lead): a job interview named as the occasion for a treatment of ours is a personal request, not the
 * careers question routing.yaml's `otherTasks` declines (one gate message moved to "declined" when that rule
 * arrived; the cause, not the message, is tested here, in words written for this test).
 */
const router = messageRouter();
const read = (intent: Recognition['intent'], score = 0.95): Recognition => ({ intent, score, entities: [] });

describe('an interview as the occasion for one of ours reaches the health check', () => {
  it.each([
    'which would suit me better before my job interview on monday, the facial one or the full body?',
    'should I book a lymph session the day before job interviews so I look less puffy',
    'I keep looking exhausted at interviews, what would you recommend for my face',
  ])('"%s"', (text) => {
    for (const recognition of [read('get_recommendation'), read('ask_question'), read('out_of_scope')])
      expect(router.route(text, recognition).kind).toBe('personal');
  });
});

describe('preparing for the interview itself is still declined', () => {
  it.each([
    'what questions do they ask at a job interview for a beauty therapist',
    'any job interview tips? mine is at a hotel spa on friday',
  ])('"%s"', (text) => {
    expect(router.route(text, read('ask_question')).kind).toBe('out_of_scope');
  });
});
