//! `/privacy`: what Reclamo keeps at each stage of a case, generated from the classification of
//! every database column (`reclamo_shared::privacy`), so the page cannot drift from the schema.

use crate::components::Layout;
use crate::i18n::use_catalog;
use leptos::prelude::*;
use reclamo_shared::privacy::{DataClass, RETENTION_DAYS, columns_of};

/// What happens to a class at each stage (open, closed, disposed), as message ids.
fn stages(class: DataClass) -> [&'static str; 3] {
    match class {
        DataClass::Personal => ["privacy-cell-sealed", "privacy-cell-sealed", "privacy-cell-destroyed"],
        DataClass::Case => ["privacy-cell-clear", "privacy-cell-clear", "privacy-cell-destroyed"],
        DataClass::Public | DataClass::Operational => ["privacy-cell-kept", "privacy-cell-kept", "privacy-cell-kept"],
    }
}

/// The server's retention setting (`RECLAMO_RETENTION_DAYS`), put in context for the page.
#[derive(Clone, Copy, Debug)]
pub struct RetentionDays(pub u32);

/// The privacy page.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let c = use_catalog();
    let t = move |id: &str| c.t(id);
    let days = use_context::<RetentionDays>().map_or(RETENTION_DAYS, |d| d.0).to_string();
    let rows = DataClass::ALL
        .into_iter()
        .map(|class| {
            let cells = stages(class).into_iter().map(|id| view! { <td>{t(id)}</td> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{t(&format!("privacy-class-{}", class.code()))}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let groups = DataClass::ALL
        .into_iter()
        .map(|class| {
            let code = class.code();
            let columns = columns_of(class);
            let count = columns.len().to_string();
            let items = columns.into_iter().map(|col| view! { <li><code>{col}</code></li> }).collect_view();
            view! {
                <section aria-labelledby=format!("p-{code}")>
                    <h2 id=format!("p-{code}")>{t(&format!("privacy-class-{code}"))}</h2>
                    <p>{t(&format!("privacy-class-{code}-body"))}</p>
                    <details>
                        <summary>{c.t_args("privacy-columns", &[("count", &count)])}</summary>
                        <ul class="columns" dir="ltr">{items}</ul>
                    </details>
                </section>
            }
        })
        .collect_view();
    view! {
        <Layout catalog=c title=t("privacy-title")>
            <h1>{t("privacy-title")}</h1>
            <p class="lead">{t("privacy-intro")}</p>
            <p>{c.t_args("privacy-retention", &[("days", &days)])}</p>
            <table class="privacy-stages">
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{t("privacy-stage-open")}</th>
                        <th scope="col">{t("privacy-stage-closed")}</th>
                        <th scope="col">{t("privacy-stage-disposed")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {groups}
            <section aria-labelledby="p-compelled">
                <h2 id="p-compelled">{t("privacy-compelled-title")}</h2>
                <p>{t("privacy-compelled")}</p>
            </section>
        </Layout>
    }
}
