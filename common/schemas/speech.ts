// GET /api/speech: one utterance a kiosk or survey screen in speech mode plays. The text is what the screen shows,
// plain text only (never markup: espeak-ng reads it as words), short enough to be one sentence or a few.
import { z } from 'zod';
import { Language } from './tickets.ts';
import { cleanString } from './text.ts';

/** The receipt's full sentence is ~150 characters; a long survey question with its scale stays under this. */
export const SPEECH_TEXT_MAX = 600;

export const SpeechQuery = z.strictObject({
  lang: Language.describe('the language to speak in; one without a voice is spoken with the Swedish voice, then the English'),
  text: cleanString({ what: 'the text to speak', max: 100_000 }).superRefine((text, ctx) => {
    if (text.length > SPEECH_TEXT_MAX) ctx.addIssue({ code: 'custom', message: `the text to speak is at most ${SPEECH_TEXT_MAX} characters`, params: { code: 'speech-text-too-long' } });
  }),
});
export type SpeechQuery = z.infer<typeof SpeechQuery>;
