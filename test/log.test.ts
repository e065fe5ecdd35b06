import { Writable } from 'node:stream';
import { createLogger } from '../src/log';

function capture(logMessageText: boolean): { lines: string[]; log: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { lines, log: createLogger({ level: 'info', logMessageText, destination }) };
}

describe('logging', () => {
  it('redacts message text and contact details by default', () => {
    const { lines, log } = capture(false);
    log.info(
      {
        text: 'my calf is swollen',
        activity: { text: 'I had lipo' },
        email: 'a@b.example',
        phone: '555 0100',
      },
      'turn',
    );
    const line = lines.join('');
    expect(line).not.toMatch(/calf|lipo|a@b\.example|555 0100/);
    expect(line).toContain('[redacted]');
  });

  it('keeps message text when LOG_MESSAGE_TEXT is on', () => {
    const { lines, log } = capture(true);
    log.info({ text: 'what is MLD' }, 'turn');
    expect(lines.join('')).toContain('what is MLD');
  });
});
