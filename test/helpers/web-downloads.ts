import type { Page } from 'playwright-core';

/**
 * The file the browser saves while `press` runs (a press of a download button, by keyboard or by mouse): the
 * name it suggests, its bytes, and its bytes read as UTF-8 text (a CSV file, JSON).
 */
export async function savedFile(page: Page, press: () => Promise<unknown>) {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  // Read through the connection: the file is saved where the run's Chromium runs, not necessarily here.
  const contents = Buffer.concat(await (await download.createReadStream()).toArray());
  return { fileName: download.suggestedFilename(), bytes: new Uint8Array(contents), text: contents.toString('utf8') };
}
