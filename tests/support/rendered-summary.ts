/**
 * A job summary as a reader sees it: the Markdown rendered to HTML by a CommonMark + GFM
 * renderer (markdown-it: HTML blocks end at a blank line and tables render as GitHub's do, so a
 * stray line break in outside text would show here as it would on GitHub), read back as a DOM,
 * and its mermaid blocks checked by mermaid's own parser.
 */
import MarkdownIt from 'markdown-it';
import { JSDOM } from 'jsdom';

const markdown = new MarkdownIt({ html: true, linkify: true });

/** The summary's HTML as a document to query. */
export function renderGfm(text: string): Document {
  return new JSDOM(`<!doctype html><body>${markdown.render(text)}</body>`).window.document;
}

/** The text of each ```mermaid block, as mermaid receives it (entities decoded). */
export function mermaidBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('pre > code.language-mermaid')].map((c) => c.textContent ?? '');
}

/** Mermaid's defaults (maxEdges, maxTextSize), past which GitHub shows an error, not a chart. */
export const MERMAID_MAX_EDGES = 500;
export const MERMAID_MAX_TEXT = 50_000;

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Promise<Mermaid> | null = null;

/**
 * Mermaid's parser under Node: it sanitizes with DOMPurify, which needs a window when it is
 * first imported, so a jsdom one is set up before the import.
 */
function loadMermaid(): Promise<Mermaid> {
  mermaid ??= (async () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    Object.assign(globalThis, { window, document: window.document });
    const loaded = (await import('mermaid')).default;
    loaded.initialize({ startOnLoad: false });
    return loaded;
  })();
  return mermaid;
}

/** Throws what mermaid (or GitHub's limits on it) would refuse in `text`. */
export async function checkMermaid(text: string): Promise<void> {
  if (text.length > MERMAID_MAX_TEXT) {
    throw new Error(`mermaid text of ${text.length} characters, over ${MERMAID_MAX_TEXT}`);
  }
  // Mermaid counts edges itself (maxEdges), but says so only once past its default.
  await (await loadMermaid()).parse(text);
}
