import { describe, expect, it } from 'vitest';
import { ACCEPTED_FILES, checkFile } from '../../web/src/files/check-file.ts';
import { files } from '../fixtures/personal-codes.ts';

const file = (name: string, bytes: Uint8Array, type = '') => new File([bytes], name, { type });

/** The browser's check before upload, in Node's own File: the same rule as the server's. */
describe('browser file check', () => {
  it.each([
    ['iesniegums.edoc', ''],
    ['iesniegums.asice', 'application/vnd.etsi.asic-e+zip'],
  ])('accepts an e-signed container named %s', async (name, type) => {
    expect(await checkFile(file(name, files.asice(), type))).toBeUndefined();
  });

  it('accepts a PDF and a PNG', async () => {
    expect(await checkFile(file('a.pdf', files.pdf()))).toBeUndefined();
    expect(await checkFile(file('a.png', files.png()))).toBeUndefined();
  });

  it('refuses a plain ZIP, even named .edoc', async () => {
    expect(await checkFile(file('dokumenti.zip', files.zip(), 'application/zip'))).toBe('wrong-type');
    expect(await checkFile(file('dokumenti.edoc', files.zip()))).toBe('wrong-type');
    expect(await checkFile(file('teksts.edoc', files.odt()))).toBe('wrong-type');
  });

  it('refuses a signed container under a name of another kind', async () => {
    expect(await checkFile(file('iesniegums.docx', files.asice()))).toBe('wrong-type');
  });

  it('offers the e-signed types in the file chooser', () => {
    expect(ACCEPTED_FILES.split(',')).toEqual(expect.arrayContaining(['.edoc', '.asice', '.pdf']));
  });
});
