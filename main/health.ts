import type { HubContext } from './context.ts';
import type { Health } from '../common/schemas/health.ts';
import { centralHealthOf } from './centralSync/centralSync.ts';

export function health(ctx: HubContext): Health {
  let db: Health['db'] = 'ok';
  let central: Health['central'] = { state: 'off', lastSyncAt: null, pending: 0 };
  try {
    ctx.db.prepare('SELECT 1').get();
    central = centralHealthOf(ctx);
  } catch {
    db = 'error';
  }
  const printer = ctx.printer.state();
  const printing = printer === 'ready' || printer === 'virtual' || printer === 'paper-near-end';
  return { status: db === 'ok' && printing ? 'ok' : 'degraded', db, printer: { state: printer }, central };
}
