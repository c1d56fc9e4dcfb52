// Command-line options of `npm run bench`; --quick is the under-5-minutes run on a 2-core machine.
import { parseArgs } from 'node:util';
import type { Engine } from './paths';

export const SECTIONS = ['pages', 'latency', 'weight', 'scaleout', 'ingest', 'digest'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  sizes: number[];
  engines: Engine[];
  sections: Section[];
  /** Seconds per wrk run. */
  seconds: number;
  latencyRequests: number;
  ingestLines: number;
  digestSubscribers: number;
  proxy: boolean;
  /** PROXY_MAX_AGE of the scale-out instances (the app's default is 60). */
  proxyMaxAgeS: number;
  /** Which latency endpoints to measure: prefixes of search, api, day, paper. */
  endpoints: string[];
  rebuild: boolean;
  dropCatalogues: boolean;
}

export const HELP = `Usage: npm run bench -- [--quick] [--sizes 10000,100000] [--engines sqlite,postgres]
  [--skip pages,latency,weight,scaleout,ingest,digest] [--endpoints search,api,day,paper]
  [--seconds N] [--subscribers N] [--rebuild] [--drop-catalogues]

  --quick            10k papers, 2 s per load run (3 s on a miss), page throughput on the first
                     engine only (day and paper pages; a miss beside bare Next in gzip only; no
                     nginx-static or Next-alone comparison), 100 requests per latency endpoint,
                     Lighthouse on the day list only, 10k ingest lines, 1k digest subscribers
                     on the first engine only, scale-out with a 5 s proxy bound
                     (under 5 minutes on a fresh clone of a 2-core machine, builds included)
  (default)          10k, 100k and 1M papers, 10 s per run, 100k subscribers, nginx proxy run,
                     scale-out with the default 60 s proxy bound
  --drop-catalogues  delete the cached catalogues (.tmp/bench, PostgreSQL dp_bench_*) and exit`;

const list = (value: string | undefined) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined);

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      engines: { type: 'string' },
      skip: { type: 'string' },
      seconds: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      endpoints: { type: 'string' },
      subscribers: { type: 'string' },
      'drop-catalogues': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const skip = list(values.skip) ?? [];
  const sizes = (list(values.sizes) ?? (quick ? ['10000'] : ['10000', '100000', '1000000'])).map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100)) throw new Error('--sizes: whole numbers of papers, at least 100');
  if (values.subscribers && !(Number(values.subscribers) >= 1)) throw new Error('--subscribers: a whole number of digest subscribers, at least 1');
  const engines = (list(values.engines) ?? ['sqlite', 'postgres']) as Engine[];
  if (engines.some((engine) => engine !== 'sqlite' && engine !== 'postgres')) throw new Error('--engines: sqlite and/or postgres');
  return {
    quick,
    sizes,
    engines,
    sections: SECTIONS.filter((section) => !skip.includes(section)),
    seconds: Number(values.seconds ?? (quick ? 2 : 10)),
    latencyRequests: quick ? 100 : 450,
    ingestLines: quick ? 10_000 : 200_000,
    digestSubscribers: values.subscribers ? Number(values.subscribers) : quick ? 1_000 : 100_000,
    proxy: !quick,
    proxyMaxAgeS: quick ? 5 : 60,
    endpoints: list(values.endpoints) ?? ['search', 'api', 'day', 'paper'],
    rebuild: values.rebuild ?? false,
    dropCatalogues: values['drop-catalogues'] ?? false,
  };
}
