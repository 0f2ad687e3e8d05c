import type { HubContext } from './context.ts';
import type { Health } from '../common/schemas/health.ts';

export function health(ctx: HubContext): Health {
  let db: Health['db'] = 'ok';
  try {
    ctx.db.prepare('SELECT 1').get();
  } catch {
    db = 'error';
  }
  const printer = ctx.printer.state();
  const printing = printer === 'ready' || printer === 'virtual' || printer === 'paper-near-end';
  return { status: db === 'ok' && printing ? 'ok' : 'degraded', db, printer: { state: printer } };
}
