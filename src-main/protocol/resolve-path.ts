import path from 'node:path';
import { isAppUrl } from '../security/trusted-url';
import { contentTypeFor } from './content-type';

export type AppRequestResolution =
  | { kind: 'file'; filePath: string; contentType: string }
  | { kind: 'rejected'; status: 400 | 403; reason: string };

/** A `.` or `..` segment, literal or percent-encoded, anywhere in the raw URL. */
const DOT_SEGMENT = /(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i;

function reject(status: 400 | 403, reason: string): AppRequestResolution {
  return { kind: 'rejected', status, reason };
}

/**
 * Map an `app://cobalt/...` URL to a file inside the renderer build folder, or say why not.
 * Dot segments are refused in the raw URL, before the URL parser would quietly collapse them.
 * Each path segment is then decoded on its own and refused if it could climb or jump out of the
 * folder (`%2f`, `\`, a drive letter, NUL, any dot-file); a final containment check backs that up. Paths without an extension are client-side routes and get index.html (SPA fallback).
 * Pure apart from path arithmetic: whether the file exists is the caller's 404 to give.
 */
export function resolveAppRequest(url: string, distDir: string): AppRequestResolution {
  if (!isAppUrl(url)) return reject(403, 'not our origin');
  if (DOT_SEGMENT.test(url)) return reject(403, 'dot segment in path');
  const root = path.resolve(distDir);
  const rawSegments = new URL(url).pathname.split('/').filter((s) => s !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return reject(400, 'malformed percent-encoding');
    }
    if (/[/\\:\0]/.test(segment) || segment.startsWith('.')) {
      return reject(403, `refused path segment ${JSON.stringify(segment)}`);
    }
    segments.push(segment);
  }
  const last = segments.at(-1);
  const extension = last === undefined ? '' : path.extname(last);
  const relative = extension === '' ? ['index.html'] : segments;
  const filePath = path.join(root, ...relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return reject(403, 'outside the app folder');
  }
  return { kind: 'file', filePath, contentType: contentTypeFor(path.extname(filePath)) };
}
