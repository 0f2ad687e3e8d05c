// Staff and administrators as they meet the logins: the first start with the setup code the hub printed, an
// administrator creating a staff account, a staff member signing in at a desk, the refusals they may run into, and
// a screen going back to its login when the session behind it ends.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, takeTicket } from '../helpers/centre.ts';
import { eventually, openScreen, startHubAndBrowser, stopHubAndBrowser } from '../helpers/browser.ts';

const ADMIN = { username: 'chefen', password: 'ett riktigt långt lösenord' };
const STAFF = { username: 'anna', password: 'annas-lösenord-9' };

async function logIn(page: Page, { username, password }: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('logins', () => {
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    const service = await addService(hub, 'Bygglov', 'B');
    deskId = (await addDesk(hub, 'Disk 1', [service.id])).id;
    await takeTicket(hub, service.id);
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('first start: the setup code from the hub creates the administrator, who creates a staff account and logs out', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/admin`);
    await page.getByRole('heading', { name: 'Ställ in Lotsa' }).waitFor();
    const setupCode = /Setup code for the first administrator: (\S+)/.exec(hub.output())?.[1];
    assert.ok(setupCode, 'the hub prints a setup code while no account exists');

    await page.getByLabel('Installationskod').fill(setupCode);
    await page.getByLabel('Användarnamn').fill(ADMIN.username);
    await page.getByLabel('Lösenord', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Lösenordet igen').fill(`${ADMIN.password}!`);
    await page.getByRole('button', { name: 'Skapa administratören' }).click();
    await page.getByRole('alert').filter({ hasText: 'De två lösenorden är inte lika.' }).waitFor();

    await page.getByLabel('Lösenordet igen').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Skapa administratören' }).click();
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    assert.ok(await page.getByText(`Inloggad som ${ADMIN.username}`).isVisible());
    assert.equal(new URL(page.url()).searchParams.get('token'), null, 'signed in by the session, not a token');

    await page.getByRole('link', { name: 'Personalkonton' }).click();
    const form = page.getByRole('region', { name: 'Nytt konto' });
    await form.getByLabel('Användarnamn').fill(STAFF.username);
    await form.getByLabel('Lösenord').fill(STAFF.password);
    await form.getByRole('button', { name: 'Skapa kontot' }).click();
    await form.getByText(`Kontot ${STAFF.username} är skapat.`, { exact: false }).waitFor();
    const accounts = page.getByRole('region', { name: 'Konton', exact: true });
    assert.match(await accounts.getByRole('row', { name: new RegExp(STAFF.username) }).innerText(), /Personal\s+Aktivt/);

    await form.getByLabel('Användarnamn').fill(STAFF.username);
    await form.getByLabel('Lösenord').fill('ett annat lösenord');
    await form.getByRole('button', { name: 'Skapa kontot' }).click();
    await form.getByRole('alert').filter({ hasText: 'Användarnamnet är upptaget.' }).waitFor();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Personalkonton' }).count(), 0);
    assert.equal((await hub.api('POST', '/api/auth/setup', { setupCode, ...ADMIN }, { token: null })).status, 409, 'the setup code works once');
    assert.deepEqual(problems.filter((p) => !p.includes('HTTP 409')), []);
  });

  test('a staff member signs in at the desk, is told of a wrong password, and calls a visitor', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await logIn(page, { ...STAFF, password: 'inte mitt lösenord' });
    await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' }).waitFor();
    assert.equal(await page.getByLabel('Lösenord').inputValue(), '', 'the wrong password is cleared');

    await logIn(page, STAFF);
    await page.getByText(`Inloggad som ${STAFF.username}`).waitFor();
    const deskLink = page.getByRole('link', { name: 'Disk 1' });
    assert.equal(new URL((await deskLink.getAttribute('href'))!, hub.url).searchParams.get('token'), null, 'no token in the links of a session');
    await deskLink.click();
    await page.getByRole('button', { name: 'Ropa nästa' }).click();
    await page.getByRole('region', { name: 'Aktuell besökare' }).getByText('B001').waitFor();
  });

  test('after five wrong passwords the login says how long to wait', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await logIn(page, { username: 'bertil', password: `gissning ${attempt}` });
      await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' }).waitFor();
    }
    await logIn(page, { username: 'bertil', password: 'gissning 6' });
    await eventually(async () => assert.match(await page.getByRole('alert').innerText(), /^För många försök\. Vänta \d+ sekunder och försök igen\.$/));
  });

  test('a staff member opening the admin screen is told it needs an administrator, and may use the booked visits', async () => {
    const { page } = await openScreen(browser, `${hub.url}/admin`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await logIn(page, STAFF);
    await page.getByRole('heading', { name: 'Administratörskonto behövs' }).waitFor();
    assert.ok(await page.getByText(`Du är inloggad som ${STAFF.username}.`, { exact: false }).isVisible());
    assert.equal(await page.getByRole('button', { name: 'Lägg till' }).count(), 0);

    await page.goto(`${hub.url}/admin?view=appointments`);
    await page.getByRole('heading', { name: 'Boka ett besök' }).waitFor();
    const views = page.getByRole('navigation', { name: 'Administrationens vyer' }).getByRole('link');
    assert.deepEqual(await views.allInnerTexts(), ['Bokade besök'], 'staff see only the views they may use');

    await page.goto(`${hub.url}/admin`);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
  });

  test('a desk whose account is disabled meanwhile goes back to the login by itself', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}`);
    await logIn(page, STAFF);
    await page.getByRole('button', { name: 'Ropa nästa' }).waitFor();
    const anna = (await hub.api<{ id: number; username: string }[]>('GET', '/api/users')).body.find((u) => u.username === STAFF.username)!;
    assert.equal((await hub.api('POST', `/api/users/${anna.id}`, { disabled: true })).status, 200);

    // The hub closes the desk's event stream; nobody needs to touch the screen.
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ropa nästa' }).count(), 0);
    await logIn(page, STAFF);
    await page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' }).waitFor();
  });
});
