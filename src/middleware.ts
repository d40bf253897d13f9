// Every page leaves with its CSP <meta> first in <head> (at build time for static pages, and in dev).
// Under `astro dev` only, a page also waits for a pending re-check and carries the banner of the content's problems.
import { defineMiddleware } from 'astro:middleware';
import { cspFirst } from './lib/html/csp-first.ts';
import { devRegistry } from './lib/problems/dev-registry.ts';
import { devBanner, devErrorPage, withDevBanner } from './lib/problems/dev-banner.ts';
import { siteModel } from './lib/site/model.ts';
import { pageFiles } from './lib/site/page-files.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const registry = import.meta.env.DEV ? devRegistry() : undefined;
  if (!registry) {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    const html = cspFirst(await response.text());
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
  // Dev: render the content as last checked, never the state halfway through a save.
  await registry.settled();
  const banner = () => devBanner(registry.problems, registry.entries, pageFiles(siteModel(), context.url.pathname));
  let response: Response;
  try {
    response = await next();
  } catch (err) {
    // A page the broken content keeps from rendering still lists the problems, with the error under them.
    if (!registry.problems.length) throw err;
    return new Response(devErrorPage(banner(), err), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withDevBanner(cspFirst(await response.text()), banner());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
