#!/usr/bin/env node
// Entry point for `npx gossip-migrate`: runs the compiled CLI (npm install builds it into dist/).
import { main } from '../../dist/migration/src/cli.js';

process.exitCode = await main(process.argv);
