import { Kafka, logLevel } from 'kafkajs';
const kafka = new Kafka({ clientId: 'x', brokers: [process.argv[2]!], logLevel: logLevel.NOTHING, retry: { initialRetryTime: 100, maxRetryTime: 500, retries: 2 } });
const admin = kafka.admin(); await admin.connect();
const t0 = performance.now();
try { await admin.fetchTopicMetadata({ topics: ['missing-kjs'] }); console.log('no error'); } catch (e: any) { let c = e; while (c) { console.log(c.name, c.type, c.message, c.retriable); c = c.cause ?? c.originalError; } }
console.log('ms', performance.now() - t0);
const consumer = kafka.consumer({ groupId: 'g' }); await consumer.connect();
try { await consumer.subscribe({ topics: ['missing-kjs2'] }); console.log('subscribe ok'); } catch (e: any) { let c = e; while (c) { console.log(c.name, c.type, c.message); c = c.cause ?? c.originalError; } }
console.log('ms', performance.now() - t0);
const p = kafka.producer(); await p.connect();
try { await p.send({ topic: 'missing-kjs3', messages: [{ value: 'x' }] }); } catch (e: any) { let c = e; while (c) { console.log(c.name, c.type, c.message); c = c.cause ?? c.originalError; } }
console.log(await admin.listTopics());
await consumer.disconnect(); await admin.disconnect(); await p.disconnect();
