// Where the add-in is served from. Manifests and functions.json are written against the
// development server; a production build substitutes the public address, as Microsoft's
// templates do. Plain CommonJS: webpack.config.js and the tests both load it.
"use strict";

const DEV_URL = "https://localhost:3000/";
/** The development server's bare origin, as manifest.json's validDomains names it. */
const DEV_ORIGIN = new URL(DEV_URL).origin;

/** The production address from ADDIN_PUBLIC_URL (https, ending in "/"), or null when unset. */
function publicUrl(env = process.env) {
  const raw = (env.ADDIN_PUBLIC_URL || "").trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL "${raw}" is not a URL; give the https address the add-in is served from, e.g. https://addins.example.org/commitments/`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be https (Office loads add-ins only over https); got ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Every development URL in a manifest (or functions.json) pointed at `url` instead, and every
 * bare development origin (validDomains: "https://localhost:3000") at the production origin.
 */
function substituteUrls(text, url) {
  if (!url) return text;
  return text.split(DEV_URL).join(url).split(DEV_ORIGIN).join(new URL(url).origin);
}

module.exports = { DEV_URL, publicUrl, substituteUrls };
