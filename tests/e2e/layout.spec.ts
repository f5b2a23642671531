/**
 * Every screen fits every window from 1024×640 up: at 1024×640, 1024×700 and 1280×800 nothing
 * overflows sideways, neither the page nor the main pane (the week grid may scroll inside its own
 * frame, never the page).
 * Screens are filled with a four-person household week, the case that first broke the layout.
 * With COBALT_SHOTS=<dir>, the test also saves a screenshot of each screen at each size.
 */
import { expect, test, type Page } from '@playwright/test';
import { personProfileSchema } from '@shared/schemas/profile';
import { openSeeded } from './helpers/seed-plan';
import { householdWeek, openSeededShopping, WEEK_START, type SeedRows } from './shopping-seed';

const SHOTS = process.env['COBALT_SHOTS'];

function fourPeople(): SeedRows {
  const week = householdWeek();
  const dan = {
    id: 'dan',
    order: 3,
    profile: personProfileSchema.parse({
      id: 'dan',
      name: 'Daniela Fernández-Oyelaran',
      ageYears: 67,
      sex: 'female',
      diet: 'vegetarian',
      metformin: true,
    }),
  };
  return { ...week, people: [...week.people, dan] };
}

const SCREENS = [
  { name: 'plan', hash: `#/plan/${WEEK_START}` },
  { name: 'foods', hash: '#/foods' },
  { name: 'foods-detail', hash: '#/foods/sr:16070' },
  { name: 'recipes', hash: '#/foods/recipes/stir-fry' },
  { name: 'my-foods', hash: '#/foods/mine/new' },
  { name: 'nutrients', hash: `#/nutrients/${WEEK_START}` },
  { name: 'nutrients-person', hash: `#/nutrients/${WEEK_START}/dan` },
  { name: 'shopping', hash: `#/shopping/${WEEK_START}` },
  { name: 'people', hash: '#/people/dan' },
  { name: 'settings', hash: '#/people/settings' },
  { name: 'about', hash: '#/about' },
] as const;

/** Sideways overflow of the page and of every scrolling pane but the grid's own frame. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    const main = document.getElementById('main')!;
    if (main.scrollWidth > main.clientWidth + 1)
      found.push(`main ${main.scrollWidth} > ${main.clientWidth}`);
    const right = main.getBoundingClientRect().right;
    for (const el of main.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('[data-scroll-frame]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > right + 1 && getComputedStyle(el).position !== 'fixed')
        found.push(`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(box.right)}`);
      if (found.length > 5) break;
    }
    return found;
  });
}

test('no screen overflows sideways from the smallest window (1024×640) to 1280×800', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openSeededShopping(page, fourPeople());
  for (const size of [
    { width: 1024, height: 640 },
    { width: 1024, height: 700 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    for (const screen of SCREENS) {
      await page.goto(`/${screen.hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await page.waitForTimeout(400); // live queries and charts settle
      if (SHOTS)
        await page.screenshot({
          path: `${SHOTS}/${screen.name}-${size.width}x${size.height}.png`,
          fullPage: false,
        });
      expect
        .soft(await sidewaysOverflow(page), `${screen.name} at ${size.width}×${size.height}`)
        .toEqual([]);
    }
  }
});

test('opening custom targets on People does not shift the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openSeeded(page, fourPeople(), '#/people/dan');
  const before = await page.evaluate(() => document.getElementById('main')!.scrollWidth);
  await page
    .getByText(/custom targets/i)
    .first()
    .click();
  await page.waitForTimeout(200);
  expect(await sidewaysOverflow(page)).toEqual([]);
  expect(await page.evaluate(() => document.getElementById('main')!.scrollWidth)).toBe(before);
});
