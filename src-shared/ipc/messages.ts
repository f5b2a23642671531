/**
 * User-facing wording shared by main (desktop) and the web platform, so a file over the cap reads
 * the same in both hosts.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(fileName: string, bytes: number, maxBytes: number): string {
  return `“${fileName}” is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit. Choose a smaller file.`;
}

/** A file whose bytes are not UTF-8 (Cobalt writes every file as UTF-8): the same in both hosts. */
export function notUtf8Message(fileName: string): string {
  return `“${fileName}” is not a UTF-8 text file. Cobalt saves backups as UTF-8; choose a file it saved.`;
}
