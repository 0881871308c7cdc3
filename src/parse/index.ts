// Parse: lines to tree. A unified processor with our fast mdast parser plugged in, then the tree transforms.
import type { Root } from "mdast";
import { unified, type Plugin, type Processor } from "unified";
import type { SourceText } from "../ingest/source-text.js";
import { parseMarkdown } from "./markdown.js";
import { nestIntroducedPoints } from "./nest-points.js";
import { unwrapNumberedBullets } from "./unwrap-numbered-bullets.js";

/** unified plugin: parse with markdown-it mapped to mdast (see markdown.ts). */
export const minutesParser: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document: string) => parseMarkdown(document);
};

/** The processor: parser, then transforms that mend the list structure text conversion damages. */
export function createProcessor() {
  return unified().use(minutesParser).use(unwrapNumberedBullets).use(nestIntroducedPoints).freeze();
}

const processor = createProcessor();

/** The text the tree's positions count lines of: the source lines, joined. */
export function treeText(source: SourceText): string {
  return source.lines.map((line) => line.text).join("\n");
}

/** Lines to tree: node positions count lines of `treeText(source)`, i.e. indexes into `source.lines` plus one. */
export function parseLines(source: SourceText): Root {
  const text = treeText(source);
  return processor.runSync(processor.parse(text)) as Root;
}
