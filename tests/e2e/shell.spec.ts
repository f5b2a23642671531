import { expect, test, type ConsoleMessage } from '@playwright/test';

const SCREENS = [
  { link: 'Plan', heading: 'Plan', hash: '#/plan' },
  { link: 'Foods', heading: 'Foods', hash: '#/foods' },
  { link: 'Nutrients', heading: 'Nutrients', hash: '#/nutrients' },
  { link: 'Shopping', heading: 'Shopping', hash: '#/shopping' },
  { link: 'People & settings', heading: 'People & settings', hash: '#/people' },
] as const;

test('loads, reaches every screen, and logs no errors or CSP violations', async ({
  page,
}, info) => {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });

  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible({ timeout: 20_000 }); // first run seeds the food table
  for (const screen of SCREENS) {
    await nav.getByRole('link', { name: screen.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${screen.hash.replace('/', '\\/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    await expect(nav.getByRole('link', { name: screen.link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.screenshot({ path: `artifacts/screenshots/${screen.hash.slice(2)}.png` });
  }
  await nav.getByRole('link', { name: 'About Cobalt' }).click();
  await expect(page.getByText('Informational, not medical advice.').first()).toBeVisible();
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await page.screenshot({ path: info.outputPath('about.png') });
  await page.screenshot({ path: 'artifacts/screenshots/about.png' });
  expect(problems).toEqual([]);
});

test('follows the OS colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#/plan');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toEqual(light);
  expect(light).toBe('rgb(246, 247, 251)');
});
