//! `/`: three big actions and the promise.

use crate::components::Layout;
use crate::i18n::use_catalog;
use leptos::prelude::*;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let c = use_catalog();
    let t = move |id: &str| c.t(id);
    let action = move |href: &'static str, label: &str, hint: &str, class: &'static str| {
        view! {
            <li>
                <a class=format!("action {class}") href=href>
                    <span class="action-label">{t(label)}</span>
                    <span class="action-hint">{t(hint)}</span>
                </a>
            </li>
        }
    };
    view! {
        <Layout catalog=c title=t("home-title")>
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-intro")}</p>
            <ul class="actions">
                {action("/report", "home-action-report", "home-action-report-hint", "primary")}
                {action("/status", "home-action-status", "home-action-status-hint", "")}
                {action("/rights", "home-action-rights", "home-action-rights-hint", "")}
            </ul>
            <p>{t("home-phone")}</p>
        </Layout>
    }
}
