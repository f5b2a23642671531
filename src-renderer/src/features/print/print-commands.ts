/**
 * One path for every way to print: the screen's "Print…"/"Save as PDF…" buttons, and on the
 * desktop File ▸ Print… / Save as PDF… with their shortcuts (CmdOrCtrl+P, CmdOrCtrl+Shift+P),
 * which main sends here as menu commands. The screen's PrintActions registers itself while
 * mounted, so a menu command does exactly what its button does (layout, paper, file name and the
 * message shown next to the buttons); a screen without a print layout prints as it is.
 */
import type { MenuCommand, Platform, PrintKind } from '../../platform';
import type { PrintLayoutId } from './print-layouts';

export interface PrintCommandHandlers {
  print(): Promise<void>;
  savePdf(): Promise<void>;
}

const KIND_OF_LAYOUT: Record<PrintLayoutId, PrintKind> = {
  'week-plan': 'plan',
  shopping: 'shopping',
  'nutrient-report': 'report',
};

/** What the print channel is told is being printed. */
export function printKindOf(layout: PrintLayoutId | null): PrintKind {
  return layout === null ? 'screen' : KIND_OF_LAYOUT[layout];
}

let current: PrintCommandHandlers | null = null;

/** PrintActions calls this while mounted; the returned function unregisters. */
export function registerPrintActions(handlers: PrintCommandHandlers): () => void {
  current = handlers;
  return () => {
    if (current === handlers) current = null;
  };
}

/** "cobalt-plan-2026-01-05.pdf" for a screen without a print layout. */
function screenPdfName(now: Date): string {
  const route = /^#\/([a-z]+)/.exec(globalThis.location?.hash ?? '')?.[1] ?? 'plan';
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `cobalt-${route}-${day}.pdf`;
}

export async function runMenuCommand(command: MenuCommand, platform: Platform): Promise<void> {
  if (current !== null) {
    await (command === 'print' ? current.print() : current.savePdf());
    return;
  }
  if (command === 'print') await platform.print({ kind: 'screen' });
  else
    await platform.savePdf({
      suggestedName: screenPdfName(new Date()),
      pageSize: 'A4',
      landscape: false,
    });
}

/** Listen for the desktop menu's print commands (the web build has no menu: a no-op there). */
export function startMenuCommands(platform: Platform): () => void {
  return platform.onMenuCommand((command) => void runMenuCommand(command, platform));
}
