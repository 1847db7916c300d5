import type { ApiAnswer } from '../../api/use-data.ts';
import type { ProtocolResponse } from '../api/types.ts';

/** One answer of the protocol: its rows from `from`, and the rest of the document. */
type ReadPage = (from: number) => Promise<ApiAnswer<ProtocolResponse>>;

/**
 * The whole protocol, read answer by answer: each holds a bounded page of rows, so a municipality of tens of
 * thousands is read in several. The document is the same in each; the rows are put together in order.
 */
export async function wholeProtocol(readPage: ReadPage): Promise<ApiAnswer<ProtocolResponse>> {
  const first = await readPage(0);
  if (!first.ok) return first;
  const rows = [...first.data.rows];
  while (rows.length < first.data.total) {
    const next = await readPage(rows.length);
    if (!next.ok) return next;
    // A page with no rows would never end the reading: the protocol changed under it, so read it again.
    if (next.data.rows.length === 0 || next.data.number !== first.data.number) return wholeProtocol(readPage);
    rows.push(...next.data.rows);
  }
  return { ok: true, data: { ...first.data, rows, from: 0 } };
}
