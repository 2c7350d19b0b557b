import request from 'supertest';

/**
 * Opens an order's `payment.checkoutUrl` (our `/orders/{id}/pay?t=…`) as the buyer's browser would, against
 * the app under test (the link's origin is the app's PUBLIC_URL), and answers where it redirected.
 */
export async function openCheckoutLink(baseUrl: string, checkoutUrl: string): Promise<{ status: number; location: string }> {
  const link = new URL(checkoutUrl);
  const res = await request(baseUrl).get(`${link.pathname}${link.search}`).redirects(0);
  return { status: res.status, location: String(res.headers.location ?? '') };
}
