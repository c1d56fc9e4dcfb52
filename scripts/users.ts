/**
 * `npm run users -- <command>`: the operator's accounts commands. Moderators are made here
 * (there is no page that makes one), and every change is written to the moderation log as
 * "cli:<os user>", like a moderator's action on the site.
 */
// First: checks the environment before any other module reads it (see lib/cli/checked-env.ts).
import '@/lib/cli/checked-env';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { disconnectDb } from '@/lib/db';
import { operatorActor } from '@/lib/moderation/actor';
import { findAccount, grantModerator, listAccounts, revokeModerator, suspendAccount, unsuspendAccount, type AccountRow } from '@/lib/moderation/accounts';
import type { ModerationOutcome } from '@/lib/moderation/outcome';

const HELP = `Usage: npm run users -- <command>

  grant-moderator <email>                    make the account with this address a moderator
  revoke-moderator <email>                   make it a reader again
  list [--moderators]                        every account (or only moderators), oldest first
  suspend <email|username> [--reason TEXT]   end its sessions and refuse it new ones
  unsuspend <email|username> [--reason TEXT] let it sign in again

Every change is written to the moderation log (/moderation/log) as cli:<your user name>.
An account exists once its owner has signed in; exit status 1 when there is none.`;

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

/** Prints an outcome: done or already so (exit 0), or why not (exit 1). */
function report(outcome: ModerationOutcome): number {
  if (outcome.status === 'done' || outcome.status === 'unchanged') {
    console.log(outcome.message);
    return 0;
  }
  console.error(outcome.message);
  return 1;
}

function formatAccount(account: AccountRow): string {
  const status = account.suspendedAt ? `suspended ${account.suspendedAt.toISOString()}` : 'active';
  return [account.username ?? '(no username)', account.email, account.role, status, `joined ${account.createdAt.toISOString().slice(0, 10)}`].join('\t');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { reason: { type: 'string' }, moderators: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, target, ...rest] = positionals;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const usage = (message: string) => {
    console.error(`${message}\n\n${HELP}`);
    return 2;
  };
  if (!command) return usage('Name a command.');
  if (rest.length > 0) return usage(`Unexpected argument: ${rest.join(' ')}`);
  const actor = operatorActor(osUser());

  switch (command) {
    case 'list': {
      if (target) return usage('list takes no argument (only --moderators).');
      const accounts = await listAccounts({ moderatorsOnly: values.moderators === true });
      if (accounts.length === 0) console.log(values.moderators ? 'No moderators yet.' : 'No accounts yet.');
      for (const account of accounts) console.log(formatAccount(account));
      return 0;
    }
    case 'grant-moderator':
    case 'revoke-moderator': {
      if (!target) return usage(`${command} needs an email address.`);
      if (!target.includes('@')) return usage(`${command} takes the account's email address, not "${target}".`);
      return report(command === 'grant-moderator' ? await grantModerator(actor, target) : await revokeModerator(actor, target));
    }
    case 'suspend':
    case 'unsuspend': {
      if (!target) return usage(`${command} needs an email address or a username.`);
      const account = await findAccount(target);
      if (!account) {
        console.error(`No account has the ${target.includes('@') ? 'address' : 'username'} ${target}.`);
        return 1;
      }
      return report(command === 'suspend' ? await suspendAccount(actor, account.id, values.reason) : await unsuspendAccount(actor, account.id, values.reason));
    }
    default:
      return usage(`Unknown command: ${command}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} finally {
  await disconnectDb();
}
