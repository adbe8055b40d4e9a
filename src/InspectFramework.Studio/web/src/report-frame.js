// Shows an HTML document of the tooling (the `inspect docs` standards document, the `inspect score`
// ratings report) inside a sandboxed frame: no scripts run there, nothing in it can reach the page.
//
// The page's Content-Security-Policy has no 'unsafe-inline', and a srcdoc frame inherits it, so the
// documents' own <style> element and style attributes would be refused there. Their styles are
// applied through the CSS object model instead, which the policy does not govern: the <style> text
// as a constructed style sheet of the frame's document, each style attribute through
// `element.style.cssText`. That loosens nothing for the page itself, and only the documents' CSS gets
// in (CSS runs no code; images and fetches stay limited by img-src and connect-src). The frame is
// same-origin without scripts (sandbox="allow-same-origin") so that the page can do this, and so
// that a new version of a document replaces the old one's body in place, keeping the reader's scroll
// position, without a reload that flashes blank.

const Skeleton = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>';

export class ReportFrame {
  /**
   * @param {HTMLIFrameElement} frame
   * @param {string} extraCss styles the page adds inside the frame (the highlight of the current item)
   */
  constructor(frame, extraCss = '') {
    this.frame = frame;
    this.extraCss = extraCss;
    frame.setAttribute('sandbox', 'allow-same-origin');
    this.ready = new Promise((resolve) => frame.addEventListener('load', () => resolve(undefined), { once: true }));
    frame.srcdoc = Skeleton;
    this.styleText = null;
  }

  /** Replaces the document shown by `html`. */
  async show(html) {
    await this.ready;
    const target = this.frame.contentDocument;
    const view = this.frame.contentWindow;
    if (!target || !view) return;
    // The style sheets are taken out as text before parsing: a <style> element in a parsed document
    // is checked against the policy (and refused, with a report), even in an inert one. The tooling
    // escapes every text it writes, so '<style>' and '</style>' there can only be its own tags.
    let styleText = '';
    for (let open = html.indexOf('<style>'); open >= 0; open = html.indexOf('<style>', open)) {
      const close = html.indexOf('</style>', open);
      if (close < 0) break;
      styleText += html.slice(open + '<style>'.length, close) + '\n';
      html = html.slice(0, open) + html.slice(close + '</style>'.length);
    }
    // Parsed inert: DOMParser documents run no scripts and load nothing.
    const source = new DOMParser().parseFromString(html, 'text/html');
    if (styleText !== this.styleText) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(styleText + '\n' + this.extraCss);
      target.adoptedStyleSheets = [sheet];
      this.styleText = styleText;
    }
    for (const element of source.querySelectorAll('script, style, link, meta[http-equiv]')) element.remove();
    target.documentElement.lang = source.documentElement.lang;
    target.title = source.title;
    // Style attributes are moved aside before the body enters the frame (where the policy would
    // refuse them, with a console report each) and set again through the object model.
    for (const element of source.querySelectorAll('[style]')) {
      element.setAttribute('data-studio-style', element.getAttribute('style') ?? '');
      element.removeAttribute('style');
    }
    const body = target.importNode(source.body, true);
    for (const element of body.querySelectorAll('[data-studio-style]')) {
      /** @type {HTMLElement} */ (element).style.cssText = element.getAttribute('data-studio-style') ?? '';
      element.removeAttribute('data-studio-style');
    }
    target.body.replaceWith(body);
  }

  /** Shows nothing. */
  async clear() {
    await this.ready;
    this.frame.contentDocument?.body.replaceChildren();
  }

  /** Scrolls the element with this id to the top of the frame and marks it as the current item. */
  follow(id) {
    const target = this.frame.contentDocument;
    if (!target) return;
    for (const old of target.querySelectorAll('.studio-current')) old.classList.remove('studio-current');
    const element = id ? target.getElementById(id) : null;
    if (!element) return;
    element.classList.add('studio-current');
    element.scrollIntoView({ block: 'start' });
  }

  /** The text shown, for tests and the accessible summary. */
  text() {
    return this.frame.contentDocument?.body?.textContent ?? '';
  }
}
