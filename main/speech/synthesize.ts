// Text to Ogg Opus with Debian's espeak-ng and opusenc: both run from argv (no shell), the text goes in on stdin as
// plain UTF-8 (no -m: markup in it is read as words, never obeyed), WAV is piped straight into opusenc. Opus because
// an utterance is ~14× smaller than its WAV for ~0.13 s more CPU (figures in docs/ARCHITECTURE.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';

/** espeak-ng's default is 175 words a minute; a little slower is easier to follow through headphones in a hall. */
const WORDS_PER_MINUTE = '155';
const TIMEOUT_MS = 10_000;
/** Below the hub itself: a burst of new sentences must never make the printer's status poll miss its answer. */
const NICENESS = 15;

function lowPriority(child: ChildProcess): void {
  try {
    if (child.pid) setPriority(child.pid, NICENESS);
  } catch {
    // already exited
  }
}

export function synthesize(voice: string, text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const speak = spawn('espeak-ng', ['-v', voice, '-s', WORDS_PER_MINUTE, '-b', '1', '--stdin', '--stdout'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const encode = spawn('opusenc', ['--quiet', '--bitrate', '24', '--speech', '-', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    lowPriority(speak);
    lowPriority(encode);
    const chunks: Buffer[] = [];
    const errors: string[] = [];
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        speak.kill('SIGKILL');
        encode.kill('SIGKILL');
        reject(error);
      } else resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(() => finish(new Error('speech synthesis took too long')), TIMEOUT_MS);
    for (const [name, child] of [['espeak-ng', speak], ['opusenc', encode]] as const) {
      child.on('error', (error) => finish(new Error(`${name}: ${error.message}`)));
      child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
      child.stdin.on('error', () => {}); // a child that died early is reported by its exit code
    }
    speak.stdout.pipe(encode.stdin);
    encode.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    speak.on('close', (code) => code !== 0 && finish(new Error(`espeak-ng exited with ${code}: ${errors.join('').trim()}`)));
    encode.on('close', (code) => finish(code === 0 ? null : new Error(`opusenc exited with ${code}: ${errors.join('').trim()}`)));
    speak.stdin.end(text, 'utf8');
  });
}
