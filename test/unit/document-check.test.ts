import { describe, expect, it } from 'vitest';
import { checkDocument, MAX_DOCUMENT_BYTES } from '../../shared/domain/document-check.ts';
import { files } from '../fixtures/personal-codes.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const pdf = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);

describe('document check', () => {
  it.each([
    [pdf, 'application/pdf'],
    [png, 'image/png'],
    [jpeg, 'image/jpeg'],
  ])('recognises a real file by its first bytes', (bytes, contentType) => {
    expect(checkDocument({ sizeBytes: 1000, bytes })).toEqual({ ok: true, contentType, sizeBytes: 1000, bytes });
  });

  it('recognises an e-signed container (.edoc, .asice) by its first entry', () => {
    const asice = files.asice();
    expect(checkDocument({ sizeBytes: asice.length, bytes: asice })).toMatchObject({
      ok: true,
      contentType: 'application/vnd.etsi.asic-e+zip',
    });
  });

  it.each([
    ['a plain ZIP', files.zip()],
    ['a ZIP with another mimetype', files.odt()],
    ['a compressed mimetype entry', compressedMimetype()],
    ['a ZIP cut short in its first entry', files.asice().subarray(0, 40)],
  ])('refuses %s', (_name, bytes) => {
    expect(checkDocument({ sizeBytes: bytes.length, bytes })).toEqual({ ok: false, problem: 'DOCUMENT_TYPE_INVALID' });
  });

  it('refuses a file that only claims to be a PDF', () => {
    const html = new TextEncoder().encode('<html><body>PDF</body>');
    expect(checkDocument({ sizeBytes: 100, bytes: html })).toEqual({
      ok: false,
      problem: 'DOCUMENT_TYPE_INVALID',
    });
  });

  it('refuses a file one byte over the limit and accepts one at the limit', () => {
    expect(checkDocument({ sizeBytes: MAX_DOCUMENT_BYTES + 1, bytes: pdf })).toMatchObject({
      problem: 'DOCUMENT_TOO_LARGE',
    });
    expect(checkDocument({ sizeBytes: MAX_DOCUMENT_BYTES, bytes: pdf })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a file too large to be read, whatever its size says', () => {
    expect(checkDocument({ sizeBytes: 1000 })).toMatchObject({ problem: 'DOCUMENT_TOO_LARGE' });
  });

  it('reports a missing or empty upload as missing', () => {
    expect(checkDocument(undefined)).toMatchObject({ problem: 'DOCUMENT_MISSING' });
    expect(checkDocument({ sizeBytes: 0, bytes: bytes() })).toMatchObject({
      problem: 'DOCUMENT_MISSING',
    });
  });
});

/** The same container with its `mimetype` entry marked as deflated: not what the format allows. */
function compressedMimetype(): Uint8Array {
  const bytes = files.asice();
  bytes[8] = 8;
  return bytes;
}
