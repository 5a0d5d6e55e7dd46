import { pinyin } from 'pinyin-pro';

/**
 * Lexemes for searching Chinese and English names. Chinese has no spaces, so
 * a name is indexed by its characters and character bigrams; pinyin (from the
 * pinyin-pro dictionary, polyphones read in context) is indexed as syllables,
 * and as the full spelling and initials from every syllable on, so that a
 * prefix query finds "zhengzhou", "gaoxin" or "zzgx" in 郑州高新区.
 */
const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[a-z0-9]+/gu;

export interface NameLexemes {
  chinese: string[];
  english: string[];
  pinyin: string[];
  initials: string[];
}

export function nameLexemes(nameZh: string, nameEn: string | null): NameLexemes {
  const chinese = new Set<string>();
  for (const run of nameZh.toLowerCase().match(RUNS) ?? []) {
    if (!HAN.test(run)) {
      chinese.add(run);
      continue;
    }
    const chars = [...run];
    chars.forEach((c, i) => {
      chinese.add(c);
      if (i + 1 < chars.length) chinese.add(c + chars[i + 1]);
    });
  }
  const english = new Set(nameEn?.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? []);
  const syllables = (nameZh.match(/\p{Script=Han}+/gu) ?? []).flatMap((run) => pinyin(run, { toneType: 'none', type: 'array', v: true }));
  const pinyinLexemes = new Set<string>(syllables);
  const initials = new Set<string>();
  syllables.forEach((_, i) => {
    pinyinLexemes.add(syllables.slice(i).join(''));
    initials.add(syllables.slice(i).map((s) => s[0]).join(''));
  });
  return { chinese: [...chinese], english: [...english], pinyin: [...pinyinLexemes], initials: [...initials] };
}

/** A tsquery for what a person typed: every Chinese bigram (or the character) and every word as a prefix, all required. */
export function searchQuery(text: string): string | null {
  const terms: string[] = [];
  for (const run of text.toLowerCase().normalize('NFKC').match(RUNS) ?? []) {
    if (HAN.test(run)) {
      const chars = [...run];
      if (chars.length === 1) terms.push(`'${chars[0]}'`);
      for (let i = 0; i + 1 < chars.length; i++) terms.push(`'${chars[i]}${chars[i + 1]}'`);
    } else {
      terms.push(`'${run}':*`);
    }
  }
  return terms.length ? [...new Set(terms)].join(' & ') : null;
}

/** A PostgreSQL text[] literal of lexemes (Han characters and [a-z0-9] only, so nothing needs escaping). */
export function lexemeArray(lexemes: readonly string[]): string {
  return `{${lexemes.filter((l) => /^[\p{Script=Han}a-z0-9]+$/u.test(l)).join(',')}}`;
}
