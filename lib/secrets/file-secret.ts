import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from '@/lib/fs/private-files';

/**
 * A secret from the environment, or else a random one kept in data/<name> (mode 0600, folder 0700) that
 * every process on this machine (the app, the CLIs) reads, so the embedded default needs no
 * setup. Several machines must share the environment variable instead.
 */
export function readOrCreateSecret(name: string, envValue: string | undefined, root: string = process.cwd()): string {
  const fromEnv = envValue?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(root, 'data', name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  makePrivateDir(path.dirname(file));
  const secret = randomBytes(32).toString('base64url');
  try {
    // 'wx' fails if another process created it first; then everyone uses theirs.
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}
