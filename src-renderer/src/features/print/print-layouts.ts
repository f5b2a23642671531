/**
 * The print layouts Cobalt has. A layout is a print-only component wrapped in `<PrintRoot
 * layout="…">`; while a screen offers it, `body[data-print]` names it and an @page rule sets the
 * paper, so the browser's print, Electron's printToPDF and Playwright's page.pdf() all print the
 * same thing. Adding a layout: one entry here and one component (see README-style notes in
 * print-setup.svelte.ts).
 */
export type PaperSize = 'A4' | 'Letter';

export interface PrintLayout {
  readonly label: string;
  readonly landscape: boolean;
  /** Start of the PDF's suggested file name. */
  readonly fileStem: string;
}

export const PRINT_LAYOUTS = {
  shopping: { label: 'Shopping list', landscape: false, fileStem: 'cobalt-shopping-list' },
  'week-plan': { label: 'Week plan', landscape: true, fileStem: 'cobalt-week-plan' },
  // The nutrient report (B12 per day with the absorbed estimate, gaps and fixes, sources).
  'nutrient-report': {
    label: 'Nutrient report',
    landscape: false,
    fileStem: 'cobalt-nutrient-report',
  },
} as const satisfies Record<string, PrintLayout>;

export type PrintLayoutId = keyof typeof PRINT_LAYOUTS;

/** Metric users mostly have A4 paper, US users Letter. */
export function defaultPaper(units: 'metric' | 'us'): PaperSize {
  return units === 'us' ? 'Letter' : 'A4';
}

/** The @page rule for a layout on a paper size: 12 mm margins all round. */
export function pageRule(layout: PrintLayoutId, paper: PaperSize): string {
  const size = `${paper === 'A4' ? 'A4' : 'letter'}${PRINT_LAYOUTS[layout].landscape ? ' landscape' : ''}`;
  return `@page { size: ${size}; margin: 12mm; }`;
}

/** "cobalt-shopping-list-2024-03-04.pdf": a bare file name (no path), as the save dialog wants. */
export function pdfFileName(layout: PrintLayoutId, from: string): string {
  return `${PRINT_LAYOUTS[layout].fileStem}-${from}.pdf`;
}
