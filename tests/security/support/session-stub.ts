/**
 * Who the sweep is signed in as. The tests replace Auth.js's `auth()` (which needs a Next.js request) with
 * `stubbedAuth`; everything behind it — the user re-read from the database, the role, the permission table — is
 * the portal's own code.
 */
let signedInUserId: number | null = null;

export function signInAs(userId: number | null): void {
  signedInUserId = userId;
}

export async function stubbedAuth(): Promise<{ user: { id: string }; expires: string } | null> {
  if (signedInUserId === null) return null;
  return { user: { id: String(signedInUserId) }, expires: new Date(Date.now() + 3_600_000).toISOString() };
}
