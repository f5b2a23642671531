import { describe, it } from 'vitest';
import * as scenarios from '../../helpers/seed-scenarios';
import { useFreshNodeDbs } from '../../helpers/db-node';

const freshDb = useFreshNodeDbs('cobalt-test');

describe('seeding the food table (fake-indexeddb)', () => {
  it('first run loads every food in one go and reports progress', () =>
    scenarios.firstRunSeedsEverythingWithProgress(freshDb()));
  it('a newer table replaces bundled foods and leaves custom foods, recipes and plans alone', () =>
    scenarios.newerTableReplacesBundledFoodsOnly(freshDb()));
  it('a damaged table is refused, naming the food and field, and nothing is written', () =>
    scenarios.damagedTableIsRefusedAndNothingWritten(freshDb()));
  it('a table matching its checksum is checked for its encoding only; a changed one row by row', () =>
    scenarios.checksumDecidesHowMuchIsValidated(freshDb()));
  it('a table that cannot be written leaves the old one in place', () =>
    scenarios.failedWriteRollsBack(freshDb()));
});
