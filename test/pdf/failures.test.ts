// Bad inputs give the right MinutesError code: encrypted, truncated, not a PDF, no text layer, garbage text layer.
import { describe, expect, it } from "vitest";
import { MinutesError, type MinutesErrorCode } from "../../src/errors.js";
import { readPdf } from "../../src/ingest/pdf/index.js";
import { fixture, makePdf } from "./helpers.js";

async function codeOf(promise: Promise<unknown>): Promise<MinutesErrorCode | "no error"> {
  try {
    await promise;
    return "no error";
  } catch (error) {
    expect(error).toBeInstanceOf(MinutesError);
    return (error as MinutesError).code;
  }
}

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

describe("failures", () => {
  it("an encrypted PDF needs its password", async () => {
    const bytes = await makePdf({ userPassword: "secret", ownerPassword: "owner" }, (doc) => {
      doc.fontSize(12).text("The meeting opened at 7pm and the minutes were approved.", 72, 72);
    });
    expect(await codeOf(readPdf(bytes))).toBe("E_PDF_ENCRYPTED");
    expect(await codeOf(readPdf(bytes, { password: "wrong" }))).toBe("E_PDF_ENCRYPTED");
    const opened = await readPdf(bytes, { password: "secret" });
    expect(opened.lines.map((line) => line.text)).toEqual(["The meeting opened at 7pm and the minutes were approved."]);
  });

  it("a truncated PDF is corrupt", async () => {
    const whole = fixture("kent-cc-cabinet_2025-01-09.pdf");
    expect(await codeOf(readPdf(whole.slice(0, Math.floor(whole.length / 2))))).toBe("E_PDF_CORRUPT");
    const small = await makePdf({}, (doc) => doc.text("Hello", 72, 72));
    expect(await codeOf(readPdf(small.slice(0, small.length - 200)))).toBe("E_PDF_CORRUPT");
  });

  it("PNG bytes and empty input are not a PDF", async () => {
    expect(await codeOf(readPdf(PNG_BYTES))).toBe("E_PDF_CORRUPT");
    expect(await codeOf(readPdf(new Uint8Array(0)))).toBe("E_PDF_CORRUPT");
  });

  it("a page with only a drawing has no text layer", async () => {
    const bytes = await makePdf({}, (doc) => {
      doc.rect(100, 100, 200, 150).fill("#336699");
    });
    expect(await codeOf(readPdf(bytes, { ocr: "never" }))).toBe("E_PDF_NO_TEXT");
  });

  it("the Horsley minutes render fine but their text layer is garbage (refused without OCR)", async () => {
    expect(await codeOf(readPdf(fixture("horsley-parish-council_2014-03-18.pdf"), { ocr: "never" }))).toBe("E_PDF_UNREADABLE_TEXT");
  });

  it("the caller's buffer is left intact (pdf.js gets a copy)", async () => {
    const bytes = fixture("milburn-parish-council_2016-07-05.pdf");
    const length = bytes.length;
    await readPdf(bytes);
    expect(bytes.length).toBe(length);
    expect(bytes.byteLength).toBe(length);
  });
});
