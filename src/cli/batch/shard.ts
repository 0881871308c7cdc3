// CI sharding: a stable FNV-1a hash of each input's path relative to the input root picks the one shard that converts it.
import { InvalidArgumentError } from "commander";

export interface Shard {
  /** 1-based index of this shard. */
  index: number;
  /** Number of shards. */
  count: number;
}

/** "2/5" → { index: 2, count: 5 }; anything else (0/3, 4/3, 1/0, x) is a usage error. */
export function parseShard(spec: string): Shard {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(spec);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError("expected i/n with 1 ≤ i ≤ n, e.g. 2/4");
  }
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-8 bytes of the text: the same number on every machine and Node version. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Shard key: the path relative to the input root, with / separators and NFC, so it is the same on every runner. */
export function shardKey(relativePath: string): string {
  return relativePath.split("\\").join("/").normalize("NFC");
}

/** Whether the input with this relative path belongs to the shard. Every path is in exactly one of the n shards. */
export function inShard(relativePath: string, shard: Shard): boolean {
  return fnv1a32(shardKey(relativePath)) % shard.count === shard.index - 1;
}
