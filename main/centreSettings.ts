// The centre-wide settings as the administrator sees and changes them: every field of the body is written in one
// HubWriter transaction, so a refused value (the schema's 400) changes nothing and a partial update never leaves
// half of a form saved. A new time zone is scheduled for the next business day (main/timeZones.ts); the answer
// says when it takes effect.
import type { HubContext } from './context.ts';
import type { CentreSettings, CentreSettingsBody } from '../common/schemas/settings.ts';
import { writeSetting, type Settings } from './settings.ts';
import { pendingZoneChange, requestZoneChange } from './timeZones.ts';

export function readCentreSettings(ctx: Pick<HubContext, 'settings' | 'db' | 'clock'>): CentreSettings {
  // The survey's idle reset and the printer are left out: the survey setup and the printer page own them.
  // The site token is write-only: only whether one is saved is shown (and sent in settings.updated events).
  const { surveyIdleSeconds: _survey, printerProfile: _profile, printerPath: _path, printerBaud: _baud, centralSiteToken, ...centre } = ctx.settings();
  const change = pendingZoneChange(ctx.db, ctx.clock());
  return { ...centre, centralSiteTokenSet: centralSiteToken !== null, timeZoneChange: change && { timeZone: change.timeZone, from: new Date(change.fromMs).toISOString(), day: change.day } };
}

export function updateCentreSettings(ctx: HubContext, body: CentreSettingsBody): CentreSettings {
  return ctx.writer.write((emit, now) => {
    for (const [key, value] of Object.entries(body) as [keyof CentreSettingsBody, Settings[keyof CentreSettingsBody]][]) {
      if (value === undefined) continue;
      if (key === 'timeZone') requestZoneChange(ctx.db, now, value as string);
      else writeSetting(ctx.db, key, value);
    }
    const settings = readCentreSettings(ctx);
    emit({ type: 'settings.updated', settings });
    return settings;
  });
}
