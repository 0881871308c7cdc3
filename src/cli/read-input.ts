// Reading an input at the edge: a file (refused before reading when over the size limit) or standard input.
import { open } from "node:fs/promises";
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

/** The bytes of a file, or of stdin for "-". A file over the limit is refused from its size, without reading it. */
export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path === "-") return readStdin(maxBytes);
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new MinutesError("E_TOO_LARGE", `the file is ${size} bytes, over the limit of ${maxBytes} (see --max-bytes)`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
