// What a refused sign-in, setup or pairing tells the person at the screen, in their language: the form's own reason
// for a 401, how long to wait after too many tries, or that the hub cannot be reached.
import { z } from 'zod';
import type { MessageKey } from '../../common/i18n/translate.ts';
import { ApiError } from '../apiClient.ts';
import { errorText } from '../errorText.ts';
import type { I18n } from '../i18n.tsx';

const TooManyTries = z.object({ retryAfterSeconds: z.number().positive() });

export function authErrorText(error: unknown, refused: MessageKey, { t, fmt }: Pick<I18n, 't' | 'fmt'>): string {
  if (error instanceof ApiError) {
    const tooMany = TooManyTries.safeParse(error.details);
    if (error.status === 429 && tooMany.success) return t('auth.tooManyTries', { wait: fmt.duration(tooMany.data.retryAfterSeconds) });
    if (error.status === 0 || error.status >= 500) return t('auth.unreachable');
  }
  return errorText(error, t, { 401: refused });
}
