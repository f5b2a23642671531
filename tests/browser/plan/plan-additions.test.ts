import { describe, it } from 'vitest';
import { savedProposalIsOneRowPerAddition } from '../../unit/plan/plan-additions-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';

const freshDb = useFreshBrowserDbs('cobalt-plan-additions');

describe('additions from the Nutrients screen (real IndexedDB in Chromium)', () => {
  it('a proposal for every day is one repeating row per addition; undo removes it in one step', () =>
    savedProposalIsOneRowPerAddition(freshDb()));
});
