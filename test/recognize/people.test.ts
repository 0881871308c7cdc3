// Lists of people: honorifics distributed, chairs marked, initials and hyphens kept, positions set apart.
import { describe, expect, it } from "vitest";
import { recognizeAttendance } from "../../src/recognize/attendance.js";
import { parseGuests } from "../../src/recognize/item-attendance.js";
import { looksLikeName, parsePeople } from "../../src/recognize/people.js";
import { snippet } from "./helpers.js";

const names = (text: string) => parsePeople(text).map((p) => [p.honorific, p.name, p.role]);

describe("parsePeople", () => {
  it("reads a column of surnames one a line as that many people, and a title opening a line as a new entry", () => {
    expect(names("Harris\nJay\nNicholas\nWebb").map(([, name]) => name)).toEqual(["Harris", "Jay", "Nicholas", "Webb"]);
    expect(names("Chairman Stuart\nVice Chairman Squire\nCouncillor Caunce")).toEqual([
      ["Chairman", "Stuart", "chair"],
      ["Vice Chairman", "Squire", "vice_chair"],
      ["Councillor", "Caunce", null],
    ]);
    // a given name cut from its surname by the line's end is one person
    expect(names("Nial\nDixon").map(([, name]) => name)).toEqual(["Nial Dixon"]);
  });

  it("reads 'Councillor Brent (in the Chair); Councillors Ismail, Adair and T. Collingham'", () => {
    expect(names("Councillor Brent (in the Chair); Councillors Ismail, Adair and T. Collingham.")).toEqual([
      ["Councillor", "Brent", "chair"],
      ["Councillor", "Ismail", null],
      ["Councillor", "Adair", null],
      ["Councillor", "T. Collingham", null],
    ]);
  });
  it("reads Kent's 'Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell, Ms S Hamilton (Vice-Chairman)'", () => {
    expect(names("Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell, Ms S Hamilton (Vice-Chairman)")).toEqual([
      ["Mr", "R W Gough", "chair"],
      ["Mr", "N Baker", null],
      ["Mrs", "C Bell", null],
      ["Ms", "S Hamilton", "vice_chair"],
    ]);
  });
  it("keeps bracketed offices as positions, and stops distributing at the next honorific", () => {
    expect(parsePeople("Cllrs A Jones, B Smith, Mrs A Beer (Chief Executive) and Dr Anjan Ghosh (Director of Public Health)").map(({ name, honorific, role, position }) => ({ name, honorific, role, position }))).toEqual([
      { name: "A Jones", honorific: "Councillor", role: null, position: null },
      { name: "B Smith", honorific: "Councillor", role: null, position: null },
      { name: "A Beer", honorific: "Mrs", role: null, position: "Chief Executive" },
      { name: "Anjan Ghosh", honorific: "Dr", role: null, position: "Director of Public Health" },
    ]);
  });
  it("keeps a plural title's kind over a courtesy title: 'Cllrs Howells, Mrs Kay and Ms McDonagh' are three councillors", () => {
    expect(parsePeople("Cllrs Howells, Mrs Kay and Ms McDonagh").map((p) => [p.honorific, p.name, p.titleKind])).toEqual([
      ["Councillor", "Howells", "member"],
      ["Mrs", "Kay", "member"],
      ["Ms", "McDonagh", "member"],
    ]);
    // so a list of councillors that ends with them keeps them among the members, where a clerk after them is not
    const { ctx, blocks } = snippet("Present: Cllr N Hackett (Chairman)\nCllr A Caudwell (Vice Chairman)\nCllrs Howells, Mrs Kay and Ms McDonagh");
    const attendance = recognizeAttendance(ctx, blocks);
    expect(attendance.present.map((p) => p.name)).toEqual(["N Hackett", "A Caudwell", "Howells", "Kay", "McDonagh"]);
    expect(attendance.in_attendance).toEqual([]);
  });
  it("reads a councillor of another tier by any spelling of the title: 'District Cllr Carter', 'County Cllr Mrs Binns', 'Borough Councillors A and B'", () => {
    expect(names("Cllr Mrs Clarke, District Cllr Carter, District Cllr Mrs Sims and County Cllr Mrs Binns")).toEqual([
      ["Councillor", "Clarke", null],
      ["District Councillor", "Carter", null],
      ["District Councillor", "Sims", null],
      ["County Councillor", "Binns", null],
    ]);
    expect(names("Borough Councillors Amos and Baker")).toEqual([
      ["Borough Councillor", "Amos", null],
      ["Borough Councillor", "Baker", null],
    ]);
  });
  it("reads a name followed by its handle as the name; a handle alone is the name", () => {
    expect(names("Bryan Hughes @nebrius (CommComm), Tracy Hinds @hackygolucky, @bnb")).toEqual([
      [null, "Bryan Hughes", null],
      [null, "Tracy Hinds", null],
      [null, "@bnb", null],
    ]);
  });
  it("reads a given name and the initial of a surname as a person ('Tim D.', 'Phil W'), but not a surname before its initial", () => {
    expect(parsePeople("Ben, Tim D., Phil W, Nick B., Jamie Ross").map((p) => p.name)).toEqual(["Ben", "Tim D.", "Phil W", "Nick B.", "Jamie Ross"]);
    expect(looksLikeName("Smith J")).toBe(false);
  });

  it("keeps hyphenated and apostrophised names whole", () => {
    expect(names("Councillors Cary-Anne Sykes, O'Brien & Smith-Jones")).toEqual([
      ["Councillor", "Cary-Anne Sykes", null],
      ["Councillor", "O'Brien", null],
      ["Councillor", "Smith-Jones", null],
    ]);
  });
  it("does not split inside brackets", () => {
    expect(parsePeople("Mr A Smith (Leader, Cabinet), Mr B Jones").map((p) => [p.name, p.position])).toEqual([["A Smith", "Leader, Cabinet"], ["B Jones", null]]);
  });
});

describe("looksLikeName", () => {
  it("tells people from offices", () => {
    expect(looksLikeName("Mark Cummins")).toBe(true);
    expect(looksLikeName("Councillor Cusworth")).toBe(true);
    expect(looksLikeName("T. Collingham")).toBe(true);
    expect(looksLikeName("Young Peoples Services")).toBe(false);
    expect(looksLikeName("the Cabinet Member for Children's")).toBe(false);
    expect(looksLikeName("SEND Transformation Project Lead")).toBe(false);
  });
});

describe("parseGuests (people welcomed to an item)", () => {
  it("pairs names with positions, splitting 'Position and Name'", () => {
    expect(
      parseGuests(
        "Councillor Cusworth, the Cabinet Member for Children's and Young Peoples Services, Helen Sweatton, Joint Assistant Director for Commissioning and Performance and Mark Cummins, SEND Transformation Project Lead.",
      ),
    ).toEqual([
      { name: "Cusworth", honorific: "Councillor", position: "Cabinet Member for Children's and Young Peoples Services" },
      { name: "Helen Sweatton", honorific: null, position: "Joint Assistant Director for Commissioning and Performance" },
      { name: "Mark Cummins", honorific: null, position: "SEND Transformation Project Lead" },
    ]);
  });
  it("drops a trailing 'who was in attendance to …' clause", () => {
    expect(parseGuests("Jayne Fitzgerald, Strategic Director of Rotherham Parent Carers Forum, who was in attendance to represent parents.")).toEqual([
      { name: "Jayne Fitzgerald", honorific: null, position: "Strategic Director of Rotherham Parent Carers Forum" },
    ]);
  });
});

describe("recognizeAttendance", () => {
  const attendance = (text: string) => {
    const { ctx, blocks } = snippet(text);
    return recognizeAttendance(ctx, blocks);
  };
  it("reads 'Present:-' and 'Apologies for Absence:- Apologies were received from …'", () => {
    const a = attendance("Present:- Councillor Brent (in the Chair); Councillors Ismail, Adair.\n\nApologies for Absence:- Apologies were received from Councillors Bower, Garnett and Monk.");
    expect(a.present.map((p) => p.name)).toEqual(["Brent", "Ismail", "Adair"]);
    expect(a.apologies.map((p) => [p.honorific, p.name])).toEqual([["Councillor", "Bower"], ["Councillor", "Garnett"], ["Councillor", "Monk"]]);
    expect(a.present[0]!.source).toEqual({ line: 1, end_line: 1, page: null });
    expect(a.apologies[0]!.source.line).toBe(3);
  });
  it("reads 'PRESENT:', 'Apologies: …', 'Absent:' and 'In attendance:' labels", () => {
    const a = attendance("PRESENT: Mr R W Gough (Chairman), Mr N Baker\n\nApologies: Mrs S Prendergast\n\nAbsent: Mr P Oakford\n\nIN ATTENDANCE: Mrs A Beer (Chief Executive)");
    expect(a.present.map((p) => p.name)).toEqual(["R W Gough", "N Baker"]);
    expect(a.apologies.map((p) => p.name)).toEqual(["S Prendergast"]);
    expect(a.absent.map((p) => p.name)).toEqual(["P Oakford"]);
    expect(a.in_attendance).toMatchObject([{ name: "A Beer", honorific: "Mrs", position: "Chief Executive" }]);
  });
  it("reads 'Apologies for absence were received from …' without a label of its own", () => {
    expect(attendance("Apologies for absence were received from Cllr J Smith and Cllr K Lee.").apologies.map((p) => p.name)).toEqual(["J Smith", "K Lee"]);
  });
  it("reads a label of several words with no colon, the names straight after its head word: 'Those Attending Mrs T Mann (Chair) …'", () => {
    const a = attendance("Those Attending Mrs T Mann (Chair) Mrs S Lansdell-Williams (Vice-Chair) Mrs M Leamon, Mr D Summers, Mrs C Hardy (Clerk)");
    expect(a.present.map((p) => [p.name, p.role])).toEqual([["T Mann", "chair"], ["S Lansdell-Williams", "vice_chair"], ["M Leamon", null], ["D Summers", null]]);
    // a council's clerk beside members whose chair alone is marked is its officer, not a member
    expect(a.in_attendance.map((p) => [p.name, p.position])).toEqual([["C Hardy", "Clerk"]]);
    // words before names that are no label stay no label
    expect(attendance("Those attending the workshop were thanked by the Chair.").present).toEqual([]);
  });
  it("keeps an association's treasurer beside its marked chair among the members", () => {
    const a = attendance("Present: Brian Harrison (Chairman), Ray Thompson, Tim Read (Treasurer)");
    expect(a.present.map((p) => p.name)).toEqual(["Brian Harrison", "Ray Thompson", "Tim Read"]);
  });
  it("gives no one for 'Apologies: None'", () => {
    expect(attendance("Apologies: None").apologies).toEqual([]);
  });
});
