// The address of every screen, as printed at start-up and shown on the admin page. Visitor screens are open; the
// staff and admin screens carry the hub's token until logins arrive.
export type ScreenUrlName = 'kiosk' | 'display' | 'survey' | 'desk' | 'admin';

export function screenUrls(baseUrl: string, apiToken: string): Record<ScreenUrlName, string> {
  const token = encodeURIComponent(apiToken);
  return {
    kiosk: `${baseUrl}/kiosk`,
    display: `${baseUrl}/display`,
    survey: `${baseUrl}/survey`,
    desk: `${baseUrl}/desk?token=${token}`,
    admin: `${baseUrl}/admin?token=${token}`,
  };
}
