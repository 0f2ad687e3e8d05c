// The visitor's own page (/t/<token>, the QR code on the ticket): what it links to and what it may show. The token
// is the only key; the view holds this ticket's number, place and desk and nothing about any other visitor, and once
// the visit is over, whether the page may ask how it was.
import type { HubContext } from '../context.ts';
import type { FollowView } from '../../common/schemas/tickets.ts';
import { isOpen } from '../../common/queue/visitState.ts';
import { getDesk } from '../catalogue/desks.ts';
import { getService } from '../catalogue/services.ts';
import { notFound } from '../problems.ts';
import { ticketByFollowToken } from './ticketRows.ts';
import { waitInfo } from './waitInfo.ts';
import { phoneSurveyOffer } from '../survey/phoneSurvey.ts';

/** The setting when given (the hub's address on the guest network), else --public-url, else the address the hub
 *  listens on. */
export function followBase(ctx: HubContext): string {
  return (ctx.settings().publicBaseUrl ?? ctx.address.publicUrl ?? ctx.address.listening).replace(/\/+$/, '');
}

export function followUrl(base: string, token: string): string {
  return `${base}/t/${token}`;
}

export function followView(ctx: HubContext, token: string): FollowView {
  const row = ticketByFollowToken(ctx.db, token);
  if (!row) throw notFound('follow-link-unknown', 'there is no ticket with this link; it may be from another day or mistyped');
  const atDesk = row.state === 'called' || row.state === 'serving';
  const service = getService(ctx, row.service_id);
  const desk = atDesk && row.desk_id !== null ? getDesk(ctx, row.desk_id) : null;
  return {
    number: row.number,
    serviceName: service.name,
    serviceNames: service.names,
    language: row.language,
    state: row.state,
    ...waitInfo(ctx.db, row),
    deskName: desk?.name ?? null,
    deskNames: desk?.names ?? {},
    ended: !isOpen(row.state),
    survey: phoneSurveyOffer(ctx, token, ctx.clock()),
  };
}
