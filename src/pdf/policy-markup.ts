import path from 'node:path';
import type { Definition, FootnoteDefinition, Heading, List, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { findLetteredRuns, type BlockNode, type LetteredItem } from '#src/cross-references/lettered-paragraphs.ts';
import { pinnedId, plainText } from '#src/cross-references/policy-outline.ts';
import { SectionIds } from '#src/cross-references/section-ids.ts';
import { escapeMarkup, isLabelName, typstString } from './escape.ts';
import { printedLink, type PrintedPlace } from './printed-links.ts';

/** Something in a policy's text that cannot go into a PDF, where it is and what to do. */
export interface MarkupProblem {
  line?: number;
  column?: number;
  message: string;
}

/** An MDX component written in the text (`<Row picture="bus.png">…</Row>`), as a layout sees it. */
export interface ComponentElement {
  name: string;
  /** Attributes written as plain text; an attribute holding code is left out. */
  attributes: Readonly<Record<string, string>>;
  children: readonly unknown[];
  line?: number;
}

/** What a layout's component renderer may use: the converter itself, so every text stays escaped. */
export interface ComponentContext {
  blocks(nodes: readonly unknown[]): string;
  inline(nodes: readonly unknown[]): string;
  /** A component's children as blocks, or as a line of text when it was written on one line. */
  children(nodes: readonly unknown[]): string;
  /** A picture from the policy's folder, checked like `![alt](file)`: a Typst expression such as image("/x/bus.png", alt: "A bus"), or "" after a problem. */
  picture(url: string, alt: string, line?: number): string;
  /**
   * An easy-read picture by its name (mobile-phone): it is not in the policy's folder, so the build hands
   * its bytes to Typst at namedPicturePath(name). A Typst expression such as image(…, alt: "A phone"), or "" after a problem.
   */
  namedPicture(name: string, alt: string, line?: number): string;
}

export type ComponentRenderer = (element: ComponentElement, context: ComponentContext) => string;

export interface MarkupOptions {
  place: PrintedPlace;
  /** The policy's folder as Typst sees it: Typst's root is the policies folder, so "/social-media/". */
  pictureFolder: string;
  /** How this layout shows MDX components, by name. Any other component shows its children. */
  components: Readonly<Record<string, ComponentRenderer>>;
}

export interface PolicyMarkup {
  markup: string;
  problems: MarkupProblem[];
  /** The pictures the markup shows, as Typst finds them under its root ("/social-media/bus.png"). */
  pictures: string[];
  /** The easy-read pictures it shows, by name, each once: the build supplies their files (see namedPicturePath). */
  namedPictures: string[];
}

/**
 * Where Typst finds an easy-read picture. Typst reads only under its root, the policies folder, and the
 * pictures are in node_modules, so the build maps each one's bytes to this path without writing a file.
 * A folder whose name starts with a dot is never a policy's, so the path cannot meet a policy's own file.
 */
export function namedPicturePath(name: string): string {
  return `/.easy-read-pictures/${name}.svg`;
}

const PICTURE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface MdxAttribute { type: string; name?: string; value?: unknown }
interface MdxElement { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: MdxAttribute[]; children: unknown[] }
interface Positioned { position?: { start: { line: number; column: number } } | undefined }

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\s*)*$/;

/**
 * Policy text, from its MDX syntax tree, as Typst markup for the body of a PDF: headings, paragraphs,
 * lists (lettered A, B, C runs stay lettered), links as full addresses, emphasis, tables, pictures with
 * their descriptions, footnotes. All text is escaped (see escape.ts).
 */
export function policyMarkup(tree: Root, options: MarkupOptions): PolicyMarkup {
  return new MarkupWriter(tree, options).write();
}

class MarkupWriter {
  readonly #tree: Root;
  readonly #options: MarkupOptions;
  readonly #problems: MarkupProblem[] = [];
  readonly #definitions = new Map<string, Definition>();
  readonly #footnotes = new Map<string, FootnoteDefinition>();
  readonly #headingLabels = new Map<Heading, string | undefined>();
  readonly #labels = new Set<string>();
  readonly #pictures = new Set<string>();
  readonly #namedPictures = new Set<string>();

  constructor(tree: Root, options: MarkupOptions) {
    this.#tree = tree;
    this.#options = options;
  }

  write(): PolicyMarkup {
    this.#collect();
    const markup = this.#blocks(this.#tree.children, true);
    return { markup, problems: this.#problems, pictures: [...this.#pictures], namedPictures: [...this.#namedPictures] };
  }

  /** Definitions, footnotes and heading ids, which the text can refer to before they appear. */
  #collect(): void {
    const ids = new SectionIds();
    const visit = (node: Nodes) => {
      if (node.type === 'definition') this.#definitions.set(node.identifier, node);
      if (node.type === 'footnoteDefinition') this.#footnotes.set(node.identifier, node);
      if (node.type === 'heading' && node.depth >= 2 && node.depth <= 4) {
        // The same ids as the web page (src/cross-references/section-headings-plugin.ts), so links match.
        const id = ids.next(plainText(node).trim(), pinnedId(node));
        const usable = isLabelName(id) && !this.#labels.has(id);
        if (usable) this.#labels.add(id);
        this.#headingLabels.set(node, usable ? id : undefined);
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(this.#tree);
  }

  #blocks(nodes: readonly unknown[], isRoot = false): string {
    const blocks = nodes as readonly RootContent[];
    const runs = new Map<unknown, LetteredItem[]>();
    const inRun = new Set<unknown>();
    if (isRoot) {
      for (const run of findLetteredRuns(blocks as unknown as BlockNode[])) {
        runs.set(run[0]!.nodes[0], run);
        for (const item of run) for (const node of item.nodes) inRun.add(node);
      }
    }
    const out: string[] = [];
    for (const node of blocks) {
      const run = runs.get(node);
      if (run) out.push(this.#lettered(run));
      else if (!inRun.has(node)) out.push(this.#block(node));
    }
    return out.filter((block) => block !== '').join('\n\n');
  }

  #block(node: RootContent): string {
    switch (node.type) {
      case 'heading': {
        const label = this.#headingLabels.get(node);
        return `#heading(level: ${node.depth})[${this.#inline(node.children)}]${label ? ` <${label}>` : ''}`;
      }
      case 'paragraph':
        if (node.children.length === 1 && node.children[0]!.type === 'image') {
          const image = node.children[0]!;
          const picture = this.#picture(image.url, image.alt ?? '', image);
          return picture ? `#${picture}` : '';
        }
        return this.#inline(node.children);
      case 'list':
        return this.#list(node);
      case 'blockquote':
        return `#quote(block: true)[${this.#blocks(node.children)}]`;
      case 'code':
        return `#raw(block: true, ${typstString(node.value)})`;
      case 'thematicBreak':
        return '#line(length: 100%, stroke: 0.5pt)';
      case 'table':
        return this.#table(node);
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        return '';
      default:
        return this.#mdx(node, 'block');
    }
  }

  #lettered(run: readonly LetteredItem[]): string {
    const items = run.map((item) => {
      const list = item.list as unknown as List | undefined;
      const [, ...rest] = (item.paragraph as unknown as { children: PhrasingContent[] }).children;
      const first = this.#inline([{ type: 'text', value: item.text }, ...rest]);
      return `[${list ? `${first}\n\n${this.#list(list)}` : first}]`;
    });
    return `#enum(numbering: "A.", tight: false, ${items.join(', ')})`;
  }

  #list(list: List): string {
    const items = list.children.map((item) => `[${this.#blocks(item.children)}]`);
    const tight = list.spread === true ? 'false' : 'true';
    if (list.ordered) return `#enum(numbering: "1.", start: ${list.start ?? 1}, tight: ${tight}, ${items.join(', ')})`;
    return `#list(tight: ${tight}, ${items.join(', ')})`;
  }

  #table(table: Table): string {
    const columns = Math.max(1, ...table.children.map((row) => row.children.length));
    const cells = (row: Table['children'][number]) =>
      Array.from({ length: columns }, (_, index) => `[${this.#inline(row.children[index]?.children ?? [])}]`).join(', ');
    const align = Array.from({ length: columns }, (_, index) => table.align?.[index] ?? 'left').join(', ');
    const [header, ...body] = table.children;
    const rows = [`table.header(${header ? cells(header) : ''})`, ...body.map(cells)];
    return `#table(columns: ${columns}, align: (${align},), ${rows.join(', ')})`;
  }

  #inline(nodes: readonly unknown[]): string {
    return (nodes as readonly PhrasingContent[]).map((node) => this.#phrase(node)).join('');
  }

  #phrase(node: PhrasingContent): string {
    switch (node.type) {
      case 'text':
        return escapeMarkup(node.value);
      case 'inlineCode':
        return escapeMarkup(node.value);
      case 'emphasis':
        return `#emph[${this.#inline(node.children)}]`;
      case 'strong':
        return `#strong[${this.#inline(node.children)}]`;
      case 'delete':
        return `#strike[${this.#inline(node.children)}]`;
      case 'break':
        return '#linebreak()';
      case 'link':
        return this.#link(node.url, node.children);
      case 'linkReference': {
        const definition = this.#definitions.get(node.identifier);
        return definition ? this.#link(definition.url, node.children) : `\\[${this.#inline(node.children)}\\]`;
      }
      case 'image':
        return inlinePicture(this.#picture(node.url, node.alt ?? '', node));
      case 'imageReference': {
        const definition = this.#definitions.get(node.identifier);
        return definition ? inlinePicture(this.#picture(definition.url, node.alt ?? '', node)) : escapeMarkup(node.alt ?? '');
      }
      case 'footnoteReference': {
        const footnote = this.#footnotes.get(node.identifier);
        return footnote ? `#footnote[${this.#blocks(footnote.children)}]` : '';
      }
      case 'html':
        return '';
      default:
        return this.#mdx(node, 'inline');
    }
  }

  #link(url: string, children: readonly PhrasingContent[]): string {
    const target = printedLink(url, this.#options.place, this.#labels);
    const destination = target.kind === 'label' ? `label(${typstString(target.name)})` : typstString(target.url);
    const text = children.length > 0 ? this.#inline(children) : escapeMarkup(target.kind === 'url' ? target.url : url);
    return `#link(${destination})[${text}]`;
  }

  /** `image(…)` for a picture in the policy's folder, or nothing and a problem for the owner. */
  #picture(url: string, alt: string, at: Positioned | number | undefined): string {
    const where = typeof at === 'number' ? { line: at } : position(at);
    const name = url.split(/[?#]/)[0] ?? url;
    if (SCHEME.test(url)) {
      this.#problems.push({ ...where, message: `the picture "${url}" is on another website, so it cannot go into the PDF. Save it in the policy's folder and write ![what it shows](${path.posix.basename(name) || 'picture.png'})` });
      return '';
    }
    const folder = this.#options.pictureFolder;
    const file = path.posix.normalize(path.posix.join(folder, safeDecode(name)));
    if (!file.startsWith(folder)) {
      this.#problems.push({ ...where, message: `the picture "${url}" is outside the policy's folder. Save it in the policy's folder and write ![what it shows](${path.posix.basename(name)})` });
      return '';
    }
    if (alt.trim() === '') {
      this.#problems.push({ ...where, message: `the picture "${url}" has no description, so a screen reader cannot say what it shows. Write one in the square brackets, like ![A teacher reading a policy](${url})` });
      return '';
    }
    this.#pictures.add(file);
    return `image(${typstString(file)}, alt: ${typstString(alt.trim())})`;
  }

  #namedPicture(name: string, alt: string, line: number | undefined): string {
    const where = line === undefined ? {} : { line };
    if (!PICTURE_NAME.test(name)) {
      this.#problems.push({ ...where, message: `"${name}" is not a picture name. Write a name from the picture list, like picture="mobile-phone"` });
      return '';
    }
    if (alt.trim() === '') {
      this.#problems.push({ ...where, message: `the picture "${name}" has no description, so a screen reader cannot say what it shows. Write one, like alt="A mobile phone"` });
      return '';
    }
    this.#namedPictures.add(name);
    return `image(${typstString(namedPicturePath(name))}, alt: ${typstString(alt.trim())})`;
  }

  #mdx(node: { type: string } & Positioned, context: 'block' | 'inline'): string {
    if (node.type === 'mdxjsEsm') return '';
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const value = (node as { value?: string }).value ?? '';
      if (COMMENT_ONLY.test(value)) return '';
      this.#problems.push({ ...position(node), message: `the PDF cannot show the code {${value.trim()}}. Write the words themselves instead` });
      return '';
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxElement;
      const renderer = element.name ? this.#options.components[element.name] : undefined;
      if (renderer) return renderer(componentElement(element, node), this.#context());
      return this.#children(element.children);
    }
    this.#problems.push({ ...position(node), message: `the PDF cannot show this part of the text (${node.type}) in the ${context === 'block' ? 'page' : 'sentence'}. Write it as plain text, a list or a table` });
    return '';
  }

  #children(nodes: readonly unknown[]): string {
    const isBlock = nodes.some((child) => isBlockNode(child as { type: string }));
    return isBlock ? this.#blocks(nodes) : this.#inline(nodes);
  }

  #context(): ComponentContext {
    return {
      blocks: (nodes) => this.#blocks(nodes),
      inline: (nodes) => this.#inline(nodes),
      children: (nodes) => this.#children(nodes),
      picture: (url, alt, line) => this.#picture(url, alt, line),
      namedPicture: (name, alt, line) => this.#namedPicture(name.trim(), alt, line),
    };
  }
}

function inlinePicture(picture: string): string {
  return picture ? `#box(${picture})` : '';
}

function componentElement(element: MdxElement, node: Positioned): ComponentElement {
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
  }
  return { name: element.name ?? '', attributes, children: element.children, ...position(node) };
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'table', 'thematicBreak', 'mdxJsxFlowElement', 'mdxFlowExpression']);

function isBlockNode(node: { type: string }): boolean {
  return BLOCK_TYPES.has(node.type);
}

function position(node: Positioned | undefined): { line?: number; column?: number } {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
