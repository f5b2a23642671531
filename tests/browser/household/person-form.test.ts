import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import PersonForm from '../../../src-renderer/src/features/people/PersonForm.svelte';
import {
  emptyPersonState,
  stateFromProfile,
} from '../../../src-renderer/src/features/people/person-form-state';
import type { PersonDraft } from '../../../src-renderer/src/data/people-repo';
import { WriteError } from '../../../src-renderer/src/data/repo-errors';

function setup(initial = emptyPersonState(), onsave = vi.fn(async (_draft: PersonDraft) => {})) {
  return {
    onsave,
    screen: render(PersonForm, { props: { initial, units: 'metric', isNew: true, onsave } }),
  };
}

describe('PersonForm', () => {
  it('shows a message at the age field for 200 and saves nothing', async () => {
    const { onsave, screen: rendering } = setup();
    const screen = await rendering;
    await screen.getByLabelText('Name').fill('Grandpa Joe');
    await screen.getByLabelText('Age (years)').fill('200');
    await screen.getByRole('button', { name: 'Add person' }).click();

    const age = screen.getByLabelText('Age (years)');
    await expect.element(age).toHaveAttribute('aria-invalid', 'true');
    await expect.element(age).toHaveAccessibleDescription('Age must be at most 120');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Some fields need fixing; nothing was saved.');
    expect(onsave).not.toHaveBeenCalled();

    await age.fill('72');
    await expect.element(age).not.toHaveAttribute('aria-invalid');
    await screen.getByRole('button', { name: 'Add person' }).click();
    expect(onsave).toHaveBeenCalledTimes(1);
    expect(onsave.mock.calls[0]?.[0]).toMatchObject({ name: 'Grandpa Joe', ageYears: 72 });
  });

  it('non-numeric and negative custom targets get messages at their boxes', async () => {
    const { onsave, screen: rendering } = setup({ ...emptyPersonState(), name: 'Sam', age: '15' });
    const screen = await rendering;
    await screen.getByText('Custom targets').click();
    await screen.getByLabelText('Iron target per day, mg').fill('-5');
    await screen.getByLabelText('Vitamin B12 upper limit per day, µg').fill('lots');
    await screen.getByRole('button', { name: 'Add person' }).click();
    await expect
      .element(screen.getByLabelText('Iron target per day, mg'))
      .toHaveAccessibleDescription('Iron target must not be negative');
    await expect
      .element(screen.getByLabelText('Vitamin B12 upper limit per day, µg'))
      .toHaveAccessibleDescription('Vitamin B12 upper limit must be a number');
    expect(onsave).not.toHaveBeenCalled();
  });

  it('shows the reference value beside each custom target, for the life stage', async () => {
    const state = stateFromProfile(
      {
        id: 'p',
        name: 'Maya',
        ageYears: 32,
        sex: 'female',
        pregnancy: 'pregnant',
        diet: 'vegetarian',
      },
      'metric',
    );
    const { screen: rendering } = setup(state);
    const screen = await rendering;
    await screen.getByText('Custom targets').click();
    // Pregnancy: B12 RDA 2.6 µg; vegetarian iron 27 mg × 1.8 (IOM 2001 p. 574) = 48.6 mg is above
    // the 45 mg UL, so the limit is the target (issue 11).
    await expect
      .element(screen.getByRole('row', { name: /Vitamin B12/ }))
      .toHaveTextContent('2.6 µg RDA');
    await expect.element(screen.getByRole('row', { name: /^Iron/ })).toHaveTextContent('45 mg UL');
    await expect
      .element(screen.getByText(/Reference values for Female, 31–50 y, pregnant/))
      .toBeVisible();
  });

  it('hides pregnancy for a male profile and never saves one as pregnant', async () => {
    const state = { ...emptyPersonState(), name: 'Sam', age: '30', pregnancy: 'pregnant' as const };
    const { onsave, screen: rendering } = setup(state);
    const screen = await rendering;
    await expect
      .element(screen.getByRole('radiogroup', { name: 'Pregnancy and breastfeeding' }))
      .toBeVisible();
    await screen.getByRole('radio', { name: 'Male', exact: true }).click();
    await expect
      .element(screen.getByRole('radiogroup', { name: 'Pregnancy and breastfeeding' }))
      .not.toBeInTheDocument();
    await screen.getByRole('button', { name: 'Add person' }).click();
    expect(onsave.mock.calls[0]?.[0]).toMatchObject({ sex: 'male', pregnancy: 'none' });
  });

  it('a failed write is reported and the form keeps what was typed', async () => {
    const onsave = vi.fn(async () => {
      throw new WriteError('Could not save “Rosa”; nothing was changed. (QuotaExceededError)');
    });
    const { screen: rendering } = setup({ ...emptyPersonState(), name: 'Rosa', age: '72' }, onsave);
    const screen = await rendering;
    await screen.getByRole('button', { name: 'Add person' }).click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('nothing was changed');
    await expect.element(screen.getByLabelText('Name')).toHaveValue('Rosa');
  });
});
