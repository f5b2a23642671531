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
