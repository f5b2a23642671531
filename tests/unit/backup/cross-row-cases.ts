/**
 * Generated backups for the cross-row rules (unique ids within lists, person ids, eaters, names),
 * shared by the Node property test and the browser one. Each case starts from the valid sample and
 * applies a random set of changes; some break a rule, some are harmless variations. The oracle
 * (`expectedRefusals`) says which refusal codes a case may get: none means it must restore.
 */
import fc from 'fast-check';
import type { BackupData, RefusalCode } from '@shared/backup';
import { backupText } from './helpers';
import { sampleData } from './sample-data';

export type Change =
  | { kind: 'dup-slot-id' }
  | { kind: 'dup-aisle-id' }
  | { kind: 'shared-profile-id' }
  | { kind: 'row-id-eater' }
  | { kind: 'dup-eater'; entry: number }
  | { kind: 'unknown-eater'; entry: number; personId: string }
  | { kind: 'blank-name'; person: number; blank: string }
  // Harmless: must restore.
  | { kind: 'padded-name'; person: number; name: string; pad: string }
  | { kind: 'other-eaters'; entry: number; people: number[] }
  | { kind: 'renamed-slot'; label: string };

const ENTRIES = 3;
const blank = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003'), { minLength: 0, maxLength: 6 })
  .map((a) => a.join(''));
const name = fc
  .string({ minLength: 1, maxLength: 30 })
  .filter((s) => s.trim().length > 0 && s.trim().length <= 110);

export const change: fc.Arbitrary<Change> = fc.oneof(
  fc.constant({ kind: 'dup-slot-id' as const }),
  fc.constant({ kind: 'dup-aisle-id' as const }),
  fc.constant({ kind: 'shared-profile-id' as const }),
  fc.constant({ kind: 'row-id-eater' as const }),
  fc.record({ kind: fc.constant('dup-eater' as const), entry: fc.nat(ENTRIES - 1) }),
  fc.record({
    kind: fc.constant('unknown-eater' as const),
    entry: fc.nat(ENTRIES - 1),
    personId: fc.constantFrom('p-zoe', 'P-ANA', 'p-ana ', 'Ana'),
  }),
  fc.record({ kind: fc.constant('blank-name' as const), person: fc.nat(1), blank }),
  fc.record({
    kind: fc.constant('padded-name' as const),
    person: fc.nat(1),
    name,
    pad: blank,
  }),
  fc.record({
    kind: fc.constant('other-eaters' as const),
    entry: fc.nat(ENTRIES - 1),
    people: fc.uniqueArray(fc.nat(1), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('renamed-slot' as const), label: name.map((s) => s.slice(0, 30)) }),
);

export const changes = fc.array(change, { minLength: 0, maxLength: 3 });

/** The sample with `changes` applied, as plain JSON-able data (rows unvalidated). */
export function applyChanges(list: readonly Change[]): BackupData {
  const data = structuredClone(sampleData()) as BackupData;
  const settings = data.settings[0]!.value;
  for (const c of list) {
    switch (c.kind) {
      case 'dup-slot-id':
        settings.mealSlots[1] = { ...settings.mealSlots[1]!, id: settings.mealSlots[0]!.id };
        break;
      case 'dup-aisle-id':
        settings.aisles = [...settings.aisles, { id: 'produce', name: 'More produce', groups: [] }];
        break;
      case 'shared-profile-id':
        data.people[1]!.profile = { ...data.people[1]!.profile, id: data.people[0]!.id };
        break;
      case 'row-id-eater':
        // The person's row gets another id; entries still name the profile id.
        data.people[0]!.id = 'row-1';
        break;
      case 'dup-eater': {
        const entry = data.planEntries[c.entry]!;
        entry.eaters = ['p-ana', 'p-ana'];
        break;
      }
      case 'unknown-eater':
        data.planEntries[c.entry]!.eaters = [c.personId];
        break;
      case 'blank-name':
        data.people[c.person]!.profile = { ...data.people[c.person]!.profile, name: c.blank };
        break;
      case 'padded-name':
        data.people[c.person]!.profile = {
          ...data.people[c.person]!.profile,
          name: `${c.pad}${c.name}${c.pad}`,
        };
        break;
      case 'other-eaters':
        data.planEntries[c.entry]!.eaters = c.people.map((i) => data.people[i]!.id);
        break;
      case 'renamed-slot':
        // Only the label of the last slot; a clash with another label is a rule too.
        settings.mealSlots[3] = { ...settings.mealSlots[3]!, label: c.label };
        break;
    }
  }
  return data;
}

/**
 * Which refusals the changes call for. Applied in order, a later change can undo an earlier one
 * (another eater list replaces a duplicate), so the oracle replays the list on plain facts.
 */
export function expectedRefusals(list: readonly Change[]): Set<RefusalCode> {
  const data = applyChanges(list);
  const codes = new Set<RefusalCode>();
  const settings = data.settings[0]!.value;
  const distinct = <T>(xs: T[]) => new Set(xs).size === xs.length;
  if (!distinct(settings.mealSlots.map((s) => s.id))) codes.add('invalid-rows');
  if (!distinct(settings.mealSlots.map((s) => s.label.trim().toLowerCase())))
    codes.add('invalid-rows');
  if (settings.mealSlots.some((s) => s.label.trim() === '' || s.label.trim().length > 40))
    codes.add('invalid-rows');
  if (!distinct(settings.aisles.map((a) => a.id))) codes.add('invalid-rows');
  const names = data.people.map((p) => String(p.profile.name).trim());
  if (names.some((n) => n === '' || n.length > 120)) codes.add('invalid-rows');
  const rows = [...data.planEntries, ...data.recurring];
  if (rows.some((r) => r.eaters !== 'all' && !distinct(r.eaters))) codes.add('invalid-rows');
  if (codes.size > 0) return codes;
  const profileIds = data.people.map((p) => String(p.profile.id));
  if (data.people.some((p) => p.profile.id !== p.id) || !distinct(profileIds)) {
    codes.add('person-ids');
    return codes;
  }
  const ids = new Set(profileIds);
  if (rows.some((r) => r.eaters !== 'all' && r.eaters.some((e) => !ids.has(e))))
    codes.add('missing-references');
  return codes;
}

/** The generated file, signed as Cobalt writes it. */
export const caseText = (list: readonly Change[]) => backupText(applyChanges(list));
