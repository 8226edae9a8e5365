/** multipart/form-data bodies (GHL's upload endpoints): text parts as strings, files as their name, type and size. */
import type { Row } from './types';

export interface UploadedFile {
  filename: string;
  contentType: string;
  size: number;
}

/** The boundary of a multipart Content-Type, or undefined for any other body. */
export const multipartBoundary = (contentType: unknown) =>
  /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(String(contentType ?? ''))?.[1];

/** Reads a multipart body: `{ name: text }` for text parts, `{ name: UploadedFile }` for files. */
export const parseMultipart = (raw: Buffer, boundary: string): Row => {
  const text = raw.toString('latin1');
  const out: Row = {};
  for (const chunk of text.split(`--${boundary}`).slice(1, -1)) {
    const at = chunk.indexOf('\r\n\r\n');
    if (at < 0) continue;
    const head = chunk.slice(0, at);
    const content = chunk.slice(at + 4).replace(/\r\n$/, '');
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (name === undefined) continue;
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    out[name] =
      filename === undefined
        ? Buffer.from(content, 'latin1').toString('utf8')
        : {
            filename: Buffer.from(filename, 'latin1').toString('utf8'),
            contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream',
            size: Buffer.byteLength(content, 'latin1'),
          };
  }
  return out;
};
