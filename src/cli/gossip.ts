#!/usr/bin/env node
// `gossip` command line: `gossip start` runs a broker. Flags map onto Kafka property names; see
// src/config/config.ts for the order in which flags, GOSSIP_* variables and --config files apply.
import { Command } from 'commander';
import { main } from '../main.js';

const program = new Command();
program.name('gossip').description('GOssip, a Kafka-wire-compatible message broker');

program
  .command('start')
  .description('start a broker')
  .option('--data-dir <dir>', 'data directory (log.dirs)', undefined)
  .option('--host <host>', 'address to listen on (default 127.0.0.1)')
  .option('--port <port>', 'Kafka protocol port, 0 for any free port (default 9092)')
  .option('--http-port <port>', 'HTTP port, 0 for any free port (default 8081)')
  .option('--node-id <id>', 'node id (node.id, default 1)')
  .option(
    '--controller-quorum-voters <voters>',
    'metadata quorum, id@host:port,... with this node among them (controller.quorum.voters); unset: one node',
  )
  .option('--config <file>', 'properties file with Kafka property names')
  .option('--set <key=value...>', 'any property, e.g. --set num.partitions=3')
  .action(async (opts: Record<string, string | string[] | undefined>) => {
    const overrides: Record<string, string | undefined> = {
      'log.dirs': opts.dataDir as string | undefined,
      host: opts.host as string | undefined,
      port: opts.port as string | undefined,
      'http.port': opts.httpPort as string | undefined,
      'node.id': opts.nodeId as string | undefined,
      'controller.quorum.voters': opts.controllerQuorumVoters as string | undefined,
    };
    for (const kv of (opts.set as string[] | undefined) ?? []) {
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new Error(`--set expects key=value, got '${kv}'`);
      overrides[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
    try {
      await main({ file: opts.config as string | undefined, env: process.env, overrides });
    } catch (err) {
      process.stderr.write(`gossip: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    }
  });

await program.parseAsync(process.argv);
