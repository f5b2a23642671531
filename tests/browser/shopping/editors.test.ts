import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import AisleEditor from '../../../src-renderer/src/features/shopping/AisleEditor.svelte';
import RangeBar from '../../../src-renderer/src/features/shopping/RangeBar.svelte';
import { copyText } from '../../../src-renderer/src/features/shopping/clipboard';
import type { Aisle } from '@shared/schemas/rows';

const AISLES: Aisle[] = [
  { id: 'produce', name: 'Produce', groups: ['1100', '0900'] },
  { id: 'dairy', name: 'Dairy & eggs', groups: ['0100'] },
  { id: 'oils', name: 'Oils', groups: ['0400'] },
];
const GROUPS = [
  { code: '0100', name: 'Dairy and Egg Products' },
  { code: '0400', name: 'Fats and Oils' },
  { code: '1100', name: 'Vegetables and Vegetable Products' },
];

describe('AisleEditor', () => {
  it('refuses empty and duplicate names at the field and saves nothing', async () => {
    const onSave = vi.fn(async (_a: Aisle[]) => null);
    const screen = await render(AisleEditor, { props: { aisles: AISLES, groups: GROUPS, onSave } });
    await screen.getByLabelText('Name of aisle 2').fill('produce');
    await expect
      .element(screen.getByLabelText('Name of aisle 2'))
      .toHaveAccessibleDescription('Another aisle has this name.');
    await screen.getByLabelText('Name of aisle 3').fill(' ');
    await expect
      .element(screen.getByLabelText('Name of aisle 3'))
      .toHaveAccessibleDescription('An aisle needs a name.');
    await screen.getByRole('button', { name: 'Save aisles' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent('nothing was saved');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('reorders, deletes, remaps a group and saves the draft', async () => {
    const onSave = vi.fn(async (_a: Aisle[]) => null);
    const screen = await render(AisleEditor, { props: { aisles: AISLES, groups: GROUPS, onSave } });
    await screen.getByRole('button', { name: 'Move Oils up' }).click();
    await screen.getByRole('button', { name: 'Delete aisle Dairy & eggs' }).click();
    await screen.getByText('Which aisle each food group goes to').click();
    await screen
      .getByLabelText('Aisle for Vegetables and Vegetable Products')
      .selectOptions('Oils');
    await screen.getByRole('button', { name: 'Save aisles' }).click();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toEqual([
      { id: 'produce', name: 'Produce', groups: ['0900'] },
      { id: 'oils', name: 'Oils', groups: ['0400', '1100'] },
    ]);
    await expect.element(screen.getByRole('status')).toHaveTextContent('Aisles saved.');
  });
});

describe('RangeBar', () => {
  it('says at the field what is wrong, and hands on a good range', async () => {
    const onRange = vi.fn();
    const screen = await render(RangeBar, {
      props: {
        range: { from: '2024-03-04', to: '2024-03-10' },
        mode: 'week',
        onWeek: () => {},
        onRange,
      },
    });
    await screen.getByRole('button', { name: 'Choose dates…' }).click();
    await screen.getByLabelText('To').fill('2024-03-01');
    await screen.getByRole('button', { name: 'Show list' }).click();
    await expect
      .element(screen.getByLabelText('To'))
      .toHaveAccessibleDescription('End: must not be before the start.');
    await expect.element(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(onRange).not.toHaveBeenCalled();
    await screen.getByLabelText('To').fill('2024-03-20');
    await screen.getByRole('button', { name: 'Show list' }).click();
    expect(onRange).toHaveBeenCalledWith({ from: '2024-03-04', to: '2024-03-20' });
  });
});

describe('copyText', () => {
  it('falls back to a selected textarea when the Clipboard API is refused, and reports failure', async () => {
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new Error('denied'));
    const exec = vi.spyOn(document, 'execCommand').mockReturnValue(true);
    expect(await copyText('list')).toBe('copied');
    expect(exec).toHaveBeenCalledWith('copy');
    exec.mockReturnValue(false);
    expect(await copyText('list')).toBe('failed');
    expect(document.querySelector('textarea')).toBeNull(); // the helper textarea is gone
    writeText.mockRestore();
    exec.mockRestore();
  });
});
