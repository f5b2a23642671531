/** Sentences about backups for the restore dialog and its results. */
import { BACKUP_TABLES, pluralize, type BackupTable } from './format';

/** "2 people, 1 recipe and 812 plan entries" (tables with no rows left out); "nothing" if empty. */
export function describeCounts(counts: Record<BackupTable, number>): string {
  const parts = BACKUP_TABLES.filter((t) => counts[t] > 0).map((t) => pluralize(counts[t], t));
  if (parts.length === 0) return 'nothing';
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** "12.3 KB" / "1.4 MB" for file sizes in lists. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
