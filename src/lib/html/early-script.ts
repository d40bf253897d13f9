// The one inline script: run in <head> before first paint, it applies the reader's saved bottom-line audience, so
// nothing moves after the page appears (its hash goes into the CSP, since Astro does not hash inline scripts).
import { createHash } from 'node:crypto';

/** Marks the page as scripted and restores the saved audience ("clinician" unless the reader chose "patient"). */
export const EARLY_SCRIPT =
  "document.documentElement.classList.add('js');try{if(localStorage.getItem('audience')==='patient')document.documentElement.dataset.audience='patient'}catch(e){}";

/** The CSP source expression allowing exactly that script. */
export const EARLY_SCRIPT_HASH = `sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}` as const;
