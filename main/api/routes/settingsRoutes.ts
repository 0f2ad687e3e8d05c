// The centre-wide settings (name on the ticket, wait target, time zone, desk rules, booking check-in window, the
// follow links' address): read and changed by the administrator.
import type { HubContext } from '../../context.ts';
import { CentreSettings, CentreSettingsBody } from '../../../common/schemas/settings.ts';
import { readCentreSettings, updateCentreSettings } from '../../centreSettings.ts';
import { ok, route, type RouteSpec } from '../route.ts';

export function settingsRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/settings',
      summary: "The centre's settings (the survey's idle reset is in /api/survey/config)",
      responses: { 200: CentreSettings },
      handle: () => ok(readCentreSettings(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/settings',
      summary: 'Change any of the centre’s settings; fields left out keep their value, and a refused value changes nothing',
      body: CentreSettingsBody,
      responses: { 200: CentreSettings },
      handle: ({ body }) => ok(updateCentreSettings(ctx, body)),
    }),
  ];
}
