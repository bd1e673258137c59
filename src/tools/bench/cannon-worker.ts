import { runCannon, type CannonRun } from './cannon';

/** The load generator's process: runs one autocannon run (given as JSON) and sends its figures back. */
void runCannon(JSON.parse(process.argv[2] ?? '{}') as CannonRun).then((figures) => {
  process.send?.(figures, () => process.exit(0));
});
