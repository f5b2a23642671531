import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { canonicalJson } from '@shared/backup/canonical-json';
import { sha256Hex } from '@shared/backup/sha256';
import { NUTRIENT_IDS } from '@shared/base/nutrients';

/** Recompute the checksum after editing `data`, so the edit reaches the row checks. */
async function resign<T extends { data: unknown }>(envelope: T): Promise<T> {
  return { ...envelope, checksum: await sha256Hex(canonicalJson(envelope.data)) };
}

const fixturePath = (name: string) =>
  new URL(`../fixtures/backups/${name}`, import.meta.url).pathname;

test.beforeEach(async ({ page }) => {
  await page.goto('/#/people');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Backup and restore' })).toBeVisible();
});

async function chooseFile(
  page: Page,
  button: string,
  file: string | { name: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'application/json', buffer: file.buffer },
  );
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('restore a backup with a preview, export it again, and get the same data back', async ({
  page,
}) => {
  const panel = page.getByRole('region', { name: 'Backup and restore' });
  await expect(panel).toContainText('Automatic daily backups are kept by the Cobalt desktop app');

  await chooseFile(page, 'Restore from file…', fixturePath('v2-household.json'));
  const preview = page.getByRole('region', { name: /Restore “v2-household\.json”\?/ });
  await expect(preview).toContainText('Ana, Ben, “the cook”');
  await expect(preview).toContainText('1–11 Jan 2026');
  await expect(preview.getByRole('row', { name: /Plan entries/ })).toContainText('3');
  await page.getByRole('radio', { name: /Merge/ }).check();
  await expect(preview.getByRole('columnheader', { name: 'Already here (kept)' })).toBeVisible();
  await page.getByRole('radio', { name: /Replace everything/ }).check();
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/backup-preview.png' });
  const axe = await new AxeBuilder({ page })
    .include('section[aria-labelledby="backup-title"]')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await preview.getByRole('button', { name: 'Replace everything' }).click();

  await expect(panel.getByRole('status')).toContainText(
    'Restored 2 people, 1 custom food, 1 recipe, 3 plan entries',
  );
  await expect(preview).toBeHidden();

  const exported = await download(page, 'Export backup…');
  expect(exported.name).toMatch(/^cobalt-backup-\d{4}-\d{2}-\d{2}\.cobalt$/);
  const original = JSON.parse(await readFile(fixturePath('v2-household.json'), 'utf8')) as {
    data: unknown;
    checksum: string;
  };
  const roundTripped = JSON.parse(exported.text) as {
    data: unknown;
    checksum: string;
    formatVersion: number;
  };
  expect(roundTripped.formatVersion).toBe(2);
  // The fixture predates iodine and selenium: its custom food comes back with every nutrient the
  // app tracks now, the new ones unknown (null), and nothing else changed.
  const upgraded = structuredClone(original.data) as {
    customFoods: { nutrients: Record<string, number | null> }[];
  };
  for (const food of upgraded.customFoods) {
    food.nutrients = Object.fromEntries(
      NUTRIENT_IDS.map((id) => [id, id in food.nutrients ? food.nutrients[id]! : null]),
    );
  }
  expect(roundTripped.data).toEqual(upgraded);
  expect(roundTripped.checksum).toBe(await sha256Hex(canonicalJson(upgraded)));

  // Weekly totals were recomputed after the restore, so the dietitian CSV has rows.
  const csv = await download(page, 'Export weekly totals (CSV)…');
  expect(csv.name).toMatch(/^cobalt-weekly-totals-.*\.csv$/);
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines[0]).toMatch(
    /^Person,Week starting,Week ending,Planned entries,Food eaten \(g\),Energy \(kcal\)/,
  );
  expect(lines.some((l) => l.startsWith('Ana,2026-01-05,2026-01-11,'))).toBe(true);
});

test('a damaged or foreign file is refused where the user is, and nothing changes', async ({
  page,
}) => {
  const panel = page.getByRole('region', { name: 'Backup and restore' });
  const valid = await readFile(fixturePath('v2-household.json'), 'utf8');
  const damaged = valid.replace('"grams": 243', '"grams": 1e400');
  await chooseFile(page, 'Restore from file…', {
    name: 'damaged.json',
    buffer: Buffer.from(damaged),
  });
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText(
    'Cannot restore “damaged.json”. The file contains numbers too large to store',
  );
  await expect(alert).toContainText('data.planEntries[0].grams is a number too large to store');
  await expect(alert).toContainText('Nothing was changed.');
  await alert.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/backup-refused.png' });

  await chooseFile(page, 'Restore from file…', fixturePath('v3-future.json'));
  await expect(alert).toContainText('made by Cobalt 1.4.0 in backup format 3');
  await expect(alert).toContainText('Update Cobalt to restore it.');

  await chooseFile(page, 'Restore from file…', {
    name: 'truncated.json',
    buffer: Buffer.from(valid.slice(0, 900)),
  });
  await expect(alert).toContainText('The file ends too early');

  // Latin-1 bytes ("Zoë" as 0xEB): refused with the desktop's words, not turned into "Zo�".
  await chooseFile(page, 'Restore from file…', {
    name: 'latin1.json',
    buffer: Buffer.concat([Buffer.from('{"name": "Zo'), Buffer.from([0xeb]), Buffer.from('"}')]),
  });
  await expect(alert).toContainText(
    '“latin1.json” is not a UTF-8 text file. Cobalt saves backups as UTF-8; choose a file it saved.',
  );

  // A checksum-valid file breaking a cross-row rule: the message names the file, row and rule.
  const envelope = JSON.parse(valid) as { data: { planEntries: { eaters: unknown }[] } };
  envelope.data.planEntries[0]!.eaters = ['p-ana', 'p-ana'];
  await chooseFile(page, 'Restore from file…', {
    name: 'twice.json',
    buffer: Buffer.from(JSON.stringify(await resign(envelope))),
  });
  await expect(alert).toContainText(
    /^Cannot restore “twice\.json”\. .*First: data\.planEntries\[0\]\.eaters\[1\]: eaters lists person “p-ana” twice .* Nothing was changed\./,
  );

  // Nothing was written: an export holds no rows at all.
  const exported = await download(page, 'Export backup…');
  const data = (JSON.parse(exported.text) as { data: Record<string, unknown[]> }).data;
  expect(Object.values(data).every((rows) => rows.length === 0)).toBe(true);
});

test('an older (format 1) backup is upgraded and restored', async ({ page }) => {
  await chooseFile(page, 'Restore from file…', fixturePath('v1-household.json'));
  const preview = page.getByRole('region', { name: /Restore “v1-household\.json”\?/ });
  await expect(preview).toContainText('older backup format 1, converted on reading');
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(
    page.getByRole('region', { name: 'Backup and restore' }).getByRole('status'),
  ).toContainText('3 plan entries');
});
