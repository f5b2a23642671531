/**
 * From the text of a file to a validated, current-version backup, or a refusal saying exactly
 * why. Order: hardened JSON → envelope and version → checksum → that version's row schemas →
 * upgrade to the current version → duplicate keys and references. Pure and never throws, so a
 * refused file can never leave anything half-written.
 */
import type { z } from 'zod';
import { canonicalJson } from './canonical-json';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  OLDEST_BACKUP_FORMAT_VERSION,
  type BackupData,
} from './format';
import {
  findDuplicateKeys,
  findMissingReferences,
  findPersonIdProblems,
  type KnownFood,
} from './integrity';
import { describeIssues, refusal, type BackupRefusal } from './problems';
import { parseJsonHardened } from './safe-json';
import { envelopeSchema, type backupDataV2Schema } from './schema-v2';
import { sha256Hex } from './sha256';
import { FORMAT_STEPS } from './upgrade';

export interface ValidBackup {
  /** The version the file was written in (data has been upgraded to the current one). */
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  data: BackupData;
}

export type ReadBackupResult =
  { ok: true; backup: ValidBackup } | { ok: false; refusal: BackupRefusal };

export interface EnvelopeHeader {
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  /** `data` exactly as in the file, checksum verified, not yet validated. */
  data: Record<string, unknown>;
}

type EnvelopeResult = { ok: true; header: EnvelopeHeader } | { ok: false; refusal: BackupRefusal };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first half of reading: a well-formed file of a version this Cobalt knows, whose checksum
 * matches. Main uses this alone to vet automatic backups before writing them.
 */
export async function readBackupEnvelope(text: string): Promise<EnvelopeResult> {
  const fail = (r: BackupRefusal): EnvelopeResult => ({ ok: false, refusal: r });
  const parsed = parseJsonHardened(text);
  if (!parsed.ok) return fail(parsed.refusal);
  const file = parsed.value;
  if (!isRecord(file) || file['format'] !== BACKUP_FORMAT) {
    return fail(
      refusal(
        'not-a-backup',
        `This file is not a Cobalt backup (it has no "format": "${BACKUP_FORMAT}").`,
      ),
    );
  }
  const version = file['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(
      refusal('unsupported-version', 'The backup does not say which format version it uses.'),
    );
  }
  if (version > BACKUP_FORMAT_VERSION) {
    const app =
      typeof file['appVersion'] === 'string' ? ` by Cobalt ${file['appVersion'].slice(0, 40)}` : '';
    return fail(
      refusal(
        'too-new',
        `This backup was made${app} in backup format ${version}; this Cobalt reads formats up to ${BACKUP_FORMAT_VERSION}. Update Cobalt to restore it.`,
      ),
    );
  }
  if (version < OLDEST_BACKUP_FORMAT_VERSION) {
    return fail(refusal('unsupported-version', `Backup format ${version} does not exist.`));
  }
  const envelope = envelopeSchema.safeParse(file);
  if (!envelope.success) {
    return fail(
      refusal(
        'invalid-envelope',
        'The backup’s header is damaged.',
        describeIssues(envelope.error, file),
      ),
    );
  }
  const { checksum, data, appVersion, createdAt } = envelope.data;
  if ((await sha256Hex(canonicalJson(data))) !== checksum) {
    return fail(
      refusal(
        'checksum-mismatch',
        'The backup’s checksum does not match its contents: the file was changed or damaged after Cobalt saved it.',
      ),
    );
  }
  return { ok: true, header: { formatVersion: version, appVersion, createdAt, data } };
}

/** Validate `data` of `version`, upgrading step by step to the current version. */
function validateAndUpgrade(
  version: number,
  data: unknown,
): { ok: true; data: BackupData } | { ok: false; problems: string[] } {
  let current: unknown = data;
  for (let v = version; v <= BACKUP_FORMAT_VERSION; v++) {
    const step = FORMAT_STEPS[v];
    if (!step) return { ok: false, problems: [`No reader for backup format ${v}.`] };
    const parsed = step.schema.safeParse(current);
    if (!parsed.success) {
      // Upgraded data that fails is our bug, but it is still refused rather than written.
      const label = v === version ? ['data'] : [`data (upgraded to format ${v})`];
      return { ok: false, problems: describeIssues(parsed.error, current, label) };
    }
    current = step.upgrade ? step.upgrade(parsed.data as never) : parsed.data;
  }
  // The last step is the current version's schema, so `current` is its parsed output.
  return { ok: true, data: current as z.output<typeof backupDataV2Schema> satisfies BackupData };
}

export async function readBackup(
  text: string,
  isBundledFood: KnownFood,
): Promise<ReadBackupResult> {
  const envelope = await readBackupEnvelope(text);
  if (!envelope.ok) return envelope;
  const { header } = envelope;
  const rows = validateAndUpgrade(header.formatVersion, header.data);
  if (!rows.ok) {
    const n = rows.problems.length;
    return {
      ok: false,
      refusal: refusal(
        'invalid-rows',
        `The backup has ${n === 1 ? 'a problem' : `${n.toLocaleString('en')} problems`} with its contents.`,
        rows.problems,
      ),
    };
  }
  const duplicates = findDuplicateKeys(rows.data);
  if (duplicates.length > 0) {
    return {
      ok: false,
      refusal: refusal(
        'duplicate-ids',
        `The backup lists ${duplicates.length === 1 ? 'a row' : `${duplicates.length.toLocaleString('en')} rows`} twice under the same id.`,
        duplicates,
      ),
    };
  }
  const personIds = findPersonIdProblems(rows.data);
  if (personIds.length > 0) {
    return {
      ok: false,
      refusal: refusal(
        'person-ids',
        `The backup has ${personIds.length === 1 ? 'a person' : `${personIds.length.toLocaleString('en')} people`} whose profile id breaks a rule.`,
        personIds,
      ),
    };
  }
  const missing = findMissingReferences(rows.data, isBundledFood);
  if (missing.length > 0) {
    return {
      ok: false,
      refusal: refusal(
        'missing-references',
        `The backup has ${missing.length === 1 ? 'an entry' : `${missing.length.toLocaleString('en')} entries`} pointing at recipes, foods or people that do not exist.`,
        missing,
      ),
    };
  }
  return {
    ok: true,
    backup: {
      formatVersion: header.formatVersion,
      appVersion: header.appVersion,
      createdAt: header.createdAt,
      data: rows.data,
    },
  };
}
