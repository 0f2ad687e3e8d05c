// The centre-wide settings as the administrator sees and changes them: every field of the body is written in one
// HubWriter transaction, so a refused value (the schema's 400) changes nothing and a partial update never leaves
// half of a form saved.
import type { HubContext } from './context.ts';
import type { CentreSettings, CentreSettingsBody } from '../common/schemas/settings.ts';
import { writeSetting, type Settings } from './settings.ts';

export function readCentreSettings(ctx: Pick<HubContext, 'settings'>): CentreSettings {
  // The survey's idle reset and the printer are left out: the survey setup and the printer page own them.
  const { surveyIdleSeconds: _survey, printerProfile: _profile, printerPath: _path, printerBaud: _baud, ...centre } = ctx.settings();
  return centre;
}

export function updateCentreSettings(ctx: HubContext, body: CentreSettingsBody): CentreSettings {
  return ctx.writer.write((emit) => {
    for (const [key, value] of Object.entries(body) as [keyof CentreSettings, Settings[keyof CentreSettings]][]) {
      if (value !== undefined) writeSetting(ctx.db, key, value);
    }
    const settings = readCentreSettings(ctx);
    emit({ type: 'settings.updated', settings });
    return settings;
  });
}
