/**
 * Backup files opened with the desktop app (double click on a .cobalt file, `cobalt file.cobalt`,
 * or a second launch with a file). Main keeps them until the renderer asks; this inbox asks at
 * start-up and whenever main says one arrived, shows People & settings, and hands each file to
 * the backup panel, which previews it like a file picked with "Restore from file…" (nothing is
 * restored until the user confirms).
 */
import type { OpenedBackupFile, Platform } from '../../platform';

export type OpenedBackup = { ok: true; file: OpenedBackupFile } | { ok: false; message: string };

export class OpenedBackupInbox {
  readonly #platform: Platform;
  readonly #pending: OpenedBackup[] = [];
  #listener: ((opened: OpenedBackup) => void) | null = null;
  #show: () => void = () => {};
  #pulling = false;

  constructor(platform: Platform) {
    this.#platform = platform;
  }

  /** Start listening; `show` brings the backup panel on screen (navigates to People). */
  start(show: () => void): () => void {
    this.#show = show;
    const stop = this.#platform.onBackupOpened(() => void this.#pull());
    void this.#pull();
    return stop;
  }

  /** The backup panel, while mounted, receives every opened file (waiting ones first). */
  subscribe(listener: (opened: OpenedBackup) => void): () => void {
    this.#listener = listener;
    for (const opened of this.#pending.splice(0)) listener(opened);
    return () => {
      if (this.#listener === listener) this.#listener = null;
    };
  }

  async #pull(): Promise<void> {
    if (this.#pulling) return;
    this.#pulling = true;
    try {
      for (;;) {
        const taken = await this.#platform.takeOpenedBackup();
        if (taken.ok && taken.value === null) break;
        this.#deliver(
          taken.ok ? { ok: true, file: taken.value! } : { ok: false, message: taken.error.message },
        );
        if (!taken.ok) break;
      }
    } finally {
      this.#pulling = false;
    }
  }

  #deliver(opened: OpenedBackup): void {
    this.#show();
    if (this.#listener) this.#listener(opened);
    else this.#pending.push(opened);
  }
}
