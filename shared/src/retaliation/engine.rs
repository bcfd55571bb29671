//! The screening rules: which combinations of cues mean retaliation, and what cancels them.
//!
//! Pipeline for one narrative:
//! 1. normalise (keeping the offset map) and split into tokens, clauses and sentences;
//! 2. find every lexicon term, drop matches that a longer match reinterprets ("no papers" is not
//!    a negator, "di trú" does not contain "trừ"; see `drop_contained`), and recognise Amharic
//!    negative verbs (አል…ም, አይ…ም) by shape;
//! 3. decide per sentence which languages' qualifiers count: the declared language, plus any
//!    language whose content words appear (a Spanish sentence in an English form);
//! 4. build composite cues (ask + pay = complaint; cut verb + hours = cut; hire + nobody);
//! 5. apply the rules per kind, each candidate checked against the blockers: negation, the
//!    worker's own fear, news reports, a non-employer actor, the worker as the one threatening or
//!    acting, bare questions, reported questions ("asked me if..."), and protective calls ("called
//!    the police to protect me");
//! 6. keep one signal per non-overlapping span.
//!
//! Distances are measured in "units": a word is two units and a Han ideograph one, so the same
//! window covers about as much meaning in Chinese as in English.

use super::RetaliationKind as Kind;
use super::lexicon::{Cue, Lang};
use super::matcher::INDEX;
use super::normalize::{CLAUSE, Normalized, QUESTION, SENTENCE, is_ethiopic, is_han, is_word, normalize};

/// A retaliation signal found in a narrative, in original byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub lang: Lang,
}

/// A token: a word, or a single Han ideograph.
#[derive(Clone, Copy, Debug)]
struct Tok {
    /// Normalised character range.
    s: usize,
    e: usize,
    /// Unit range (see the module docs).
    u0: u32,
    u1: u32,
    sent: usize,
    comma: u32,
    quoted: bool,
}

/// A sentence.
#[derive(Clone, Copy, Debug)]
struct Sent {
    /// Its first token.
    first: usize,
    /// Whether it ended with a question mark.
    question: bool,
}

/// One cue found in the text.
#[derive(Clone, Copy, Debug)]
struct Hit {
    cue: Cue,
    langs: u8,
    /// Normalised character range.
    s: usize,
    e: usize,
    /// Token range (end exclusive).
    ts: usize,
    te: usize,
    sent: usize,
}

/// Search direction relative to an anchor hit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Any,
    Before,
}

/// A candidate signal.
struct Cand {
    kind: Kind,
    /// The hits it is made of (the first is the anchor); their extent is the reported phrase.
    parts: Vec<usize>,
    /// The hits the blockers look at: usually the same, but only the threat itself when a
    /// candidate links it to a complaint or a status mention in an earlier sentence.
    check: Vec<usize>,
    /// The hit that acts as its verb, for deciding who acts.
    verb: Option<usize>,
}

/// The extent of a set of hits.
#[derive(Clone, Copy, Debug)]
struct Span {
    s: usize,
    e: usize,
    ts: usize,
    te: usize,
    sent: usize,
    langs: u8,
}

/// Blockers to apply.
const NEG: u16 = 1;
const FEAR: u16 = 2;
const NEWS: u16 = 4;
const ACTOR: u16 = 8;
const WORKER: u16 = 16;
const QUESTION_ONLY: u16 = 32;
const ASKED: u16 = 64;
const PROTECT: u16 = 128;
/// Negation before the candidate only (its own words may carry the negation: "nobody will hire
/// you", "cidna kuma shaqaaleysiin doono").
const NEG_BEFORE: u16 = 256;
/// News before the candidate only (a threat to post on Facebook is no news report).
const NEWS_BEFORE: u16 = 512;
/// A cut that hit everybody ("cut everyone's hours", "a todos", "所有人").
const COLLECTIVE: u16 = 1024;
/// The business closed or the job ended just before ("se terminó la obra y nos despidieron").
const CLOSURE: u16 = 2048;
const ALL: u16 = NEG | FEAR | NEWS | ACTOR | WORKER | QUESTION_ONLY | ASKED | PROTECT;

/// Windows, in units (a word is two units, a Han ideograph one).
const PAIR_WINDOW: u32 = 32;
const MODAL_WINDOW: u32 = 16;
const NEG_WINDOW: u32 = 8;
const COMPOSITE_WINDOW: u32 = 14;
const CUT_WINDOW: u32 = 12;
/// How far (in tokens) a blocker looks for context: "anywhere in the sentence" in ordinary
/// sentences, bounded in run-on messages.
const REACH: usize = 60;

const ALL_LANGS: u8 = 0x7F;

/// Screens one narrative.
pub(crate) fn analyse(text: &str, declared: Option<Lang>) -> Vec<Found> {
    let norm = normalize(text);
    if norm.chars.is_empty() {
        return Vec::new();
    }
    Ctx::new(&norm, declared).run()
}

/// Splits normalised text into tokens and sentences; also returns, for each character, the index
/// of its token (for separators: the next token).
fn tokenize(norm: &Normalized) -> (Vec<Tok>, Vec<Sent>, Vec<usize>) {
    let chars = &norm.chars;
    let n = chars.len();
    let mut toks: Vec<Tok> = Vec::new();
    let mut sents: Vec<Sent> = Vec::new();
    let mut tok_of = vec![0usize; n];
    let (mut units, mut comma, mut sent_start) = (0u32, 0u32, 0usize);
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if is_word(c) {
            let start = i;
            if is_han(c) {
                i += 1;
            } else {
                while i < n && is_word(chars[i]) && !is_han(chars[i]) {
                    i += 1;
                }
            }
            let width = if is_han(c) { 1 } else { 2 };
            let idx = toks.len();
            toks.push(Tok {
                s: start,
                e: i,
                u0: units,
                u1: units + width,
                sent: sents.len(),
                comma,
                quoted: norm.quoted.get(start).copied().unwrap_or(false),
            });
            units += width;
            tok_of[start..i].fill(idx);
        } else {
            tok_of[i] = toks.len();
            if c == CLAUSE {
                comma += 1;
            } else if c == SENTENCE || c == QUESTION {
                comma += 1;
                if toks.len() > sent_start {
                    sents.push(Sent { first: sent_start, question: c == QUESTION });
                    sent_start = toks.len();
                }
            }
            i += 1;
        }
    }
    if toks.len() > sent_start {
        sents.push(Sent { first: sent_start, question: false });
    }
    (toks, sents, tok_of)
}

/// Drops matches that lie strictly inside a longer match, where the longer one changes what they
/// mean:
/// * a qualifier inside anything longer ("no papers" is not a negator, "跟我说" does not
///   contain "我说");
/// * anything inside an `Ignore` phrase ("ice cream");
/// * a content word inside a longer content phrase spanning more words ("tru" in "di tru" is
///   "trú", not "trừ"; "te echo" fires, it does not report).
///
/// A content word inside a longer match of the *same* word stays: one word can play two roles
/// (Somali "saacadahayga" is both pay and hours). And a qualifier phrase never swallows a content
/// word ("رح اتصل", "I'll call", still contains the verb "call").
fn drop_contained(flat: &mut Vec<(usize, usize, Cue, u8)>, tok_of: &[usize]) {
    let tokens = |s: usize, e: usize| -> (usize, usize) {
        let first = tok_of.get(s).copied().unwrap_or(0);
        let last = e.checked_sub(1).and_then(|l| tok_of.get(l)).copied().unwrap_or(first);
        (first, last)
    };
    let mut order: Vec<usize> = (0..flat.len()).collect();
    order.sort_by(|&a, &b| flat[a].0.cmp(&flat[b].0).then(flat[b].1.cmp(&flat[a].1)));
    let mut keep = vec![true; flat.len()];
    // Earlier spans start no later and, within a start, end later: an earlier span reaching this
    // one's end strictly contains it. Track the furthest end reached by any earlier span, by an
    // earlier Ignore span, and by an earlier content span together with its token range.
    let mut any_end: Option<usize> = None;
    let mut ignore_end: Option<usize> = None;
    let mut content: Vec<(usize, (usize, usize))> = Vec::new();
    let mut k = 0;
    while k < order.len() {
        let (s, e) = (flat[order[k]].0, flat[order[k]].1);
        let mut g = k;
        while g < order.len() && flat[order[g]].0 == s && flat[order[g]].1 == e {
            g += 1;
        }
        let own = tokens(s, e);
        for &i in &order[k..g] {
            let reached = |end: Option<usize>| end.is_some_and(|b| b >= e);
            let dropped = if flat[i].2.is_core() {
                reached(ignore_end) || content.iter().any(|&(ce, (a, b))| ce >= e && b - a > own.1 - own.0)
            } else {
                reached(any_end)
            };
            if dropped {
                keep[i] = false;
            }
        }
        for &i in &order[k..g] {
            any_end = Some(any_end.map_or(e, |b| b.max(e)));
            if flat[i].2 == Cue::Ignore {
                ignore_end = Some(ignore_end.map_or(e, |b| b.max(e)));
            } else if flat[i].2.is_core() {
                content.push((e, own));
            }
        }
        // Only spans that can still reach later starts matter.
        content.retain(|&(ce, _)| ce > s);
        k = g;
    }
    let mut i = 0;
    flat.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// Amharic negates a verb with a circumfix: አል…ም (did not), አይ…ም (does/will not), አት…ም and
/// አን…ም (you/we will not), fused with a vowel-initial stem as አላ…ም, አያ…ም. Recognising the
/// shape covers every verb without listing them.
fn amharic_negators(norm: &Normalized, toks: &[Tok], flat: &mut Vec<(usize, usize, Cue, u8)>) {
    for t in toks {
        let word = &norm.chars[t.s..t.e];
        if word.len() >= 4
            && word.iter().all(|&c| is_ethiopic(c))
            && word[0] == 'አ'
            && matches!(word[1], 'ል' | 'ላ' | 'ይ' | 'ያ' | 'ት' | 'ታ' | 'ን' | 'ና')
            && word.last() == Some(&'ም')
        {
            flat.push((t.s, t.e, Cue::NegVerb, Lang::Am.bit()));
        }
    }
}

struct Ctx<'a> {
    norm: &'a Normalized,
    toks: Vec<Tok>,
    sents: Vec<Sent>,
    hits: Vec<Hit>,
    sent_hits: Vec<(usize, usize)>,
    active: Vec<u8>,
    clause: Vec<u32>,
    conj: Vec<u32>,
    declared: Option<Lang>,
    declared_bits: u8,
}

impl<'a> Ctx<'a> {
    fn new(norm: &'a Normalized, declared: Option<Lang>) -> Self {
        let (toks, sents, tok_of) = tokenize(norm);
        let mut flat: Vec<(usize, usize, Cue, u8)> = Vec::new();
        for raw in INDEX.find(&norm.chars) {
            if let Some(p) = INDEX.patterns.get(raw.pattern as usize) {
                flat.extend(p.tags.iter().map(|&(cue, langs)| (raw.start, raw.end, cue, langs)));
            }
        }
        amharic_negators(norm, &toks, &mut flat);
        drop_contained(&mut flat, &tok_of);
        let mut hits: Vec<Hit> = flat
            .into_iter()
            .filter(|f| f.2 != Cue::Ignore)
            .filter_map(|(s, e, cue, langs)| {
                let ts = *tok_of.get(s)?;
                let te = tok_of.get(e.checked_sub(1)?)? + 1;
                let sent = toks.get(ts)?.sent;
                Some(Hit { cue, langs, s, e, ts, te, sent })
            })
            .collect();
        hits.sort_by_key(|h| (h.s, h.e, h.cue));
        let declared_bits = declared.map_or(ALL_LANGS, Lang::bit);
        let mut ctx = Ctx {
            norm,
            toks,
            sents,
            hits,
            sent_hits: Vec::new(),
            active: Vec::new(),
            clause: Vec::new(),
            conj: Vec::new(),
            declared,
            declared_bits,
        };
        ctx.drop_fire_next_to_immigration();
        ctx.index_sentences();
        ctx.compute_active();
        ctx.compute_clauses();
        ctx.add_composites();
        ctx
    }

    // ---------------------------------------------------------------------------------------
    // Set-up
    // ---------------------------------------------------------------------------------------

    /// "echarte la migra", "kick you out of the country", "ከሀገር ያባርሩሃል": a firing verb right
    /// next to an immigration cue is expelling from the country, not from the job.
    fn drop_fire_next_to_immigration(&mut self) {
        let imm: Vec<Hit> = self
            .hits
            .iter()
            .copied()
            .filter(|h| matches!(h.cue, Cue::Authority | Cue::Deport | Cue::ImmFixed))
            .collect();
        let fire_near_imm: Vec<bool> = self
            .hits
            .iter()
            .map(|h| h.cue == Cue::Fire && imm.iter().any(|m| m.sent == h.sent && self.gap(h, m) <= 2))
            .collect();
        let mut i = 0;
        self.hits.retain(|_| {
            i += 1;
            !fire_near_imm[i - 1]
        });
    }

    fn index_sentences(&mut self) {
        self.sent_hits = vec![(0, 0); self.sents.len()];
        let mut i = 0;
        for (si, range) in self.sent_hits.iter_mut().enumerate() {
            while i < self.hits.len() && self.hits[i].sent < si {
                i += 1;
            }
            let start = i;
            while i < self.hits.len() && self.hits[i].sent == si {
                i += 1;
            }
            *range = (start, i);
        }
    }

    /// Qualifier words (negators, pronouns, conjunctions) are short and collide across
    /// languages (Somali "ma" negates, Vietnamese "mà" means "but"), so only the declared
    /// language's qualifiers count, plus those of any language whose content words appear in the
    /// sentence without belonging to the declared language.
    fn compute_active(&mut self) {
        self.active = (0..self.sents.len())
            .map(|si| {
                let (a, b) = self.sent_hits[si];
                self.hits[a..b]
                    .iter()
                    .filter(|h| h.cue.is_core() && h.langs & self.declared_bits == 0)
                    .fold(self.declared_bits, |mask, h| mask | h.langs)
            })
            .collect();
    }

    /// Clause ids: a new clause at every comma, sentence and active conjunction ("and", "but",
    /// "y", "然后"); `conj` ids change only at conjunctions and sentences.
    fn compute_clauses(&mut self) {
        let mut conj_start = vec![false; self.toks.len()];
        for h in &self.hits {
            if h.cue == Cue::Conj && self.on(h) {
                conj_start[h.ts] = true;
            }
        }
        let (mut c, mut k) = (0u32, 0u32);
        self.clause = Vec::with_capacity(self.toks.len());
        self.conj = Vec::with_capacity(self.toks.len());
        let mut prev: Option<&Tok> = None;
        for (tok, &starts_conj) in self.toks.iter().zip(&conj_start) {
            if let Some(p) = prev {
                if tok.sent != p.sent {
                    c += 1;
                    k += 1;
                } else if tok.comma != p.comma {
                    c += 1;
                }
            }
            if starts_conj {
                c += 1;
                k += 1;
            }
            prev = Some(tok);
            self.clause.push(c);
            self.conj.push(k);
        }
    }

    /// Composite cues:
    /// * Complaint: a complaint word, or the worker asking / telling / reporting + pay;
    /// * Cut: a fixed cut phrase, or a cutting verb + hours/pay;
    /// * Blacklist: a fixed phrase; BlacklistWeak: hiring or telling + "nobody / other employers";
    /// * OtherComposite: eviction + home, withholding + documents, reporting + family.
    fn add_composites(&mut self) {
        let mut extra: Vec<Hit> = Vec::new();
        let pair = |extra: &mut Vec<Hit>, i: usize, h: &Hit, with: &[Cue], window: u32, cue: Cue| {
            if let Some(j) = self.nearest(i, with, window, Dir::Any) {
                extra.push(self.merge(cue, h, &self.hits[j]));
            }
        };
        // Asking about pay, or cutting hours, is said in one clause.
        let pair_in_clause = |extra: &mut Vec<Hit>, h: &Hit, with: &[Cue], window: u32, cue: Cue| {
            if let Some((_, j)) = self
                .cues_near(h.sent, h.ts.saturating_sub(window as usize), h.te + window as usize, with)
                .filter(|(_, o)| self.same_clause(o.ts, h.ts) && self.gap(h, o) <= window)
                // On a tie, the object on the verb's object side: after it ("شالولي شفتات"), or
                // before it in verb-final languages.
                .min_by_key(|(_, o)| (self.gap(h, o), (o.ts < h.ts) != self.verb_final(h.langs)))
            {
                extra.push(self.merge(cue, h, j));
            }
        };
        for (i, h) in self.hits.iter().enumerate() {
            match h.cue {
                Cue::Complain if self.worker_is_subject(h) => extra.push(Hit { cue: Cue::Complaint, ..*h }),
                Cue::Ask | Cue::Report if self.worker_is_subject(h) => {
                    let before = extra.len();
                    pair_in_clause(&mut extra, h, &[Cue::Pay], COMPOSITE_WINDOW, Cue::Complaint);
                    // "No overtime. After I asked HR about it, ..." — asking the employer, with
                    // the pay named in the sentence before.
                    if extra.len() == before
                        && h.cue == Cue::Ask
                        && h.sent > 0
                        && self.cues_near(h.sent, h.te, h.te + 3, &[Cue::Employer]).next().is_some()
                        && self.cues_near(h.sent - 1, 0, usize::MAX, &[Cue::Pay]).next().is_some()
                    {
                        extra.push(Hit { cue: Cue::Complaint, ..*h });
                    }
                }
                Cue::WorkerSpeech if self.on(h) => {
                    pair_in_clause(&mut extra, h, &[Cue::Pay], COMPOSITE_WINDOW, Cue::Complaint);
                }
                Cue::CutFixed => extra.push(Hit { cue: Cue::Cut, ..*h }),
                // "Antes trabajaba 40 horas. ... ahora me dan 15": hours named with "before", then a
                // smaller figure "now".
                Cue::Now if self.before_and_now(h) => extra.push(Hit { cue: Cue::Cut, ..*h }),
                Cue::CutVerb => pair_in_clause(&mut extra, h, &[Cue::HoursObj], CUT_WINDOW, Cue::Cut),
                Cue::BlacklistFixed => extra.push(Hit { cue: Cue::Blacklist, ..*h }),
                // Every "nobody" in reach: "nobody in Denver will hire you" must not pair "hire"
                // with "in Denver" only and leave "nobody" looking like a negator.
                Cue::Hire => extra.extend(
                    self.cues_near(
                        h.sent,
                        h.ts.saturating_sub(COMPOSITE_WINDOW as usize),
                        h.te + COMPOSITE_WINDOW as usize,
                        &[Cue::NoOne],
                    )
                    .filter(|(_, o)| self.gap(h, o) <= COMPOSITE_WINDOW)
                    .map(|(_, o)| self.merge(Cue::BlacklistWeak, h, o)),
                ),
                Cue::Evict => {
                    // The home is often named once, at the start ("I live in the room the boss
                    // gives us. ... he told me to move out"): nearby, in the sentence, or the one
                    // before.
                    if let Some(j) = self.nearest(i, &[Cue::Housing], PAIR_WINDOW, Dir::Any) {
                        extra.push(self.merge(Cue::OtherComposite, h, &self.hits[j]));
                    } else if h.sent > 0 && self.cues_near(h.sent - 1, 0, usize::MAX, &[Cue::Housing]).next().is_some()
                    {
                        extra.push(Hit { cue: Cue::OtherComposite, ..*h });
                    }
                }
                Cue::Withhold => pair(&mut extra, i, h, &[Cue::Documents], COMPOSITE_WINDOW, Cue::OtherComposite),
                // The final check held "until you sign" or "if you don't drop it" is leverage; a
                // check that is merely late is not.
                // Held "until"/"unless" the worker signs is leverage however the holding is said
                // ("no me quiere dar", "压着不给", "አይሰጠኝም" in the next clause after `፤`).
                Cue::FinalPay => {
                    let withheld = self.nearest(i, &[Cue::Withhold], COMPOSITE_WINDOW + 4, Dir::Any);
                    let until = self.nearest(i, &[Cue::Until], PAIR_WINDOW, Dir::Any);
                    let next_sentence = || {
                        let next = h.sent + 1;
                        self.cues_near(next, h.te, h.te + REACH, &[Cue::Withhold]).next().is_some()
                            && self
                                .cues_near(next, h.te, h.te + REACH, &[Cue::Conditional, Cue::Until])
                                .next()
                                .is_some()
                    };
                    if let Some(u) = until {
                        extra.push(self.merge(Cue::Leverage, h, &self.hits[u]));
                    } else if let Some(j) = withheld
                        && self.nearest(i, &[Cue::Conditional], PAIR_WINDOW, Dir::Any).is_some()
                    {
                        extra.push(self.merge(Cue::OtherComposite, h, &self.hits[j]));
                    } else if withheld.is_some() && next_sentence() {
                        extra.push(Hit { cue: Cue::Leverage, ..*h });
                    }
                }
                // Telling other employers or an agency that the worker steals or makes trouble
                // (the telling matters: "my old boss stole my tips" is no reference; an
                // accusation phrase such as "说我偷", said I stole, is itself a telling).
                // The agency is often named in the sentence before ("The agency stopped sending
                // me out. The dispatcher said the client flagged me as a troublemaker").
                // A theft accusation passed to other employers is a bad reference too ("le dijo a
                // los otros patrones que yo era un ratero").
                Cue::Badmouth | Cue::Accuse
                    if self.nearest(i, &[Cue::Speech, Cue::Report, Cue::Menace], PAIR_WINDOW, Dir::Any).is_some() =>
                {
                    if let Some(j) = self.nearest(i, &[Cue::Audience], PAIR_WINDOW, Dir::Any) {
                        extra.push(self.merge(Cue::BadReference, h, &self.hits[j]));
                    } else if h.sent > 0
                        && self
                            .cues_near(h.sent - 1, h.ts.saturating_sub(REACH), h.ts, &[Cue::Audience])
                            .next()
                            .is_some()
                    {
                        extra.push(Hit { cue: Cue::BadReference, ..*h });
                    }
                }
                Cue::Family => pair(&mut extra, i, h, &[Cue::Report], 8, Cue::OtherComposite),
                _ => {}
            }
        }
        // Charging the worker for something broken ("descontar el celular que se me cayó", "扣那台
        // 坏机器的钱") is leverage, not a pay cut.
        let charges: Vec<Hit> = self
            .hits
            .iter()
            .enumerate()
            .filter(|(_, h)| h.cue == Cue::Charge)
            .filter_map(|(i, h)| {
                self.nearest(i, &[Cue::Broken], PAIR_WINDOW, Dir::Any)
                    .map(|j| self.merge(Cue::OtherComposite, h, &self.hits[j]))
            })
            .collect();
        extra.retain(|h| h.cue != Cue::Cut || !charges.iter().any(|c| c.s < h.e && h.s < c.e));
        extra.extend(charges);
        if extra.is_empty() {
            return;
        }
        // "kick you out of the apartment" is an eviction, not a firing.
        let mut evictions: Vec<Hit> =
            extra.iter().copied().filter(|h| matches!(h.cue, Cue::OtherComposite | Cue::Leverage)).collect();
        // "بطلعك من السكن": an expelling verb right before a fixed housing phrase.
        evictions.extend(self.hits.iter().copied().filter(|h| {
            h.cue == Cue::Evict
                && self
                    .cues_near(h.sent, h.ts, h.te + 3, &[Cue::Housing, Cue::OtherFixed])
                    .any(|(_, o)| o.ts >= h.ts && self.units_between(h.te, o.ts) <= 2)
        }));
        self.hits.retain(|h| h.cue != Cue::Fire || !evictions.iter().any(|e| e.s < h.e && h.s < e.e));
        self.hits.extend(extra);
        self.hits.sort_by_key(|h| (h.s, h.e, h.cue));
        self.index_sentences();
    }

    /// Whether "now" hit `h` closes a before/now comparison of hours: a "before" word in its
    /// sentence or the one before, hours named with either, and a figure in the "now" clause.
    fn before_and_now(&self, h: &Hit) -> bool {
        let first = h.sent.saturating_sub(1);
        let lo = h.ts.saturating_sub(REACH);
        let formerly = (first..=h.sent)
            .flat_map(|s| self.cues_near(s, lo, h.ts, &[Cue::Formerly]))
            .chain(self.cues_near(h.sent, h.te, h.te + REACH, &[Cue::Formerly]))
            .map(|(_, f)| f.te)
            .next();
        let Some(formerly_end) = formerly else { return false };
        let hours = (first..=h.sent).any(|s| self.cues_near(s, lo, h.te + REACH, &[Cue::HoursObj]).next().is_some());
        let now_clause = (h.te..self.toks.len().min(h.te + 8))
            .take_while(|&k| self.toks[k].sent == h.sent && self.toks[k].comma == self.toks[h.ts].comma);
        let figure = now_clause.clone().any(|k| {
            let t = &self.toks[k];
            self.norm.chars[t.s..t.e].iter().any(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c))
        });
        // When both levels are written in digits, the later one must be smaller ("40 ... now 15",
        // not "lived in Texas, now I work 50 hours").
        let before_n = (formerly_end..self.toks.len().min(formerly_end + 8)).find_map(|k| self.number(k));
        let now_n = now_clause.filter_map(|k| self.number(k)).next();
        let smaller = match (before_n, now_n) {
            (Some(b), Some(n)) => n < b,
            _ => true,
        };
        hours && figure && smaller
    }

    /// The ASCII number written as token `k`, if it is one.
    fn number(&self, k: usize) -> Option<u32> {
        let t = self.toks.get(k)?;
        let digits: String = self.norm.chars.get(t.s..t.e)?.iter().collect();
        digits.parse().ok()
    }

    fn merge(&self, cue: Cue, a: &Hit, b: &Hit) -> Hit {
        Hit {
            cue,
            langs: a.langs | b.langs,
            s: a.s.min(b.s),
            e: a.e.max(b.e),
            ts: a.ts.min(b.ts),
            te: a.te.max(b.te),
            sent: a.sent,
        }
    }

    /// A complaint or a request counts only when the worker is the one asking: "the customer
    /// complained" or "my boss asked me to stay late" is not protected activity.
    fn worker_is_subject(&self, h: &Hit) -> bool {
        // In verb-final languages the subject that precedes a complaint usually belongs to the
        // main verb at the end ("the manager, after I complained, cut my shifts").
        if self.verb_final(h.langs) {
            return true;
        }
        let subject = self
            .near(h.sent, h.ts.saturating_sub(4), h.ts)
            .filter(|(_, s)| {
                matches!(
                    s.cue,
                    Cue::ThirdPerson | Cue::Employer | Cue::NonEmployer | Cue::WorkerSubj | Cue::Coworker | Cue::Peer
                )
                    && self.on(s)
                    && s.te <= h.ts
                    && self.clause[s.ts] == self.clause[h.ts]
                    && self.units_between(s.te, h.ts) <= 4
                    // "المدير قال إذا ما سكتت": a speech verb or an "if" between opens a new clause
                    // whose subject is somebody else.
                    && !self.has_between(h.sent, s.te, h.ts, &[Cue::Speech, Cue::Conditional])
            })
            .max_by_key(|(_, s)| s.te);
        // A fellow worker's complaint is protected too ("my coworker asked about his overtime"),
        // and so is "she asked..." when she is the fellow worker named earlier in the sentence.
        let fellow_before = |s: &Hit| {
            self.cues_near(h.sent, s.ts.saturating_sub(REACH), s.ts, &[Cue::Coworker, Cue::Peer])
                .any(|(_, c)| c.te <= s.ts && !self.has_between(h.sent, c.te, s.ts, &[Cue::Employer]))
        };
        subject.is_none_or(|(_, s)| match s.cue {
            Cue::WorkerSubj | Cue::Coworker | Cue::Peer => true,
            Cue::ThirdPerson => fellow_before(s),
            _ => false,
        })
    }

    // ---------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------

    /// Whether a hit counts in its sentence (core cues always do; qualifiers only in active
    /// languages).
    fn on(&self, h: &Hit) -> bool {
        h.cue.is_core() || h.langs & self.active.get(h.sent).copied().unwrap_or(ALL_LANGS) != 0
    }

    /// Hits of sentence `sent` starting at tokens `lo..hi`. Every search is bounded like this, so
    /// a run-on message with no punctuation costs no more than many short sentences (hits are
    /// sorted by position, so the window is found by binary search).
    fn near(&self, sent: usize, lo: usize, hi: usize) -> impl Iterator<Item = (usize, &Hit)> {
        let (a, b) = self.sent_hits.get(sent).copied().unwrap_or((0, 0));
        let in_sent = &self.hits[a..b];
        let start = a + in_sent.partition_point(|h| h.ts < lo);
        let end = a + in_sent.partition_point(|h| h.ts < hi);
        (start..end.max(start)).map(move |i| (i, &self.hits[i]))
    }

    /// Active hits with one of `cues` in sentence `sent`, starting at tokens `lo..hi`.
    fn cues_near(&self, sent: usize, lo: usize, hi: usize, cues: &'a [Cue]) -> impl Iterator<Item = (usize, &Hit)> {
        self.near(sent, lo, hi).filter(move |(_, h)| cues.contains(&h.cue) && self.on(h))
    }

    /// The token window `REACH` tokens around `ts..te`.
    fn reach(ts: usize, te: usize) -> (usize, usize) {
        (ts.saturating_sub(REACH), te + REACH)
    }

    /// Units from the end of token `a_end - 1` to the start of token `b_start`.
    fn units_between(&self, a_end: usize, b_start: usize) -> u32 {
        match (a_end.checked_sub(1).and_then(|t| self.toks.get(t)), self.toks.get(b_start)) {
            (Some(a), Some(b)) => b.u0.saturating_sub(a.u1),
            _ => 0,
        }
    }

    fn gap(&self, a: &Hit, b: &Hit) -> u32 {
        if a.te <= b.ts {
            self.units_between(a.te, b.ts)
        } else if b.te <= a.ts {
            self.units_between(b.te, a.ts)
        } else {
            0
        }
    }

    /// The closest active hit with one of `cues` in the anchor's sentence within `max` units.
    fn nearest(&self, anchor: usize, cues: &[Cue], max: u32, dir: Dir) -> Option<usize> {
        let a = self.hits.get(anchor)?;
        let sent = a.sent;
        self.near(sent, a.ts.saturating_sub(max as usize), a.te + max as usize)
            .filter(|&(j, h)| {
                j != anchor
                    && cues.contains(&h.cue)
                    && self.on(h)
                    && match dir {
                        Dir::Any => true,
                        Dir::Before => h.te <= a.ts,
                    }
            })
            .map(|(j, h)| (self.gap(a, h), j))
            .filter(|&(g, _)| g <= max)
            .min()
            .map(|(_, j)| j)
    }

    fn span(&self, parts: &[usize]) -> Span {
        let mut sp = Span { s: usize::MAX, e: 0, ts: usize::MAX, te: 0, sent: 0, langs: 0 };
        for (k, &p) in parts.iter().enumerate() {
            let h = &self.hits[p];
            if k == 0 {
                sp.sent = h.sent;
            }
            sp.s = sp.s.min(h.s);
            sp.e = sp.e.max(h.e);
            sp.ts = sp.ts.min(h.ts);
            sp.te = sp.te.max(h.te);
            sp.langs |= h.langs;
        }
        sp
    }

    /// The language a candidate is read in: the declared one when its words belong to it,
    /// otherwise the languages its words come from.
    fn reading_langs(&self, langs: u8) -> u8 {
        if langs & self.declared_bits != 0 { self.declared_bits & langs } else { langs }
    }

    fn verb_final(&self, langs: u8) -> bool {
        self.reading_langs(langs) & Lang::verb_final_bits() != 0
    }

    fn has_between(&self, sent: usize, from_tok: usize, to_tok: usize, cues: &[Cue]) -> bool {
        self.near(sent, from_tok, to_tok).any(|(_, h)| cues.contains(&h.cue) && self.on(h) && h.te <= to_tok)
    }

    fn same_clause(&self, a: usize, b: usize) -> bool {
        self.clause.get(a) == self.clause.get(b)
    }

    // ---------------------------------------------------------------------------------------
    // Blockers
    // ---------------------------------------------------------------------------------------

    fn blocked(&self, c: &Cand, checks: u16) -> bool {
        let sp = self.span(&c.check);
        (checks & NEG != 0 && self.negated(&c.check, sp, true))
            || (checks & NEG_BEFORE != 0 && self.negated(&c.check, sp, false))
            || (checks & FEAR != 0 && self.own_fear(c, sp))
            || (checks & NEWS != 0 && self.news(sp))
            || (checks & NEWS_BEFORE != 0 && self.news_before(sp))
            || (checks & COLLECTIVE != 0 && self.collective(sp))
            || (checks & CLOSURE != 0 && self.closure(sp))
            || (checks & ACTOR != 0 && self.non_employer_actor(sp))
            || (checks & WORKER != 0 && self.worker_acts(c, sp))
            || (checks & QUESTION_ONLY != 0 && self.bare_question(sp))
            || (checks & ASKED != 0 && self.asked_if(sp))
            || (checks & PROTECT != 0 && self.protective(sp))
    }

    /// Negation scoping over the candidate: a negator shortly before its first cue or before one
    /// of its verbs (or before the speech verb that introduces it: "he never said he would..."),
    /// in the same clause, and not itself inside an "if" ("if you don't stop"). In verb-final
    /// languages the negated verb follows ("ፖሊስ እጠራለሁ አላለም", "booliska ma wicin"), so with
    /// `after` negators inside or right after the candidate count too. Negator words that are
    /// part of the candidate's own phrases never count ("nobody will hire you"); an Amharic
    /// negated verb does, unless the phrase itself starts with the negative prefix.
    fn negated(&self, parts: &[usize], sp: Span, after: bool) -> bool {
        let sent = sp.sent;
        let mut heads: Vec<usize> = vec![sp.ts];
        heads.extend(
            parts.iter().map(|&p| &self.hits[p]).filter(|h| matches!(h.cue, Cue::Report | Cue::Threat)).map(|h| h.ts),
        );
        let introduced: Vec<usize> = heads
            .iter()
            .filter_map(|&head| {
                self.cues_near(sent, head.saturating_sub(NEG_WINDOW as usize + 1), head, &[Cue::Speech, Cue::Threat])
                    .filter(|(_, h)| {
                        h.te <= head && self.same_clause(h.ts, head) && self.units_between(h.te, head) <= NEG_WINDOW
                    })
                    .map(|(_, h)| h.ts)
                    .min()
            })
            .collect();
        heads.extend(introduced);
        let verb_final = after && self.verb_final(sp.langs);
        let part_hits: Vec<&Hit> = parts.iter().map(|&p| &self.hits[p]).collect();
        self.cues_near(
            sent,
            sp.ts.saturating_sub(2 * NEG_WINDOW as usize + 2),
            sp.te + NEG_WINDOW as usize + 1,
            &[Cue::Negator, Cue::NegVerb],
        )
        .any(|(_, n)| {
            let lexicalised = self.near(sent, n.ts, n.te).any(|(_, h)| h.s == n.s && h.cue.is_core());
            if part_hits.iter().any(|p| p.s < n.e && n.s < p.e) {
                // A negated verb inside the candidate negates it ("አላስፈራራኝም", didn't threaten
                // me) unless a lexicon term starts with the negative prefix itself ("አልመልስም",
                // I won't give back, is the threat).
                return n.cue == Cue::NegVerb && verb_final && !lexicalised;
            }
            // A negative verb that is a cue of its own ("ደሞዜን ስጠይቅ አንፈልግህም", when I asked:
            // we don't want you) says something else; it does not negate its neighbour.
            if n.cue == Cue::NegVerb && lexicalised {
                return false;
            }
            let before = n.cue == Cue::Negator
                && heads.iter().any(|&head| {
                    n.te <= head
                        && self.same_clause(n.ts, head)
                        && self.units_between(n.te, head) <= NEG_WINDOW
                        && !self.conditional_before(n, 6)
                        // "ما دفعلي ولما اشتكيت هددني": a "when/after" clause between ends the
                        // negated one.
                        && !self.has_between(sent, n.te, head, &[Cue::Cause, Cue::Since])
                });
            // ...unless a subordinating word ends the candidate's clause first ("ቅሬታ ካስገባሁ
            // ወዲህ ... አያስገቡኝም": since I complained, they don't schedule me).
            let later = verb_final
                && n.ts >= sp.ts
                && (n.ts < sp.te || self.units_between(sp.te, n.ts) <= NEG_WINDOW)
                && self.same_clause(n.ts, sp.te - 1)
                && !self.has_between(sent, sp.te, n.ts, &[Cue::Since, Cue::Cause, Cue::Because, Cue::Conditional]);
            before || later
        })
    }

    /// Whether an active conditional ("if", "si", "إذا") precedes hit `n` within `max` units in
    /// its clause.
    fn conditional_before(&self, n: &Hit, max: u32) -> bool {
        self.cues_near(n.sent, n.ts.saturating_sub(max as usize + 1), n.ts, &[Cue::Conditional])
            .any(|(_, c)| c.te <= n.ts && self.same_clause(c.ts, n.ts) && self.units_between(c.te, n.ts) <= max)
    }

    /// The worker's own fear ("I'm afraid they'll call ICE") is not an actor's threat — unless
    /// somebody's words come between the fear and the threat ("I'm scared because he said...").
    fn own_fear(&self, c: &Cand, sp: Span) -> bool {
        if c.check.iter().any(|&p| matches!(self.hits[p].cue, Cue::Threat | Cue::Implied)) {
            return false;
        }
        let verb_final = self.verb_final(sp.langs);
        self.cues_near(sp.sent, sp.ts.saturating_sub(REACH), sp.te + 17, &[Cue::Fear]).any(|(_, f)| {
            if f.te <= sp.ts {
                !self.has_between(sp.sent, f.te, sp.ts, &[Cue::Speech, Cue::Threat, Cue::Implied])
            } else {
                verb_final
                    && f.ts >= sp.te
                    && self.units_between(sp.te, f.ts) <= 16
                    && !self.has_between(sp.sent, sp.te, f.ts, &[Cue::Speech, Cue::Threat])
            }
        })
    }

    /// Raids on the news are fear, not a threat — unless the employer appears between the news
    /// and the threat.
    fn news(&self, sp: Span) -> bool {
        self.cues_near(sp.sent, Self::reach(sp.ts, sp.te).0, Self::reach(sp.ts, sp.te).1, &[Cue::News])
            .any(|(_, n)| n.ts >= sp.te || !self.has_between(sp.sent, n.te, sp.ts, &[Cue::Employer]))
    }

    /// A cut that hit everybody (the slow season): an "everyone" word within a few words of it,
    /// in its clause.
    fn collective(&self, sp: Span) -> bool {
        self.cues_near(sp.sent, sp.ts.saturating_sub(8), sp.te + 8, &[Cue::Everyone]).any(|(_, e)| {
            self.toks[e.ts].comma == self.toks[sp.ts].comma
                && (e.te <= sp.ts && self.units_between(e.te, sp.ts) <= 12
                    || e.ts >= sp.te && self.units_between(sp.te, e.ts) <= 12
                    || e.ts < sp.te && sp.ts < e.te)
        })
    }

    /// The business closed or the project ended before the firing or cut, in its sentence or the
    /// one before: a lay-off for that reason is no reprisal.
    fn closure(&self, sp: Span) -> bool {
        let lo = sp.ts.saturating_sub(REACH);
        (sp.sent.saturating_sub(1)..=sp.sent)
            .any(|s| self.cues_near(s, lo, sp.ts, &[Cue::Closure]).any(|(_, c)| c.te <= sp.ts))
    }

    /// News before the candidate, with no employer between ("heard on the radio..., but at work
    /// nobody said anything").
    fn news_before(&self, sp: Span) -> bool {
        self.cues_near(sp.sent, Self::reach(sp.ts, sp.te).0, sp.ts, &[Cue::News])
            .any(|(_, n)| n.te <= sp.ts && !self.has_between(sp.sent, n.te, sp.ts, &[Cue::Employer]))
    }

    /// A fellow worker is the last actor named before the candidate in its sentence ("my coworker
    /// told the other shops I steal"): even where a client counts as the employer, a coworker
    /// does not.
    fn coworker_acts(&self, sp: Span) -> bool {
        self.cues_near(sp.sent, sp.ts.saturating_sub(REACH), sp.ts, &[Cue::Employer, Cue::NonEmployer, Cue::Coworker])
            .filter(|(_, h)| h.te <= sp.ts && !self.addressee(h))
            .max_by_key(|(_, h)| h.ts)
            .is_some_and(|(_, h)| h.cue == Cue::Coworker)
    }

    /// A customer, landlord or neighbour making the threat is not employer retaliation. The actor
    /// is the nearest explicit one before the candidate in its sentence, else inside or just
    /// after it (Arabic puts the subject after the verb), else the last one in the sentence
    /// before.
    fn non_employer_actor(&self, sp: Span) -> bool {
        const ACTORS: &[Cue] = &[Cue::Employer, Cue::NonEmployer];
        // A fellow worker acting before the candidate is not the employer either.
        const BEFORE: &[Cue] = &[Cue::Employer, Cue::NonEmployer, Cue::Coworker];
        let lo = sp.ts.saturating_sub(REACH);
        let before = self
            .cues_near(sp.sent, lo, sp.ts, BEFORE)
            .filter(|(_, h)| h.te <= sp.ts && !self.addressee(h))
            .max_by_key(|(_, h)| h.ts);
        let actor = before
            .or_else(|| {
                // Only where the subject may follow its verb (Arabic, Spanish): in "she fired my
                // coworker" the coworker is the object.
                self.cues_near(sp.sent, sp.ts, sp.te + 9, ACTORS)
                    .filter(|(_, h)| h.langs & (Lang::Ar.bit() | Lang::Es.bit()) != 0)
                    .filter(|(_, h)| h.ts >= sp.ts && (h.ts < sp.te || self.units_between(sp.te, h.ts) <= 8))
                    .min_by_key(|(_, h)| h.ts)
            })
            .or_else(|| {
                sp.sent
                    .checked_sub(1)
                    .and_then(|prev| self.cues_near(prev, lo, sp.ts, BEFORE).max_by_key(|(_, h)| h.ts))
            });
        actor.is_some_and(|(_, h)| matches!(h.cue, Cue::NonEmployer | Cue::Coworker))
    }

    /// "My boss told my coworker that...", "le dijo a mi compañera": somebody the employer speaks
    /// to, right after the employer's speech verb, is the audience, not the actor.
    fn addressee(&self, h: &Hit) -> bool {
        // "A mi compañera la corrieron": the Spanish object marker makes a fellow worker the
        // object.
        let object_marker = h.cue == Cue::Coworker
            && h.langs & Lang::Es.bit() != 0
            && (h.ts.saturating_sub(2)..h.ts).any(|k| {
                let t = &self.toks[k];
                matches!(self.norm.chars[t.s..t.e], ['a'] | ['a', 'l'])
            });
        let employer_before = |at: usize| {
            self.cues_near(h.sent, at.saturating_sub(REACH), at, &[Cue::Employer, Cue::ThirdPerson])
                .any(|(_, e)| e.te <= at)
        };
        let spoken_to = matches!(h.cue, Cue::NonEmployer | Cue::Coworker)
            && self
                .cues_near(h.sent, h.ts.saturating_sub(4), h.ts, &[Cue::Speech, Cue::Report])
                .any(|(_, s)| s.te <= h.ts && self.units_between(s.te, h.ts) <= 4 && employer_before(s.ts));
        // A dative or comitative marker right before a fellow worker the employer talks to: "nói
        // với đồng nghiệp", "跟我同事说", "لزميلي", "ለስራ ባልደረባዬ".
        let dative = h.cue == Cue::Coworker && employer_before(h.ts) && self.dative_before(h);
        object_marker || spoken_to || dative
    }

    /// Whether a dative or comitative marker ("to", "với", 跟/对/给, Arabic لـ, Amharic ለ-) comes
    /// right before hit `h` (as the word before it, or fused to the front of its word or the word
    /// before).
    fn dative_before(&self, h: &Hit) -> bool {
        let word = |k: usize| self.toks.get(k).map(|t| &self.norm.chars[t.s..t.e]);
        let fused = |k: usize| word(k).and_then(|w| w.first()).is_some_and(|&c| matches!(c, 'ل' | 'ለ'));
        let tok_start = self.toks.get(h.ts).map_or(h.s, |t| t.s);
        let inside = h.s > tok_start && matches!(self.norm.chars.get(h.s - 1), Some('ل' | 'ለ'));
        let marker = |k: usize| {
            word(k).is_some_and(|w| {
                matches!(w, ['t', 'o'] | ['v', 'o', 'i'] | ['跟'] | ['对'] | ['给'] | ['和'] | ['向'] | ['u'])
            })
        };
        let prev = h.ts.checked_sub(1);
        let prev2 = h.ts.checked_sub(2);
        inside
            || prev.is_some_and(|k| marker(k) || fused(k))
            // "跟我同事": a possessive pronoun between the marker and the noun.
            || prev2.is_some_and(marker)
    }

    /// The worker threatening the employer ("I told him I would call the police on him") or
    /// acting (calling the police) is not retaliation. Decided by who speaks — the nearest speech
    /// verb (after the candidate in verb-final languages, where quotes end in "he said") — and by
    /// a first-person subject right before the verb, which in quoted speech or right after
    /// "he said" is the employer talking.
    fn worker_acts(&self, c: &Cand, sp: Span) -> bool {
        // "I threatened to call the police", "tôi dọa", "le amenacé": the threat is the worker's.
        let threats: Vec<&Hit> = c.check.iter().map(|&p| &self.hits[p]).filter(|h| h.cue == Cue::Threat).collect();
        if threats.iter().any(|t| self.spoken_by_worker(t)) {
            return true;
        }
        let own_threat = !threats.is_empty();
        let speaker: Option<&Hit> = if own_threat { None } else { self.speaker(sp) };
        if let Some(w) = speaker
            && w.cue == Cue::WorkerSpeech
        {
            // "I told him about my pay and he called the police": a third person taking over as
            // subject after a conjunction makes it their act.
            let handed_over = self
                .cues_near(sp.sent, w.te, sp.ts, &[Cue::ThirdPerson, Cue::Employer])
                .any(|(_, h)| h.ts >= w.te && h.te <= sp.ts && self.conj[h.ts] != self.conj[w.ts]);
            if !handed_over {
                return true;
            }
        }
        let Some(verb) = c.verb.and_then(|v| self.hits.get(v)) else { return false };
        let subject = self
            .cues_near(sp.sent, verb.ts.saturating_sub(7), verb.ts, &[Cue::WorkerSubj])
            .filter(|(_, w)| {
                w.te <= verb.ts && self.same_clause(w.ts, verb.ts) && self.units_between(w.te, verb.ts) <= 6
            })
            .max_by_key(|(_, w)| w.ts)
            .map(|(_, w)| w);
        let Some(w) = subject else { return false };
        if self.has_between(
            sp.sent,
            w.te,
            verb.ts,
            &[Cue::ThirdPerson, Cue::Employer, Cue::NonEmployer, Cue::Speech, Cue::Threat],
        ) {
            return false;
        }
        // "if I call the police": the worker's own hypothetical act. A phrase that states the
        // condition itself ("if I keep complaining | I have to be out") ends it: the "I" after it
        // opens the consequence.
        let if_word = self.cues_near(w.sent, w.ts.saturating_sub(1), w.ts, &[Cue::Conditional]).any(|(_, c)| {
            c.te <= w.ts && c.te - c.ts == 1 && self.same_clause(c.ts, w.ts) && self.units_between(c.te, w.ts) == 0
        });
        if if_word {
            return true;
        }
        if self.toks[w.ts].quoted {
            return false;
        }
        // A composite that opens with the home named early ("I rent a room from the owner and he
        // told me ... I have to be out") is spoken where its verb is, not where it starts.
        let speaker = if own_threat || verb.ts <= sp.ts {
            speaker
        } else {
            self.speaker(Span { s: verb.s, e: verb.e, ts: verb.ts, te: verb.te, ..sp })
        };
        !speaker.is_some_and(|s| s.cue != Cue::WorkerSpeech && self.conj[s.ts] == self.conj[w.ts])
    }

    /// Who is talking in span `sp`: the nearest speech verb (or threat verb, which also says
    /// who speaks) before it, or after it in verb-final languages and quotes. A "me" right after
    /// somebody's speech verb is the addressee, not a speaker ("老板娘 text 我说").
    fn speaker(&self, sp: Span) -> Option<&Hit> {
        let is_addressee = |h: &Hit| {
            h.cue == Cue::WorkerSpeech
                && self
                    .cues_near(h.sent, h.ts.saturating_sub(3), h.ts, &[Cue::Speech])
                    .any(|(_, s)| s.te <= h.ts && self.units_between(s.te, h.ts) <= 2)
        };
        let speech: &[Cue] = &[Cue::Speech, Cue::WorkerSpeech];
        let after = if self.verb_final(sp.langs) || self.toks[sp.ts].quoted {
            // "...' after I told him": a speech verb in a subordinate clause is not the quote's
            // attribution.
            let subordinate = |h: &Hit| {
                self.cues_near(h.sent, h.ts.saturating_sub(2), h.ts, &[Cue::Cause])
                    .any(|(_, c)| c.te <= h.ts && self.units_between(c.te, h.ts) <= 2)
            };
            self.cues_near(sp.sent, sp.te, sp.te + 17, speech)
                .filter(|(_, h)| {
                    h.ts >= sp.te && self.units_between(sp.te, h.ts) <= 16 && !is_addressee(h) && !subordinate(h)
                })
                .min_by_key(|(_, h)| h.ts)
                .map(|(_, h)| h)
        } else {
            None
        };
        // A threat verb said by the worker ("I threatened") is covered by its WorkerSpeech.
        let workers_threat = |h: &Hit| h.cue == Cue::Threat && self.spoken_by_worker(h);
        after.or_else(|| {
            self.cues_near(sp.sent, sp.ts.saturating_sub(REACH), sp.ts, &[Cue::Speech, Cue::WorkerSpeech, Cue::Threat])
                .filter(|(_, h)| h.ts < sp.ts && !is_addressee(h) && !workers_threat(h))
                .max_by_key(|(_, h)| h.ts)
                .map(|(_, h)| h)
        })
    }

    /// Whether threat verb `t` is part of the worker's own words ("I threatened", "le amenacé").
    fn spoken_by_worker(&self, t: &Hit) -> bool {
        self.cues_near(t.sent, t.ts.saturating_sub(8), t.te, &[Cue::WorkerSpeech]).any(|(_, w)| w.s < t.e && t.s < w.e)
    }

    /// "Can my boss call ICE on me?" asks about a possibility; "¿Es normal que me pongan solo dos
    /// días?" asks about something that happened (a `Factive` frame), so it is no bare question.; nobody threatened anything.
    fn bare_question(&self, sp: Span) -> bool {
        self.sents.get(sp.sent).is_some_and(|s| s.question)
            && !self.toks[sp.ts].quoted
            && self
                .cues_near(
                    sp.sent,
                    Self::reach(sp.ts, sp.te).0,
                    Self::reach(sp.ts, sp.te).1,
                    &[Cue::Speech, Cue::Threat, Cue::Implied, Cue::Factive],
                )
                .next()
                .is_none()
    }

    /// "My coworker asked me if the boss threatened me with ICE": a reported question. The
    /// asking verb comes before (or, in verb-final languages, after) the candidate; a quoted
    /// question may leave it at the start of the next sentence.
    fn asked_if(&self, sp: Span) -> bool {
        let verb_final = self.verb_final(sp.langs);
        let here = self.cues_near(sp.sent, sp.ts.saturating_sub(REACH), sp.te + 17, &[Cue::AskedIf]).any(|(_, a)| {
            (a.te <= sp.ts && self.conj[a.ts] == self.conj[sp.ts])
                || (verb_final && a.ts >= sp.te && self.units_between(sp.te, a.ts) <= 16)
        });
        let next = self.sents.get(sp.sent).is_some_and(|s| s.question)
            && self
                .sents
                .get(sp.sent + 1)
                .is_some_and(|n| self.cues_near(sp.sent + 1, n.first, n.first + 5, &[Cue::AskedIf]).next().is_some());
        here || next
    }

    /// "The owner called the police to protect me": a call made for the worker.
    fn protective(&self, sp: Span) -> bool {
        self.cues_near(sp.sent, sp.ts.saturating_sub(REACH), sp.te + 13, &[Cue::Protect]).any(|(_, p)| {
            (p.ts >= sp.te && self.units_between(sp.te, p.ts) <= 12) || (p.te <= sp.ts && self.same_clause(p.ts, sp.ts))
        })
    }

    // ---------------------------------------------------------------------------------------
    // Rules
    // ---------------------------------------------------------------------------------------

    fn run(&self) -> Vec<Found> {
        let mut found: Vec<(Kind, Span, usize)> = Vec::new();
        self.immigration(&mut found);
        self.fire_or_cut(Cue::Fire, Kind::Termination, &mut found);
        self.fire_or_cut(Cue::Cut, Kind::HoursOrPayCut, &mut found);
        self.violence(&mut found);
        self.blacklisting(&mut found);
        self.other(&mut found);
        self.finish(found)
    }

    /// Accepts the first unblocked candidate (shortest span first).
    fn accept(&self, mut cands: Vec<Cand>, checks: u16, found: &mut Vec<(Kind, Span, usize)>) -> bool {
        cands.sort_by_key(|c| {
            let sp = self.span(&c.parts);
            (sp.e - sp.s, sp.s)
        });
        for c in cands {
            if !self.blocked(&c, checks) {
                let sp = self.span(&c.parts);
                found.push((c.kind, sp, c.parts[0]));
                return true;
            }
        }
        false
    }

    fn cand(&self, kind: Kind, parts: Vec<usize>, verb: Option<usize>) -> Cand {
        Cand { kind, check: parts.clone(), parts, verb }
    }

    /// Immigration or police threats:
    /// * report verb + authority ("call ICE", "llamar a la migra", "ፖሊስ እጠራለሁ");
    /// * threat verb + authority, deportation or status ("threatened to deport me");
    /// * veiled threat + authority, deportation or status, in its sentence or the one before
    ///   ("He knows I have no papers. He said one call and I'm gone.");
    /// * deportation + future/condition ("me va a deportar"; in Amharic/Somali, + "he said");
    /// * report verb + status + future ("he'll tell them you have no papers");
    /// * fixed phrases ("get you deported", "echarte la migra").
    fn immigration(&self, found: &mut Vec<(Kind, Span, usize)>) {
        let k = Kind::ImmigrationThreat;
        for (i, a) in self.hits.iter().enumerate() {
            let mut cands = Vec::new();
            let verb_final = self.verb_final(a.langs);
            match a.cue {
                Cue::ImmFixed => cands.push(self.cand(k, vec![i], Some(i))),
                Cue::Authority => {
                    for cue in [Cue::Report, Cue::Threat, Cue::Implied] {
                        if let Some(j) = self.nearest(i, &[cue], PAIR_WINDOW, Dir::Any) {
                            let verb = (cue != Cue::Implied).then_some(j);
                            cands.push(self.cand(k, vec![i, j], verb));
                        }
                    }
                    // "...or he will have somebody from ICE check your papers".
                    if let Some(j) = self.nearest(i, &[Cue::Status, Cue::Deport], PAIR_WINDOW, Dir::Any)
                        && let Some(m) = self.nearest(i, &[Cue::Modal, Cue::Conditional], MODAL_WINDOW, Dir::Any)
                    {
                        cands.push(self.cand(k, vec![i, j, m], None));
                    }
                }
                Cue::Deport => {
                    for cue in [Cue::Threat, Cue::Implied] {
                        if let Some(j) = self.nearest(i, &[cue], PAIR_WINDOW, Dir::Any) {
                            cands.push(self.cand(k, vec![i, j], (cue == Cue::Threat).then_some(j)));
                        }
                    }
                    // The future must govern the deportation: in its clause, or before it with
                    // only commas between ("他就去举报我老婆，让她被遣返"); "my brother was
                    // deported last year, now I just want my pay" is no threat.
                    if let Some((j, _)) = self
                        .cues_near(a.sent, a.ts.saturating_sub(17), a.te + 17, &[Cue::Modal, Cue::Conditional])
                        .filter(|(_, m)| {
                            (self.same_clause(m.ts, a.ts) || (m.te <= a.ts && self.conj[m.ts] == self.conj[a.ts]))
                                && self.gap(a, m) <= MODAL_WINDOW
                        })
                        .min_by_key(|(_, m)| self.gap(a, m))
                    {
                        cands.push(self.cand(k, vec![i, j], None));
                    }
                    if verb_final && let Some(j) = self.nearest(i, &[Cue::Speech], MODAL_WINDOW, Dir::Any) {
                        cands.push(self.cand(k, vec![i, j], None));
                    }
                }
                Cue::Status => {
                    for cue in [Cue::Threat, Cue::Implied] {
                        if let Some(j) = self.nearest(i, &[cue], 24, Dir::Any) {
                            cands.push(self.cand(k, vec![i, j], (cue == Cue::Threat).then_some(j)));
                        }
                    }
                    // In verb-final languages the whole sentence is framed by "he said" at its end or
                    // start, and future is in the verb ending, so a speech verb anywhere will do.
                    if let Some(r) = self.nearest(i, &[Cue::Report], PAIR_WINDOW, Dir::Any)
                        && (self.nearest(r, &[Cue::Modal, Cue::Conditional], PAIR_WINDOW, Dir::Any).is_some()
                            || (verb_final
                                && self
                                    .cues_near(
                                        a.sent,
                                        Self::reach(a.ts, a.te).0,
                                        Self::reach(a.ts, a.te).1,
                                        &[Cue::Speech],
                                    )
                                    .next()
                                    .is_some()))
                    {
                        cands.push(self.cand(k, vec![i, r], Some(r)));
                    }
                }
                // "He reminds me I have no papers every time I ask about my pay".
                Cue::NoStatus => {
                    if let Some(j) = self.nearest(i, &[Cue::Remind], PAIR_WINDOW, Dir::Any) {
                        cands.push(self.cand(k, vec![i, j], None));
                    }
                }
                Cue::Implied => {
                    // The status may have been mentioned in the sentence before the veiled threat.
                    const TARGETS: &[Cue] = &[Cue::Status, Cue::Authority, Cue::Deport];
                    if let Some(prev) = a.sent.checked_sub(1)
                        && self.nearest(i, TARGETS, PAIR_WINDOW, Dir::Any).is_none()
                        && self.cues_near(prev, a.ts.saturating_sub(REACH), a.ts, TARGETS).next().is_some()
                    {
                        cands.push(self.cand(k, vec![i], None));
                    }
                }
                _ => {}
            }
            if !cands.is_empty() {
                self.accept(cands, ALL, found);
            }
        }
    }

    /// Firing (or cutting hours/pay) counts only when tied to the worker's complaint:
    /// * a complaint before it in the same or the previous sentence (further back after "since
    ///   then") — "I asked for my overtime. The next day he fired me", "si sigues reclamando te
    ///   corro";
    /// * a complaint after it with a causal or conditional link, in the same or the next sentence
    ///   ("fired me for asking about my pay", "He fired me. All because I asked for overtime.",
    ///   "if you want to keep your job, stop asking about pay");
    /// * a threat to fire or cut ("threatened to fire me").
    fn fire_or_cut(&self, cue: Cue, kind: Kind, found: &mut Vec<(Kind, Span, usize)>) {
        for (i, f) in self.hits.iter().enumerate() {
            if f.cue != cue {
                continue;
            }
            let mut cands = Vec::new();
            let linked = |c: usize| !self.negated(&[c], self.span(&[c]), true) && !self.prior(c);
            // "ka cabatay lacagta laga jaray" (complained about the money that was deducted): a cut
            // that opens with its noun right after a complaint verb with no object of its own, and
            // names no one doing it, is what was complained about, not a reprisal.
            let object = |c: usize| {
                let h = &self.hits[c];
                let has = |ts: usize, te: usize, cues: &[Cue]| self.has_between(f.sent, ts, te, cues);
                cue == Cue::Cut
                    && self.same_clause(h.ts, f.ts)
                    && self.units_between(h.te, f.ts) == 0
                    && self.near(f.sent, f.ts, f.ts + 1).any(|(_, n)| matches!(n.cue, Cue::HoursObj | Cue::Pay))
                    && !has(f.ts, f.te, &[Cue::ThirdPerson, Cue::Employer])
                    && !has(h.ts, h.te, &[Cue::Pay, Cue::HoursObj])
            };
            let before = self.complaints_before(i).into_iter().find(|&c| linked(c) && !object(c));
            let after = self.complaints_after(i).into_iter().find(|&c| linked(c));
            for c in before.into_iter().chain(after) {
                // A complaint in another sentence links the two, but the phrase shown (and
                // checked) is the firing or cut itself.
                let parts = if self.hits[c].sent == f.sent { vec![i, c] } else { vec![i] };
                cands.push(Cand { kind, parts, check: vec![i], verb: None });
            }
            // Verb-final languages put "he threatened" after the quoted threat ("'...እቆርጣለሁ'
            // ብሎ ዛተብኝ").
            let dir = if self.verb_final(f.langs) { Dir::Any } else { Dir::Before };
            if let Some(t) = self.nearest(i, &[Cue::Threat], MODAL_WINDOW, dir) {
                cands.push(self.cand(kind, vec![i, t], None));
            }
            if !cands.is_empty() {
                // Only a cut is undone by "everyone": a group that complained together may be
                // fired together ("we asked for our pay, he fired all of us").
                let collective = if cue == Cue::Cut { COLLECTIVE } else { 0 };
                self.accept(cands, NEG | FEAR | ACTOR | QUESTION_ONLY | ASKED | CLOSURE | collective, found);
            }
        }
    }

    /// Whether complaint `c` is said to have come later ("before I ever complained", "antes de
    /// que yo reclamara"; in verb-final languages "before" follows the verb: "ሳላማርር በፊት").
    fn prior(&self, c: usize) -> bool {
        let h = &self.hits[c];
        let verb_final = self.verb_final(h.langs);
        self.cues_near(h.sent, h.ts.saturating_sub(4), h.te + 3, &[Cue::Prior]).any(|(_, p)| {
            (p.te <= h.ts && self.units_between(p.te, h.ts) <= 4)
                || (verb_final && p.ts >= h.ts && self.units_between(h.te, p.ts) <= 2)
        })
    }

    /// Complaints before hit `i`, nearest first: in its sentence, the previous one, or — when
    /// the sentence says "since then" — up to three sentences back.
    fn complaints_before(&self, i: usize) -> Vec<usize> {
        let f = &self.hits[i];
        let (lo, hi) = Self::reach(f.ts, f.te);
        let back = if self.cues_near(f.sent, lo, hi, &[Cue::Since]).next().is_some() { 3 } else { 1 };
        let lo = f.ts.saturating_sub(2 * REACH);
        let mut found: Vec<(usize, usize)> = (f.sent.saturating_sub(back)..=f.sent)
            .flat_map(|s| self.cues_near(s, lo, f.ts, &[Cue::Complaint]))
            .filter(|(_, c)| c.te <= f.ts)
            .map(|(j, c)| (c.te, j))
            .collect();
        found.sort_unstable_by(|a, b| b.cmp(a));
        found.into_iter().map(|(_, j)| j).collect()
    }

    /// Complaints after hit `i` tied to it: in its sentence by "because/for/if" between them (or
    /// a condition just before the firing: "if you want your job, stop asking"); in the next
    /// sentence only by a strictly causal word ("He fired me. All because I asked.").
    fn complaints_after(&self, i: usize) -> Vec<usize> {
        let f = &self.hits[i];
        let conditioned = self
            .cues_near(f.sent, f.ts.saturating_sub(9), f.ts, &[Cue::Conditional])
            .any(|(_, c)| c.te <= f.ts && self.units_between(c.te, f.ts) <= 8);
        let hi = f.te + REACH;
        // In verb-final languages the "if" or "because" is a verb form right after the complaint
        // ("ወደ ሌበር ቢሮ ብትሄድ", if you go to the labour office).
        let tail = if self.verb_final(f.langs) { 3 } else { 0 };
        let same = self.cues_near(f.sent, f.te, hi, &[Cue::Complaint]).filter(|(_, c)| {
            conditioned
                || self
                    .cues_near(f.sent, f.te, c.te + tail, &[Cue::Cause, Cue::Conditional, Cue::Because])
                    .any(|(_, k)| k.ts >= f.te && (k.ts <= c.ts || (tail > 0 && k.ts < c.te + tail)))
        });
        let next = self
            .cues_near(f.sent + 1, f.te, hi, &[Cue::Complaint])
            .filter(|(_, c)| self.cues_near(f.sent + 1, f.te, c.ts + 1, &[Cue::Because]).next().is_some());
        same.chain(next).map(|(j, _)| j).collect()
    }

    /// Violence or physical intimidation aimed at someone; a weapon needs a threat context.
    fn violence(&self, found: &mut Vec<(Kind, Span, usize)>) {
        let k = Kind::ViolenceOrIntimidation;
        for (i, h) in self.hits.iter().enumerate() {
            let cands = match h.cue {
                // "ICE came to my house", "la migra vino a mi casa": a raid is the immigration
                // threat carried out, not the employer's intimidation.
                Cue::Violence if self.authority_acts(h) => continue,
                Cue::Violence => vec![self.cand(k, vec![i], Some(i))],
                // "I know what school your kids go to", "小心你老婆孩子": a veiled warning about
                // the worker's family is a threat of harm.
                // The family is what the warning is about, so it follows the warning ("my mother
                // told me to be careful" is the family speaking).
                Cue::Family => self
                    .cues_near(h.sent, h.ts.saturating_sub(MODAL_WINDOW as usize), h.ts, &[Cue::Implied])
                    .filter(|(_, m)| m.ts < h.ts && self.units_between(m.te, h.ts) <= MODAL_WINDOW)
                    .max_by_key(|(_, m)| m.ts)
                    .map(|(j, _)| vec![self.cand(k, vec![i, j], None)])
                    .unwrap_or_default(),
                Cue::Weapon => self
                    .nearest(i, &[Cue::Threat, Cue::Violence, Cue::Implied, Cue::Conditional], MODAL_WINDOW, Dir::Any)
                    .or_else(|| self.nearest(i, &[Cue::Brandish], 6, Dir::Any))
                    .map(|j| vec![self.cand(k, vec![i, j], None)])
                    .unwrap_or_default(),
                _ => continue,
            };
            if !cands.is_empty() {
                self.accept(cands, ALL, found);
            }
        }
    }

    /// Whether immigration enforcement or the police is the subject right before hit `h`.
    fn authority_acts(&self, h: &Hit) -> bool {
        self.cues_near(h.sent, h.ts.saturating_sub(3), h.ts, &[Cue::Authority])
            .any(|(_, a)| a.te <= h.ts && self.same_clause(a.ts, h.ts) && self.units_between(a.te, h.ts) <= 4)
    }

    /// Blacklisting: fixed phrases, or hiring/telling + "nobody / other employers" in a threat
    /// context ("nadie te va a dar trabajo", "I'll tell the other contractors").
    fn blacklisting(&self, found: &mut Vec<(Kind, Span, usize)>) {
        let k = Kind::Blacklisting;
        // Posting the worker's name on Facebook or in a group chat is the blacklisting itself, so
        // social media is not a news report here.
        let checks = (ALL & !NEG & !NEWS) | NEG_BEFORE | NEWS_BEFORE;
        for (i, h) in self.hits.iter().enumerate() {
            let cands = match h.cue {
                // On an agency's books the client is the employer: "el cliente me puso en su lista
                // negra", said by the agency, is the employer blacklisting.
                Cue::Blacklist
                    if self
                        .cues_near(h.sent, h.ts.saturating_sub(REACH), h.te + REACH, &[Cue::Audience])
                        .next()
                        .is_some() =>
                {
                    if !self.blocked(&self.cand(k, vec![i], None), checks & !ACTOR)
                        && !self.coworker_acts(self.span(&[i]))
                    {
                        found.push((k, self.span(&[i]), i));
                    }
                    continue;
                }
                Cue::Blacklist => vec![self.cand(k, vec![i], None)],
                Cue::BadReference => {
                    if !self.blocked(&self.cand(k, vec![i], None), checks & !ACTOR)
                        && !self.coworker_acts(self.span(&[i]))
                    {
                        found.push((k, self.span(&[i]), i));
                    }
                    continue;
                }
                Cue::BlacklistWeak => self
                    .nearest(i, &[Cue::Modal, Cue::Threat, Cue::Conditional, Cue::Speech], 20, Dir::Any)
                    .map(|j| vec![self.cand(k, vec![i, j], None)])
                    .unwrap_or_default(),
                _ => continue,
            };
            if !cands.is_empty() {
                self.accept(cands, checks, found);
            }
        }
    }

    /// Other threats: specific ones (lawsuits, false accusations) and composites in a threat
    /// context (eviction from employer housing, withheld passports, calls to the family); and,
    /// only where nothing more specific was found in the sentence, a bare threat verb or generic
    /// menace ("you'll regret it" said while getting in the worker's face is intimidation).
    fn other(&self, found: &mut Vec<(Kind, Span, usize)>) {
        let k = Kind::OtherThreat;
        let mut specific = vec![false; self.sents.len()];
        for (_, sp, _) in found.iter() {
            if let Some(flag) = specific.get_mut(sp.sent) {
                *flag = true;
            }
        }
        let found_before = found.len();
        let support: &[Cue] = &[Cue::Speech, Cue::Threat, Cue::Modal, Cue::Conditional, Cue::Implied];
        // A composite (the final check held, an eviction) is also a threat when put as a
        // condition: "held until I sign".
        let composite_support: &[Cue] =
            &[Cue::Speech, Cue::Threat, Cue::Modal, Cue::Conditional, Cue::Implied, Cue::Until];
        for (i, h) in self.hits.iter().enumerate() {
            let yields = matches!(h.cue, Cue::Threat | Cue::Menace | Cue::Accuse);
            if yields && specific.get(h.sent).copied().unwrap_or(false) {
                continue;
            }
            // "tell my landlord and my kids' school that I'm illegal": the family is the audience
            // of the immigration threat, not a threat of its own.
            // Likewise a word already read as part of a specific threat ("coi chừng giấy tờ", be
            // careful with your papers) is not a second, generic one.
            if matches!(h.cue, Cue::OtherComposite | Cue::OtherWeak)
                && found[..found_before].iter().any(|(_, sp, _)| sp.s < h.e && h.s < sp.e)
            {
                continue;
            }
            let cands = match h.cue {
                Cue::Threat => vec![self.cand(k, vec![i], Some(i))],
                Cue::OtherFixed | Cue::Menace => vec![self.cand(k, vec![i], None)],
                // "I had to move out of the apartment", "I will call my family": the worker acting
                // is not a threat, hence the composite is its own verb.
                Cue::Leverage => {
                    if !self.blocked(&self.cand(k, vec![i], None), ALL & !NEG) {
                        found.push((k, self.span(&[i]), i));
                    }
                    continue;
                }
                Cue::OtherWeak | Cue::OtherComposite | Cue::Accuse => self
                    .nearest(i, if h.cue == Cue::OtherComposite { composite_support } else { support }, 24, Dir::Any)
                    .map(|j| {
                        let verb = (h.cue == Cue::OtherComposite).then(|| self.composite_verb(i));
                        let mut c = self.cand(k, vec![i, j], verb);
                        // What the worker must do "until" is the condition, not the threat: a
                        // negation in it ("sign that nothing is owed") does not cancel it.
                        if self.hits[j].cue == Cue::Until {
                            c.check = vec![i];
                        }
                        vec![c]
                    })
                    // An eviction carried out, tied to the complaint like a firing ("me sacó del
                    // trailer después de que reclamé").
                    .or_else(|| {
                        (h.cue == Cue::OtherComposite
                            && self
                                .complaints_before(i)
                                .into_iter()
                                .chain(self.complaints_after(i))
                                .any(|c| !self.negated(&[c], self.span(&[c]), true) && !self.prior(c)))
                        .then(|| vec![self.cand(k, vec![i], Some(self.composite_verb(i)))])
                    })
                    .unwrap_or_default(),
                _ => continue,
            };
            if !cands.is_empty() {
                self.accept(cands, ALL, found);
            }
        }
    }

    /// The verb inside composite `i` (the eviction or withholding word, not the home named
    /// first: in "Tôi ở nhà của chủ ... bị bảo dọn ra" the worker lives, the boss evicts).
    fn composite_verb(&self, i: usize) -> usize {
        let h = &self.hits[i];
        self.near(h.sent, h.ts, h.te)
            .filter(|(j, v)| {
                *j != i && v.te <= h.te && matches!(v.cue, Cue::Evict | Cue::Withhold | Cue::Report | Cue::Charge)
            })
            .max_by_key(|(_, v)| v.ts)
            .map_or(i, |(j, _)| j)
    }

    /// One signal per kind per non-overlapping span, mapped back to original offsets.
    fn finish(&self, mut found: Vec<(Kind, Span, usize)>) -> Vec<Found> {
        found.sort_by_key(|(k, sp, _)| (*k, sp.s, std::cmp::Reverse(sp.e)));
        let mut out: Vec<Found> = Vec::new();
        let mut last: Option<(Kind, usize)> = None;
        for (kind, sp, anchor) in found {
            if last.is_some_and(|(k, e)| k == kind && sp.s < e) {
                continue;
            }
            last = Some((kind, sp.e));
            // Stems match inside words ("deport*" in "deported"); show whole words.
            let (ws, we) = self.whole_words(sp.s, sp.e);
            let (Some(&start), Some(&end)) = (self.norm.starts.get(ws), self.norm.ends.get(we - 1)) else {
                continue;
            };
            out.push(Found { kind, start, end, lang: self.attribute(sp, anchor) });
        }
        out.sort_by_key(|f| (f.start, f.kind));
        out
    }

    /// Widens a normalised character range to whole words (not across Han ideographs, each of
    /// which is a word).
    fn whole_words(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        let chars = &self.norm.chars;
        let inner = |c: char| is_word(c) && !is_han(c);
        while s > 0 && inner(chars[s - 1]) && inner(chars[s]) {
            s -= 1;
        }
        while e < chars.len() && inner(chars[e]) && inner(chars[e - 1]) {
            e += 1;
        }
        (s, e)
    }

    /// The lexicon language credited with a signal: the declared language if the signal's words
    /// belong to it, else the anchor word's language.
    fn attribute(&self, sp: Span, anchor: usize) -> Lang {
        let anchor_langs = self.hits.get(anchor).map_or(sp.langs, |h| h.langs);
        match self.declared {
            Some(d) if anchor_langs & d.bit() != 0 => d,
            _ => Lang::first_in(anchor_langs).or(self.declared).unwrap_or(Lang::En),
        }
    }
}

/// Lists the cues found in `text`, one per line (debugging aid for lexicon work).
#[cfg(test)]
pub(crate) fn explain(text: &str, declared: Option<Lang>) -> String {
    let norm = normalize(text);
    if norm.chars.is_empty() {
        return String::new();
    }
    let ctx = Ctx::new(&norm, declared);
    let mut out = String::new();
    for h in &ctx.hits {
        let s: String = norm.chars[h.s..h.e].iter().collect();
        out.push_str(&format!(
            "s{} t{}-{} c{} {:?} {:?} on={} langs={:07b}\n",
            h.sent,
            h.ts,
            h.te,
            ctx.clause[h.ts],
            h.cue,
            s,
            ctx.on(h),
            h.langs
        ));
    }
    out
}
