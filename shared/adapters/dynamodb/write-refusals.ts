import type { CancellationReason } from '@aws-sdk/client-dynamodb';

/*
 * How DynamoDB says a conditional write did not happen. Errors are told by name rather than `instanceof`, so
 * errors from another copy of the SDK (or injected in tests) match too.
 */

/** A single write whose condition failed: another write came first, and nothing of this one was stored. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Whether a single conditional write was stored: false when its condition failed, any other error thrown. */
export async function conditionHeld(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * The cancellation reason of each write of a cancelled transaction, in the order of its writes (`None` for a write
 * that was not at fault); `undefined` for any other error.
 */
export function cancellationReasons(error: unknown): CancellationReason[] | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  return (error as { CancellationReasons?: CancellationReason[] }).CancellationReasons ?? [];
}

/** The reason code of each write of a cancelled transaction; none for any other error. */
export function cancellationCodes(error: unknown): string[] {
  return (cancellationReasons(error) ?? []).map((reason) => reason.Code ?? 'None');
}
