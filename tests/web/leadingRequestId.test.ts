import { describe, expect, it } from 'vitest';
import { leadingRequestId } from '../../src/web/wsApi';

const frame = (text: string) => Buffer.from(text, 'utf8');

describe('the id of a request the host cannot take, read from its first bytes', () => {
  it('reads number and string ids as the client writes them', () => {
    expect(leadingRequestId(frame('{"id":42,"method":"ping"'))).toBe(42);
    expect(leadingRequestId(frame('{"id":"t-1","method":'))).toBe('t-1');
    expect(leadingRequestId(frame(' { "id" : "ä \\"q\\"" , "method"'))).toBe('ä "q"');
    expect(leadingRequestId(frame('{"id":7}'))).toBe(7);
  });

  it('reads it from an ArrayBuffer and from fragments too', () => {
    const bytes = frame('{"id":9,"method":"ping"}');
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(leadingRequestId(arrayBuffer)).toBe(9);
    expect(leadingRequestId([frame('{"i'), frame('d":'), frame('9,')])).toBe(9);
  });

  it('finds the id of a 10 MB request in its first bytes', () => {
    const huge = frame(JSON.stringify({ id: 'big', method: 'ping', args: { text: 'x'.repeat(10_000_000) } }));
    expect(leadingRequestId(huge)).toBe('big');
  });

  it('gives null when the frame does not start with a valid id', () => {
    for (const text of [
      'hello',
      '{"method":"ping","id":1}',
      '{"id":null,',
      '{"id":"",',
      '{"id":1.5,',
      `{"id":"${'x'.repeat(101)}",`,
      '{"id":"unterminated',
      '{"id":12',
    ]) {
      expect(leadingRequestId(frame(text)), text).toBeNull();
    }
  });
});
