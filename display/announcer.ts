// Plays announcements on the display: the clips of one call back to back, one call at a time, never overlapping.
// Which calls are still worth saying is announcementQueue.ts; this module only drives the <audio> elements.
import { enqueue, takeNext, type PendingAnnouncement } from './announcementQueue.ts';

export interface Announcer {
  announce: (item: PendingAnnouncement) => void;
  close: () => void;
}

/** Calls that arrive together (a catch-up after a reconnect) are all queued before the first is picked. */
const SETTLE_MS = 150;
/** A clip that neither ends nor fails (a stalled load) must not silence the display for good. */
const CLIP_TIMEOUT_MS = 4_000;

export const clipUrl = (clip: string) => `/voice/${clip}.ogg`;

class PlaybackBlocked extends Error {}

/** Resolves when the clip has played, or could not be (a missing file is skipped, not fatal). */
function playClip(audio: HTMLAudioElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, CLIP_TIMEOUT_MS);
    audio.addEventListener('ended', done, { once: true });
    audio.addEventListener('error', done, { once: true });
    audio.play().catch((error: unknown) => {
      clearTimeout(timer);
      // The browser's autoplay policy: nobody has enabled sound on this screen (or the permission was lost).
      if (error instanceof DOMException && error.name === 'NotAllowedError') reject(new PlaybackBlocked());
      else resolve();
    });
  });
}

/** onBlocked: the browser refused to play; the screen asks for the "enable sound" tap again. */
export function createAnnouncer(onBlocked: () => void): Announcer {
  let pending: PendingAnnouncement[] = [];
  let running = false;
  let closed = false;
  let current: HTMLAudioElement | null = null;

  const drain = async () => {
    running = true;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (;;) {
      const { next, rest } = takeNext(pending, Date.now());
      pending = rest;
      if (!next || closed) break;
      // Every clip of the call starts loading now, so the words follow each other without a gap for the network.
      const audios = next.clips.map((clip) => Object.assign(new Audio(clipUrl(clip)), { preload: 'auto' }));
      try {
        for (const audio of audios) {
          if (closed) break;
          current = audio;
          await playClip(audio);
        }
      } catch (error) {
        if (!(error instanceof PlaybackBlocked)) throw error;
        pending = [];
        onBlocked();
        break;
      } finally {
        current = null;
      }
    }
    running = false;
  };

  return {
    announce: (item) => {
      if (closed) return;
      pending = enqueue(pending, item, Date.now());
      if (!running) void drain();
    },
    close: () => {
      closed = true;
      pending = [];
      current?.pause();
    },
  };
}
