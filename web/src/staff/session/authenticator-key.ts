/** The name the authenticator app shows above the account's codes. It may hold no colon (Key URI Format). */
export const AUTHENTICATOR_ISSUER = 'Sociālo pakalpojumu pieteikumi';

/** The key in groups of four, as it is easiest to read and type: `ABCD EFGH IJKL …`. */
export function groupedKey(secretCode: string): string {
  return (secretCode.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The `otpauth://totp/…` address an authenticator app opens to add the account: the user pool's codes are
 * RFC 6238 with SHA-1, 6 digits and 30 seconds, which the address states for apps that do not assume them.
 */
export function authenticatorLink(secretCode: string, username: string): string {
  const issuer = encodeURIComponent(AUTHENTICATOR_ISSUER);
  const query = new URLSearchParams({
    secret: secretCode.replace(/\s/g, ''),
    issuer: AUTHENTICATOR_ISSUER,
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  return `otpauth://totp/${issuer}:${encodeURIComponent(username)}?${query.toString().replace(/\+/g, '%20')}`;
}
