//! Measures retaliation screening against three labelled sets under `shared/corpus/`:
//!
//! * `retaliation/`: the first corpus; the rules were written against it, so it scores high and
//!   fails below 0.90 precision / 0.95 recall (flagged, and immigration threats) per language.
//! * `retaliation-dev/`: a development set written without seeing the rules; tuning on it is
//!   allowed, by each language's own ways of saying a thing.
//! * `retaliation-dev2/`: a second development set by another author, for the same use.
//! * `retaliation-heldout/`: the held-out set; measured, never tuned on, and its misses are never
//!   printed (a floor at the measured level guards against regressions).
//!
//! Each line of `<lang>.jsonl` is `{"id", "lang", "text", "kinds": [codes], "note"}`; empty
//! `kinds` means "not retaliation". Each test prints, per language and per kind, TP/FP/FN with
//! precision and recall; run with `-- --nocapture --test-threads=1` to see the tables.

use std::collections::BTreeMap;
use std::path::PathBuf;

use reclamo_shared::complaint::RetaliationAnswers;
use reclamo_shared::retaliation::{RetaliationKind, screen};

const LANGS: [&str; 7] = ["en", "es", "vi", "ar", "am", "so", "zh-Hans"];

/// A JSON value, as far as the corpus needs it.
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Str(String),
    Arr(Vec<Json>),
    Other,
}

/// A minimal parser for the corpus's flat JSON objects (strings with `\" \\ \n \uXXXX` escapes,
/// arrays of strings, and scalars). The shared crate has no JSON dependency and needs none.
struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.chars.next();
        }
    }

    fn expect(&mut self, want: char) -> Result<(), String> {
        self.ws();
        match self.chars.next() {
            Some(c) if c == want => Ok(()),
            other => Err(format!("expected {want:?}, found {other:?}")),
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut v = 0;
        for _ in 0..4 {
            let d = self.chars.next().and_then(|c| c.to_digit(16)).ok_or("bad \\u escape")?;
            v = v * 16 + d;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.expect('"')?;
        let mut out = String::new();
        loop {
            match self.chars.next().ok_or("unterminated string")? {
                '"' => return Ok(out),
                '\\' => match self.chars.next().ok_or("bad escape")? {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    '/' => out.push('/'),
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' => {
                        let hi = self.hex4()?;
                        let cp = if (0xD800..0xDC00).contains(&hi) {
                            if self.chars.next() != Some('\\') || self.chars.next() != Some('u') {
                                return Err("lone surrogate".into());
                            }
                            let lo = self.hex4()?;
                            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                        } else {
                            hi
                        };
                        out.push(char::from_u32(cp).ok_or("bad code point")?);
                    }
                    other => return Err(format!("bad escape \\{other}")),
                },
                c => out.push(c),
            }
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.chars.peek() {
            Some('"') => Ok(Json::Str(self.string()?)),
            Some('[') => {
                self.chars.next();
                let mut items = Vec::new();
                self.ws();
                if self.chars.peek() == Some(&']') {
                    self.chars.next();
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.chars.next() {
                        Some(',') => continue,
                        Some(']') => return Ok(Json::Arr(items)),
                        other => return Err(format!("bad array separator {other:?}")),
                    }
                }
            }
            _ => {
                while self.chars.peek().is_some_and(|c| !matches!(c, ',' | '}' | ']')) {
                    self.chars.next();
                }
                Ok(Json::Other)
            }
        }
    }

    fn object(line: &str) -> Result<BTreeMap<String, Json>, String> {
        let mut p = Parser { chars: line.chars().peekable() };
        p.expect('{')?;
        let mut map = BTreeMap::new();
        loop {
            p.ws();
            if p.chars.peek() == Some(&'}') {
                return Ok(map);
            }
            let key = p.string()?;
            p.expect(':')?;
            let value = p.value()?;
            map.insert(key, value);
            p.ws();
            match p.chars.next() {
                Some(',') => continue,
                Some('}') => return Ok(map),
                other => return Err(format!("bad object separator {other:?}")),
            }
        }
    }
}

struct Example {
    id: String,
    lang: String,
    text: String,
    kinds: Vec<RetaliationKind>,
}

fn load(set: &str, lang: &str) -> Vec<Example> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "corpus", set, &format!("{lang}.jsonl")].iter().collect();
    let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, line)| {
            let obj = Parser::object(line).unwrap_or_else(|e| panic!("{lang}.jsonl line {}: {e}", n + 1));
            let text_field = |k: &str| match obj.get(k) {
                Some(Json::Str(s)) => s.clone(),
                _ => panic!("{lang}.jsonl line {}: missing string field {k}", n + 1),
            };
            let kinds = match obj.get("kinds") {
                Some(Json::Arr(items)) => items
                    .iter()
                    .map(|v| match v {
                        Json::Str(code) => RetaliationKind::from_code(code)
                            .unwrap_or_else(|| panic!("{lang}.jsonl line {}: unknown kind {code}", n + 1)),
                        _ => panic!("{lang}.jsonl line {}: kinds must be strings", n + 1),
                    })
                    .collect(),
                _ => panic!("{lang}.jsonl line {}: missing kinds", n + 1),
            };
            Example { id: text_field("id"), lang: text_field("lang"), text: text_field("text"), kinds }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn add(&mut self, expected: bool, got: bool) {
        match (expected, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fp) }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { f64::from(self.tp) / f64::from(self.tp + self.fn_) }
    }
    fn row(self) -> String {
        format!("{:>3} {:>3} {:>3}  P {:.2}  R {:.2}", self.tp, self.fp, self.fn_, self.precision(), self.recall())
    }
}

fn codes(kinds: &[RetaliationKind]) -> String {
    let v: Vec<&str> = kinds.iter().map(|k| k.code()).collect();
    format!("[{}]", v.join(","))
}

/// What a measurement must reach, and whether its misses may be printed.
struct Thresholds {
    /// Flagged-vs-not precision, per language.
    flagged_precision: f64,
    /// Flagged-vs-not recall, per language.
    flagged_recall: f64,
    /// Immigration-threat precision, per language.
    immigration_precision: f64,
    /// Immigration-threat recall, per language.
    immigration_recall: f64,
    /// Macro-averaged recall over the six kinds, pooled over languages.
    macro_recall: f64,
    /// Print the texts the screening got wrong. Never for the held-out set: whoever reads a
    /// held-out miss can no longer tune without biasing the measure.
    show_misses: bool,
}

/// Screens every narrative of `set`, prints the table, and returns the thresholds not met.
fn measure(set: &str, t: &Thresholds) -> Vec<String> {
    let mut failures: Vec<String> = Vec::new();
    let mut pooled: BTreeMap<RetaliationKind, Counts> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    println!("\n== {set}\n{:<8} {:<26} {:>3} {:>3} {:>3}", "lang", "measure", "TP", "FP", "FN");
    for lang in LANGS {
        let examples = load(set, lang);
        assert!(!examples.is_empty(), "{set}/{lang}: empty corpus");
        let mut flagged = Counts::default();
        let mut per_kind: BTreeMap<RetaliationKind, Counts> = BTreeMap::new();
        let mut wrong = 0;
        for ex in &examples {
            assert_eq!(ex.lang, lang, "{}: lang field", ex.id);
            let s = screen(&[("narrative", ex.text.as_str())], lang, &RetaliationAnswers::default());
            flagged.add(!ex.kinds.is_empty(), s.flagged);
            for kind in RetaliationKind::ALL {
                let (e, g) = (ex.kinds.contains(&kind), s.kinds.contains(&kind));
                per_kind.entry(kind).or_default().add(e, g);
                pooled.entry(kind).or_default().add(e, g);
            }
            let mut expected = ex.kinds.clone();
            expected.sort();
            expected.dedup();
            if expected != s.kinds {
                wrong += 1;
                if t.show_misses {
                    let phrases: Vec<String> = s
                        .signals
                        .iter()
                        .filter_map(|sig| match &sig.source {
                            reclamo_shared::retaliation::SignalSource::Narrative { phrase, .. } => {
                                Some(format!("{}:{phrase:?}", sig.kind.code()))
                            }
                            _ => None,
                        })
                        .collect();
                    misses.push(format!(
                        "MISS {} expected {} got {} {}\n     {}",
                        ex.id,
                        codes(&expected),
                        codes(&s.kinds),
                        phrases.join(" "),
                        ex.text
                    ));
                }
            }
        }
        println!("{:<8} {:<26} {}", lang, "flagged", flagged.row());
        for (kind, c) in &per_kind {
            if c.tp + c.fp + c.fn_ > 0 {
                println!("{:<8} {:<26} {}", lang, kind.code(), c.row());
            }
        }
        println!("{:<8} {:<26} {wrong} of {}", lang, "kinds not exactly right", examples.len());
        if flagged.precision() < t.flagged_precision || flagged.recall() < t.flagged_recall {
            failures.push(format!("{set}/{lang}: flagged P {:.2} R {:.2}", flagged.precision(), flagged.recall()));
        }
        let imm = per_kind.get(&RetaliationKind::ImmigrationThreat).copied().unwrap_or_default();
        if imm.precision() < t.immigration_precision || imm.recall() < t.immigration_recall {
            failures.push(format!("{set}/{lang}: immigration_threat P {:.2} R {:.2}", imm.precision(), imm.recall()));
        }
    }
    println!();
    let mut recalls = Vec::new();
    for (kind, c) in &pooled {
        println!("{:<8} {:<26} {}", "all", kind.code(), c.row());
        if c.tp + c.fn_ > 0 {
            recalls.push(c.recall());
        }
    }
    let macro_recall = recalls.iter().sum::<f64>() / recalls.len().max(1) as f64;
    println!("{set}: macro-averaged recall over kinds: {macro_recall:.3}\n");
    for m in &misses {
        println!("{m}");
    }
    if macro_recall < t.macro_recall {
        failures.push(format!("{set}: macro-averaged recall {macro_recall:.3} < {:.2}", t.macro_recall));
    }
    failures
}

/// The first corpus: the rules were written against it, so it must score high.
#[test]
fn corpus_precision_and_recall() {
    let failures = measure(
        "retaliation",
        &Thresholds {
            flagged_precision: 0.90,
            flagged_recall: 0.95,
            immigration_precision: 0.90,
            immigration_recall: 0.95,
            macro_recall: 0.85,
            show_misses: true,
        },
    );
    assert!(failures.is_empty(), "corpus thresholds not met:\n{}", failures.join("\n"));
}

/// The development set (`corpus/retaliation-dev/`), written without seeing the rules; rules may
/// be tuned on it, by each language's own ways of saying a thing, not by copying its sentences.
#[test]
fn development_set_precision_and_recall() {
    let failures = measure("retaliation-dev", &DEV_FLOOR);
    assert!(failures.is_empty(), "development set thresholds not met:\n{}", failures.join("\n"));
}

/// The second development set (`corpus/retaliation-dev2/`), written later by another author who
/// saw neither the rules nor the other sets.
#[test]
fn second_development_set_precision_and_recall() {
    let failures = measure("retaliation-dev2", &DEV2_FLOOR);
    assert!(failures.is_empty(), "second development set thresholds not met:\n{}", failures.join("\n"));
}

/// The held-out set (`corpus/retaliation-heldout/`): measured only, never tuned on, and its misses
/// are never printed. The floor guards against regressions; the target is 0.95 everywhere.
#[test]
fn held_out_set_precision_and_recall() {
    let failures = measure("retaliation-heldout", &HELD_OUT_FLOOR);
    assert!(failures.is_empty(), "held-out set floor not met:\n{}", failures.join("\n"));
}

/// What the development set must keep scoring (the measured level, rounded down; raise it as
/// the rules improve).
const DEV_FLOOR: Thresholds = Thresholds {
    flagged_precision: 1.00,
    flagged_recall: 1.00,
    immigration_precision: 1.00,
    immigration_recall: 1.00,
    macro_recall: 0.95,
    show_misses: true,
};

/// What the second development set must keep scoring (the measured level, rounded down).
const DEV2_FLOOR: Thresholds = Thresholds {
    flagged_precision: 1.00,
    flagged_recall: 1.00,
    immigration_precision: 1.00,
    immigration_recall: 1.00,
    macro_recall: 1.00,
    show_misses: true,
};

/// What the held-out set must keep scoring (the measured level, rounded down). The target is
/// 0.95 everywhere; see `corpus/retaliation-heldout/RESULTS.md` for the figures.
const HELD_OUT_FLOOR: Thresholds = Thresholds {
    flagged_precision: 0.90,
    flagged_recall: 0.65,
    immigration_precision: 0.75,
    immigration_recall: 0.75,
    macro_recall: 0.70,
    show_misses: false,
};
