// The messages between the Electron shell and the hub it runs as a child process (main/hubProcess.ts). Both ends
// parse what they receive: a child from an older build, or a stray message, is refused instead of misread.
import { z } from 'zod';
import type { HubOptions } from './hub.ts';

/** HubOptions without the log callback, which cannot cross a process boundary: the child sends log lines instead. */
export type HubStartOptions = Omit<HubOptions, 'log'>;

const hubStartOptions = z.object({
  dataDir: z.string(),
  screensDir: z.string(),
  port: z.int().min(0).max(65535),
  host: z.string().optional(),
  apiToken: z.string().optional(),
  printer: z.object({ path: z.string(), baud: z.int() }).optional(),
  publicUrl: z.string().optional(),
  limits: z.object({ maxConnectionsPerAddress: z.int().min(1).optional(), maxStreamsPerAddress: z.int().min(1).optional() }).optional(),
  demo: z.boolean().optional(),
  demoDays: z.int().min(1).optional(),
  webhooks: z
    .object({
      retry: z.object({ firstRetryMs: z.int().min(1), maxRetryMs: z.int().min(1), giveUpAfterMs: z.int().min(1) }).partial().optional(),
      timeoutMs: z.int().min(1).optional(),
    })
    .optional(),
  central: z.object({ url: z.string().optional(), siteToken: z.string().optional(), firstRetryMs: z.int().min(1).optional() }).optional(),
}) satisfies z.ZodType<HubStartOptions>;

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
// A field added to HubOptions but not to the schema would be dropped on its way to the child without a word.
true satisfies SameKeys<HubStartOptions, z.infer<typeof hubStartOptions>>;

export const ParentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: hubStartOptions }),
  /** Close the database cleanly and exit with 0. */
  z.object({ type: z.literal('stop') }),
]);
export type ParentMessage = z.infer<typeof ParentMessage>;

export const ChildMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ready'),
    url: z.string(),
    port: z.int(),
    apiToken: z.string(),
    apiTokenGenerated: z.boolean(),
    demoSeeded: z.boolean(),
    setupCode: z.string().nullable(),
  }),
  /** The hub could not start; the child exits with 1 right after. */
  z.object({ type: z.literal('failed'), message: z.string() }),
  z.object({ type: z.literal('log'), line: z.string() }),
]);
export type ChildMessage = z.infer<typeof ChildMessage>;
