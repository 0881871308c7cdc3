// Registers pdf-import-hook.mjs (used as `node --import` by bench/text.mjs and test/ingest/docx.test.ts).
import { register } from "node:module";

register(new URL("./pdf-import-hook.mjs", import.meta.url));
