// A process that opens the store named by DATA_DIR / DATABASE_URL the moment it reads a line
// on standard input, so a test can start several and let them open a fresh store at the same
// instant (starting-together.server.ts). Exits 0 when the store opened, 1 with the error.
import { storeOptionsFrom } from '../../src/server/config';
import { openStore } from '../../src/server/storage/store';

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  openStore(storeOptionsFrom({}, process.env))
    .then((store) => store.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
      },
    );
});
