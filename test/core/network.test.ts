import { describe, expect, it } from 'vitest';
import { displayUrl } from '../../src/core/display-url.js';
import { networkReason } from '../../src/core/network-reason.js';

describe('displayUrl', () => {
  it('leaves credentials, out query and fragment, which may carry tokens', () => {
    expect(displayUrl('https://u:p@prom.example:9090/prometheus/?token=s3cret#x')).toBe(
      'https://prom.example:9090/prometheus',
    );
    expect(displayUrl('not a url')).toBe('(an invalid URL)');
  });
});

describe('networkReason', () => {
  it('names the common socket errors and keeps the code of the others', () => {
    const failure = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(networkReason(failure('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'))).toBe('connection refused');
    expect(networkReason(failure('ETIMEDOUT', 'timeout'), { timeoutMs: 10_000 })).toBe('no answer within 10 s');
    expect(networkReason(failure('ECONNRESET', 'socket hang up'), { withCode: true })).toBe(
      'connection reset (ECONNRESET)',
    );
    expect(networkReason(failure('EPROTO', 'wrong version number'))).toBe('EPROTO: wrong version number');
  });
});
