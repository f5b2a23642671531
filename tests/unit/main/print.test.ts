import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { CONTRACTS, EVENT_PAYLOADS, PRINT_KINDS } from '@shared/ipc/contracts';
import { printOutcome } from '../../../src-main/print';
import { IpcError } from '../../../src-main/ipc/ipc-error';

describe('the print channel contract', () => {
  it('takes what is printed: the plan, the list, the report or the screen', () => {
    expect(CHANNELS.print).toBe('print:dialog');
    expect([...PRINT_KINDS]).toEqual(['plan', 'shopping', 'report', 'screen']);
    for (const kind of PRINT_KINDS) expect(CONTRACTS.print.args.parse({ kind })).toEqual({ kind });
  });

  it('refuses anything else, and drops options the renderer may not choose', () => {
    for (const bad of [undefined, {}, { kind: 'everything' }, 'plan'])
      expect(CONTRACTS.print.args.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    // A page cannot ask for a silent print to some printer: main only ever sees `kind`.
    expect(CONTRACTS.print.args.parse({ kind: 'plan', silent: true, deviceName: 'x' })).toEqual({
      kind: 'plan',
    });
  });

  it('answers printed or not, nothing more', () => {
    expect(CONTRACTS.print.result.parse({ printed: true })).toEqual({ printed: true });
    expect(CONTRACTS.print.result.safeParse({ printed: 'yes' }).success).toBe(false);
  });

  it('keeps Save as PDF on its own channel with paper size and orientation', () => {
    const args = {
      suggestedName: 'cobalt-week-plan-2026-01-05.pdf',
      pageSize: 'A4',
      landscape: true,
    };
    expect(CONTRACTS.printToPdf.args.parse(args)).toEqual(args);
    expect(
      CONTRACTS.printToPdf.args.safeParse({ ...args, suggestedName: '../../evil.pdf' }).success,
    ).toBe(false);
    expect(CONTRACTS.printToPdf.args.safeParse({ ...args, pageSize: 'A0' }).success).toBe(false);
  });

  it('accepts only the menu commands main sends', () => {
    expect(EVENT_PAYLOADS.onMenuCommand.safeParse('print').success).toBe(true);
    expect(EVENT_PAYLOADS.onMenuCommand.safeParse('savePdf').success).toBe(true);
    expect(EVENT_PAYLOADS.onMenuCommand.safeParse('quit').success).toBe(false);
  });
});

describe('printOutcome (webContents.print callback → channel result)', () => {
  it('is printed on success, and not printed when the user cancels', () => {
    expect(printOutcome(true, '')).toEqual({ printed: true });
    expect(printOutcome(false, 'cancelled')).toEqual({ printed: false });
    expect(printOutcome(false, 'Print job canceled')).toEqual({ printed: false });
  });

  it('turns a real failure into a message for the user', () => {
    expect(() => printOutcome(false, 'no valid printers available')).toThrow(IpcError);
    expect(() => printOutcome(false, 'Print job failed')).toThrow(
      /Printing failed \(Print job failed\)\. .*save as PDF/,
    );
    expect(() => printOutcome(false, '')).toThrow(/no reason given/);
  });
});
