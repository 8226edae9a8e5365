/**
 * Files a step sends to GHL: the download of a Zapier file (a URL) and the multipart/form-data
 * body GHL's upload endpoints take. Used by Upload File to Custom Field and Upload File to Media
 * Library. The body is built here, as a Buffer, rather than with the form-data package: it has a
 * known length, needs no dependency beyond core, and the same file always gives the same bytes.
 */
import { createHash, randomBytes } from 'crypto';
import type { ZObject } from 'zapier-platform-core';

export interface FilePart {
  content: Buffer;
  filename: string;
  contentType: string;
}

/** The parts of a multipart body: text values, or files. Undefined values are left out. */
export type MultipartFields = Record<string, string | FilePart | undefined>;

/** A header value that cannot break out of its quotes or line. */
const quoted = (value: string) => value.replace(/[\r\n"\\]/g, '_');

/** The multipart/form-data body of `fields`, and its Content-Type (with the boundary). */
export const multipartBody = (fields: MultipartFields): { body: Buffer; contentType: string } => {
  const boundary = `----ghl-zapier-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const isFile = typeof value !== 'string';
    const head = [
      `--${boundary}`,
      `Content-Disposition: form-data; name="${quoted(name)}"${isFile ? `; filename="${quoted(value.filename)}"` : ''}`,
      ...(isFile ? [`Content-Type: ${quoted(value.contentType)}`] : []),
      '',
      '',
    ].join('\r\n');
    chunks.push(Buffer.from(head, 'utf8'), isFile ? value.content : Buffer.from(value, 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
};

/** An id for a file from its content: the same file always gets the same id. */
export const fileId = (file: FilePart) => createHash('sha1').update(file.content).digest('hex').slice(0, 24);

const filenameOf = (disposition: string | null | undefined, url: string): string => {
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition ?? '')?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1];
  let fromUrl = '';
  try {
    fromUrl = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    fromUrl = '';
  }
  let name = plain ?? fromUrl;
  if (star) {
    try {
      name = decodeURIComponent(star.trim());
    } catch {
      // keep the plain name
    }
  }
  return name.trim() || 'file';
};

/**
 * Downloads a file the step was given (Zapier hands file inputs over as URLs). The request goes
 * through z.request like every other, and the shared middlewares add GHL's token only for GHL's
 * own host. Nothing has been sent to GHL yet, so a failure that may pass (a dropped connection, a
 * 5xx, a 429 of the file's host) is retried by Zapier; a refused download is said as it is.
 */
export const downloadFile = async (z: ZObject, url: string, what: string, maxBytes?: number): Promise<FilePart> => {
  let res: { status: number; headers: { get: (name: string) => string | null }; arrayBuffer: () => Promise<ArrayBuffer> };
  try {
    res = (await z.request({ url, method: 'GET', raw: true, skipThrowForStatus: true } as any)) as any;
  } catch (err) {
    throw new z.errors.ThrottledError(`${what}: the file could not be downloaded (${(err as Error).message}); Zapier will try again.`, 30);
  }
  if (res.status === 429 || res.status >= 500) {
    throw new z.errors.ThrottledError(`${what}: the file's host answered ${res.status}; Zapier will try again.`, 30);
  }
  if (res.status >= 400) {
    throw new z.errors.Error(
      `${what}: the file could not be downloaded (HTTP ${res.status}). Check that the file URL is public and still valid. Nothing was sent to GHL.`,
      'FileDownload',
      400,
    );
  }
  const content = Buffer.from(await res.arrayBuffer());
  if (maxBytes !== undefined && content.length > maxBytes) {
    throw new z.errors.Error(
      `${what}: the file is ${(content.length / 1048576).toFixed(1)} MB, and GHL accepts at most ${maxBytes / 1048576} MB. Nothing was sent to GHL.`,
      'FileTooLarge',
      400,
    );
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
  return { content, filename: filenameOf(res.headers.get('content-disposition'), url), contentType: type || 'application/octet-stream' };
};
