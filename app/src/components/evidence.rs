//! The evidence upload form (a plain multipart form: no JavaScript needed) and the list of what
//! a worker sent, shared by the receipt page and the status page.

use crate::i18n::Catalog;
use leptos::prelude::*;

/// How much evidence a complaint takes, for the words of the form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvidenceLimitsView {
    /// Largest file, in MB.
    pub mb: u32,
    /// Most files.
    pub max: u32,
}

/// One file as the worker sees it: (kind code, date, size in KB, description).
pub type EvidenceRow = (String, String, i64, Option<String>);

/// The upload form for the complaint with these codes (posted as hidden fields, never in the URL).
pub fn evidence_form(
    c: &'static Catalog,
    tracking: String,
    access: String,
    limits: EvidenceLimitsView,
) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let intro = c.t_args("evidence-intro", &[("max", &limits.max.to_string()), ("mb", &limits.mb.to_string())]);
    view! {
        <section class="evidence" aria-labelledby="evidence-title">
            <h2 id="evidence-title">{t("evidence-title")}</h2>
            <p id="evidence-intro">{intro}</p>
            <form method="post" action="/status/evidence" enctype="multipart/form-data" accept-charset="utf-8">
                <input type="hidden" name="tracking_code" value=tracking />
                <input type="hidden" name="access_code" value=access />
                <div class="field">
                    <label for="evidence-file">{t("evidence-file")}</label>
                    <input type="file" id="evidence-file" name="file" required
                        accept="image/jpeg,image/png,image/webp,application/pdf,audio/*" aria-describedby="evidence-intro" />
                </div>
                <div class="field">
                    <label for="evidence-description">{t("evidence-description")}</label>
                    <p class="hint" id="evidence-description-hint">{t("evidence-description-hint")}</p>
                    <textarea id="evidence-description" name="description" rows="3" maxlength="2000" dir="auto"
                        aria-describedby="evidence-description-hint"></textarea>
                </div>
                <div class="form-actions">
                    <button class="primary" type="submit">{t("evidence-submit")}</button>
                </div>
            </form>
        </section>
    }
}

/// The files a worker sent.
pub fn evidence_list(c: &'static Catalog, rows: Vec<EvidenceRow>) -> impl IntoView {
    let empty = rows.is_empty().then(|| view! { <p>{c.t("evidence-none")}</p> });
    let items = rows
        .into_iter()
        .map(|(kind, date, kb, description)| {
            let what = c.t(&format!("evidence-kind-{kind}"));
            let desc = description.map(|d| view! { " — "<span dir="auto">{d}</span> });
            let shown = date.clone();
            view! { <li><time datetime=date>{shown}</time>" — "{what}" ("{kb}" KB)"{desc}</li> }
        })
        .collect_view();
    view! {
        <h3>{c.t("evidence-list")}</h3>
        {empty}
        <ul class="evidence-list">{items}</ul>
    }
}
