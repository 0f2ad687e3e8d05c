// `npm run admin:create -- --username NAME [--data ./data] [--role admin|staff]`: an account made at the hub's own
// console, for a first start without a browser or a centre whose every administrator forgot their password. The
// password is typed without echo (or piped in), never given on the command line where `ps` and history keep it.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { openDatabase } from '../db/openDatabase.ts';
import { createHubContext } from '../context.ts';
import { virtualTicketPrinter } from '../printer/ticketPrinter.ts';
import { createUser } from '../auth/users.ts';
import { CreateUserBody } from '../../common/schemas/auth.ts';

const USAGE = 'usage: npm run admin:create -- --username NAME [--data ./data] [--role admin|staff]   (the password is asked for, or read from standard input)';

function readHidden(prompt: string): Promise<string> {
  return new Promise((done, fail) => {
    process.stdout.write(prompt);
    let typed = '';
    process.stdin.setRawMode(true);
    process.stdin.resume();
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          process.stdin.off('data', onData).setRawMode(false).pause();
          process.stdout.write('\n');
          return done(typed);
        }
        if (char === '\u0003') {
          process.stdin.setRawMode(false);
          return fail(new Error('cancelled'));
        }
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    process.stdin.on('data', onData);
  });
}

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

async function password(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await readHidden('Password: ');
  if ((await readHidden('Password again: ')) !== first) throw new Error('the two passwords differ');
  return first;
}

try {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, data: { type: 'string', default: './data' }, role: { type: 'string', default: 'admin' } },
    strict: true,
  });
  if (!values.username) throw new Error('--username is required');
  const body = CreateUserBody.safeParse({ username: values.username, role: values.role, password: await password() });
  if (!body.success) throw new Error(body.error.issues.map((issue) => issue.message).join('; '));
  // The hub may be running: SQLite's WAL lets this second writer in between its transactions.
  const ctx = createHubContext(openDatabase(resolve(values.data)), virtualTicketPrinter());
  const user = await createUser(ctx, body.data);
  ctx.db.close();
  console.log(`Created ${user.role} "${user.username}". Sign in at /desk or /admin.`);
} catch (error) {
  console.error(`lotsa: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
