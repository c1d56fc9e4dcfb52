// The database holds subscribers' addresses: create it for this user only (0600, folder 0700)
// before SQLite does (0644); its -wal/-shm/-journal files then take the same mode. Mirrors
// lib/fs/private-files.ts, which this plain-Node executable cannot import.
import fs from 'node:fs';
import path from 'node:path';

// An existing file is never opened: closing a descriptor of a database file drops the POSIX
// locks this process's SQLite connections hold on it.
export function createPrivateFile(filePath) {
  if (fs.existsSync(filePath)) return;
  fs.mkdirSync(path.dirname(filePath), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(filePath, 'wx', 0o600));
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
}
