// The address of every screen. Printed at start-up: visitor screens without credentials (each one is paired once,
// from Admin → Devices), the staff and admin screens with the hub's token for the operator at this PC. The shell's
// own windows run on the hub's PC, which holds the database anyway, so they carry the token too.
export type ScreenUrlName = 'kiosk' | 'display' | 'survey' | 'desk' | 'guide' | 'admin';

const withToken = (url: string, apiToken: string) => `${url}?token=${encodeURIComponent(apiToken)}`;

export function screenUrls(baseUrl: string, apiToken: string): Record<ScreenUrlName, string> {
  return {
    kiosk: `${baseUrl}/kiosk`,
    display: `${baseUrl}/display`,
    survey: `${baseUrl}/survey`,
    desk: withToken(`${baseUrl}/desk`, apiToken),
    guide: withToken(`${baseUrl}/guide`, apiToken),
    admin: withToken(`${baseUrl}/admin`, apiToken),
  };
}

export function localWindowUrls(baseUrl: string, apiToken: string): Record<ScreenUrlName, string> {
  const urls = screenUrls(baseUrl, apiToken);
  return { ...urls, kiosk: withToken(urls.kiosk, apiToken), display: withToken(urls.display, apiToken), survey: withToken(urls.survey, apiToken) };
}

export const setupCodeLine = (setupCode: string) =>
  `No account exists yet. Setup code for the first administrator: ${setupCode} (open /admin and enter it, or run npm run admin:create)`;
