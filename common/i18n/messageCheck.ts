// What a translated text must keep from the English one before it may replace a shipped text: it parses as an ICU
// message (on FormatJS's parser, the one intl-messageformat formats the catalogues with), names exactly the English
// text's placeholders ("{count}" neither missing nor renamed, or the screen would show "{antal}" or lose the number),
// and uses only the plural forms its language has in CLDR (Arabic's "two" means nothing in Swedish).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { languageInfo, type LanguageCode } from './languages.ts';

function placeholdersOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      placeholdersOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) placeholdersOf(option.value, into);
  }
  return into;
}

function pluralFormProblem(elements: readonly MessageFormatElement[], lang: LanguageCode): string | null {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      const inner = pluralFormProblem(element.children, lang);
      if (inner) return inner;
    }
    if (element.type !== TYPE.plural && element.type !== TYPE.select) continue;
    if (element.type === TYPE.plural) {
      const forms = new Intl.PluralRules(languageInfo(lang).locale, { type: element.pluralType }).resolvedOptions().pluralCategories as string[];
      const foreign = Object.keys(element.options).find((form) => !/^=\d+$/.test(form) && !forms.includes(form));
      if (foreign) return `"${foreign}" is not a plural form of ${languageInfo(lang).name} (it has ${forms.join(', ')})`;
    }
    for (const option of Object.values(element.options)) {
      const inner = pluralFormProblem(option.value, lang);
      if (inner) return inner;
    }
  }
  return null;
}

const list = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');

/** Why `text` cannot stand in for the English `english` in `lang`, or null when it can. */
export function translationProblem(text: string, english: string, lang: LanguageCode): string | null {
  let elements: MessageFormatElement[];
  try {
    elements = parse(text, { ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    const kind = String((error as Error).message).toLowerCase().replaceAll('_', ' ');
    const at = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    return `not a valid ICU message (${kind}${at === undefined ? '' : ` at character ${at + 1}`}); write a literal { or } as '{' or '}'`;
  }
  const wanted = [...placeholdersOf(parse(english, { ignoreTag: true }))];
  const found = placeholdersOf(elements);
  const missing = wanted.filter((name) => !found.has(name));
  const foreign = [...found].filter((name) => !wanted.includes(name));
  if (missing.length > 0 || foreign.length > 0) {
    const parts = [
      ...(missing.length > 0 ? [`placeholder ${list(missing)} is missing`] : []),
      ...(foreign.length > 0 ? [`${list(foreign)} is not a placeholder of this text`] : []),
    ];
    return `${parts.join(', and ')} (the English has ${wanted.length > 0 ? list(wanted) : 'none'})`;
  }
  return pluralFormProblem(elements, lang);
}
