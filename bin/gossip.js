#!/usr/bin/env node
// Entry point for `npx gossip`: runs the compiled CLI (npm install builds it into dist/).
import '../dist/src/cli/gossip.js';
