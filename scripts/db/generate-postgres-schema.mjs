#!/usr/bin/env node
// Derives prisma/postgres/schema.prisma from prisma/schema.prisma, the SQLite source of truth.
// A schema has exactly one provider, so PostgreSQL deployments need their own copy; deriving it
// keeps the two from drifting apart (docs STACK.md, "SQLite by default, PostgreSQL to scale out").
//
//   node scripts/db/generate-postgres-schema.mjs             write the file if it changed
//   node scripts/db/generate-postgres-schema.mjs --check     exit 1 if the committed file is stale (CI)
//   node scripts/db/generate-postgres-schema.mjs --generate  write it, then generate both clients
//                                                            (postinstall; offline via prisma.config.ts)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = path.join(ROOT, 'prisma/schema.prisma');
const TARGET = path.join(ROOT, 'prisma/postgres/schema.prisma');
const rel = (file) => path.relative(ROOT, file);

const HEADER = `// GENERATED from ${rel(SOURCE)} by scripts/db/generate-postgres-schema.mjs. Do not edit:
// change the source, then run \`npm run db:schema:pg\`. CI runs it with --check.
`;

export function derivePostgresSchema(source) {
  // Features outside the subset both engines share would make the two schemas mean different things.
  const code = source.replace(/\/\/.*$/gm, '');
  const unsupported = [
    [/@db\.\w+/, 'native types (@db.*)'],
    [/mode\s*:\s*["']?insensitive/, "mode: 'insensitive'"],
  ].filter(([pattern]) => pattern.test(code));
  if (unsupported.length > 0) {
    throw new Error(`${rel(SOURCE)} uses ${unsupported.map(([, what]) => what).join(' and ')}, which only one engine supports.`);
  }

  const body = source
    .replace(/^(?:\/\/[^\n]*\n)+\n?/, '') // the source's own header comment
    .replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(\boutput\s*=\s*)"([^"]+)"/g, (_, lead, output) => `${lead}"${rebaseOutput(output)}"`);
  if (!/provider\s*=\s*"postgresql"/.test(body)) throw new Error(`${rel(SOURCE)}: no sqlite datasource found to convert.`);
  return HEADER + '\n' + body;
}

// Generator outputs are relative to the schema file, which moves one folder down; the client
// generated from the PostgreSQL schema goes next to the SQLite one, as prisma-pg.
function rebaseOutput(output) {
  const absolute = path.resolve(path.dirname(SOURCE), output).replace(/prisma-sqlite$/, 'prisma-pg');
  return path.relative(path.dirname(TARGET), absolute).split(path.sep).join('/');
}

function runPrismaGenerate(schema) {
  const cli = path.join(ROOT, 'node_modules/prisma/build/index.js');
  const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schema], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function main(args) {
  const expected = derivePostgresSchema(fs.readFileSync(SOURCE, 'utf8'));
  const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : null;

  if (args.includes('--check')) {
    if (current === expected) return console.log(`${rel(TARGET)} is up to date.`);
    console.error(
      current === null
        ? `${rel(TARGET)} is missing.`
        : `${rel(TARGET)} is stale: ${rel(SOURCE)} changed since it was generated.`,
    );
    console.error('Run `npm run db:schema:pg` and commit the result (and a PostgreSQL migration if the models changed).');
    process.exit(1);
  }

  if (current !== expected) {
    fs.mkdirSync(path.dirname(TARGET), { recursive: true });
    fs.writeFileSync(TARGET, expected);
    console.log(`Wrote ${rel(TARGET)}.`);
  }

  if (args.includes('--generate')) {
    // Both clients, whatever DATABASE_URL says: lib/db.ts imports both and picks one at run time.
    runPrismaGenerate(rel(SOURCE));
    runPrismaGenerate(rel(TARGET));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
