// Reading an input at the edge: a file (refused before reading when over the size limit) or standard input.
import { open, type FileHandle } from "node:fs/promises";
import { MinutesError } from "../errors.js";

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new MinutesError("E_TOO_LARGE", `standard input is over the limit of ${maxBytes} bytes (see --max-bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Bytes read at a time from a file that has no size (a device, a FIFO). */
const CHUNK = 64 * 1024;

/** Read until the end or until just over the limit: a device such as /dev/zero, or a FIFO, may never end. */
async function readBounded(handle: FileHandle, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) return Buffer.concat(chunks, size);
    size += bytesRead;
    if (size > maxBytes) throw new MinutesError("E_TOO_LARGE", `the input is over the limit of ${maxBytes} bytes (see --max-bytes)`);
    chunks.push(buffer.subarray(0, bytesRead));
  }
}

/**
 * The bytes of a file, or of stdin for "-". A file over the limit is refused from its size, without reading it; a
 * device or FIFO (no size to go by) is read only up to the limit.
 */
export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path === "-") return readStdin(maxBytes);
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (!info.isFile()) return await readBounded(handle, maxBytes);
    if (info.size > maxBytes) throw new MinutesError("E_TOO_LARGE", `the file is ${info.size} bytes, over the limit of ${maxBytes} (see --max-bytes)`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
