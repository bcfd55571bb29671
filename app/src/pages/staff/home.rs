//! Staff home (`/staff`): who, two-factor status, find a case by tracking code.

use super::{StaffMe, staff_bar};
use crate::components::Layout;
use crate::i18n::{Catalog, use_catalog};
use leptos::prelude::*;

/// Home: who, two-factor, find a case.
#[derive(Clone, Debug)]
pub struct HomeView {
    /// Who.
    pub me: StaffMe,
    /// The tracking code searched.
    pub query: String,
    /// Results, when searched.
    pub results: Option<Vec<super::CaseRow>>,
}

crate::pages::page!(HomeView => StaffHomePage, islands: false);

/// The staff home page.
#[component]
pub fn StaffHomePage(page: HomeView) -> impl IntoView {
    let c = use_catalog();
    home(c, page.me, page.query, page.results)
}

fn home(c: &'static Catalog, me: StaffMe, query: String, results: Option<Vec<super::CaseRow>>) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let two_factor = if me.two_factor_pending {
        Some(t("staff-2fa-required"))
    } else if !me.two_factor_enabled {
        Some(t("staff-2fa-off"))
    } else {
        None
    };
    let enrol = two_factor.map(|msg| {
        view! {
            <section class="callout" aria-labelledby="tf-title">
                <h2 id="tf-title">{t("staff-2fa-title")}</h2>
                <p>{msg}</p>
                <form method="post" action="/staff/2fa/start">
                    <button class="primary" type="submit">{t("staff-2fa-start")}</button>
                </form>
            </section>
        }
    });
    let results = results.map(|rows| {
        if rows.is_empty() {
            view! { <p role="status">{t("staff-no-cases")}</p> }.into_any()
        } else {
            let items = rows
                .into_iter()
                .map(|r| {
                    let status = c.t(&format!("case-status-{}", r.status));
                    view! { <li><a href=format!("/staff/cases/{}", r.id)>{r.tracking}</a>" — "{r.employer}" — "{status}</li> }
                })
                .collect_view();
            view! { <ul class="case-list">{items}</ul> }.into_any()
        }
    });
    let pending = me.two_factor_pending;
    let bar = staff_bar(c, &me);
    view! {
        <Layout catalog=c title=t("staff-home-title")>
            {bar}
            <h1>{t("staff-home-title")}</h1>
            {enrol}
            {(!pending).then(|| view! {
                <form method="get" action="/staff" role="search">
                    <div class="field">
                        <label for="f-tracking">{t("staff-find-case")}</label>
                        <input type="text" id="f-tracking" name="tracking_code" inputmode="numeric" value=query.clone() autocomplete="off" />
                    </div>
                    <button type="submit">{t("staff-find")}</button>
                </form>
            })}
            {results}
            {(!pending).then(|| {
                let langs = crate::i18n::catalogs()
                    .iter()
                    .map(|l| view! { <option value=l.code lang=l.code>{l.native_name.clone()}</option> })
                    .collect_view();
                view! {
                    <section aria-labelledby="call-title">
                        <h2 id="call-title">{t("staff-call-title")}</h2>
                        <p>{t("staff-call-intro")}</p>
                        <form method="get" action="/report">
                            <input type="hidden" name="call_taker" value="1" />
                            <div class="field">
                                <label for="call-lang">{t("staff-call-language")}</label>
                                <select id="call-lang" name="lang">{langs}</select>
                            </div>
                            <button type="submit">{t("staff-call-start")}</button>
                        </form>
                    </section>
                }
            })}
        </Layout>
    }
}
