//! Measures retaliation screening against the labelled corpus in `shared/corpus/retaliation/`.
//!
//! Each line of `<lang>.jsonl` is `{"id", "lang", "text", "kinds": [codes], "note"}`; empty
//! `kinds` means "not retaliation". The test prints, per language and per kind, TP/FP/FN with
//! precision and recall, and every miss; run with `-- --nocapture` to see the table.
//!
//! It fails if, for any language, flagged-vs-not precision < 0.90 or recall < 0.95; if
//! immigration-threat precision < 0.90 or recall < 0.95 in any language; or if the macro-averaged
//! recall over the six kinds (pooled over languages) is < 0.85.

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

fn load(lang: &str) -> Vec<Example> {
    let path: PathBuf =
        [env!("CARGO_MANIFEST_DIR"), "corpus", "retaliation", &format!("{lang}.jsonl")].iter().collect();
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

#[test]
fn corpus_precision_and_recall() {
    let mut failures: Vec<String> = Vec::new();
    let mut pooled: BTreeMap<RetaliationKind, Counts> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    println!("\n{:<8} {:<26} {:>3} {:>3} {:>3}", "lang", "measure", "TP", "FP", "FN");
    for lang in LANGS {
        let examples = load(lang);
        assert!(!examples.is_empty(), "{lang}: empty corpus");
        let mut flagged = Counts::default();
        let mut per_kind: BTreeMap<RetaliationKind, Counts> = BTreeMap::new();
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
        println!("{:<8} {:<26} {}", lang, "flagged", flagged.row());
        for (kind, c) in &per_kind {
            if c.tp + c.fp + c.fn_ > 0 {
                println!("{:<8} {:<26} {}", lang, kind.code(), c.row());
            }
        }
        if flagged.precision() < 0.90 || flagged.recall() < 0.95 {
            failures.push(format!("{lang}: flagged P {:.2} R {:.2}", flagged.precision(), flagged.recall()));
        }
        let imm = per_kind.get(&RetaliationKind::ImmigrationThreat).copied().unwrap_or_default();
        if imm.precision() < 0.90 || imm.recall() < 0.95 {
            failures.push(format!("{lang}: immigration_threat P {:.2} R {:.2}", imm.precision(), imm.recall()));
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
    println!("macro-averaged recall over kinds: {macro_recall:.3}\n");
    for m in &misses {
        println!("{m}");
    }
    if macro_recall < 0.85 {
        failures.push(format!("macro-averaged recall {macro_recall:.3} < 0.85"));
    }
    assert!(failures.is_empty(), "corpus thresholds not met:\n{}", failures.join("\n"));
}
