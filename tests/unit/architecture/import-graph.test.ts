/**
 * No import cycles, and src-shared layered one way: base ← schemas ← domain (schemas never import
 * domain; base imports neither). ESLint enforces the layers per folder (eslint.config.js); this
 * test also catches cycles inside a folder, which a per-folder rule cannot see.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycle, importGraph, importsOf } from '../../helpers/import-graph';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TREE = ['src-shared', 'src-main', 'src-preload', 'src-renderer', 'scripts', 'bench', 'tests'];

describe('the import graph', () => {
  it('reads static, type-only, re-export and dynamic imports, and not comments', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export * from './c';",
      "export { d } from './d';",
      "const e = await import('./e');",
      "import z from 'zod';",
      "// import { f } from './f';",
      "/* import { g } from './g'; */",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../b', './c', './d', './e']);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['schemas/plan.ts', ['domain/b12-strategy.ts']],
      ['domain/b12-strategy.ts', ['domain/intake.ts']],
      ['domain/intake.ts', ['schemas/plan.ts']],
      ['domain/dates.ts', []],
    ]);
    expect(findCycle(graph)).toEqual([
      'domain/b12-strategy.ts',
      'domain/intake.ts',
      'schemas/plan.ts',
      'domain/b12-strategy.ts',
    ]);
    graph.set('domain/intake.ts', ['domain/dates.ts']);
    expect(findCycle(graph)).toBeNull();
  });

  it('src-shared has no import cycle', () => {
    const graph = importGraph(root, ['src-shared']);
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycle(graph)).toBeNull();
  });

  it('the whole tree has no import cycle', () => {
    const graph = importGraph(root, TREE);
    expect(graph.size).toBeGreaterThan(400);
    expect(findCycle(graph)).toBeNull();
  });

  it('src-shared is layered one way: base ← schemas ← domain', () => {
    const graph = importGraph(root, ['src-shared']);
    const wrong = [...graph].flatMap(([file, targets]) =>
      targets
        .filter(
          (t) =>
            (file.startsWith('src-shared/schemas/') && t.startsWith('src-shared/domain/')) ||
            (file.startsWith('src-shared/base/') &&
              (t.startsWith('src-shared/domain/') || t.startsWith('src-shared/schemas/'))),
        )
        .map((t) => `${file} → ${t}`),
    );
    expect(wrong).toEqual([]);
  });
});
