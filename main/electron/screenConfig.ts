// lotsa.config.json tells the shell which screens this PC shows and where: a kiosk PC may drive a touch screen, a
// waiting-room TV and an exit-survey tablet at once. A site technician edits it by hand, so every mistake must come
// back as one readable line naming the field, not as a stack trace.
import { z } from 'zod';
import type { ScreenUrlName } from '../screenUrls.ts';
import { EXIT_PIN_HASH } from './exitPin.ts';

export const screenNames = ['kiosk', 'display', 'survey', 'desk', 'admin'] as const satisfies readonly ScreenUrlName[];
export type ScreenName = (typeof screenNames)[number];

export const monitorPositions = ['primary', 'left', 'right', 'top', 'bottom'] as const;
export type MonitorPosition = (typeof monitorPositions)[number];
/** A monitor by index in the operating system's order, by Electron display id, or by where it stands. */
export type MonitorSpec = number | { id: number } | MonitorPosition;

const monitorSpec = z.union([z.int().min(0), z.strictObject({ id: z.int() }), z.enum(monitorPositions)], {
  error: `expected a monitor index (0, 1, …), {"id": <display id>} or one of ${monitorPositions.map((p) => `"${p}"`).join(', ')}`,
});

const screenWindow = z.strictObject({
  screen: z.enum(screenNames),
  monitor: monitorSpec.default('primary'),
  mode: z.enum(['windowed', 'fullscreen', 'kiosk']).default('windowed'),
  zoom: z.number().min(0.25).max(5).default(1),
  /** A touch screen: the shell hides the mouse cursor, which would otherwise sit in the middle of the screen. */
  touch: z.boolean().default(false),
});

const shellConfig = z.strictObject({
  screens: z.array(screenWindow).min(1, { error: 'list at least one screen to open' }),
  port: z.int().min(1).max(65535).optional(),
  printer: z.strictObject({ path: z.string().min(1), baud: z.int().positive() }).optional(),
  /** Without it the hidden admin exit is off: visitor screens can only be left with a keyboard or by the power. */
  exitPinHash: z
    .string()
    .regex(EXIT_PIN_HASH, { error: 'expected the line printed by `npx tsx main/electron/hashExitPin.ts <PIN>` (scrypt:…:…)' })
    .optional(),
});

export type ScreenWindowConfig = z.output<typeof screenWindow>;
export type WindowMode = ScreenWindowConfig['mode'];
export type ShellConfig = z.output<typeof shellConfig>;

/** What a fresh install shows: the three visitor screens side by side on the main monitor, in ordinary windows. */
export const defaultShellConfig: ShellConfig = shellConfig.parse({
  screens: [{ screen: 'kiosk' }, { screen: 'display' }, { screen: 'survey' }],
});

export class ScreenConfigError extends Error {
  override name = 'ScreenConfigError';
}

/**
 * Parses the text of lotsa.config.json; `undefined` (no file) gives the default. `source` names the file in errors.
 * Throws ScreenConfigError with one line per problem.
 */
export function parseScreenConfig(text: string | undefined, source: string): ShellConfig {
  if (text === undefined) return defaultShellConfig;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScreenConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const result = shellConfig.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${formatPath(issue.path) || '(top level)'}: ${issue.message}`);
  throw new ScreenConfigError(`${source} is not a valid Lotsa screen configuration:\n${problems.join('\n')}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}
