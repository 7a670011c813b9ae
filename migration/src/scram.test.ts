// SCRAM math against the RFC test vectors: RFC 7677 (SHA-256) and RFC 5802 (SHA-1, same code path).
import test from 'ava';
import { escapeSaslName, ScramClient } from './scram.js';

test('RFC 7677 SCRAM-SHA-256 example', (t) => {
  const c = new ScramClient('SCRAM-SHA-256', 'user', 'pencil', 'rOprNGfwEbeRWgbNEkqO');
  t.is(c.first(), 'n,,n=user,r=rOprNGfwEbeRWgbNEkqO');
  const final = c.final(
    'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096',
  );
  t.is(
    final,
    'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
  );
  t.notThrows(() => c.verify('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='));
  t.throws(() => c.verify('v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='));
});

test('RFC 5802 SCRAM-SHA-1 example', (t) => {
  const c = new ScramClient('SCRAM-SHA-1', 'user', 'pencil', 'fyko+d2lbbFgONRv9qkxdawL');
  const final = c.final('r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096');
  t.is(final, 'c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=');
  t.notThrows(() => c.verify('v=rmF9pqV8S7suAoZWja4dJRkFsKQ='));
});

test('server errors and foreign nonces are rejected', (t) => {
  const c = new ScramClient('SCRAM-SHA-512', 'a=b,c', 'pw', 'abc');
  t.is(c.first(), 'n,,n=a=3Db=2Cc,r=abc');
  t.throws(() => c.final('r=xyz,s=QSXCR+Q6sek8bf92,i=4096'), { message: /nonce/ });
  t.throws(() => c.verify('e=invalid-proof'), { message: /invalid-proof/ });
  t.is(escapeSaslName('plain'), 'plain');
});
