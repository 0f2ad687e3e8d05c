// A failed request as the person at the screen reads it, in the screen's language: the screen's own words for a
// refusal it expects in this place (a taken username, the last administrator), else the words for the hub's error
// code (common/i18n: error.<code>), else — a code newer than this screen — the hub's own sentence.
import type { MessageKey } from '../common/i18n/translate.ts';
import { ErrorCode } from '../common/schemas/errorCodes.ts';
import { ApiError } from './apiClient.ts';
import type { Translate } from './i18n.tsx';

export type Reasons = Partial<Record<number, MessageKey>>;

/** The catalogue key of each error code's text; the type check holds every code to having one. */
export const errorKey = (code: ErrorCode): `error.${ErrorCode}` & MessageKey => `error.${code}`;

/** The screen's words for an error's code, or null when the hub was not reached or sent a code this screen does
 *  not know. */
export function errorCodeKey(error: unknown): MessageKey | null {
  if (!(error instanceof ApiError) || error.code === null) return null;
  const code = ErrorCode.safeParse(error.code);
  return code.success ? errorKey(code.data) : null;
}

export function errorText(error: unknown, t: Translate, reasons: Reasons = {}): string {
  const reason = error instanceof ApiError ? reasons[error.status] : undefined;
  if (reason) return t(reason);
  const byCode = errorCodeKey(error);
  if (byCode) return t(byCode);
  return t('common.error', { message: error instanceof Error ? error.message : String(error) });
}
