import { fail, openStaffDatabase, STAFF_NAME } from './staff-common';

/** `npm run staff:remove -- NAME`: removes a staff console account and signs out its sessions. */
async function main(): Promise<void> {
  const name = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!name || !STAFF_NAME.test(name)) fail('usage: npm run staff:remove -- NAME', 2);
  const { accounts, audit, close } = await openStaffDatabase();
  try {
    if (!(await accounts.remove(name))) fail(`no staff member "${name}"`);
    await audit.record({ at: new Date(), actor: 'cli', action: 'staff.remove', detail: { name } });
  } finally {
    await close();
  }
  process.stdout.write(`Removed ${name}.\n`);
}

main().catch((error: unknown) => fail(`staff:remove failed: ${(error as Error).message}`));
