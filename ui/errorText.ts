// A failed request as the person at the screen reads it: the screen's own words for the refusals it expects (a
// taken username, the last administrator), otherwise the hub's reason.
import type { MessageKey } from '../common/i18n/translate.ts';
import { ApiError } from './apiClient.ts';
import type { Translate } from './i18n.tsx';

export type Reasons = Partial<Record<number, MessageKey>>;

export function errorText(error: unknown, t: Translate, reasons: Reasons = {}): string {
  const reason = error instanceof ApiError ? reasons[error.status] : undefined;
  if (reason) return t(reason);
  return t('common.error', { message: error instanceof Error ? error.message : String(error) });
}
