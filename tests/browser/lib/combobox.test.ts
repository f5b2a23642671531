/**
 * The one combobox (src-renderer/src/lib/Combobox.svelte) against the WAI-ARIA APG combobox
 * pattern with a listbox popup: its roles and states, its keyboard contract, the mouse, the status
 * line, and axe-core finding no violation with the list open.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import '../../../src-renderer/src/app.css';
import ComboboxHarness from './ComboboxHarness.svelte';

const FRUITS = [
  { id: 'apple', name: 'Apple' },
  { id: 'banana', name: 'Banana' },
  { id: 'mango', name: 'Mango' },
  { id: 'orange', name: 'Orange' },
  { id: 'cherry', name: 'Cherry' },
];

const screens: { unmount(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of screens.splice(0)) await s.unmount();
});

async function setup(props: { inline?: boolean; clearOnSelect?: boolean } = {}) {
  const onselect = vi.fn();
  const onsubmit = vi.fn();
  const screen = await render(ComboboxHarness, {
    props: { fruits: FRUITS, onselect, onsubmit, ...props },
  });
  screens.push(screen);
  const box = document.getElementById('fruit') as HTMLInputElement;
  const optionEls = () => [...document.querySelectorAll<HTMLElement>('[role="option"]')];
  const activeName = () => {
    const id = box.getAttribute('aria-activedescendant');
    return id === null ? null : document.getElementById(id)?.querySelector('.name')?.textContent;
  };
  const status = () => document.getElementById('fruit-status')?.textContent?.trim() ?? '';
  return { screen, box, onselect, onsubmit, optionEls, activeName, status };
}

describe('Combobox', () => {
  it('has the combobox roles and states, closed and open', async () => {
    const { screen, box, optionEls } = await setup();
    const combo = screen.getByRole('combobox', { name: 'Fruit' });
    await expect.element(combo).toHaveAttribute('aria-autocomplete', 'list');
    await expect.element(combo).toHaveAttribute('aria-expanded', 'false');
    await expect.element(combo).toHaveAttribute('aria-controls', 'fruit-listbox');
    await expect.element(combo).not.toHaveAttribute('aria-activedescendant');
    expect(document.querySelector('[role="listbox"]')).toBeNull();

    await userEvent.click(combo);
    await userEvent.keyboard('an');
    await expect.element(combo).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Fruits' });
    await expect.element(list).toHaveAttribute('id', 'fruit-listbox');
    // "an": Banana, Mango, Orange, in the given order; the first is active at once.
    expect(optionEls().map((o) => o.querySelector('.name')?.textContent)).toEqual([
      'Banana',
      'Mango',
      'Orange',
    ]);
    expect(optionEls().map((o) => o.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
    ]);
    expect(box.getAttribute('aria-activedescendant')).toBe(optionEls()[0]!.id);
    expect(new Set(optionEls().map((o) => o.id)).size).toBe(3);
    expect(document.activeElement).toBe(box);
  });

  it('moves with ↓ and ↑ (stopping at the ends), and Enter chooses the active option', async () => {
    const { screen, box, onselect, onsubmit, activeName } = await setup();
    await userEvent.click(box);
    await userEvent.keyboard('an');
    expect(activeName()).toBe('Banana');
    await userEvent.keyboard('{ArrowDown}');
    expect(activeName()).toBe('Mango');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(activeName()).toBe('Orange');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(activeName()).toBe('Banana');
    await userEvent.keyboard('{ArrowDown}');
    const active = document.querySelector('[role="option"][aria-selected="true"]');
    // The option snippet is told which option is active.
    expect(active?.querySelector('.name')?.textContent).toBe('Mango');
    expect(active?.querySelector('.mark')).not.toBeNull();
    expect(document.querySelectorAll('.mark')).toHaveLength(1);

    await userEvent.keyboard('{Enter}');
    expect(onselect).toHaveBeenCalledTimes(1);
    expect(onselect.mock.calls[0]![0]).toEqual({ id: 'mango', name: 'Mango' });
    // Enter chose; it did not submit the form around the box.
    expect(onsubmit).not.toHaveBeenCalled();
    await expect
      .element(screen.getByRole('combobox', { name: 'Fruit' }))
      .toHaveAttribute('aria-expanded', 'false');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    expect(document.activeElement).toBe(box);
  });

  it('goes back to the first option when the options change', async () => {
    const { box, activeName } = await setup();
    await userEvent.click(box);
    await userEvent.keyboard('a{ArrowDown}{ArrowDown}');
    expect(activeName()).toBe('Mango');
    await userEvent.keyboard('n');
    expect(activeName()).toBe('Banana');
  });

  it('Escape closes the list first, then clears the text', async () => {
    const { screen, box, onselect } = await setup();
    const combo = screen.getByRole('combobox', { name: 'Fruit' });
    await userEvent.click(box);
    await userEvent.keyboard('err');
    await expect.element(combo).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(combo).toHaveAttribute('aria-expanded', 'false');
    expect(box.value).toBe('err');
    await userEvent.keyboard('{Escape}');
    expect(box.value).toBe('');
    // ↓ opens a closed list again.
    await userEvent.keyboard('a{Escape}');
    await expect.element(combo).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(combo).toHaveAttribute('aria-expanded', 'true');
    expect(onselect).not.toHaveBeenCalled();
  });

  it('Tab leaves the box without choosing, and the list closes', async () => {
    const { screen, onselect, box } = await setup();
    await userEvent.click(box);
    await userEvent.keyboard('ch');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.id).toBe('after');
    await expect
      .element(screen.getByRole('combobox', { name: 'Fruit' }))
      .toHaveAttribute('aria-expanded', 'false');
    expect(onselect).not.toHaveBeenCalled();
    expect(box.value).toBe('ch');
  });

  it('a click chooses the option clicked and keeps the focus in the box', async () => {
    const { screen, box, onselect } = await setup({ clearOnSelect: true });
    await userEvent.click(box);
    await userEvent.keyboard('an');
    await screen.getByRole('option', { name: /Orange/ }).click();
    expect(onselect).toHaveBeenCalledTimes(1);
    expect(onselect.mock.calls[0]![0]).toEqual({ id: 'orange', name: 'Orange' });
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('');
  });

  it('says how many options match, or that none does, in a status line', async () => {
    const { screen, box, status } = await setup();
    expect(status()).toBe('');
    expect(document.getElementById('fruit-status')?.getAttribute('aria-live')).toBe('polite');
    await userEvent.click(box);
    await userEvent.keyboard('an');
    await expect.poll(status).toBe('3 results');
    await userEvent.keyboard('{Backspace}{Backspace}mango');
    await expect.poll(status).toBe('1 result');
    await userEvent.keyboard('x');
    await expect.poll(status).toBe('No matches');
    expect(status()).toBe('No matches');
    await expect
      .element(screen.getByTestId('nothing'))
      .toHaveTextContent('No fruit called “mangox”.');
    await expect
      .element(screen.getByRole('combobox', { name: 'Fruit' }))
      .toHaveAttribute('aria-expanded', 'false');
  });

  it('inline: the list stays shown without focus and after a choice; Escape clears', async () => {
    const { screen, box, onselect, optionEls } = await setup({ inline: true });
    await expect.element(screen.getByRole('listbox', { name: 'Fruits' })).toBeVisible();
    expect(optionEls()).toHaveLength(5);
    await userEvent.click(box);
    await userEvent.keyboard('an{ArrowDown}{Enter}');
    expect(onselect.mock.calls[0]![0]).toEqual({ id: 'mango', name: 'Mango' });
    expect(optionEls()).toHaveLength(3);
    await expect
      .element(screen.getByRole('combobox', { name: 'Fruit' }))
      .toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(box.value).toBe('');
    expect(optionEls()).toHaveLength(5);
  });

  it('axe-core finds no violation, list open or closed', async () => {
    const { screen, box } = await setup();
    const check = async () => {
      const result = await axe.run(screen.container, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help}`);
    };
    expect(await check()).toEqual([]);
    await userEvent.click(box);
    await userEvent.keyboard('an');
    await expect.element(screen.getByRole('listbox', { name: 'Fruits' })).toBeVisible();
    expect(await check()).toEqual([]);
  });
});
