import type { Recognizer } from '../../src/language/intents';
import { localRecognizer, messages } from '../helpers/dialog-deps';
import { conversation, FIRST_QUESTION } from '../helpers/screening';

/** Stands for a cloud backend: answers like the local recognizer, and remembers every text it was sent. */
async function recordingCloudRecognizer(): Promise<Recognizer & { seen: string[] }> {
  const local = await localRecognizer();
  const seen: string[] = [];
  return {
    seen,
    async recognize(text: string) {
      seen.push(text);
      return local.recognize(text);
    },
  };
}

describe('health answers and the cloud', () => {
  it('never sends what the person types during a health check to the configured (cloud) recognizer', async () => {
    const cloud = await recordingCloudRecognizer();
    const chat = await conversation({ recognizer: cloud });
    await chat.texts('which package should I book?');
    const afterConsent = await chat.texts('yes');
    expect(afterConsent.join('\n')).toContain(FIRST_QUESTION);
    await chat.texts('no');
    await chat.texts('I had lipo 2 weeks ago and my surgeon is Dr Smith');
    await chat.texts('why do you ask?');
    expect(cloud.seen).toEqual(['which package should I book?']);
  });

  it('uses the configured recognizer again once the health check has ended', async () => {
    const cloud = await recordingCloudRecognizer();
    const chat = await conversation({ recognizer: cloud });
    await chat.texts('which package should I book?');
    await chat.texts('yes');
    expect(await chat.texts('cancel')).toContain(messages.text('cancelled'));
    await chat.texts('what is lymphatic drainage?');
    expect(cloud.seen).toEqual(['which package should I book?', 'what is lymphatic drainage?']);
  });
});
