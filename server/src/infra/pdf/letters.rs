//! Letters about a case, as PDF: the notice of complaint and the demand for payment go to the
//! employer (English); the determination goes to both sides, so it is in English and, below, in
//! the worker's language. A worker is named only when they agreed to share their name with the
//! employer; otherwise the letter describes the job and the period.

use super::{Document, PdfError, fonts};
use reclamo_app::i18n::{Catalog, Dir};
use reclamo_shared::complaint::Violation;
use reclamo_shared::money::Cents;

/// Which letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterKind {
    /// Notice of complaint to the employer (21 days to answer).
    Notice,
    /// Demand for payment.
    Demand,
    /// The determination.
    Determination,
    /// A referral a supervisor approved, to the destination's office (English).
    Referral(reclamo_shared::referral::Destination),
}

impl LetterKind {
    /// From the URL segment (`notice`, `demand`, `determination`, `referral-<destination>`).
    pub fn from_code(code: &str) -> Option<LetterKind> {
        match code {
            "notice" => Some(LetterKind::Notice),
            "demand" => Some(LetterKind::Demand),
            "determination" => Some(LetterKind::Determination),
            _ => code
                .strip_prefix("referral-")
                .and_then(reclamo_shared::referral::Destination::from_code)
                .map(LetterKind::Referral),
        }
    }

    /// The URL segment.
    pub fn code(self) -> String {
        match self {
            LetterKind::Notice => "notice".into(),
            LetterKind::Demand => "demand".into(),
            LetterKind::Determination => "determination".into(),
            LetterKind::Referral(d) => format!("referral-{}", d.code()),
        }
    }

    /// The message id of its title.
    fn title_id(self) -> &'static str {
        match self {
            LetterKind::Notice => "letter-notice-title",
            LetterKind::Demand => "letter-demand-title",
            LetterKind::Determination => "letter-determination-title",
            LetterKind::Referral(_) => "letter-referral-title",
        }
    }
}

/// How a letter refers to the worker.
#[derive(Clone, Debug)]
pub enum WorkerRef {
    /// The worker agreed to be named.
    Named(String),
    /// Described by job and period only.
    Described {
        /// Job as reported.
        role: Option<String>,
        /// Period start.
        start: Option<String>,
        /// Period end.
        end: Option<String>,
    },
}

/// One amount line of a demand or determination.
#[derive(Clone, Debug)]
pub struct AmountLine {
    /// Calculator line code (its label is translated).
    pub code: String,
    /// Amount.
    pub amount: Cents,
    /// Legal citation.
    pub citation: String,
    /// Rule still to be verified with counsel.
    pub verify: bool,
    /// The line rests on the city's policy, not on enacted law.
    pub policy: bool,
    /// The confirmed instance of retaliation the line comes from.
    pub source: Option<reclamo_shared::remedy::LineSource>,
}

/// What a letter says.
#[derive(Clone, Debug)]
pub struct LetterData {
    /// Which letter.
    pub kind: LetterKind,
    /// Case reference (the internal case number, never the worker's tracking code).
    pub case_ref: String,
    /// Date of the letter.
    pub date: chrono::NaiveDate,
    /// Employer as named in the complaint (or its record).
    pub employer: String,
    /// Employer address, when known.
    pub employer_address: Option<String>,
    /// The worker.
    pub worker: WorkerRef,
    /// What was reported.
    pub violations: Vec<Violation>,
    /// Amounts (demand, determination).
    pub lines: Vec<AmountLine>,
    /// Total of the lines.
    pub total: Cents,
    /// When the determination was approved.
    pub approved_on: Option<chrono::NaiveDate>,
    /// The retaliation found, by kind, with the confirmed instances (most severe first).
    pub findings: Vec<(reclamo_shared::retaliation::RetaliationKind, u32)>,
}

/// The translated label of a retaliation kind.
fn kind_label(c: &Catalog, kind: reclamo_shared::retaliation::RetaliationKind) -> String {
    c.t(&format!("retaliation-kind-{}", kind.code().replace('_', "-")))
}

fn section(doc: &mut Document<'_>, c: &Catalog, d: &LetterData) {
    doc.rtl = c.dir == Dir::Rtl;
    let t = |id: &str| c.t(id);
    let title = t(d.kind.title_id());
    doc.paragraph(&format!("Reclamo — {title}"), 18.0, 0.0);
    if let LetterKind::Referral(to) = d.kind {
        return referral_section(doc, c, d, to);
    }
    doc.paragraph(&c.t_args("letter-case", &[("case", &d.case_ref)]), 11.0, 0.0);
    doc.paragraph(&c.t_args("letter-date", &[("date", &d.date.to_string())]), 11.0, 0.0);
    doc.gap(6.0);
    doc.paragraph(&d.employer, 12.0, 0.0);
    if let Some(a) = &d.employer_address {
        doc.paragraph(a, 11.0, 0.0);
    }
    doc.gap(8.0);
    let intro = match d.kind {
        LetterKind::Notice => c.t_args("letter-notice-intro", &[("employer", &d.employer)]),
        LetterKind::Demand => c.t_args("letter-demand-intro", &[("employer", &d.employer), ("case", &d.case_ref)]),
        LetterKind::Determination | LetterKind::Referral(_) => {
            let date = d.approved_on.unwrap_or(d.date).to_string();
            c.t_args("letter-determination-intro", &[("employer", &d.employer), ("case", &d.case_ref), ("date", &date)])
        }
    };
    doc.paragraph(&intro, 11.0, 0.0);
    let unknown = t("letter-unknown");
    let worker = match &d.worker {
        WorkerRef::Named(name) => c.t_args("letter-worker-named", &[("name", name)]),
        WorkerRef::Described { role, start, end } => c.t_args(
            "letter-worker-described",
            &[
                ("role", role.as_deref().unwrap_or(&unknown)),
                ("start", start.as_deref().unwrap_or(&unknown)),
                ("end", end.as_deref().unwrap_or(&unknown)),
            ],
        ),
    };
    doc.paragraph(&worker, 11.0, 0.0);
    if !d.violations.is_empty() {
        doc.gap(4.0);
        doc.paragraph(&t("letter-violations"), 12.0, 0.0);
        for v in &d.violations {
            doc.paragraph(&format!("• {}", t(&format!("violation-{}", v.code()))), 11.0, 12.0);
        }
    }
    if !d.findings.is_empty() {
        doc.gap(4.0);
        doc.paragraph(&t("letter-retaliation-found"), 12.0, 0.0);
        for (kind, count) in &d.findings {
            let finding = c.t_args(
                "letter-retaliation-finding",
                &[("kind", &kind_label(c, *kind)), ("count", &count.to_string())],
            );
            doc.paragraph(&format!("• {finding}"), 11.0, 12.0);
        }
    }
    if !d.lines.is_empty() {
        doc.gap(4.0);
        for l in &d.lines {
            let mark = match (l.verify, l.policy) {
                (_, true) => " **",
                (true, false) => " *",
                (false, false) => "",
            };
            let from = l.source.map(|s| format!(" — {} #{}", kind_label(c, s.kind), s.instance)).unwrap_or_default();
            doc.paragraph(&format!("{}{from}: {}{mark}", t(&format!("calc-line-{}", l.code)), l.amount), 11.0, 12.0);
            doc.paragraph(&l.citation, 9.0, 24.0);
        }
        doc.paragraph(&c.t_args("letter-total", &[("amount", &d.total.to_string())]), 13.0, 0.0);
        if d.lines.iter().any(|l| l.verify) {
            doc.paragraph(&t("letter-verify"), 9.0, 0.0);
        }
        if d.lines.iter().any(|l| l.policy) {
            doc.paragraph(&t("letter-policy"), 9.0, 0.0);
        }
    }
    doc.gap(6.0);
    match d.kind {
        LetterKind::Notice => doc.paragraph(&t("letter-notice-respond"), 11.0, 0.0),
        LetterKind::Demand => doc.paragraph(&t("letter-demand-pay"), 11.0, 0.0),
        LetterKind::Determination | LetterKind::Referral(_) => doc.paragraph(&t("letter-demand-pay"), 11.0, 0.0),
    }
    doc.paragraph(&t("letter-retaliation-warning"), 11.0, 0.0);
    doc.paragraph(&t("letter-no-status"), 11.0, 0.0);
}

/// The referral letter: to the destination's office, the case, the finding and why it qualifies,
/// the authority, the amounts of the approved determination, and that nothing is to be shared
/// with immigration authorities.
fn referral_section(doc: &mut Document<'_>, c: &Catalog, d: &LetterData, to: reclamo_shared::referral::Destination) {
    let info = to.info();
    doc.paragraph(&c.t_args("letter-case", &[("case", &d.case_ref)]), 11.0, 0.0);
    doc.paragraph(&c.t_args("letter-date", &[("date", &d.date.to_string())]), 11.0, 0.0);
    doc.gap(6.0);
    doc.paragraph(&c.t_args("letter-referral-to", &[("recipient", info.recipient)]), 12.0, 0.0);
    doc.gap(6.0);
    let date = d.approved_on.unwrap_or(d.date).to_string();
    doc.paragraph(
        &c.t_args("letter-referral-intro", &[("case", &d.case_ref), ("employer", &d.employer), ("date", &date)]),
        11.0,
        0.0,
    );
    if let Some(a) = &d.employer_address {
        doc.paragraph(a, 11.0, 12.0);
    }
    if !d.findings.is_empty() {
        doc.gap(4.0);
        doc.paragraph(&c.t("letter-retaliation-found"), 12.0, 0.0);
        for (kind, count) in &d.findings {
            let finding = c.t_args(
                "letter-retaliation-finding",
                &[("kind", &kind_label(c, *kind)), ("count", &count.to_string())],
            );
            doc.paragraph(&format!("• {finding}"), 11.0, 12.0);
        }
    }
    doc.paragraph(&c.t_args("letter-referral-why", &[("why", info.why)]), 11.0, 0.0);
    doc.paragraph(info.citation, 9.0, 12.0);
    doc.paragraph(&c.t_args("letter-referral-owed", &[("amount", &d.total.to_string())]), 11.0, 0.0);
    if info.verify_with_counsel {
        doc.paragraph(&c.t("letter-verify"), 9.0, 0.0);
    }
    doc.gap(6.0);
    doc.paragraph(&c.t("letter-referral-no-status"), 11.0, 0.0);
}

/// Renders a letter: English, and for the determination also the worker's language (when it
/// is not English). CPU-bound: call it from `spawn_blocking`.
pub fn render(english: &Catalog, worker: Option<&Catalog>, data: &LetterData) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts::fonts().map_err(|e| PdfError::Fonts(e.to_string()))?;
    let title = english.t(data.kind.title_id());
    let mut doc = Document::new(fonts, false, english.code, &title);
    section(&mut doc, english, data);
    if let Some(w) = worker.filter(|w| data.kind == LetterKind::Determination && w.code != english.code) {
        doc.gap(24.0);
        section(&mut doc, w, data);
    }
    doc.finish()
}
