// The texts a visitor reads: the kiosk, the survey (with its default questions), the follow page, the wall display
// and the printed ticket. Every language a centre can offer its visitors has all of these (tests/unit/i18n.test.ts);
// the staff-only texts a technician meets on a visitor screen (pairing, the shell's exit) may stay English in a draft.
import { en, type MessageKey } from './en.ts';

const VISITOR_PREFIXES = ['app.', 'language.', 'kiosk.', 'display.', 'sound.', 'survey.', 'follow.', 'ticket.', 'common.'];
const VISITOR_SINGLES: readonly MessageKey[] = ['printer.visitorProblem'];

export function isVisitorKey(key: string): key is MessageKey {
  return key in en && (VISITOR_PREFIXES.some((prefix) => key.startsWith(prefix)) || (VISITOR_SINGLES as readonly string[]).includes(key));
}

export const VISITOR_KEYS: readonly MessageKey[] = (Object.keys(en) as MessageKey[]).filter(isVisitorKey);
