/**
 * What prints right now: the layout named on `<body data-print>` and the @page rule in one
 * `<style>` element. A screen that offers printing calls `usePrintSetup` while it is mounted, so
 * Ctrl+P, "Print…", "Save as PDF…" (Electron's printToPDF in main) and page.pdf() in tests all get
 * the chosen layout; leaving the screen takes the setup away and printing falls back to the screen.
 *
 * Adding a layout (e.g. the nutrient report): an entry in PRINT_LAYOUTS, a component whose markup
 * is wrapped in `<PrintRoot layout="nutrient-report">`, and on its screen
 * `usePrintSetup(() => ({ layout: 'nutrient-report', paper }))` plus `<PrintActions>`.
 */
import { platform } from '../../platform';
import { pageRule, type PaperSize, type PrintLayoutId } from './print-layouts';

const STYLE_ID = 'cobalt-print-page';

/** The active layout, read by PrintRoot to render only what will print. */
export const printState = $state<{ layout: PrintLayoutId | null; paper: PaperSize }>({
  layout: null,
  paper: 'A4',
});

export function applyPrintSetup(layout: PrintLayoutId, paper: PaperSize): void {
  printState.layout = layout;
  printState.paper = paper;
  document.body.dataset['print'] = layout;
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = pageRule(layout, paper);
}

export function clearPrintSetup(): void {
  printState.layout = null;
  delete document.body.dataset['print'];
  document.getElementById(STYLE_ID)?.remove();
}

/** Ctrl+P / ⌘P: the platform's print (the same path as "Print…"), with the layout set up. */
function onPrintKey(e: KeyboardEvent): void {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
    e.preventDefault();
    platform.print();
  }
}

/**
 * For components: keeps the setup in line with `setup()` while the component is mounted, and
 * makes Ctrl+P print it.
 */
export function usePrintSetup(setup: () => { layout: PrintLayoutId; paper: PaperSize }): void {
  $effect(() => {
    const { layout, paper } = setup();
    applyPrintSetup(layout, paper);
  });
  $effect(() => {
    window.addEventListener('keydown', onPrintKey);
    return () => {
      window.removeEventListener('keydown', onPrintKey);
      clearPrintSetup();
    };
  });
}
