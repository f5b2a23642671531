/**
 * The parts of Electron's IpcMainInvokeEvent the sender check reads. Structural, so unit tests can
 * pass plain objects and this module never imports Electron.
 */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: { readonly mainFrame: unknown };
}

/**
 * Why a sender is refused, or null when it is our own top-level page. Only the main frame may call:
 * an iframe, even one on our origin, could be fed content we do not control. The frame URL is
 * parsed by `isTrustedUrl`, never compared by prefix.
 */
export function senderRejection(
  event: InvokeEventLike,
  isTrustedUrl: (url: string) => boolean,
): string | null {
  try {
    const frame = event.senderFrame;
    if (frame === null) return 'sender frame is gone (navigated or destroyed)';
    if (frame !== event.sender.mainFrame || frame.parent !== null) return 'sender is a subframe';
    if (!isTrustedUrl(frame.url)) return `sender URL is not ours: ${JSON.stringify(frame.url)}`;
    return null;
  } catch {
    // A destroyed frame throws on property access; treat it like a missing one.
    return 'sender frame could not be inspected';
  }
}
