/**
 * The errors the DynamoDB adapters let through when a write is refused for a reason they do not decide on, named
 * as DynamoDB names them: callers match errors by name, so a fake's refusal reaches them the same way.
 */
export function transactionCanceled(): Error {
  return Object.assign(new Error('Transaction cancelled: a condition failed'), {
    name: 'TransactionCanceledException',
  });
}

export function conditionalCheckFailed(): Error {
  return Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' });
}
