import { IpcError } from './ipc/ipc-error';

/**
 * webContents.print's callback, as the print channel's answer: printed, or cancelled by the user
 * (not an error: the dialog was simply closed), or a failure worth telling the user about.
 * Electron reports cancelling as "cancelled" or "Print job canceled" depending on the platform.
 */
export function printOutcome(success: boolean, failureReason: string): { printed: boolean } {
  if (success) return { printed: true };
  if (/cancel/i.test(failureReason)) return { printed: false };
  const reason = failureReason.trim() || 'no reason given';
  throw new IpcError(
    'io',
    `Printing failed (${reason}). Check the printer, or save as PDF instead.`,
  );
}
