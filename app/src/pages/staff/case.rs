//! One case (`/staff/cases/{id}`): the complaint as written, the work on it, and its access history.

use super::{StaffMe, staff_bar};
use crate::components::Layout;
use crate::components::fields::label_id;
use crate::i18n::{Catalog, use_catalog};
use crate::pages::casework::{CaseWork, case_work};
use leptos::prelude::*;

/// One case: (field, value) pairs, translated labels looked up here.
#[derive(Clone, Debug)]
pub struct CasePageView {
    /// Who.
    pub me: StaffMe,
    /// Tracking code, grouped.
    pub tracking: String,
    /// Fields.
    pub fields: Vec<(String, String)>,
    /// Access history (when, who, what), for supervisors and admins; empty otherwise.
    pub history: Vec<(String, String, String)>,
    /// The case's workflow, notes, calculator... (staff who work cases; none for advocates).
    pub work: Option<Box<CaseWork>>,
}

crate::pages::page!(CasePageView => CasePage, islands: true);

/// The case page (its calculator is the one island staff pages ship).
#[component]
pub fn CasePage(page: CasePageView) -> impl IntoView {
    let c = use_catalog();
    case(c, page.me, page.tracking, page.fields, page.history, page.work)
}

fn case(
    c: &'static Catalog,
    me: StaffMe,
    tracking: String,
    fields: Vec<(String, String)>,
    history: Vec<(String, String, String)>,
    work: Option<Box<CaseWork>>,
) -> impl IntoView {
    let (head, work) = match work.map(|w| case_work(c, *w)) {
        Some((h, r)) => (Some(h), Some(r)),
        None => (None, None),
    };
    let history = (!history.is_empty()).then(|| {
        let rows = history
            .into_iter()
            .map(|(at, who, what)| view! { <tr><td>{at}</td><td>{who}</td><td>{what}</td></tr> })
            .collect_view();
        view! {
            <section aria-labelledby="access-history">
                <h2 id="access-history">{c.t("staff-access-history")}</h2>
                <table>
                    <thead><tr>
                        <th scope="col">{c.t("staff-access-when")}</th>
                        <th scope="col">{c.t("staff-access-who")}</th>
                        <th scope="col">{c.t("staff-access-what")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    });
    let rows = fields
        .into_iter()
        .map(|(field, value)| {
            let label = c.t(label_id(&field));
            view! { <dt>{label}</dt><dd class="as-written" dir="auto">{value}</dd> }
        })
        .collect_view();
    let bar = staff_bar(c, &me);
    view! {
        <Layout catalog=c title=tracking.clone()>
            {bar}
            <h1 class="code">{tracking.clone()}</h1>
            {head}
            <section aria-labelledby="complaint-title">
                <h2 id="complaint-title">{c.t("case-complaint")}</h2>
                <dl class="case-fields">{rows}</dl>
            </section>
            {work}
            {history}
        </Layout>
    }
}
