// Each utterance is synthesized once: the audio is kept under <data>/speech/ by the SHA-256 of (voice, text), so the
// kiosk's fixed sentences cost one espeak-ng run per language ever, and identical requests made at the same moment
// share one run. A file appears only complete (written beside, then renamed), so a crash never leaves half a clip.
// One synthesis runs at a time: a kiosk PC has few cores, and the queue and printer come first.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Synthesize = (voice: string, text: string) => Promise<Buffer>;

export interface SpeechCache {
  audio(voice: string, text: string): Promise<{ audio: Buffer; cached: boolean }>;
}

export function speechCache(dir: string, synthesize: Synthesize): SpeechCache {
  const running = new Map<string, Promise<Buffer>>();
  let last: Promise<unknown> = Promise.resolve();
  return {
    async audio(voice, text) {
      const key = createHash('sha256').update(voice).update('\0').update(text).digest('hex');
      const file = join(dir, `${key}.opus`);
      try {
        return { audio: readFileSync(file), cached: true };
      } catch {
        // not made yet
      }
      let job = running.get(key);
      if (!job) {
        job = last.catch(() => {}).then(() => synthesize(voice, text)).then((audio) => {
          mkdirSync(dir, { recursive: true });
          writeFileSync(`${file}.part`, audio);
          renameSync(`${file}.part`, file);
          return audio;
        });
        running.set(key, job);
        last = job;
        void job.finally(() => running.delete(key)).catch(() => {});
      }
      return { audio: await job, cached: false };
    },
  };
}
