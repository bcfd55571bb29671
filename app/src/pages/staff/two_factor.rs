//! Two-factor enrolment (`/staff/2fa/…`).

use super::{StaffMe, alert, staff_bar};
use crate::components::Layout;
use crate::i18n::{Catalog, use_catalog};
use leptos::prelude::*;

/// Two-factor enrolment.
#[derive(Clone, Debug)]
pub struct TwoFactorView {
    /// Who.
    pub me: StaffMe,
    /// The QR code (server-drawn SVG), when enrolling.
    pub svg: String,
    /// The key as text.
    pub key: String,
    /// A translated error.
    pub error: Option<String>,
    /// Recovery codes, once confirmed.
    pub recovery: Option<Vec<String>>,
}

crate::pages::page!(TwoFactorView => TwoFactorPage, islands: false);

/// The two-factor enrolment page.
#[component]
pub fn TwoFactorPage(page: TwoFactorView) -> impl IntoView {
    let c = use_catalog();
    two_factor(c, page.me, page.svg, page.key, page.error, page.recovery)
}

fn two_factor(
    c: &'static Catalog,
    me: StaffMe,
    svg: String,
    key: String,
    error: Option<String>,
    recovery: Option<Vec<String>>,
) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let body = match recovery {
        Some(codes) => {
            let items = codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view();
            view! {
                <p role="status"><strong>{t("staff-2fa-enabled")}</strong></p>
                <p>{t("staff-2fa-recovery")}</p>
                <ul class="recovery-codes">{items}</ul>
                <p><a class="button primary" href="/staff">{t("staff-home-title")}</a></p>
            }
            .into_any()
        }
        None => view! {
            <p>{t("staff-2fa-scan")}</p>
            <div class="qr" inner_html=svg></div>
            <p>{t("staff-2fa-key")}": "<code id="totp-key">{key.clone()}</code></p>
            <form method="post" action="/staff/2fa/confirm">
                <div class="field">
                    <label for="f-code">{t("staff-2fa-code")}</label>
                    <input type="text" id="f-code" name="code" inputmode="numeric" autocomplete="one-time-code" />
                </div>
                <button class="primary" type="submit">{t("staff-2fa-confirm")}</button>
            </form>
        }
        .into_any(),
    };
    let bar = staff_bar(c, &me);
    view! {
        <Layout catalog=c title=t("staff-2fa-title")>
            {bar}
            <h1>{t("staff-2fa-title")}</h1>
            {alert(error)}
            {body}
        </Layout>
    }
}
