// Every regular expression in src/**/*.ts, found with the TypeScript compiler API: literals, and `new RegExp(…)` whose parts are known.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** A pattern as written in the sources, with the place it is written. */
export interface FoundRegex {
  /** "src/recognize/people.ts:45" */
  where: string;
  source: string;
  flags: string;
  /** "literal" for /…/, "constructed" for new RegExp(…) whose source is composed from constants and call-site arguments. */
  kind: "literal" | "constructed";
}

/** A `new RegExp(…)` whose source is not known from the code alone (a run-time value in it). */
export interface UnresolvedRegex {
  where: string;
  /** The constructor call as written. */
  text: string;
  /** The identifiers whose values could not be found. */
  unknowns: string[];
}

/** Run-time values of identifiers in a constructed pattern, given by hand: `file` and the identifier's name. */
export interface DynamicPart {
  file: string;
  identifier: string;
  /** Values the identifier takes at run time, as the code builds them. */
  samples: string[];
}

export interface Inventory {
  found: FoundRegex[];
  unresolved: UnresolvedRegex[];
  files: number;
}

/** All .ts files under `dir`, sorted, declaration files excluded. */
export function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f))
    .sort();
}

/** Possible string values of an expression; `unknowns` collects what could not be evaluated. */
type Values = string[];
const MAX_VALUES = 64;

class Evaluator {
  readonly unknowns = new Set<string>();
  constructor(
    private readonly sf: ts.SourceFile,
    private readonly dynamic: DynamicPart[],
    private readonly file: string,
    /** A callback parameter bound to one element of the array it maps: a regular-expression literal. */
    private readonly bound: { name: string; literal: ts.RegularExpressionLiteral } | null = null,
  ) {}

  values(node: ts.Expression, raw = false): Values | null {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return this.values(node.expression, raw);
    if (ts.isStringLiteral(node)) return [node.text];
    if (ts.isNoSubstitutionTemplateLiteral(node)) return [raw ? (node.rawText ?? node.text) : node.text];
    if (ts.isTemplateExpression(node)) {
      let acc: Values = [raw ? (node.head.rawText ?? node.head.text) : node.head.text];
      for (const span of node.templateSpans) {
        const inner = this.values(span.expression);
        if (!inner) return null;
        const tail = raw ? (span.literal.rawText ?? span.literal.text) : span.literal.text;
        acc = product(acc, inner).map((v) => v + tail);
      }
      return acc;
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(this.sf) === "String.raw") return this.values(node.template, true);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.values(node.left);
      const right = this.values(node.right);
      return left && right ? product(left, right) : null;
    }
    if (ts.isIdentifier(node)) return this.identifier(node);
    // `pattern.source`, `pattern.flags` of a literal bound by `[/…/, …].map((pattern) => new RegExp(…))`
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === this.bound?.name) {
      const { source, flags } = literalParts(this.bound.literal);
      if (node.name.text === "source") return [source];
      if (node.name.text === "flags") return [flags];
    }
    this.unknowns.add(node.getText(this.sf));
    return null;
  }

  /** A const's initializer, a for-of variable over an array literal, or a parameter of a local function: the arguments at its call sites. */
  private identifier(id: ts.Identifier): Values | null {
    const given = this.dynamic.find((d) => d.file === this.file && d.identifier === id.text);
    if (given) return given.samples;
    const decl = findDeclaration(id);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && isConst(decl)) return this.values(decl.initializer);
    if (decl && ts.isVariableDeclaration(decl) && ts.isForOfStatement(decl.parent.parent) && ts.isArrayLiteralExpression(decl.parent.parent.expression)) {
      const out: Values = [];
      for (const element of decl.parent.parent.expression.elements) {
        const v = this.values(element);
        if (!v) return null;
        out.push(...v);
      }
      return out;
    }
    if (decl && ts.isParameter(decl)) {
      const fn = decl.parent;
      const index = fn.parameters.indexOf(decl);
      const name = functionName(fn);
      if (name) {
        const out: Values = [];
        for (const call of callsOf(this.sf, name)) {
          const arg = call.arguments[index];
          const v = arg ? this.values(arg) : null;
          if (!v) return null;
          out.push(...v);
        }
        if (out.length > 0) return out;
      }
    }
    this.unknowns.add(id.text);
    return null;
  }
}

function literalParts(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const slash = node.text.lastIndexOf("/");
  return { source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) };
}

/** The literals a `[/…/, …].map((p) => …)` callback's parameter runs over, when the constructor call is in such a callback. */
function mappedLiterals(node: ts.Node): { name: string; literals: ts.RegularExpressionLiteral[] } | null {
  for (let fn: ts.Node | undefined = node.parent; fn; fn = fn.parent) {
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) continue;
    const call = fn.parent;
    const param = fn.parameters[0];
    if (!param || !ts.isIdentifier(param.name) || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return null;
    if (call.expression.name.text !== "map" || !ts.isArrayLiteralExpression(call.expression.expression)) return null;
    const elements = call.expression.expression.elements;
    if (!elements.every((e) => e.kind === ts.SyntaxKind.RegularExpressionLiteral)) return null;
    return { name: param.name.text, literals: elements as unknown as ts.RegularExpressionLiteral[] };
  }
  return null;
}

function product(a: Values, b: Values): Values {
  const out: Values = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out.slice(0, MAX_VALUES);
}

function isConst(decl: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0;
}

/** The declaration an identifier refers to, by lexical scope within its file (parameters, consts, for-of variables). */
function findDeclaration(id: ts.Identifier): ts.Node | null {
  for (let scope: ts.Node | undefined = id.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      const p = scope.parameters.find((param) => ts.isIdentifier(param.name) && param.name.text === id.text);
      if (p) return p;
    }
    if (ts.isForOfStatement(scope) && ts.isVariableDeclarationList(scope.initializer)) {
      const d = scope.initializer.declarations.find((v) => ts.isIdentifier(v.name) && v.name.text === id.text);
      if (d) return d;
    }
    if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const d = statement.declarationList.declarations.find((v) => ts.isIdentifier(v.name) && v.name.text === id.text);
        if (d) return d;
      }
    }
  }
  return null;
}

function functionName(fn: ts.SignatureDeclaration): string | null {
  if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name.text;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return null;
}

function callsOf(sf: ts.SourceFile, name: string): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return calls;
}

function isRegExpConstructor(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp";
}

/** Find every regular expression in the given files; `root` makes the reported paths relative. */
export function inventory(root: string, files: string[], dynamic: DynamicPart[] = []): Inventory {
  const found: FoundRegex[] = [];
  const unresolved: UnresolvedRegex[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        found.push({ where: where(node), ...literalParts(node as ts.RegularExpressionLiteral), kind: "literal" });
      } else if (isRegExpConstructor(node)) {
        const mapped = mappedLiterals(node);
        const bindings = mapped ? mapped.literals.map((literal) => ({ name: mapped.name, literal })) : [null];
        for (const bound of bindings) {
          const evaluator = new Evaluator(sf, dynamic, file, bound);
          const [sourceArg, flagsArg] = node.arguments ?? [];
          const sources = sourceArg ? evaluator.values(sourceArg) : null;
          const flags = flagsArg ? evaluator.values(flagsArg) : [""];
          if (sources && flags) {
            for (const source of new Set(sources)) for (const f of new Set(flags)) found.push({ where: where(node), source, flags: f, kind: "constructed" });
          } else {
            unresolved.push({ where: where(node), text: node.getText(sf), unknowns: [...evaluator.unknowns] });
            break;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, unresolved, files: files.length };
}
