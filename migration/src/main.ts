// Runs the gossip-migrate CLI from source (tsx), for tests and development: `tsx migration/src/main.ts`.
import { main } from './cli.js';

process.exitCode = await main(process.argv);
