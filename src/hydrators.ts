/**
 * Zapier file hydrators: a search returns `z.dehydrateFile(hydrators.<name>, { path })`, and the
 * file is fetched only when a later step uses it. The download goes through the shared request
 * layer (base URL, bearer token, Version header, error messages) and is streamed straight into
 * `z.stashFile` with `raw: true`, so the file is never held in memory as a whole.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { ghlRequest } from './http';

type Hydrator = (z: ZObject, bundle: Bundle) => Promise<string>;

/** A hydrator that streams one GHL path into Zapier's file storage. */
const ghlFile =
  (allowed: RegExp, scopes: string[], action: string, target: string): Hydrator =>
  async (z, bundle) => {
    const path = String(bundle.inputData?.path ?? '');
    // The payload is signed by Zapier, but a hydrator only ever fetches the paths it was made for.
    if (!allowed.test(path)) throw new z.errors.Error(`Cannot download "${path.slice(0, 80)}": not a GHL file path.`, 'InvalidFile', 400);
    const response = ghlRequest(z, { method: 'GET', path, raw: true, ghl: { scopes, action, target } });
    return z.stashFile(response as any);
  };

/** One encoded path segment, never `.` or `..`. */
const SEGMENT = '(?!\\.{1,2}(?:/|$))[^/?#]+';
const MESSAGE_READ = ['conversations/message.readonly'];

export const hydrators: Record<string, (...args: any[]) => unknown> = {
  /** A call recording (audio/x-wav) of a message. */
  messageRecording: ghlFile(
    new RegExp(`^/conversations/messages/${SEGMENT}/locations/${SEGMENT}/recording$`),
    MESSAGE_READ,
    'downloading a call recording',
    'The call recording',
  ),
  /** A call transcription as a text file. */
  messageTranscription: ghlFile(
    new RegExp(`^/conversations/locations/${SEGMENT}/messages/${SEGMENT}/transcription/download$`),
    MESSAGE_READ,
    'downloading a call transcription',
    'The call transcription',
  ),
};
