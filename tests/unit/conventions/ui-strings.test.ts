/**
 * Every word a reader sees comes from the message catalogue (public/_locales): the pages' and the
 * card's TSX files are parsed with TypeScript and any text that is not from `t()` fails here —
 * JSX text, text-bearing attributes (aria-label, title, placeholder, alt …), strings rendered as
 * children, and prose-like strings anywhere else in the file (labels kept in constants, notices
 * passed to setters). Only punctuation, symbols and digits may be written in place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FOLDERS = ['components', 'entrypoints'];

/** Attributes whose value a reader sees or hears. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'label',
  'placeholder',
  'title',
]);

/** Attributes a reader never perceives; any other attribute (a component's prop) is checked for prose. */
const SILENT_ATTRIBUTES = new Set([
  'accept',
  'class',
  'dateTime',
  'for',
  'href',
  'id',
  'key',
  'lang',
  'name',
  'rel',
  'role',
  'src',
  'target',
  'type',
  'viewBox',
]);

/**
 * Strings written in place on purpose, each with its reason. Matched, never shown: none of them
 * reaches the screen.
 */
const ALLOWED: Record<string, string> = {
  'The sync was cancelled': "the store's English error text, matched to stop Sync all",
};

const HAS_LETTER = /\p{L}/u;
/** Prose: two words, or a capitalised word ("Saving", "Every hour"). */
const PROSE = /\p{L}{2,}[,.:;!?…]*\s+\p{L}|^\s*\p{Lu}\p{Ll}/u;

function tsxFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => join(ROOT, folder, name));
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Text pieces of a string-like node (a template's static parts). */
function pieces(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  return [];
}

const isStringLike = (node: ts.Node) =>
  ts.isStringLiteral(node) ||
  ts.isNoSubstitutionTemplateLiteral(node) ||
  ts.isTemplateExpression(node);

/** Strings a rendered expression can evaluate to (through ?:, ??, ||, &&, parentheses). */
function renderedStrings(node: ts.Expression): ts.Node[] {
  if (isStringLike(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return renderedStrings(node.expression);
  if (ts.isConditionalExpression(node))
    return [...renderedStrings(node.whenTrue), ...renderedStrings(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.AmpersandAmpersandToken,
    ].includes(node.operatorToken.kind)
  )
    return [...renderedStrings(node.left), ...renderedStrings(node.right)];
  return [];
}

/** Whether a string sits where it is code, not text: an import, a type, a key, a comparison. */
function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent)) return true;
  if (
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      parent.operatorToken.kind,
    )
  )
    return true;
  // A string given to a call is the call's business (t('key'), join(' · '), a selector) …
  // … except text passed where it will be shown: checked by PROSE below all the same.
  return false;
}

/** Whether a string is the value of an attribute a reader never perceives (class, id, href …). */
function isSilentAttribute(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at)) {
      const name = at.name.getText();
      return SILENT_ATTRIBUTES.has(name) || name.startsWith('data-');
    }
    if (ts.isJsxElement(at) || ts.isJsxSelfClosingElement(at) || ts.isJsxFragment(at)) return false;
  }
  return false;
}

export function hardCodedStrings(file: string, source: string): Finding[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const flag = (node: ts.Node, text: string) => {
    if (!HAS_LETTER.test(text) || ALLOWED[text.trim()] !== undefined) return;
    const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push({ file: relative(ROOT, file), line, text: text.trim() });
  };
  const flagged = new Set<ts.Node>();
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) flag(node, node.text);
    else if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) {
        flagged.add(value);
        flag(value, value.text);
      } else if (value && ts.isJsxExpression(value) && value.expression)
        for (const string of renderedStrings(value.expression)) {
          flagged.add(string);
          for (const piece of pieces(string)) flag(string, piece);
        }
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      for (const string of renderedStrings(node.expression)) {
        flagged.add(string);
        for (const piece of pieces(string)) flag(string, piece);
      }
    else if (isStringLike(node) && !flagged.has(node) && !isCode(node) && !isSilentAttribute(node))
      for (const piece of pieces(node)) if (PROSE.test(piece)) flag(node, piece);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('user-visible strings come from the message catalogue', () => {
  const files = FOLDERS.flatMap(tsxFiles);

  test('the pages and the card are all checked', () => {
    const names = files.map((file) => relative(ROOT, file));
    expect(names).toContain('entrypoints/content/card/CardView.tsx');
    expect(names).toContain('entrypoints/popup/App.tsx');
    expect(names).toContain('entrypoints/options/FeedsSection.tsx');
    expect(names).toContain('entrypoints/sidepanel/figure/RolesSection.tsx');
  });

  test.each(files.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
    expect(hardCodedStrings(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('the check itself', () => {
  const check = (source: string) =>
    hardCodedStrings(join(ROOT, 'components/Example.tsx'), source).map((f) => f.text);

  test.each([
    ['JSX text', 'const x = <p>Loading…</p>;', ['Loading…']],
    ['an aria-label', 'const x = <button aria-label="Close" />;', ['Close']],
    ['a title from a template', 'const x = <span title={`${n} mentions`} />;', ['mentions']],
    ['a placeholder', 'const x = <input placeholder="Search…" />;', ['Search…']],
    ['a rendered conditional', 'const x = <p>{busy ? "Saving" : t("k")}</p>;', ['Saving']],
    ['a label kept in a constant', 'const LABELS = { off: "Off" };', ['Off']],
    ['a notice given to a setter', 'setNotice(`Removed ${title}.`);', ['Removed']],
    ['a component prop', 'const x = <Brand subtitle="Article store" />;', ['Article store']],
  ])('flags %s', (_what, source, expected) => {
    expect(check(source)).toEqual(expected);
  });

  test.each([
    ['text from t()', 'const x = <p>{t("popup_onThisTab_heading")}</p>;'],
    ['punctuation and symbols', 'const x = <p>{a} · {b} – “{c}” … →</p>;'],
    ['silent attributes', 'const x = <a class="link row" href="#/" rel="noreferrer noopener" />;'],
    ['comparisons and types', 'type K = "figure" | "choose"; if (kind === "Some Kind") f();'],
    ['imports', 'import { x } from "@/components/Brand";'],
  ])('allows %s', (_what, source) => {
    expect(check(source)).toEqual([]);
  });
});
