import type { Migration } from '../migrate.ts';
import { queue } from './001-queue.ts';
import { survey } from './002-survey.ts';
import { surveyQuestionsAndSources } from './003-survey-questions-and-sources.ts';
import { reportCoveringIndexes } from './004-report-covering-indexes.ts';
import { appointments } from './005-appointments.ts';
import { parkedTicketsAndFollowTokens } from './006-parked-tickets-and-follow-tokens.ts';
import { deskWorkflow } from './007-desk-workflow.ts';
import { accountsAndDevices } from './008-accounts-and-devices.ts';
import { businessDaysAndZoneChanges } from './009-business-days-and-zone-changes.ts';
import { idempotentRequests } from './010-idempotent-requests.ts';
import { visitsByCallTime } from './011-visits-by-call-time.ts';
import { translationOverrides } from './012-translation-overrides.ts';
import { namesPerLanguage } from './013-names-per-language.ts';
import { webhookOutbox } from './014-webhook-outbox.ts';
import { ticketNeeds } from './015-ticket-needs.ts';
import { improvements } from './016-improvements.ts';
import { centralSync } from './017-central-sync.ts';
import { phoneSurvey } from './018-phone-survey.ts';

/** Every migration in order; a new one is a new numbered file added at the end, never an edit of a shipped one. */
export const migrations: readonly Migration[] = [
  queue,
  survey,
  surveyQuestionsAndSources,
  reportCoveringIndexes,
  appointments,
  parkedTicketsAndFollowTokens,
  deskWorkflow,
  accountsAndDevices,
  businessDaysAndZoneChanges,
  idempotentRequests,
  visitsByCallTime,
  translationOverrides,
  namesPerLanguage,
  webhookOutbox,
  ticketNeeds,
  improvements,
  centralSync,
  phoneSurvey,
];
