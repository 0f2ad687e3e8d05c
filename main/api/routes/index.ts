// The HTTP contract of the hub, one module per area. Later issues extend it; names and shapes here are relied on by
// the screens, by integrators and by outside checks, so they change only by addition.
import type { HubContext } from '../../context.ts';
import type { RouteSpec } from '../route.ts';
import { systemRoutes } from './systemRoutes.ts';
import { catalogueRoutes } from './catalogueRoutes.ts';
import { ticketRoutes } from './ticketRoutes.ts';
import { deskRoutes } from './deskRoutes.ts';
import { surveyRoutes } from './surveyRoutes.ts';
import { reportRoutes } from './reportRoutes.ts';
import { appointmentRoutes } from './appointmentRoutes.ts';
import { settingsRoutes } from './settingsRoutes.ts';
import { backupRoutes } from './backupRoutes.ts';
import { printerRoutes } from './printerRoutes.ts';
import { authRoutes, type AuthRouteOptions } from './authRoutes.ts';
import { userRoutes } from './userRoutes.ts';
import { deviceRoutes } from './deviceRoutes.ts';
import { translationRoutes } from './translationRoutes.ts';
import { speechRoutes } from './speechRoutes.ts';
import { webhookRoutes } from './webhookRoutes.ts';
import { improvementRoutes } from './improvementRoutes.ts';

export function apiRoutes(ctx: HubContext, auth: AuthRouteOptions): RouteSpec[] {
  return [
    ...systemRoutes(ctx),
    ...catalogueRoutes(ctx),
    ...ticketRoutes(ctx),
    ...deskRoutes(ctx),
    ...surveyRoutes(ctx),
    ...reportRoutes(ctx),
    ...appointmentRoutes(ctx),
    ...settingsRoutes(ctx),
    ...backupRoutes(ctx),
    ...authRoutes(ctx, auth),
    ...userRoutes(ctx),
    ...deviceRoutes(ctx, auth.guards),
    ...printerRoutes(ctx),
    ...translationRoutes(ctx),
    ...speechRoutes(ctx),
    ...webhookRoutes(ctx),
    ...improvementRoutes(ctx),
  ];
}
