import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { flushSync } from 'svelte';
import ShoppingListPrint from '../../../src-renderer/src/features/print/ShoppingListPrint.svelte';
import {
  applyPrintSetup,
  clearPrintSetup,
} from '../../../src-renderer/src/features/print/print-setup.svelte';
import { buildShoppingList } from '@shared/domain/shopping';
import { makeFood } from '../../helpers/foods';

const tofu = makeFood('sr:16426', { name: 'Tofu, firm', group: '1600' });
const list = buildShoppingList({
  items: [
    {
      id: 'e1',
      date: '2024-03-04',
      slotId: 'dinner',
      target: { kind: 'food', foodId: tofu.id },
      quantity: 200,
      unit: 'g',
      grams: 200,
      eaters: 'all',
      order: 0,
      recurringId: null,
    },
  ],
  people: ['ann', 'bo'],
  recipes: [],
  foods: (id) => (id === tofu.id ? tofu : undefined),
  aisles: [],
  pantry: [],
  units: 'metric',
});

afterEach(() => clearPrintSetup());

describe('print setup', () => {
  it('names the layout on <body>, writes the @page rule, and renders the layout as a body child', async () => {
    await render(ShoppingListPrint, {
      props: { list, rangeLabel: '4–10 Mar 2024', household: 'Ann and Bo' },
    });
    expect(document.querySelector('.print-root')).toBeNull(); // nothing set up: nothing rendered

    applyPrintSetup('shopping', 'Letter');
    flushSync();
    const root = document.querySelector<HTMLElement>('body > .print-root[data-layout="shopping"]');
    expect(root).not.toBeNull();
    expect(root!.textContent).toContain('Tofu, firm');
    expect(root!.textContent).toContain('400 g');
    expect(getComputedStyle(root!).display).toBe('none'); // on screen the app shows, not the print
    expect(document.body.dataset['print']).toBe('shopping');
    expect(document.getElementById('cobalt-print-page')?.textContent).toBe(
      '@page { size: letter; margin: 12mm; }',
    );

    applyPrintSetup('week-plan', 'A4');
    flushSync();
    expect(document.querySelector('.print-root[data-layout="shopping"]')).toBeNull();
    expect(document.getElementById('cobalt-print-page')?.textContent).toBe(
      '@page { size: A4 landscape; margin: 12mm; }',
    );

    clearPrintSetup();
    flushSync();
    expect(document.body.dataset['print']).toBeUndefined();
    expect(document.getElementById('cobalt-print-page')).toBeNull();
  });
});
