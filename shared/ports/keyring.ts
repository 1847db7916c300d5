/** Secret-keyed operations on personal data. Keys never leave the adapter. */
export interface Keyring {
  /** HMAC-SHA-256 of a normalised personal code, hex: equal codes give equal hashes within one deployment. */
  personalCodeHash(normalisedCode: string): string;
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /** The applicant's access code for a reference; derived, so it is never stored. */
  accessCode(reference: string): string;
}
