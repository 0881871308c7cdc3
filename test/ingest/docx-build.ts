// Word documents for the tests, built with the docx package: Word's own list numbering, heading styles and tables.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

/** The minutes every docx test reads, as plain text: what a reader of the Word document sees, numbers and all. */
export const PLAIN_MINUTES = `Anytown Parish Council

Minutes of the meeting held on Tuesday 3 September 2024 at 7.30pm in the Village Hall

Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown, Cllr E Green

Apologies: Cllr D White

1. Apologies

Apologies were received and accepted from Cllr D White.

2. Declarations of Interest

None.

3. Minutes of the Previous Meeting

RESOLVED: That the minutes of the meeting held on 2 July 2024 be approved as a true record.

4. Playing Field

The Clerk reported that the goalposts need repair.

It was proposed by Cllr Jones, seconded by Cllr Brown and agreed unanimously that the goalposts be repaired at a cost of £250.

5. Finance

(a) The bank reconciliation was received.

(b) Payments were approved as listed.

RESOLVED:

1. That the accounts for August be approved.

2. That the budget for 2025 be considered in November.

6. Date of Next Meeting

The next meeting will be held on Tuesday 5 November 2024.
`;

const ITEMS = "items";
const CLAUSES = "clauses";

function item(title: string): Paragraph {
  return new Paragraph({ numbering: { reference: ITEMS, level: 0 }, heading: HeadingLevel.HEADING_2, children: [new TextRun(title)] });
}

function cell(text: string): TableCell {
  return new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph(text)] });
}

/** The same minutes as a Word document: items and sub-points in Word's numbering, attendance in a table. */
export async function numberedMinutesDocx(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: ITEMS,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: "(%2)", alignment: AlignmentType.LEFT },
          ],
        },
        { reference: CLAUSES, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Anytown Parish Council")] }),
          new Paragraph("Minutes of the meeting held on Tuesday 3 September 2024 at 7.30pm in the Village Hall"),
          new Table({
            rows: [
              new TableRow({ children: [cell("Present:"), cell("Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown, Cllr E Green")] }),
              new TableRow({ children: [cell("Apologies:"), cell("Cllr D White")] }),
            ],
          }),
          item("Apologies"),
          new Paragraph("Apologies were received and accepted from Cllr D White."),
          item("Declarations of Interest"),
          new Paragraph("None."),
          item("Minutes of the Previous Meeting"),
          new Paragraph("RESOLVED: That the minutes of the meeting held on 2 July 2024 be approved as a true record."),
          item("Playing Field"),
          new Paragraph("The Clerk reported that the goalposts need repair."),
          new Paragraph(
            "It was proposed by Cllr Jones, seconded by Cllr Brown and agreed unanimously that the goalposts be repaired at a cost of £250.",
          ),
          item("Finance"),
          new Paragraph({ numbering: { reference: ITEMS, level: 1 }, text: "The bank reconciliation was received." }),
          new Paragraph({ numbering: { reference: ITEMS, level: 1 }, text: "Payments were approved as listed." }),
          new Paragraph("RESOLVED:"),
          new Paragraph({ numbering: { reference: CLAUSES, level: 0 }, text: "That the accounts for August be approved." }),
          new Paragraph({ numbering: { reference: CLAUSES, level: 0 }, text: "That the budget for 2025 be considered in November." }),
          item("Date of Next Meeting"),
          new Paragraph("The next meeting will be held on Tuesday 5 November 2024."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
