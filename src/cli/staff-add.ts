import { ConflictError } from '../errors';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../staff/passwords';
import { STAFF_ROLES, type StaffRole } from '../staff/roles';
import { fail, openStaffDatabase, STAFF_NAME } from './staff-common';

const USAGE = 'usage: npm run staff:add -- NAME --role front_desk|clinician   (password from the prompt, STAFF_PASSWORD or stdin)';

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { stdin, stderr } = process;
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of standard input (for scripts: `printf '%s\n' "$PW" | npm run staff:add -- …`). */
async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.STAFF_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await promptHidden('Password: ');
  const again = await promptHidden('Repeat password: ');
  if (first !== again) fail('the passwords do not match');
  return first;
}

/**
 * `npm run staff:add -- NAME --role front_desk|clinician`: a staff console account in the bot's database.
 * The password is asked at the prompt without echo, or read from STAFF_PASSWORD or standard input for
 * scripts; only its scrypt hash is stored.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roleIndex = args.indexOf('--role');
  const role = roleIndex >= 0 ? args[roleIndex + 1] : undefined;
  const name = args.find((arg, index) => !arg.startsWith('--') && index !== roleIndex + 1);
  if (!name || !STAFF_NAME.test(name)) fail(`a name of 2–40 letters, digits, dots, dashes or underscores is needed\n${USAGE}`, 2);
  if (!role || !(STAFF_ROLES as readonly string[]).includes(role)) fail(`--role must be front_desk or clinician\n${USAGE}`, 2);
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) fail(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`, 2);

  const { accounts, audit, close } = await openStaffDatabase();
  try {
    await accounts.add({ name, role: role as StaffRole, passwordHash: await hashPassword(password), createdAt: new Date() });
    await audit.record({ at: new Date(), actor: 'cli', action: 'staff.add', detail: { name, role } });
  } catch (error) {
    if (error instanceof ConflictError) fail(`staff member "${name}" already exists (remove them first to reset)`);
    throw error;
  } finally {
    await close();
  }
  process.stdout.write(`Added ${name} (${role}).\n`);
}

main().catch((error: unknown) => fail(`staff:add failed: ${(error as Error).message}`));
