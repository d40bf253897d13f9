// Every page leaves with its CSP <meta> first in <head> (at build time for static pages, and in dev).
import { defineMiddleware } from 'astro:middleware';
import { cspFirst } from './lib/html/csp-first.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = cspFirst(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
