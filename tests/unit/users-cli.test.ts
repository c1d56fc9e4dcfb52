import { userInfo } from 'node:os';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { resetDatabase } from '../support/reset-database';
import { runCli } from '../support/run-cli';

beforeEach(async () => {
  await resetDatabase();
  await db.user.create({ data: { id: 'u1', email: 'ada@example.com', username: 'ada' } });
  await db.user.create({ data: { id: 'u2', email: 'bo@example.com', username: 'bo' } });
  await db.session.create({ data: { id: 's1', token: 'token-1', userId: 'u2', expiresAt: new Date(Date.now() + 86_400_000) } });
});

const log = async () => (await db.moderationAction.findMany({ orderBy: { id: 'asc' } })).map((row) => `${row.actorName} ${row.action} ${row.targetId}${row.reason ? ` (${row.reason})` : ''}`);

// Each test starts a command (tsx compiles it first): on a busy shared machine that can take a while.
describe('npm run users', { timeout: 60_000 }, () => {
  it('explains itself with --help, and a wrong command with exit status 2', async () => {
    const help = await runCli('users.ts', ['--help']);
    expect(help.code).toBe(0);
    for (const text of ['grant-moderator <email>', 'revoke-moderator <email>', 'list [--moderators]', 'suspend <email|username>', '--reason', 'unsuspend']) expect(help.stdout).toContain(text);
    const wrong = await runCli('users.ts', ['promote', 'ada@example.com']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Unknown command: promote');
    const noAddress = await runCli('users.ts', ['grant-moderator', 'ada']);
    expect(noAddress.code).toBe(2);
    expect(noAddress.stderr).toContain('takes the account\'s email address');
  });

  it('grants a moderator once (twice is fine), lists moderators, and logs it as cli:<os user>', async () => {
    const first = await runCli('users.ts', ['grant-moderator', 'Ada@Example.com']);
    expect(first).toMatchObject({ code: 0, stdout: 'ada is now a moderator.\n' });
    const again = await runCli('users.ts', ['grant-moderator', 'ada@example.com']);
    expect(again).toMatchObject({ code: 0, stdout: 'ada is already a moderator.\n' });
    const moderators = await runCli('users.ts', ['list', '--moderators']);
    expect(moderators.code).toBe(0);
    expect(moderators.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^ada\tada@example\.com\tmoderator\tactive\tjoined \d{4}-\d\d-\d\d$/)]);
    const everyone = await runCli('users.ts', ['list']);
    expect(everyone.stdout.trim().split('\n')).toHaveLength(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: 'u1' } })).role).toBe('moderator');
    expect(await log()).toEqual([`cli:${userInfo().username} grant-moderator ada`]);
  });

  it('refuses an unknown address with a clear message and exit status 1, changing nothing', async () => {
    const result = await runCli('users.ts', ['grant-moderator', 'nobody@example.com']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No account has the address nobody@example.com. The person signs in once first');
    expect(await log()).toEqual([]);
  });

  it('suspends by username with a reason (ending its sessions) and lifts it by address', async () => {
    const suspended = await runCli('users.ts', ['suspend', 'bo', '--reason', 'spam wave']);
    expect(suspended).toMatchObject({ code: 0, stdout: 'bo is suspended and signed out everywhere.\n' });
    expect(await db.session.count({ where: { userId: 'u2' } })).toBe(0);
    expect((await runCli('users.ts', ['list'])).stdout).toMatch(/^bo\tbo@example\.com\treader\tsuspended \d{4}-/m);
    const lifted = await runCli('users.ts', ['unsuspend', 'bo@example.com']);
    expect(lifted).toMatchObject({ code: 0, stdout: 'bo can sign in again.\n' });
    const unknown = await runCli('users.ts', ['suspend', 'nobody']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No account has the username nobody.');
    const user = userInfo().username;
    expect(await log()).toEqual([`cli:${user} suspend bo (spam wave)`, `cli:${user} unsuspend bo`]);
  });
});
