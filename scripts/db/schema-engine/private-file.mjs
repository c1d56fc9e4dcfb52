// The database holds subscribers' addresses: create it for this user only (0600, folder 0700)
// before SQLite does (0644); its -wal/-shm/-journal files then take the same mode. Mirrors
// lib/fs/private-files.ts, which this plain-Node executable cannot import.
import fs from 'node:fs';
import path from 'node:path';

export function createPrivateFile(filePath) {
  fs.mkdirSync(path.dirname(filePath), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(filePath, 'a', 0o600));
}
