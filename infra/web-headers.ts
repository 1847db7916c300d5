/** The origins, besides their own, that the pages of the web app talk to. */
export interface PageOrigins {
  /** The document storage, which the browser posts presigned upload forms to and reads presigned links from. */
  uploadOrigins: readonly string[];
  /** Services the pages call with `fetch` only: the staff sign-in (the Cognito user pool in AWS). */
  connectOrigins: readonly string[];
}

/**
 * The security headers of every HTML page of the web app, set by both hosts of the app: the local host on its
 * pages, and the CloudFront distribution (`constructs/web-distribution.ts`) through its response headers policy,
 * with the documents bucket's regional endpoint as the upload origin and the user pool's endpoint as a connect
 * origin. The distribution adds HSTS, which means nothing on the local host's plain HTTP.
 *
 * Scripts, styles and requests stay on the page's own origin; the exceptions are the document storage, which the
 * browser posts upload forms to and staff pages read documents from, and the staff sign-in, which it sends
 * usernames and passwords to. Images may also be `blob:` URLs: a staff page shows a scanned document from the
 * bytes it read, so no file is saved. PDF documents are drawn by the staff app's own script and worker ('self'):
 * no plugin is needed, and `object-src 'none'` keeps `object` and `embed` out altogether.
 */
export function pageSecurityHeaders({ uploadOrigins, connectOrigins }: PageOrigins): Record<string, string> {
  const uploads = uploadOrigins.map((origin) => ` ${origin}`).join('');
  const connects = [...new Set([...uploadOrigins, ...connectOrigins])].map((origin) => ` ${origin}`).join('');
  const policy = [
    "default-src 'self'",
    "object-src 'none'",
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "script-src 'self'",
    `connect-src 'self'${connects}`,
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
