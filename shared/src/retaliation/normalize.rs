//! Text normalisation that keeps a map back to the original text.
//!
//! Workers type on phones: with or without accents, Vietnamese tones or Arabic vowel marks, with
//! several spellings of the same Amharic sound, with full-width Chinese punctuation. Matching must
//! not depend on any of that, but every signal must still point at the exact words the worker
//! wrote, so each normalised character remembers the byte range of the original character it came
//! from.

/// Word separator (any run of spaces, symbols and most punctuation).
pub(crate) const SPACE: char = ' ';
/// Clause separator (comma, colon, dash, brackets): negation does not reach across it.
pub(crate) const CLAUSE: char = ',';
/// Sentence separator (full stop, exclamation mark, semicolon, new line, `።`, `。`).
pub(crate) const SENTENCE: char = '.';
/// A sentence separator that ended a question.
pub(crate) const QUESTION: char = '?';

/// Normalised text: one entry per normalised character in each vector.
pub(crate) struct Normalized {
    /// The normalised characters: lowercase, unaccented, unified letters and the four separators.
    pub chars: Vec<char>,
    /// Byte offset in the original text where the source character of each character starts.
    pub starts: Vec<usize>,
    /// Byte offset in the original text where the source character of each character ends.
    pub ends: Vec<usize>,
    /// Whether each character was inside quotation marks (quoted speech is somebody talking).
    pub quoted: Vec<bool>,
}

/// Rank of a separator; 0 for a letter. When separators meet, the strongest one survives.
fn strength(c: char) -> u8 {
    match c {
        SPACE => 1,
        CLAUSE => 2,
        SENTENCE => 3,
        QUESTION => 4,
        _ => 0,
    }
}

/// Whether `c` counts as part of a word (letters and digits of any script, and the apostrophe the
/// normaliser keeps only inside words such as "didn't" or Somali "la'aan").
pub(crate) fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// Han ideographs: Chinese has no spaces, so each ideograph is its own token.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Ethiopic syllables (Amharic).
pub(crate) fn is_ethiopic(c: char) -> bool {
    matches!(c as u32, 0x1200..=0x137F)
}

impl Normalized {
    fn with_capacity(n: usize) -> Self {
        Normalized {
            chars: Vec::with_capacity(n),
            starts: Vec::with_capacity(n),
            ends: Vec::with_capacity(n),
            quoted: Vec::with_capacity(n),
        }
    }

    fn push(&mut self, c: char, start: usize, end: usize, quoted: bool) {
        self.chars.push(c);
        self.starts.push(start);
        self.ends.push(end);
        self.quoted.push(quoted);
    }

    /// Emits a separator, merging runs of separators into the strongest one so that the
    /// normalised text never has two separators in a row (or one at the start).
    fn sep(&mut self, c: char, start: usize, end: usize) {
        match self.chars.last().copied() {
            None => {}
            Some(last) if strength(last) > 0 => {
                if strength(c) > strength(last)
                    && let Some(slot) = self.chars.last_mut()
                {
                    *slot = c;
                }
            }
            Some(_) => self.push(c, start, end, false),
        }
    }

    fn last_is_alnum(&self) -> bool {
        self.chars.last().is_some_and(|c| c.is_alphanumeric())
    }
}
/// Characters that carry no letter of their own: combining accents (decomposed input), Arabic
/// vowel marks and tatweel, the standalone hamza (spelled or omitted at will), zero-width
/// characters, soft hyphens and variation selectors.
fn is_ignorable(c: char) -> bool {
    matches!(
        c as u32,
        0x0300..=0x036F
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x064B..=0x065F
            | 0x0670
            | 0x0640
            | 0x0621
            | 0x00AD
            | 0x200B..=0x200F
            | 0x2060
            | 0xFE00..=0xFE0F
            | 0xFEFF
    )
}

/// Full-width ASCII (typed on Chinese keyboards) to ASCII; the ideographic space to a space.
fn widen(c: char) -> char {
    match c as u32 {
        cp @ 0xFF01..=0xFF5E => char::from_u32(cp - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// Strips Latin diacritics (Spanish, Vietnamese, Somali loanwords) from a lowercase letter.
fn fold_latin(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ'
        | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'đ' | 'ď' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => {
            'e'
        }
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ỉ' | 'ị' => 'i',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ'
        | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ'
        | 'ự' => 'u',
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ğ' | 'ǵ' => 'g',
        'ł' | 'ľ' | 'ĺ' => 'l',
        'ř' | 'ŕ' => 'r',
        'ť' | 'ţ' | 'ț' => 't',
        _ => c,
    }
}

/// Unifies Arabic letters whose spelling varies between writers and dialects: alef forms,
/// alef maqsura/ya, ta marbuta/ha, hamza seats, and the Persian/Kurdish letters used in Iraqi
/// typing. (گ is kept; the lexicon spells both variants instead.) Arabic-Indic digits become
/// ASCII digits.
fn fold_arabic(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ئ' | 'ی' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        'ڤ' => 'ف',
        'پ' => 'ب',
        _ => match c as u32 {
            cp @ 0x0660..=0x0669 => char::from_u32(cp - 0x0660 + u32::from(b'0')).unwrap_or(c),
            cp @ 0x06F0..=0x06F9 => char::from_u32(cp - 0x06F0 + u32::from(b'0')).unwrap_or(c),
            _ => c,
        },
    }
}

/// Unifies Amharic letters that are pronounced alike and spelled either way: the ሐ and ኀ series
/// become ሀ, ሠ becomes ሰ, ዐ becomes አ, ፀ becomes ጸ, and the fourth-order ሃ/ኣ (and ኧ) become
/// the first-order ሀ/አ. One direction, applied to text and lexicon alike.
fn fold_ethiopic(c: char) -> char {
    let cp = c as u32;
    let family = match cp {
        0x1210..=0x1217 => cp - 0x10,
        0x1280..=0x1287 => cp - 0x80,
        0x1220..=0x1227 => cp + 0x10,
        0x12D0..=0x12D6 => cp - 0x30,
        0x1340..=0x1346 => cp - 0x08,
        _ => cp,
    };
    let order = match family {
        0x1203 => 0x1200,
        0x12A3 | 0x12A7 => 0x12A0,
        other => other,
    };
    char::from_u32(order).unwrap_or(c)
}

/// All letter folds, applied to an already lowercased character.
fn fold(c: char) -> char {
    match c as u32 {
        0x00C0..=0x024F | 0x1E00..=0x1EFF => fold_latin(c),
        0x0600..=0x06FF => fold_arabic(c),
        0x1200..=0x137F => fold_ethiopic(c),
        _ => c,
    }
}

/// Normalises `text` (see the module docs), keeping the offset map.
pub(crate) fn normalize(text: &str) -> Normalized {
    let mut out = Normalized::with_capacity(text.len());
    let mut quoted = false;
    // Whether the open quotation was opened by an apostrophe ('like this'), so only an
    // apostrophe closes it.
    let mut single = false;
    let mut iter = text.char_indices().peekable();
    while let Some((start, raw)) = iter.next() {
        let end = start + raw.len_utf8();
        let c = widen(raw);
        if is_ignorable(c) {
            continue;
        }
        let next = iter.peek().map(|&(_, n)| widen(n));
        match c {
            '"' => {
                quoted = !quoted;
                single = false;
                out.sep(SPACE, start, end);
            }
            '“' | '«' | '「' | '『' | '„' | '﹁' => {
                quoted = true;
                single = false;
                out.sep(SPACE, start, end);
            }
            '”' | '»' | '」' | '』' | '﹂' => {
                quoted = false;
                out.sep(SPACE, start, end);
            }
            '\'' | '’' | '‘' | 'ʼ' | '`' | '´' => {
                // An apostrophe is part of a word only between letters ("didn't", "la'aan"); the
                // English possessive "'s" is split off so that "boss's" still reads "boss".
                let next_alpha = next.is_some_and(char::is_alphabetic);
                let possessive = matches!(next, Some('s' | 'S')) && {
                    let mut ahead = iter.clone();
                    ahead.next();
                    !ahead.peek().is_some_and(|&(_, n)| n.is_alphanumeric())
                };
                let after_word = out.last_is_alnum();
                if after_word && next_alpha && !possessive {
                    out.push('\'', start, end, quoted);
                } else {
                    // 'Single quotes' around speech: opened before a word, closed after one.
                    if !after_word && next_alpha && !quoted {
                        quoted = true;
                        single = true;
                    } else if after_word && !next_alpha && quoted && single {
                        quoted = false;
                        single = false;
                    }
                    out.sep(SPACE, start, end);
                }
            }
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                // A line break ends a text message; a stray quotation mark must not run on.
                quoted = false;
                single = false;
                out.sep(SENTENCE, start, end);
            }
            '.' => {
                // "15.50", "i.c.e": a dot between letters or digits is not a full stop.
                if out.last_is_alnum() && next.is_some_and(char::is_alphanumeric) {
                    out.sep(SPACE, start, end);
                } else {
                    out.sep(SENTENCE, start, end);
                }
            }
            '!' | '。' | '።' | '፨' | '…' | ';' | '؛' | '፤' | '｡' => out.sep(SENTENCE, start, end),
            '?' | '؟' | '፧' => out.sep(QUESTION, start, end),
            ',' | '،' | '፣' | '、' | ':' | '፥' | '፦' | '—' | '–' | '(' | ')' | '[' | ']' | '{' | '}' | '﹐' | '､'
            | '【' | '】' | '《' | '》' | '〈' | '〉' => out.sep(CLAUSE, start, end),
            _ if c.is_whitespace() => out.sep(SPACE, start, end),
            // Fast paths: ASCII and Han need no case or accent folding.
            _ if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase(), start, end, quoted),
            _ if is_han(c) => out.push(c, start, end, quoted),
            _ if c.is_alphanumeric() => {
                for lower in c.to_lowercase() {
                    if !is_ignorable(lower) {
                        out.push(fold(lower), start, end, quoted);
                    }
                }
            }
            _ => out.sep(SPACE, start, end),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s).chars.into_iter().collect()
    }

    #[test]
    fn folds_latin_and_vietnamese() {
        assert_eq!(norm("Inmigración, ÑOÑO, pingüino"), "inmigracion,nono,pinguino");
        assert_eq!(norm("Ông chủ dọa gọi Sở Di Trú"), "ong chu doa goi so di tru");
        assert_eq!(norm("đe dọa trục xuất ĐẶNG"), "de doa truc xuat dang");
    }

    #[test]
    fn drops_combining_marks() {
        // "trục" typed with a decomposed dot below, "migración" with a combining acute.
        assert_eq!(norm("tru\u{0323}c migracio\u{0301}n"), "truc migracion");
    }

    #[test]
    fn unifies_arabic() {
        assert_eq!(norm("الهجرة"), norm("الهجره"));
        assert_eq!(norm("أوراقك"), norm("اوراقك"));
        assert_eq!(norm("هَدَّدَني"), norm("هددني"));
        assert_eq!(norm("مسـتشفى"), norm("مستشفي"));
    }

    #[test]
    fn unifies_amharic() {
        assert_eq!(norm("ሥራ"), norm("ስራ"));
        assert_eq!(norm("ሕጋዊ"), norm("ህጋዊ"));
        assert_eq!(norm("ሰዓት"), norm("ሰአት"));
        assert_eq!(norm("ፀሐይ"), norm("ጸሀይ"));
        assert_eq!(norm("ሃገር"), norm("ሀገር"));
        assert_eq!(norm("ፖሊስ።ደወለ"), "ፖሊስ.ደወለ");
    }

    #[test]
    fn full_width_and_chinese_punctuation() {
        assert_eq!(norm("ＩＣＥ，老板说。"), "ice,老板说.");
        assert_eq!(norm("他说：“我报警”"), "他说,我报警 ");
    }

    #[test]
    fn apostrophes_and_separators() {
        assert_eq!(norm("He didn’t call. The boss's truck!"), "he didn't call.the boss s truck.");
        assert_eq!(norm("'I will'   call... ok?"), "i will call.ok?");
        assert_eq!(norm("$15.50 a.m"), "15 50 a m");
    }

    #[test]
    fn offsets_point_at_original_bytes() {
        let text = "Él dijo: “llamo a la migra”";
        let n = normalize(text);
        let i = n.chars.iter().position(|&c| c == 'm').unwrap_or(0);
        assert_eq!(&text[n.starts[i]..n.ends[i]], "m");
        assert_eq!(&text[n.starts[0]..n.ends[0]], "É");
        assert!(n.quoted[i]);
    }
}
