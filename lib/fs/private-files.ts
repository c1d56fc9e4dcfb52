// Files that hold addresses, live links or secrets (the SQLite database, outbox messages, data/*)
// are for the app's own user only. Modes are set where each file is created, not by a process
// umask: the CLIs, the tests and `prisma migrate deploy` create these files too, and a umask set
// for the server would also make its build output unreadable to a web server serving it.
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates a folder (and missing parents) that only this user can list. An existing folder keeps
 * its mode: it may be shared on purpose (OUTBOX_DIR=/tmp/…), and its files are private anyway.
 */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Creates an empty SQLite database file 0600 if there is none, before SQLite opens it: SQLite
 * creates a new file 0644, and gives its -wal, -shm and -journal files the database file's mode,
 * so creating this one private keeps all four private. An existing file is never opened here:
 * closing any descriptor of a database file drops every POSIX lock this process's SQLite
 * connections hold on it (https://sqlite.org/howtocorrupt.html#_posix_advisory_locks_canceled_by_a_separate_thread_doing_close_).
 */
export function ensurePrivateSqliteFile(filePath: string): void {
  if (filePath === ':memory:' || filePath === '' || fs.existsSync(filePath)) return;
  makePrivateDir(path.dirname(filePath));
  try {
    // 'wx': only if it still does not exist (another process may have created it meanwhile).
    fs.closeSync(fs.openSync(filePath, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
