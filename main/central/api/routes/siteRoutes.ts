// Sites and their tokens: made, listed, given a new token (the old one stops working), revoked.
import { z } from 'zod';
import { Site, SiteCreateBody, SiteWithToken } from '../../../../common/schemas/central.ts';
import { ErrorBody } from '../../../../common/schemas/common.ts';
import { created, NoBody, ok } from '../../../api/route.ts';
import { createSite, listSites, replaceSiteToken, revokeSite } from '../../sites.ts';
import { centralRoute, type CentralRouteContext } from '../centralRoute.ts';

const SiteParams = z.strictObject({ id: z.coerce.number().int().positive().max(2 ** 53) });

export function siteRoutes({ db }: CentralRouteContext) {
  return [
    centralRoute({
      method: 'GET',
      url: '/api/sites',
      summary: 'Every site, with when it last synced and how far',
      responses: { 200: z.array(Site) },
      handle: async () => ok(await listSites(db)),
    }),
    centralRoute({
      method: 'POST',
      url: '/api/sites',
      summary: 'Create a site; the answer is the only time its token is shown',
      body: SiteCreateBody,
      responses: { 201: SiteWithToken },
      handle: async ({ body }) => created(await createSite(db, body.name)),
    }),
    centralRoute({
      method: 'POST',
      url: '/api/sites/:id/token',
      summary: 'Give the site a new token (shown once); the old one stops working at once',
      params: SiteParams,
      body: NoBody,
      responses: { 201: SiteWithToken, 404: ErrorBody },
      handle: async ({ params }) => created(await replaceSiteToken(db, params.id)),
    }),
    centralRoute({
      method: 'POST',
      url: '/api/sites/:id/revoke',
      summary: "Revoke the site's token: its pushes are refused with 401; what it pushed stays",
      params: SiteParams,
      body: NoBody,
      responses: { 200: Site, 404: ErrorBody },
      handle: async ({ params }) => ok(await revokeSite(db, params.id)),
    }),
  ];
}
