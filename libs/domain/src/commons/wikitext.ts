/**
 * Wikitext that notice text can never break out of. Every character that wikitext, templates or the HTML
 * sanitiser give a meaning to is written as a numeric character reference, so `}}[[Category:Spam]]{{` renders
 * as those characters and does nothing: no template closes, no link or category is made, no tag opens, no
 * signature (`~~~~`) or magic word (`__NOTOC__`) expands, no line starts a list or heading.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '{': '&#123;',
  '}': '&#125;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '=': '&#61;',
  '~': '&#126;',
  '_': '&#95;',
  '*': '&#42;',
  '#': '&#35;',
  ':': '&#58;',
  ';': '&#59;',
  '!': '&#33;',
};

const SPECIAL = /[&<>"'{}[\]|=~_*#:;!]/g;

/** Notice text as inert wikitext on one line (line breaks become spaces: a new line could start markup). */
export function escapeWikitext(text: string | null | undefined): string {
  if (text == null) return '';
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(SPECIAL, (char) => ENTITIES[char])
    .trim();
}

/**
 * A name of a template or category that we put in the page ourselves (from museum or person settings, not from
 * notice text): only plain title characters are accepted, anything else is refused rather than escaped.
 */
export function isSafeWikiTitle(name: string | null | undefined): name is string {
  return !!name && name.length <= 200 && !/[{}[\]|<>#\n\r~]|''/.test(name) && name.trim() === name && name !== '';
}

/** Commons' language templates: `{{fr|1=…}}` with the text escaped (the `1=` keeps an `=` in the text harmless). */
export function languageText(values: Partial<Record<'fr' | 'en' | 'es', string | null | undefined>>): string {
  return (['fr', 'en', 'es'] as const)
    .filter((lang) => values[lang]?.trim())
    .map((lang) => `{{${lang}|1=${escapeWikitext(values[lang])}}}`)
    .join(' ');
}
