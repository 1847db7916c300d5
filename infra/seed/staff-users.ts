import type { StaffRole } from '../../shared/schemas/staff-identity.ts';

/**
 * A staff member of the local sign-in stand-in, with what the Cognito user pool holds for them: a stable `sub`,
 * the sign-in name, the group (from the role), the municipality of a social worker, and the password only as a
 * hash (infra/local/password-hash.ts).
 */
export type StaffAccount = {
  sub: string;
  username: string;
  /** Shown in the staff pages and written to the audit log as who did something. */
  name: string;
  email: string;
  passwordHash: string;
  /**
   * The password is a temporary one, as `aws cognito-idp admin-create-user` gives: the first sign-in asks for a
   * new one (the user pool's FORCE_CHANGE_PASSWORD status and NEW_PASSWORD_REQUIRED challenge).
   */
  temporaryPassword?: boolean;
  /**
   * A code from an authenticator app is asked at every sign-in, as the user pool in AWS asks of everyone. With
   * `totpSecret` (base32) the app is set up already and the code is asked (SOFTWARE_TOKEN_MFA); without it, the
   * next sign-in sets an app up first (MFA_SETUP). Without `mfa`, the password alone signs in.
   */
  mfa?: { totpSecret?: string };
} & (
  | { role: Extract<StaffRole, 'social-worker'>; municipalityCode: string }
  | { role: Extract<StaffRole, 'administrator'> }
);

/**
 * The demo staff of a fresh local system: a social worker for each of the ten municipalities of the pilot round
 * and one administrator, so every view can be tried from the side of each, all signing in with the password
 * alone so the demo stays quick; and two more that show the further steps of a sign-in. The names say plainly
 * that these are demo accounts. The passwords are listed in the README (section "Staff demo accounts") and kept
 * here only as scrypt hashes, each with its own salt.
 */
export const STAFF_DEMO_ACCOUNTS: readonly StaffAccount[] = [
  socialWorker(
    'jelgava',
    'LV-JEL',
    'Jelgavas',
    '27c39247-31a5-4f22-93a4-eb0d69b71247',
    'scrypt$32768$8$1$J+0FR0A1MZqJyyoN7IKjBg==$H5YLxlf0Cfo0Z1bP+tHx9nC/bt0cAWUvS0LaJfAUf6qSvpw00BOkSQe6P/WCj6fN2xpp8NtbZ3/7eW+It81IbA==',
  ),
  socialWorker(
    'bauska',
    'LV-016',
    'Bauskas',
    '237df055-6da2-4ad0-83df-816940e4dc24',
    'scrypt$32768$8$1$qGLcnIJ+SD1yaqSrqAOcWw==$YgPO0BAfLXXR9fDsunDNeNPzV0C3Dl9AoZuZANtvI6NNKFEONUaGSeYLRQS3x33LMlTqECaKT23XYJFa8642/Q==',
  ),
  socialWorker(
    'liepaja',
    'LV-LPX',
    'Liepājas',
    'c9c98886-1c54-4de4-bc34-84049bfb357b',
    'scrypt$32768$8$1$Zq0AFUcGQczQgd9aYsg/bw==$Xy9QiOiv0HFuT0hwT66zPg29zDyqzHGMxk9Bs1RngSRH45sHmKRd/osD+v2HK2PuW3XCGBIgyRndteJDw2IAAg==',
  ),
  socialWorker(
    'talsi',
    'LV-088',
    'Talsu',
    '7184ac86-f395-43d1-8d8e-f080e655ce20',
    'scrypt$32768$8$1$8sSmpiXSyxynDSLIbr0mVQ==$5u7H055fAoDoQLvwvoUSg8fepBYdax2bfHan1SOmycAIewAWGF0cpNjyj8p5ATZfEv00kArVXxK1M+on5sBpmQ==',
  ),
  socialWorker(
    'daugavpils',
    'LV-025',
    'Daugavpils',
    'ac3fdd76-f674-48ab-aab1-e5444331c9b5',
    'scrypt$32768$8$1$ST1ao8cohhi5L+t5jPBPyA==$1SqZ8ePLpTztcZgyHsdGoEs90Y+kfOaU4PCCcrjJFN8aM7l7lmV6o4GXZ8BVU6Q+PQJV5idSLfNKji6UJ4khGQ==',
  ),
  socialWorker(
    'balvi',
    'LV-015',
    'Balvu',
    'd924dfcb-c0ab-402e-9a3a-2a11a7bbe149',
    'scrypt$32768$8$1$kgsNg6/If/LF7mai9Y1x3A==$Zl6/Dp6Q1OSEeH1YxUFgEVlpr8zlsXGm56/pIi7pWRm8E5p0nAPK5cAYJciVSKq76jPStqATdmceQmniapkcNQ==',
  ),
  socialWorker(
    'cesis',
    'LV-022',
    'Cēsu',
    '166d7084-9b4c-4156-8595-c33a064ee497',
    'scrypt$32768$8$1$m7Pp5NdlJkAduuuycJe07g==$Ojq9rgi+HywbDmGHu3B4vuOntwTdLGDDif6kOfMPI7NmKqw/PNAXMKxXBfcJ+JtbMHj/eRB6GtEr77h9RAeF+g==',
  ),
  socialWorker(
    'gulbene',
    'LV-033',
    'Gulbenes',
    'd22ac278-4f4d-4a90-bf77-80b4da914e2b',
    'scrypt$32768$8$1$BJZVES5/HiynLiaJIHfDcw==$4gy/woKZYkz01c1VXTLW/0T4MmrxPqidrHL9WdcQFHrOi1d0ju1toKcgSWBo7uwmJFj7DcwpK3U7gVx5OqrUFQ==',
  ),
  socialWorker(
    'ogre',
    'LV-067',
    'Ogres',
    '482b11d0-7960-4328-9f44-1b0a78ea1a4b',
    'scrypt$32768$8$1$TKoPQwBDQPyAIwqYRY7QeQ==$sJBDO7+gaU2ZPBl/8OU+GaODTop5wOblI2TdLR+18u1hBVfo6aRrh9+2PYJ16ImcFFDeqz+HeGyYjXUm9aibUQ==',
  ),
  socialWorker(
    'tukums',
    'LV-099',
    'Tukuma',
    '3e3b4645-cc66-4bf8-9f42-a66241b02246',
    'scrypt$32768$8$1$gh6lXEU5o5uy3mYlTh7L1w==$TJLakPPzAo4JT+FnozkR62AuX6jNYAUhDFgZnmAF8OciFkSTFZpNw76SEdsggmda54Pcg3zrs+qF5NRSVS0VCQ==',
  ),
  // The next two show the steps the user pool in AWS asks of everyone (README, "Staff demo accounts").
  // A temporary password: the first sign-in chooses a new password, then sets up an authenticator app.
  socialWorker(
    'jelgava-jauns',
    'LV-JEL',
    'Jelgavas jaunais',
    'd1f653b3-f967-4b6b-9358-21789c7e01d1',
    'scrypt$32768$8$1$H5p0uDdakfp9Jroevnhp4g==$Gvnc4q8JYwrC9KazfjSKHgVQdYYGvNAR/iC1U3fMEIB9TGHSgxDyBgVPsv0YCD5V8D8UMVPUMSPPENn0ONgKCA==',
    { temporaryPassword: true, mfa: {} },
  ),
  // The demo password, then a code from an authenticator app set up with this key, which the README gives.
  socialWorker(
    'bauska-kods',
    'LV-016',
    'Bauskas otrais',
    'c3691c36-c5f6-45cb-b76d-3368bc125ef6',
    'scrypt$32768$8$1$VrwTddQuREMGa+6rtGTLUA==$Xw3rvmUIQ0hlR2Bzqq8YTBYajWqv5/xKEMC4rSDYb80QjAlCHZmIqxDqsf7qauvu72mIf6YHvCCPQFlJMfvZqw==',
    { mfa: { totpSecret: 'W3BGKHNMUINK37C44UDLVWCOTFBDA2QQ' } },
  ),
  {
    role: 'administrator',
    sub: '03cd5c49-10ca-40df-a5d4-1ee68c6b47b7',
    username: 'admin',
    name: 'Administrators (demo)',
    email: 'admin.demo@intake.example.lv',
    passwordHash:
      'scrypt$32768$8$1$QKSzzErZFOUjkSDrRZWmfQ==$Gy9nOcNfHOl8m4L5sFgaPOkxU22iwNH59fLUDolxWnX7WPIGFyfDvrvA+YBdW8wG1Kxg/eNeu3rf+GlcrEAf2w==',
  },
];

/** `genitive` is the municipality's name as it reads before "sociālais darbinieks": Bauskas, Cēsu, Tukuma. */
function socialWorker(
  username: string,
  municipalityCode: string,
  genitive: string,
  sub: string,
  passwordHash: string,
  signInSteps: Pick<StaffAccount, 'temporaryPassword' | 'mfa'> = {},
): StaffAccount {
  return {
    role: 'social-worker',
    sub,
    username,
    name: `${genitive} sociālais darbinieks (demo)`,
    email: `${username}.demo@intake.example.lv`,
    municipalityCode,
    passwordHash,
    ...signInSteps,
  };
}
