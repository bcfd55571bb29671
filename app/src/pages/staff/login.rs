//! Staff sign-in (`/staff/login`).

use super::alert;
use crate::components::Layout;
use crate::i18n::{Catalog, use_catalog};
use leptos::prelude::*;

/// The sign-in form.
#[derive(Clone, Debug, Default)]
pub struct LoginView {
    /// Email as typed (kept on error).
    pub email: String,
    /// A translated error.
    pub error: Option<String>,
}

crate::pages::page!(LoginView => StaffLoginPage, islands: false);

/// The sign-in page.
#[component]
pub fn StaffLoginPage(page: LoginView) -> impl IntoView {
    let c = use_catalog();
    login(c, page.email, page.error)
}

fn login(c: &'static Catalog, email: String, error: Option<String>) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    view! {
        <Layout catalog=c title=t("staff-login-title")>
            <h1>{t("staff-login-title")}</h1>
            {alert(error)}
            <form method="post" action="/staff/login" accept-charset="utf-8">
                <div class="field">
                    <label for="f-email">{t("staff-email")}</label>
                    <input type="email" id="f-email" name="email" value=email autocomplete="username" />
                </div>
                <div class="field">
                    <label for="f-password">{t("staff-password")}</label>
                    <input type="password" id="f-password" name="password" autocomplete="current-password" />
                </div>
                <div class="field">
                    <label for="f-totp">{t("staff-totp")}</label>
                    <p class="hint" id="f-totp-hint">{t("staff-totp-hint")}</p>
                    <input type="text" id="f-totp" name="totp" inputmode="numeric" autocomplete="one-time-code" aria-describedby="f-totp-hint" />
                </div>
                <div class="form-actions">
                    <button class="primary" type="submit">{t("staff-sign-in")}</button>
                </div>
            </form>
        </Layout>
    }
}
