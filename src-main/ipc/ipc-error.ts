import type { IpcErrorCode } from '@shared/ipc/result';

/**
 * Thrown by a handler for an expected failure (file too large, disk refused). The registration
 * wrapper turns it into an error envelope with this code and message; any other exception becomes
 * 'internal'. The message is shown to the user, so it must not contain paths or stack traces.
 */
export class IpcError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
  }
}
