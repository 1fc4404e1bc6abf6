/**
 * The only way the viewer builds DOM: elements with properties and children,
 * where strings always become text nodes. There is no innerHTML anywhere, so
 * a label like `<img src=x onerror=alert(1)>` shows as those characters.
 */

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  title?: string;
  role?: string;
  hidden?: boolean;
  href?: string;
  type?: string;
  /** aria-* and data-* attributes, and a few safe plain ones. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
  style?: Partial<Record<'background' | 'backgroundColor' | 'borderColor' | 'color' | 'left' | 'width' | 'top', string>>;
}

const SAFE_ATTR =
  /^(aria-[a-z]+|data-[a-z-]+|tabindex|for|name|value|min|max|step|rel|target|download|lang|dir|placeholder|autocomplete|spellcheck|accept|checked|disabled|colspan)$/;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.title) el.title = props.title;
  if (props.role) el.setAttribute('role', props.role);
  if (props.hidden) el.hidden = true;
  if (props.type) el.setAttribute('type', props.type);
  if (props.href !== undefined && el instanceof HTMLAnchorElement) el.href = props.href;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (v === undefined || v === false) continue;
    if (!SAFE_ATTR.test(k)) throw new Error(`dom: attribute ${k} is not allowed`);
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [k, fn] of Object.entries(props.on ?? {})) el.addEventListener(k, fn as EventListener);
  if (props.style) Object.assign(el.style, props.style);
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

export function $(selector: string, root: ParentNode = document): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`missing element ${selector}`);
  return el;
}

/** A safe link target: http(s) URLs only (never `javascript:`). */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
