//! Disposal of closed cases (`/staff/disposals`): supervisors propose every case past its
//! retention, an administrator who did not propose approves; the server carries approved batches
//! out within the hour.

use super::{StaffMe, alert, staff_bar};
use crate::components::Layout;
use crate::i18n::use_catalog;
use leptos::prelude::*;

/// One batch, as the page shows it.
#[derive(Clone, Debug)]
pub struct DisposalRow {
    /// Batch id.
    pub id: i64,
    /// Who proposed it, and when (date).
    pub proposed: String,
    /// Who approved it, and when, once approved.
    pub approved: Option<String>,
    /// When it was carried out.
    pub carried_out: Option<String>,
    /// Cases in it.
    pub cases: usize,
    /// Cases disposed.
    pub disposed: usize,
    /// The signed-in admin may approve it (not the proposer, not yet approved).
    pub can_approve: bool,
}

/// The disposal page.
#[derive(Clone, Debug)]
pub struct DisposalsView {
    /// Who.
    pub me: StaffMe,
    /// The retention setting, in days.
    pub retention_days: u32,
    /// Batches, newest first.
    pub batches: Vec<DisposalRow>,
    /// Translated error or notice.
    pub message: Option<String>,
}

crate::pages::page!(DisposalsView => DisposalsPage, islands: false);

/// The disposal page.
#[component]
pub fn DisposalsPage(page: DisposalsView) -> impl IntoView {
    let c = use_catalog();
    let t = move |id: &str| c.t(id);
    let bar = staff_bar(c, &page.me);
    let intro = c.t_args("staff-disposals-intro", &[("days", &page.retention_days.to_string())]);
    let empty = page.batches.is_empty().then(|| view! { <p>{t("staff-disposals-none")}</p> });
    let rows = page
        .batches
        .into_iter()
        .map(|b| {
            let approved = b.approved.unwrap_or_else(|| t("staff-disposals-waiting"));
            let action = b.can_approve.then(|| {
                view! {
                    <form method="post" action=format!("/staff/disposals/{}/approve", b.id)>
                        <button type="submit">
                            {t("staff-disposals-approve")}
                            <span class="visually-hidden">{format!(" {}", b.id)}</span>
                        </button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{b.id}</td>
                    <td>{b.proposed}</td>
                    <td>{approved}</td>
                    <td>{b.carried_out.unwrap_or_default()}</td>
                    <td>{format!("{} / {}", b.disposed, b.cases)}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Layout catalog=c title=t("staff-disposals-title")>
            {bar}
            <h1>{t("staff-disposals-title")}</h1>
            {alert(page.message)}
            <p>{intro}</p>
            <form method="post" action="/staff/disposals">
                <button class="primary" type="submit">{t("staff-disposals-propose")}</button>
            </form>
            {empty}
            <table>
                <thead><tr>
                    <th scope="col">{t("staff-disposals-batch")}</th>
                    <th scope="col">{t("staff-disposals-proposed-by")}</th>
                    <th scope="col">{t("staff-disposals-approved-by")}</th>
                    <th scope="col">{t("staff-disposals-carried-out")}</th>
                    <th scope="col">{t("staff-disposals-cases")}</th>
                    <th scope="col"><span class="visually-hidden">{t("staff-disposals-approve")}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </Layout>
    }
}
