// Tests for the .properties reader against the rules of java.util.Properties.load, which is how
// Kafka reads server.properties: separators, comments, continuations, escapes and line endings.
import test from 'ava';
import { parseProperties } from './properties.js';

const parse = (text: string): Record<string, string> => Object.fromEntries(parseProperties(text));

test('key=value, key: value and key value are all pairs', (t) => {
  t.deepEqual(parse('a=1\nb: 2\nc 3\nd   =   4\ne:5'), { a: '1', b: '2', c: '3', d: '4', e: '5' });
});

test('whitespace before the key and after the separator is dropped; trailing whitespace is kept', (t) => {
  t.deepEqual(parse('   key =  value  \n'), { key: 'value  ' });
});

test('only the first separator splits; later = and : belong to the value', (t) => {
  t.deepEqual(parse('url=http://host:80/?a=b\nk:=v\n'), { url: 'http://host:80/?a=b', k: '=v' });
});

test('# and ! start comments; blank lines are skipped', (t) => {
  t.deepEqual(parse('# comment\n! also comment\n\n   \n  # indented comment\nx=1\n'), { x: '1' });
});

test('a key without a value maps to the empty string', (t) => {
  t.deepEqual(parse('lonely\nempty=\nspaced   \n'), { lonely: '', empty: '', spaced: '' });
});

test('a trailing backslash continues the line; the next line loses its leading whitespace', (t) => {
  t.deepEqual(parse('list=a,\\\n    b,\\\n    c\nnext=1\n'), { list: 'a,b,c', next: '1' });
});

test('an even number of trailing backslashes is an escaped backslash, not a continuation', (t) => {
  t.deepEqual(parse('path=C:\\\\dir\\\\\nother=2\n'), { path: 'C:\\dir\\', other: '2' });
});

test('a comment line ending in a backslash does not continue', (t) => {
  t.deepEqual(parse('# comment \\\nkey=value\n'), { key: 'value' });
});

test('a continued line that starts with # is content, not a comment', (t) => {
  t.deepEqual(parse('k=a\\\n  #b\n'), { k: 'a#b' });
});

test('a backslash at the very end of the input is dropped, with or without a final newline', (t) => {
  t.deepEqual(parse('k=v\\\n'), { k: 'v' });
  t.deepEqual(parse('k=v\\'), { k: 'v' });
});

test('escapes: \\t \\n \\r \\uXXXX, and any other escaped character is itself', (t) => {
  t.deepEqual(parse('k=a\\tb\\nc\\rd\\u00e9\\u2713\\q\\\\'), { k: 'a\tb\nc\rdé✓q\\' });
});

test('escaped separators and spaces belong to the key', (t) => {
  t.deepEqual(parse('a\\=b=c\nx\\:y:z\nsp\\ ace=1\n'), { 'a=b': 'c', 'x:y': 'z', 'sp ace': '1' });
});

test('CRLF line endings', (t) => {
  t.deepEqual(parse('a=1\r\nb=2\r\nlist=x,\\\r\n  y\r\n'), { a: '1', b: '2', list: 'x,y' });
});

test('a repeated key keeps the last value', (t) => {
  t.deepEqual(parse('k=1\nk=2\n'), { k: '2' });
});

test('a Kafka server.properties excerpt', (t) => {
  const text = [
    '############################# Server Basics #############################',
    '# The role of this server.',
    'process.roles=broker,controller',
    'node.id=1',
    'controller.quorum.voters=1@localhost:9093',
    'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
    'log.dirs=/tmp/kraft-combined-logs',
    'num.partitions=1',
    'log.retention.hours=168',
  ].join('\n');
  t.deepEqual(parse(text), {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': '1@localhost:9093',
    listeners: 'PLAINTEXT://:9092,CONTROLLER://:9093',
    'log.dirs': '/tmp/kraft-combined-logs',
    'num.partitions': '1',
    'log.retention.hours': '168',
  });
});
