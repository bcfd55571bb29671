//! `/status`: tracking code + access code -> status and the worker-visible timeline.

use crate::components::Layout;
use crate::components::fields::Fields;
use crate::i18n::Catalog;
use crate::i18n::use_catalog;
use leptos::prelude::*;
use reclamo_shared::complaint::{CaseStatus, FieldErrors, Violation};
use reclamo_shared::form::FormValues;

/// The outcome of a status check, put in context by the server's POST handler.
#[derive(Clone, Debug, Default)]
pub struct StatusState {
    /// The tracking code as typed (kept on errors; the access code never is).
    pub tracking_typed: String,
    /// A problem to announce (translation id and its text), if any.
    pub error: Option<String>,
    /// Field errors (e.g. a mistyped tracking code).
    pub errors: FieldErrors,
    /// The complaint, when the codes matched.
    pub found: Option<StatusFound>,
    /// A confirmation to announce (e.g. a file was added).
    pub notice: Option<String>,
}

/// What a worker may see of their complaint.
#[derive(Clone, Debug)]
pub struct StatusFound {
    /// Grouped tracking code.
    pub tracking_grouped: String,
    /// Current status.
    pub status: CaseStatus,
    /// Date filed (YYYY-MM-DD).
    pub filed_on: String,
    /// What was reported.
    pub violations: Vec<Violation>,
    /// (date, event kind, new status, note text) oldest first.
    pub timeline: Vec<(String, String, Option<CaseStatus>, Option<String>)>,
    /// The files sent so far.
    pub evidence: Vec<crate::components::evidence::EvidenceRow>,
    /// The codes, for the upload form's hidden fields (tracking, access), and the limits.
    pub upload: Option<(String, String, crate::components::evidence::EvidenceLimitsView)>,
}

/// The status page.
#[component]
pub fn StatusPage() -> impl IntoView {
    let c = use_catalog();
    let st = use_context::<StatusState>().unwrap_or_default();
    let t = move |id: &str| c.t(id);
    let result = st.found.clone().map(|f| found_view(c, f));
    let alert = st.error.clone().map(|e| view! { <div class="error-summary" role="alert"><p>{e}</p></div> });
    let notice = st.notice.clone().map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> });
    let values = FormValues(vec![("tracking_code".to_owned(), st.tracking_typed.clone())]);
    let fields = Fields { catalog: c, values: &values, errors: &st.errors };
    let tracking_input = fields.input("tracking_code", None, "text", Some("numeric"), "off");
    let access_input = fields.input("access_code", None, "text", Some("numeric"), "off");
    view! {
        <Layout catalog=c title=t("status-title")>
            <h1>{t("status-title")}</h1>
            {notice}
            {alert}
            {result}
            <p>{t("status-intro")}</p>
            <form method="post" action="/status" novalidate="" accept-charset="utf-8">
                {tracking_input}
                {access_input}
                <div class="form-actions">
                    <button class="primary" type="submit">{t("status-submit")}</button>
                </div>
            </form>
        </Layout>
    }
}

fn status_text(c: &Catalog, s: CaseStatus) -> String {
    c.t(&format!("case-status-{}", s.code()))
}

fn found_view(c: &'static Catalog, f: StatusFound) -> impl IntoView {
    let current = c.t_args("status-current", &[("status", &status_text(c, f.status))]);
    let events = f
        .timeline
        .iter()
        .map(|(date, kind, status, note)| {
            let text = match (kind.as_str(), status) {
                ("filed", _) => c.t("event-filed"),
                ("note", _) => c.t("event-note"),
                (_, Some(s)) => c.t_args("event-status-changed", &[("status", &status_text(c, *s))]),
                _ => c.t("event-filed"),
            };
            let note = note.clone().map(|n| view! { <blockquote class="note" dir="auto">{n}</blockquote> });
            view! { <li><time datetime=date.clone()>{date.clone()}</time>" — "{text}{note}</li> }
        })
        .collect_view();
    let retention =
        use_context::<crate::pages::privacy::RetentionDays>().map_or(reclamo_shared::privacy::RETENTION_DAYS, |d| d.0);
    let reported =
        f.violations.iter().map(|v| view! { <li>{c.t(&format!("violation-{}", v.code()))}</li> }).collect_view();
    view! {
        <section class="status-result" aria-labelledby="status-current">
            <p class="code">{f.tracking_grouped.clone()}</p>
            <h2 id="status-current">{current}</h2>
            <h3>{c.t("receipt-reported")}</h3>
            <ul>{reported}</ul>
            <h3>{c.t("status-timeline")}</h3>
            <ol class="timeline">{events}</ol>
            {crate::components::evidence::evidence_list(c, f.evidence.clone())}
            <p class="retention">
                {c.t_args("status-retention", &[("days", &retention.to_string())])} " "
                <a href="/privacy">{c.t("footer-privacy-link")}</a>
            </p>
        </section>
        {f.upload.clone().map(|(tracking, access, limits)| crate::components::evidence::evidence_form(c, tracking, access, limits))}
    }
}
