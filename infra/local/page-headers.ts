/**
 * The security headers of every HTML page of the web app. A deployment must set the same on its pages (on the CDN
 * in front of the app), with the document bucket's origin as the upload origin.
 *
 * Scripts, styles and requests stay on the page's own origin; the one exception is the document storage, which
 * the browser posts presigned upload forms to directly.
 */
export function pageSecurityHeaders(uploadOrigins: readonly string[]): Record<string, string> {
  const uploads = uploadOrigins.map((origin) => ` ${origin}`).join('');
  const policy = [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    `connect-src 'self'${uploads}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${uploads}`,
  ];
  return {
    'content-security-policy': policy.join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
}
