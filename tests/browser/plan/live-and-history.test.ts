/** The live-query adapter (data/live.svelte.ts) on real IndexedDB, and the plan's undo history. */
import { describe, expect, it } from 'vitest';
import { LiveQuery } from '../../../src-renderer/src/data/live.svelte';
import type { AppliedChange, PlanChange } from '../../../src-renderer/src/data/plan-repo';
import {
  EditHistory,
  planStep,
  toggleStep,
} from '../../../src-renderer/src/session/history.svelte';
import { useFreshBrowserDbs } from '../../helpers/db-browser';

const freshDb = useFreshBrowserDbs('cobalt-live');

describe('LiveQuery adapter', () => {
  it('exposes loading, then the current value, and follows writes until stopped', async () => {
    const db = freshDb();
    const query = new LiveQuery((prefix: string) =>
      db.meta.where('key').startsWith(prefix).count(),
    );
    query.start('a');
    expect(query.loading).toBe(true);
    expect(query.current).toBeUndefined();
    await expect.poll(() => query.current).toBe(0);
    expect(query.loading).toBe(false);
    await db.meta.put({ key: 'a1', value: 1 });
    await expect.poll(() => query.current).toBe(1);
    query.start('b'); // new deps: a new subscription
    await expect.poll(() => query.current).toBe(0);
    query.stop();
    await db.meta.put({ key: 'b1', value: 1 });
    await new Promise((r) => setTimeout(r, 50));
    expect(query.current).toBe(0);
  });

  it('reports a failing query as an error, not a value', async () => {
    const query = new LiveQuery(async () => {
      throw new Error('cannot read');
    });
    query.start();
    await expect.poll(() => query.loading).toBe(false);
    expect((query.error as Error).message).toBe('cannot read');
    expect(query.current).toBeUndefined();
    query.stop();
  });
});

describe('EditHistory (the one undo/redo history)', () => {
  /** A fake store: a change sets `value`; its inverse puts the old value back. */
  function store() {
    const state = { value: 'start', log: [] as string[] };
    const apply = async (change: PlanChange): Promise<AppliedChange> => {
      const before = state.value;
      if (change.label === 'fail') throw new Error('disk full');
      state.value = change.alsoRefresh?.[0] ?? state.value;
      state.log.push(change.label);
      return { change, inverse: { label: change.label, alsoRefresh: [before] }, weeks: [] };
    };
    const steps = new EditHistory();
    // A plan edit as the plan session makes it: saved, then recorded as a step.
    const history = {
      do: (change: PlanChange) => steps.do(async () => planStep(apply, await apply(change))),
      undo: () => steps.undo(),
      redo: () => steps.redo(),
      get undoLabel() {
        return steps.undoLabel;
      },
      get redoLabel() {
        return steps.redoLabel;
      },
      get canUndo() {
        return steps.canUndo;
      },
      get canRedo() {
        return steps.canRedo;
      },
    };
    return { state, history, steps };
  }
  const set = (value: string): PlanChange => ({ label: `set ${value}`, alsoRefresh: [value] });

  it('undoes and redoes in order through the same apply, and a new edit clears redo', async () => {
    const { state, history } = store();
    await history.do(set('a'));
    await history.do(set('b'));
    expect(history.undoLabel).toBe('set b');
    await history.undo();
    expect(state.value).toBe('a');
    expect(history.redoLabel).toBe('set b');
    await history.undo();
    expect(state.value).toBe('start');
    expect(history.canUndo).toBe(false);
    expect(await history.undo()).toBeNull();
    await history.redo();
    expect(state.value).toBe('a');
    await history.do(set('c'));
    expect(history.canRedo).toBe(false);
    expect(state.value).toBe('c');
  });

  it('runs edits one at a time in the order asked, and a failure changes no history', async () => {
    const { state, history } = store();
    const first = history.do(set('a'));
    const undo = history.undo();
    const failing = history.do({ label: 'fail' });
    await first;
    await undo;
    await expect(failing).rejects.toThrow('disk full');
    expect(state.value).toBe('start');
    expect(history.canUndo).toBe(false);
    expect(history.redoLabel).toBe('set a');
    await history.redo();
    expect(state.value).toBe('a');
  });

  it('holds plan edits and other steps (a check mark) in one order', async () => {
    const { state, history, steps } = store();
    const checks = new Set<string>();
    const check = (name: string) =>
      steps.do(async () => {
        checks.add(name);
        return toggleStep(
          `check ${name}`,
          async () => void checks.delete(name),
          async () => void checks.add(name),
        );
      });
    await history.do(set('a'));
    await check('Soymilk');
    expect(history.undoLabel).toBe('check Soymilk');
    await history.undo();
    expect(checks.has('Soymilk')).toBe(false);
    expect(state.value).toBe('a');
    await history.undo();
    expect(state.value).toBe('start');
    expect(history.redoLabel).toBe('set a');
    await history.redo();
    await history.redo();
    expect(state.value).toBe('a');
    expect(checks.has('Soymilk')).toBe(true);
    await history.undo();
    expect(checks.has('Soymilk')).toBe(false);
    expect(history.redoLabel).toBe('check Soymilk');
  });
});
