import type { z } from 'zod';
import { CHANNELS, type BridgeKey } from '@shared/ipc/channels';
import { CONTRACTS, type ArgsOut, type Contracts } from '@shared/ipc/contracts';
import { fail, ok, type IpcErrorCode, type Result } from '@shared/ipc/result';
import { IpcError } from './ipc-error';
import { senderRejection, type InvokeEventLike } from './sender';

/** The one Electron IpcMain method used; a fake in tests. */
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export type Handler<K extends BridgeKey, E> = (
  args: ArgsOut<K>,
  event: E,
) => Promise<z.input<Contracts[K]['result']>>;

export type Handlers<E> = { [K in BridgeKey]: Handler<K, E> };

export interface RejectionLog {
  channel: string;
  code: IpcErrorCode;
  message: string;
  /** For the log only, never sent to the renderer (may hold a stack or zod issues). */
  detail?: unknown;
}

export interface RegisterOptions {
  /** Whether a frame URL is our renderer; production passes isAppUrl, dev adds the dev server. */
  isTrustedUrl: (url: string) => boolean;
  log: (entry: RejectionLog) => void;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Register every channel's handler through the same gate: sender check, argument schema, handler,
 * result schema. Failures come back as error envelopes and are logged; nothing throws across IPC.
 * Throws at start-up if a handler has no contract or a contract has no handler.
 */
export function registerHandlers<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  handlers: Handlers<E>,
  options: RegisterOptions,
): void {
  const keys = Object.keys(CHANNELS) as BridgeKey[];
  for (const key of Object.keys(handlers)) {
    if (!Object.hasOwn(CHANNELS, key)) throw new Error(`No IPC contract for handler "${key}"`);
  }
  for (const key of keys) {
    if (typeof handlers[key] !== 'function') throw new Error(`No IPC handler for "${key}"`);
    const contract: { args: z.ZodType; result: z.ZodType } = CONTRACTS[key];
    const handler = handlers[key] as (args: unknown, event: E) => Promise<unknown>;
    ipcMain.handle(CHANNELS[key], (event, ...rawArgs) =>
      invoke(CHANNELS[key], contract, handler, event, rawArgs, options),
    );
  }
}

async function invoke<E extends InvokeEventLike>(
  channel: string,
  contract: { args: z.ZodType; result: z.ZodType },
  handler: (args: unknown, event: E) => Promise<unknown>,
  event: E,
  rawArgs: unknown[],
  { isTrustedUrl, log }: RegisterOptions,
): Promise<Result<unknown>> {
  const refuse = (code: IpcErrorCode, message: string, detail?: unknown): Result<unknown> => {
    log({ channel, code, message, detail });
    return fail(code, message);
  };

  const rejection = senderRejection(event, isTrustedUrl);
  if (rejection !== null) return refuse('forbidden', `Refused ${channel}: ${rejection}.`);

  // Every channel takes at most one argument; extra ones mean a forged or confused message.
  if (rawArgs.length > 1) {
    return refuse('bad-request', `Invalid arguments for ${channel}: expected at most one.`);
  }
  const args = contract.args.safeParse(rawArgs[0]);
  if (!args.success) {
    return refuse(
      'bad-request',
      `Invalid arguments for ${channel}: ${describeIssues(args.error)}.`,
    );
  }

  let value: unknown;
  try {
    value = await handler(args.data, event);
  } catch (error) {
    if (error instanceof IpcError) return refuse(error.code, error.message);
    return refuse('internal', `Cobalt hit an unexpected error while handling ${channel}.`, error);
  }

  const result = contract.result.safeParse(value);
  if (!result.success) {
    return refuse(
      'internal',
      `Cobalt produced an invalid answer for ${channel}.`,
      describeIssues(result.error),
    );
  }
  return ok(result.data);
}
