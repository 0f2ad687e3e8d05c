// Plays what speech mode says: each utterance is audio the hub synthesizes (GET /api/speech), never the browser's
// speechSynthesis, which has no voices on an offline kiosk. A new utterance cancels the one playing, so what the
// visitor hears is always about where they are now; the parts of one utterance all start loading at once and play
// back to back.

export interface Utterance {
  text: string;
  /** The language to speak it in (a language button names itself in its own language). */
  lang: string;
}

/** A part that neither ends nor fails (a stalled load) must not silence the kiosk for good. */
const PART_TIMEOUT_MS = 20_000;

export const speechUrl = ({ text, lang }: Utterance) => `/api/speech?lang=${encodeURIComponent(lang)}&text=${encodeURIComponent(text)}`;

function play(audio: HTMLAudioElement): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, PART_TIMEOUT_MS);
    audio.addEventListener('ended', done, { once: true });
    audio.addEventListener('error', done, { once: true });
    audio.addEventListener('pause', done, { once: true });
    audio.play().catch(done);
  });
}

export class SpeechPlayer {
  private playing: HTMLAudioElement[] = [];
  private generation = 0;

  /** Says the parts in order, after stopping whatever was being said. */
  say(parts: Utterance[]): void {
    this.cancel();
    const generation = this.generation;
    const audios = parts.filter((part) => part.text.trim() !== '').map((part) => Object.assign(new Audio(speechUrl(part)), { preload: 'auto' }));
    this.playing = audios;
    void (async () => {
      for (const audio of audios) {
        if (generation !== this.generation) return;
        await play(audio);
      }
    })();
  }

  cancel(): void {
    this.generation++;
    for (const audio of this.playing) {
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
    }
    this.playing = [];
  }
}
