// Speech mode's audio: the kiosk and survey ask the hub to say a sentence, as a browser on an offline kiosk has no
// voices of its own (speechSynthesis). Synthesized once per voice and text, then served from the data folder.
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { SpeechQuery } from '../../../common/schemas/speech.ts';
import { speechCache, type SpeechCache } from '../../speech/speechCache.ts';
import { speechVoice } from '../../speech/speechVoice.ts';
import { synthesize } from '../../speech/synthesize.ts';
import { HttpError } from '../httpError.ts';
import { route, type RouteSpec } from '../route.ts';

const OPUS_TYPE = 'audio/ogg';

export function speechRoutes(ctx: HubContext): RouteSpec[] {
  // Made on the first request: beside the database file, whose folder is the hub's --data.
  let cache: SpeechCache | undefined;
  return [
    route({
      method: 'GET',
      url: '/api/speech',
      summary: 'One sentence read aloud in a language (Ogg Opus from espeak-ng), for the kiosk and survey in speech mode',
      query: SpeechQuery,
      produces: OPUS_TYPE,
      responses: { 200: z.string().describe('the utterance as Ogg Opus audio') },
      handle: async ({ query }) => {
        cache ??= speechCache(join(dirname(ctx.db.name), 'speech'), synthesize);
        const found = await cache.audio(speechVoice(query.lang), query.text).catch((error: Error) => {
          throw new HttpError(503, 'speech-failed', `the hub could not synthesize speech: ${error.message}`);
        });
        return { status: 200, body: found.audio, file: { contentType: OPUS_TYPE, name: 'speech.opus' } };
      },
    }),
  ];
}
