// --demo-days N: the demo centre's last N days, planned from a fixed seed (so two demos show the same figures) up to
// yesterday in the centre's time zone, then stored.
import type { HubContext } from '../context.ts';
import { centreDay } from '../centreDay.ts';
import { listDesks } from '../catalogue/desks.ts';
import { listServices } from '../catalogue/services.ts';
import { planHistory } from './historyPlan.ts';
import { writeHistory } from './historyWriter.ts';

export const DEMO_SEED = 20091124;

export function seedDemoHistory(ctx: HubContext, days: number): void {
  const timeZone = ctx.settings().timeZone;
  const plan = planHistory({
    untilDay: centreDay(ctx),
    days,
    timeZone,
    services: listServices(ctx),
    desks: listDesks(ctx),
    seed: DEMO_SEED,
  });
  writeHistory(ctx.db, plan);
}
