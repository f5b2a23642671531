/**
 * Test helper: writes a tiny SR28 release in the real file format (`^` fields, `~` quotes,
 * windows-1252, CRLF, NUT_DATA's bare empty fields) so generator tests run without shared/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const q = (text: string): string => `~${text}~`;

/** Encodes text as windows-1252 (only µ and é occur in this fixture beyond ASCII). */
function cp1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

function write(dir: string, file: string, rows: readonly string[]): void {
  writeFileSync(join(dir, file), cp1252(rows.map((r) => `${r}\r\n`).join('')));
}

/** A NUT_DATA row as the shared copy writes it (empty text fields as nothing). */
const nut = (ndb: string, nutr: string, value: string): string =>
  `${q(ndb)}^${q(nutr)}^${value}^1^^${q('1')}^^^^^^^^^^^01/2000^`;

export function writeSr28Fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sr28-fixture-'));
  write(dir, 'FD_GROUP.txt', [
    `${q('0100')}^${q('Dairy and Egg Products')}`,
    `${q('0300')}^${q('Baby Foods')}`,
    `${q('1200')}^${q('Nut and Seed Products')}`,
    `${q('1500')}^${q('Finfish and Shellfish Products')}`,
  ]);
  const food = (ndb: string, group: string, desc: string): string =>
    `${q(ndb)}^${q(group)}^${q(desc)}^${q(desc.toUpperCase())}^~~^~~^~Y~^~~^0^~~^6.25^^^`;
  write(dir, 'FOOD_DES.txt', [
    food('01999', '0100', 'Cheese, test, brie-style'),
    food('03999', '0300', 'Babyfood, test, strained'),
    food('12999', '1200', 'Seeds, test flax'),
    food('15999', '1500', 'Fish, test, raw'),
  ]);
  write(dir, 'NUT_DATA.txt', [
    nut('01999', '208', '334'),
    nut('01999', '418', '1.650'),
    nut('01999', '324', '20'), // IU only: 0.5 µg
    nut('03999', '208', '50'),
    nut('12999', '619', '22.813'), // ALA from 619 only
    nut('12999', '304', '392'),
    nut('15999', '851', '0.148'),
    nut('15999', '619', '0.167'), // 851 wins
    nut('15999', '328', '11.0'),
  ]);
  write(dir, 'NUTR_DEF.txt', [
    `${q('418')}^${q('µg')}^${q('VITB12')}^${q('Vitamin B-12')}^~2~^~7300~`,
  ]);
  write(dir, 'WEIGHT.txt', [
    `${q('01999')}^2^1^${q('cup, diced')}^132^^`,
    `${q('01999')}^1^1^${q('oz')}^28.35^^`,
    `${q('12999')}^1^1^${q('tbsp, whole')}^10.3^^`,
  ]);
  write(dir, 'LANGUAL.txt', [`${q('12999')}^${q('B1700')}`]);
  write(dir, 'LANGDESC.txt', [`${q('B1700')}^${q('FLAX')}`]);
  return dir;
}
