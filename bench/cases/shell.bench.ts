import type { BenchCase } from '../harness';

/** A baseline: how long the bench page itself takes to JSON-parse 1 MB (machine speed reference). */
const cases: BenchCase[] = [
  {
    name: 'baseline.json_parse_1mb_ms',
    stat: 'median',
    samples: 20,
    setup: () =>
      JSON.stringify(
        Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `food ${i}`, v: i / 7 })),
      ),
    run: (text: string) => JSON.parse(text),
  },
];

export default cases;
