/**
 * The envelope every IPC call resolves to. Main never rejects an invoke: failures travel as data,
 * so the renderer handles them with ordinary control flow and no Electron error text leaks through.
 */
export const IPC_ERROR_CODES = [
  'bad-request', // arguments failed the channel's schema, or the message was malformed
  'forbidden', // the sender is not our main frame on our origin
  'too-large', // a file is over the size cap
  'canceled', // the user dismissed a dialog where the channel has no "canceled" result shape
  'io', // the file system refused (permissions, disk full, not UTF-8 text)
  'internal', // a bug: the handler threw or returned something off-contract
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcErrorInfo {
  code: IpcErrorCode;
  /** A sentence fit to show a user; never a stack trace or a full path. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
