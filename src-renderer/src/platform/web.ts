import { fail, ok } from '@shared/ipc/result';
import { OPEN_MAX_BYTES } from '@shared/ipc/contracts';
import { notUtf8Message, tooLargeMessage } from '@shared/ipc/messages';
import type { OpenFileArgs, Platform } from './types';

const mimeByExtension: Record<string, string> = {
  json: 'application/json',
  cobalt: 'application/json', // a Cobalt backup is JSON under its own extension
  csv: 'text/csv',
  txt: 'text/plain',
};

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

async function openFile(args: OpenFileArgs) {
  const maxBytes = args.maxBytes ?? OPEN_MAX_BYTES;
  const accept = args.filters
    .flatMap((f) => f.extensions)
    .filter((e) => e !== '*')
    .map((e) => `.${e}`)
    .join(',');
  const file = await pickFile(accept);
  if (!file) return ok({ canceled: true as const });
  if (file.size > maxBytes)
    return fail('too-large', tooLargeMessage(file.name, file.size, maxBytes));
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return fail('io', `Could not read “${file.name}”.`);
  }
  try {
    // Fatal, as on the desktop: file.text() would silently turn bad bytes into U+FFFD.
    const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ok({ canceled: false as const, fileName: file.name, content, bytes: bytes.byteLength });
  } catch {
    return fail('io', notUtf8Message(file.name));
  }
}

/** Said wherever the browser build is asked for automatic backups. */
export const NO_AUTOMATIC_BACKUPS =
  'Automatic daily backups are kept by the Cobalt desktop app only: this browser version makes none, because a web page has no folder of its own to keep them in. Export a backup by hand after changes you want to keep (your browser saves it to its downloads folder).';

/** The browser host: downloads for saving, a file input for opening, window.print() for PDF. */
export function webPlatform(): Platform {
  return {
    kind: 'web',
    async appInfo() {
      const chrome = /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'n/a';
      return ok({
        name: 'Cobalt',
        version: __APP_VERSION__,
        electron: 'n/a (browser)',
        chrome,
        node: 'n/a (browser)',
        platform: navigator.platform || 'web',
      });
    },
    async saveFile({ suggestedName, content }) {
      const ext = suggestedName.split('.').pop()?.toLowerCase() ?? '';
      const blob = new Blob([content], {
        type: mimeByExtension[ext] ?? 'application/octet-stream',
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return ok({ saved: true, fileName: suggestedName });
    },
    openFile,
    async print() {
      window.print();
      // The browser does not say whether the user printed or cancelled.
      return ok({ printed: null });
    },
    async savePdf() {
      // Browsers offer "Save as PDF" in their print dialog; there is no silent PDF API.
      window.print();
      return ok({ saved: false, fileName: null });
    },
    // A web page has no folder of its own to keep daily files in.
    automaticBackups: false,
    writeDailyBackup: async () => fail('io', NO_AUTOMATIC_BACKUPS),
    listBackups: async () => ok([]),
    readBackup: async () => fail('io', NO_AUTOMATIC_BACKUPS),
    // Nothing opens files with a web page, and there is no application menu.
    takeOpenedBackup: async () => ok(null),
    onBackupOpened: () => () => {},
    onMenuCommand: () => () => {},
  };
}
