// The example concept as the build writes it (scripts/example-snapshot.ts): checked records in
// a JSON file beside the app, fetched once on a device's first start. JSON rather than a
// script, because parsing data is cheaper than compiling it, and the schemas that check it
// run at build time instead of on every new device.
export const EXAMPLE_SNAPSHOT_FILE = 'example-snapshot.json';
