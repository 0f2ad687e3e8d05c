// What a new database gets with --demo: the answer groups and advice service of a Swedish contact centre (modelled on
// Helsingborg's) and four desks, so a newcomer can take a ticket and call it within a minute of starting.
import type { HubContext } from './context.ts';
import { createService } from './catalogue/services.ts';
import { createDesk } from './catalogue/desks.ts';
import { writeSetting } from './settings.ts';

export function seedDemoIfEmpty(ctx: HubContext): boolean {
  const hasServices = ctx.db.prepare('SELECT 1 FROM services LIMIT 1').get();
  if (hasServices) return false;
  writeSetting(ctx.db, 'centreName', 'Medborgarservice');
  const service = (name: string, prefix: string) => createService(ctx, { name, prefix }).id;
  const reception = service('Reception och allmänna frågor', 'R');
  const school = service('Barn, skola och utbildning', 'B');
  const care = service('Äldre, stöd och sociala frågor', 'S');
  const building = service('Bygga, bo, miljö och tillstånd', 'M');
  createDesk(ctx, { name: 'Disk 1', serviceIds: [reception, school] });
  createDesk(ctx, { name: 'Disk 2', serviceIds: [school, care] });
  createDesk(ctx, { name: 'Disk 3', serviceIds: [care, reception] });
  createDesk(ctx, { name: 'Disk 4', serviceIds: [building, reception] });
  return true;
}
