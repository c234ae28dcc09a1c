/** The static server stays in its folder and sends the headers it is given. */
import { expect, test } from 'vitest';
import { serveStatic } from '../../../../scripts/lib/static-server';

test('the static server serves fixtures and refuses paths outside its folder', async () => {
  const server = await serveStatic('tests/fixtures');
  try {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(server.url('pages/article.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/pages/../../package.json',
      '/nope.html',
    ]) {
      expect((await fetch(`${server.origin}${path}`)).status).toBe(404);
    }
    expect((await fetch(server.url('pages/article.html'))).status).toBe(200);
  } finally {
    await server.close();
  }
});

test('the static server adds the headers it is given (the store bench asks for cross-origin isolation)', async () => {
  const server = await serveStatic('tests/fixtures', 0, {
    'cross-origin-opener-policy': 'same-origin',
  });
  try {
    const page = await fetch(server.url('pages/article.html'));
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('content-type')).toContain('text/html');
  } finally {
    await server.close();
  }
});

test('the static server adds per-file headers (a fixture served with a strict CSP)', async () => {
  const strictCsp: Record<string, string> = { 'content-security-policy': "default-src 'none'" };
  const server = await serveStatic('tests/fixtures', 0, {}, (path) =>
    path === 'pages/empty.html' ? strictCsp : {},
  );
  try {
    const strict = await fetch(server.url('pages/empty.html'));
    expect(strict.headers.get('content-security-policy')).toBe("default-src 'none'");
    const other = await fetch(server.url('pages/article.html'));
    expect(other.headers.get('content-security-policy')).toBeNull();
  } finally {
    await server.close();
  }
});
