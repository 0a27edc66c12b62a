import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

/**
 * No two modules of `src/` load each other, directly or around a loop: a module in a cycle can
 * run before the one it needs has finished, and a reader cannot follow either alone. Only
 * `import type` is left out, which Node erases; `import { type X }` still loads its module (the
 * project compiles with verbatimModuleSyntax), and so does `export … from`.
 */
const SRC = resolve(import.meta.dirname, '../../src');
const LOADS =
  /^\s*(?:import(?!\s+type\b)[^'"]*?from\s*|import\s*|export\s+(?!type\b)[^'";]*?from\s*)['"](\.[^'"]+\.ts)['"]/gm;

function graph(): Map<string, string[]> {
  const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return new Map(
    modules.map((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      const targets = [...text.matchAll(LOADS)].map((m) => relative(SRC, resolve(SRC, dirname(file), m[1]!)));
      return [file, targets];
    }),
  );
}

/** Every cycle, each as the modules around it, found by depth-first search. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (module: string) => {
    state.set(module, 'open');
    path.push(module);
    for (const next of edges.get(module) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(module, 'done');
  };
  for (const module of [...edges.keys()].toSorted()) if (!state.has(module)) visit(module);
  return found;
}

test('the import graph of src/ is read (the check below cannot pass by finding nothing)', () => {
  const edges = graph();
  expect(edges.get('lib/content/to-item.ts')).toContain('lib/sections/registry.ts');
  expect(edges.get('cli/build.ts')).toContain('lib/build/batches.ts');
});

test('no import cycle in src/', () => {
  expect(cycles(graph()).map((cycle) => cycle.join(' → '))).toEqual([]);
});

test('a cycle is found when there is one', () => {
  const edges = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
  ]);
  expect(cycles(edges)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
});
