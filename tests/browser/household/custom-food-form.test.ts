import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import CustomFoodForm from '../../../src-renderer/src/features/custom-foods/CustomFoodForm.svelte';
import type { Food } from '@shared/schemas/food';
import { makeFood } from '../../helpers/foods';

const noop = () => {};

describe('CustomFoodForm', () => {
  it('refuses bad label values at their fields and saves nothing, then saves per 100 g', async () => {
    const onsave = vi.fn(async (_food: Food) => {});
    const screen = await render(CustomFoodForm, { props: { food: null, onsave, oncancel: noop } });
    await screen.getByLabelText('Name').fill('Seed bar');
    await screen.getByLabelText('Serving size (g)').fill('0');
    await screen.getByLabelText('Protein (g)').fill('-2');
    await screen.getByLabelText('Iron (mg)').fill('some');
    await screen.getByRole('button', { name: 'Save food' }).click();

    await expect
      .element(screen.getByLabelText('Serving size (g)'))
      .toHaveAccessibleDescription(/The serving size must be more than 0 g/);
    await expect
      .element(screen.getByLabelText('Protein (g)'))
      .toHaveAccessibleDescription('Protein cannot be negative');
    await expect
      .element(screen.getByLabelText('Iron (mg)'))
      .toHaveAttribute('aria-invalid', 'true');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('nothing was saved');
    expect(onsave).not.toHaveBeenCalled();

    await screen.getByLabelText('Serving size (g)').fill('40');
    await screen.getByLabelText('Protein (g)').fill('8');
    await screen.getByLabelText('Iron (mg)').fill('');
    await expect.element(screen.getByText('= 20 g per 100 g')).toBeVisible();
    await screen.getByRole('button', { name: 'Save food' }).click();
    expect(onsave).toHaveBeenCalledTimes(1);
    const saved = onsave.mock.calls[0]![0];
    expect(saved.id).toMatch(/^custom:[0-9a-f-]{36}$/);
    expect(saved.nutrients).toMatchObject({ protein: 20, iron: null });
    expect(saved.portions).toEqual([{ amount: 1, unit: 'serving', grams: 40 }]);
  });

  it('opens a stored food per serving, as it was entered', async () => {
    const food = makeFood('custom:bar', {
      name: 'Seed bar',
      group: 'CUSTOM',
      groupName: 'My foods',
      nutrients: { protein: 20, magnesium: 300 },
      portions: [{ amount: 1, unit: 'serving', grams: 40 }],
    });
    const onsave = vi.fn(async (_food: Food) => {});
    const screen = await render(CustomFoodForm, { props: { food, onsave, oncancel: noop } });
    await expect.element(screen.getByLabelText('Serving size (g)')).toHaveValue('40');
    await expect.element(screen.getByLabelText('Protein (g)')).toHaveValue('8');
    await expect.element(screen.getByLabelText('Magnesium (mg)')).toHaveValue('120');
    await expect.element(screen.getByLabelText('Calcium (mg)')).toHaveValue('');
    await screen.getByRole('button', { name: 'Save changes' }).click();
    expect(onsave.mock.calls[0]?.[0]).toMatchObject({
      id: 'custom:bar',
      nutrients: { protein: 20, magnesium: 300 },
    });
  });
});
