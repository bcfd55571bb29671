//! The worker's receipt: tracking code (and, only if asked, the access code), date, what was
//! reported (never the narrative), next steps, rights and the hotline, in any of the languages.

use super::{Document, PdfError, fonts};
use reclamo_app::components::HOTLINE_DISPLAY;
use reclamo_app::i18n::Catalog;
use reclamo_shared::complaint::Violation;

/// What goes on a receipt.
#[derive(Clone, Debug)]
pub struct ReceiptData {
    /// Tracking code, grouped for reading.
    pub tracking_grouped: String,
    /// Access code, grouped, only when the worker asked for it to be printed.
    pub access_grouped: Option<String>,
    /// Date filed.
    pub filed_on: chrono::NaiveDate,
    /// What was reported.
    pub violations: Vec<Violation>,
    /// Days a closed case keeps the worker's data (`RECLAMO_RETENTION_DAYS`).
    pub retention_days: u32,
}

/// Renders the receipt in `catalog`'s language. CPU-bound: call it from `spawn_blocking`.
pub fn render(catalog: &Catalog, data: &ReceiptData) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts::fonts().map_err(|e| PdfError::Fonts(e.to_string()))?;
    let t = |id: &str| catalog.t(id);
    let rtl = catalog.dir == reclamo_app::i18n::Dir::Rtl;
    let mut doc = Document::new(fonts, rtl, catalog.code, &t("receipt-title"));
    doc.paragraph(&format!("Reclamo — {}", t("receipt-title")), 20.0, 0.0);
    doc.paragraph(&t("site-tagline"), 11.0, 0.0);
    doc.gap(10.0);
    doc.paragraph(&t("done-tracking"), 12.0, 0.0);
    doc.paragraph(&data.tracking_grouped, 22.0, 0.0);
    if let Some(access) = &data.access_grouped {
        doc.paragraph(&t("done-access"), 12.0, 0.0);
        doc.paragraph(access, 22.0, 0.0);
    }
    doc.paragraph(&catalog.t_args("receipt-filed", &[("date", &data.filed_on.to_string())]), 11.0, 0.0);
    doc.gap(8.0);
    doc.paragraph(&t("receipt-reported"), 14.0, 0.0);
    for v in &data.violations {
        doc.paragraph(&format!("• {}", t(&format!("violation-{}", v.code()))), 11.0, 12.0);
    }
    doc.gap(8.0);
    doc.paragraph(&t("done-next-title"), 14.0, 0.0);
    for (i, id) in ["done-next-1", "done-next-2", "done-next-3"].iter().enumerate() {
        doc.paragraph(&format!("{}. {}", i + 1, t(id)), 11.0, 12.0);
    }
    doc.gap(8.0);
    doc.paragraph(&t("rights-hotline-title"), 14.0, 0.0);
    doc.paragraph(&t("rights-hotline-body"), 11.0, 0.0);
    doc.paragraph(&catalog.t_args("rights-hotline-call", &[("phone", HOTLINE_DISPLAY)]), 13.0, 0.0);
    doc.gap(8.0);
    doc.paragraph(&t("promise-no-status"), 11.0, 0.0);
    doc.paragraph(&catalog.t_args("status-retention", &[("days", &data.retention_days.to_string())]), 11.0, 0.0);
    doc.paragraph(&t("receipt-keep"), 11.0, 0.0);
    doc.finish()
}
