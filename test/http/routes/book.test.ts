import { type RunningApp, startTestApp } from '../../helpers/test-app';
import { API_TOKEN, StaffApi } from '../../helpers/staff-api';

describe('GET /book/:serviceId', () => {
  let running: RunningApp;
  // A fresh app per test: the click counts one test reads are its own clicks only.
  beforeEach(async () => {
    running = await startTestApp({ env: { STAFF_API_TOKEN: API_TOKEN } });
  });
  afterEach(() => running.close());

  const get = (path: string) => fetch(`${running.url}${path}`, { redirect: 'manual' });

  it('counts the click and redirects to the booking page from services.yaml', async () => {
    const response = await get('/book/mld-60?c=abcDEF123_-xyz');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://book.willow-lymph.example/services/mld-60');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    await get('/book/mld-60');
    await get('/book/post-op-package?c=abcDEF123_-xyz');
    const { body } = await new StaffApi(running.url).call('GET', '/staff/api/bookings');
    expect(body.services).toEqual([
      { serviceId: 'mld-60', offers: 0, clicks: 2 },
      { serviceId: 'post-op-package', offers: 0, clicks: 1 },
    ]);
  });

  it.each([
    '/book/mld-60?c=x&url=https://evil.example/',
    '/book/mld-60?redirect=%2F%2Fevil.example',
    '/book/mld-60?next=https:%2F%2Fevil.example&c=abcdefgh1234',
  ])('never redirects anywhere the request names: %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!).host).toBe('book.willow-lymph.example');
  });

  it.each(['/book/hot-stones', '/book/%2F%2Fevil.example', '/book/https:%2F%2Fevil.example', '/book/..%2Fstaff'])(
    'answers 404 for what is not a service: %s',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('location')).toBeNull();
    },
  );
});
