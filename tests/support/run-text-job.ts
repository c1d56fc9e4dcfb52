/**
 * Child-process side of tests/unit/hostile-text.test.ts: runs one exported text function on a
 * generated input and prints its result, long strings shortened to their first characters and
 * length. In a child so that a test can give up on a quadratic run instead of waiting for it.
 *
 *   node --import tsx tests/support/run-text-job.ts <module> <export> '{"prefix":…,"unit":…,"times":…,"suffix":…}'
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath = '', exportName = '', spec = '{}'] = process.argv.slice(2);
const { prefix = '', unit = '', times = 0, suffix = '' } = JSON.parse(spec) as { prefix?: string; unit?: string; times?: number; suffix?: string };
const exports = (await import(pathToFileURL(path.resolve(modulePath)).href)) as Record<string, (input: string) => unknown>;
const run = exports[exportName];
if (!run) throw new Error(`${modulePath} has no export ${exportName}`);

const result = run(`${prefix}${unit.repeat(times)}${suffix}`);
process.stdout.write(JSON.stringify(result, (_, value: unknown) => (typeof value === 'string' && value.length > 40 ? `${value.slice(0, 24)}…(${value.length})` : value)));
