//! Compiles every lexicon once and finds all term matches in a normalised text.
//!
//! Terms are bucketed by their first two characters, so each text position is compared only with
//! the handful of terms that can start there: a 4,000-character narrative costs a few thousand
//! hash lookups, not characters × terms comparisons.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::lexicon::{Cue, LEXICONS};
use super::normalize::{SPACE, is_han, is_word, normalize};

/// A tiny multiplicative hasher: keys are one or two `char`s, SipHash's DoS resistance buys
/// nothing here and costs most of the scan time.
#[derive(Default, Clone, Copy)]
pub(crate) struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type CharMap<K, V> = HashMap<K, V, BuildHasherDefault<CharHasher>>;

/// One distinct normalised term, with every (cue, languages) it stands for.
pub(crate) struct Pattern {
    /// The normalised characters.
    pub chars: Vec<char>,
    /// Must start at a word boundary.
    pub left: bool,
    /// Must end at a word boundary.
    pub right: bool,
    /// Cue and language bit set, one entry per cue.
    pub tags: Vec<(Cue, u8)>,
}

/// Every pattern, bucketed for scanning: patterns that must start a word are only tried at word
/// starts, which skips most positions in alphabetic text.
pub(crate) struct Index {
    pub patterns: Vec<Pattern>,
    /// Patterns that must start at a word boundary, by first one or two characters.
    bound: Buckets,
    /// Patterns that may start inside a word (stems, Han), by first one or two characters.
    free: Buckets,
}

struct Buckets {
    pairs: CharMap<(char, char), Vec<u32>>,
    singles: CharMap<char, Vec<u32>>,
    /// One bit per Basic Multilingual Plane character: can a pattern start with it? Most text
    /// positions fail this test and skip both hash lookups.
    first: Vec<u64>,
}

impl Default for Buckets {
    fn default() -> Self {
        Buckets { pairs: CharMap::default(), singles: CharMap::default(), first: vec![0; 1024] }
    }
}

impl Buckets {
    fn add(&mut self, id: u32, chars: &[char]) {
        match chars {
            [a] => self.singles.entry(*a).or_default().push(id),
            [a, b, ..] => self.pairs.entry((*a, *b)).or_default().push(id),
            [] => return,
        }
        if let Some(&a) = chars.first()
            && let Some(word) = self.first.get_mut((a as usize) / 64)
        {
            *word |= 1 << (a as usize % 64);
        }
    }

    fn may_start(&self, c: char) -> bool {
        self.first.get((c as usize) / 64).is_none_or(|word| word >> (c as usize % 64) & 1 == 1)
    }
}

/// A pattern found at normalised character range `start..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawHit {
    pub pattern: u32,
    pub start: usize,
    pub end: usize,
}

/// The compiled lexicons, built on first use.
pub(crate) static INDEX: LazyLock<Index> = LazyLock::new(build);

/// Normalises a lexicon term and reads its `*` boundary markers.
fn compile_term(term: &str) -> Option<(Vec<char>, bool, bool)> {
    let trimmed = term.trim();
    let left_free = trimmed.starts_with('*');
    let right_free = trimmed.ends_with('*');
    let inner = trimmed.trim_matches('*');
    let chars: Vec<char> =
        normalize(inner).chars.into_iter().map(|c| if is_word(c) { c } else { SPACE }).collect::<Vec<_>>();
    let first = *chars.first()?;
    let last = *chars.last()?;
    Some((chars, !left_free && !is_han(first), !right_free && !is_han(last)))
}

fn build() -> Index {
    let mut by_key: HashMap<(Vec<char>, bool, bool), usize> = HashMap::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    for (lang, lexicon) in &LEXICONS {
        for (cue, terms) in lexicon.iter() {
            for term in terms.iter() {
                let Some((chars, left, right)) = compile_term(term) else { continue };
                let idx = *by_key.entry((chars.clone(), left, right)).or_insert_with(|| {
                    patterns.push(Pattern { chars, left, right, tags: Vec::new() });
                    patterns.len() - 1
                });
                let pattern = &mut patterns[idx];
                match pattern.tags.iter_mut().find(|(c, _)| c == cue) {
                    Some((_, bits)) => *bits |= lang.bit(),
                    None => pattern.tags.push((*cue, lang.bit())),
                }
            }
        }
    }
    let (mut bound, mut free) = (Buckets::default(), Buckets::default());
    for (i, p) in patterns.iter().enumerate() {
        let id = u32::try_from(i).unwrap_or(u32::MAX);
        if p.left { &mut bound } else { &mut free }.add(id, &p.chars);
    }
    Index { patterns, bound, free }
}

/// Whether a word boundary lies between `before` and `after`: a non-word character on either
/// side, or a Han ideograph (each ideograph is a word of its own).
fn boundary(before: char, after: char) -> bool {
    !is_word(before) || !is_word(after) || is_han(before) || is_han(after)
}

impl Index {
    /// Every match of every pattern in `text` (overlapping matches included).
    pub(crate) fn find(&self, text: &[char]) -> Vec<RawHit> {
        let mut hits = Vec::new();
        let n = text.len();
        for i in 0..n {
            let c = text[i];
            if !is_word(c) {
                continue;
            }
            let at_start = i == 0 || boundary(text[i - 1], c);
            let mut check = |id: u32| {
                let Some(p) = self.patterns.get(id as usize) else { return };
                let end = i + p.chars.len();
                if end > n || text[i..end] != p.chars[..] {
                    return;
                }
                if p.right && end < n && !boundary(text[end - 1], text[end]) {
                    return;
                }
                hits.push(RawHit { pattern: id, start: i, end });
            };
            let next = text.get(i + 1).copied();
            let buckets = if at_start { [Some(&self.bound), Some(&self.free)] } else { [Some(&self.free), None] };
            for b in buckets.into_iter().flatten().filter(|b| b.may_start(c)) {
                if let Some(ids) = b.singles.get(&c) {
                    ids.iter().for_each(|&id| check(id));
                }
                if let Some(next) = next
                    && let Some(ids) = b.pairs.get(&(c, next))
                {
                    ids.iter().for_each(|&id| check(id));
                }
            }
        }
        hits
    }
}
