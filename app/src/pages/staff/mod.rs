//! Staff pages: one module, one view type and one component each. The server's handler for a
//! route builds the page's view and renders that page's component directly
//! ([`crate::pages::Page`]); nothing dispatches on an enum or matches a path twice. Every one
//! works without JavaScript.

use crate::i18n::Catalog;
use leptos::prelude::*;

pub mod case;
pub mod disposals;
pub mod employer;
pub mod home;
pub mod login;
pub mod queue;
pub mod two_factor;
pub mod users;

/// The signed-in staff member, as pages need them.
#[derive(Clone, Debug, Default)]
pub struct StaffMe {
    /// Work email.
    pub email: String,
    /// Role code (`investigator`, ...).
    pub role: String,
    /// Two-factor sign-in is on.
    pub two_factor_enabled: bool,
    /// Two-factor set-up is required before anything else.
    pub two_factor_pending: bool,
}

/// A case row in search results.
#[derive(Clone, Debug)]
pub struct CaseRow {
    /// Case id.
    pub id: i64,
    /// Tracking code, grouped.
    pub tracking: String,
    /// Status code.
    pub status: String,
    /// Employer name.
    pub employer: String,
}

/// A user row on the admin page.
#[derive(Clone, Debug)]
pub struct UserRow {
    /// Email.
    pub email: String,
    /// Role code.
    pub role: String,
    /// Organisation.
    pub organisation: Option<String>,
    /// Disabled?
    pub disabled: bool,
}

/// A translated error or notice at the top of a page.
pub(crate) fn alert(msg: Option<String>) -> impl IntoView {
    msg.map(|m| view! { <div class="error-summary" role="alert"><p>{m}</p></div> })
}

/// Who is signed in, the staff menu and sign-out.
pub(crate) fn staff_bar(c: &'static Catalog, me: &StaffMe) -> AnyView {
    let role = c.t(&format!("staff-role-{}", me.role));
    let who = c.t_args("staff-signed-in-as", &[("email", &me.email), ("role", &role)]);
    let admin = me.role == "admin";
    let disposals = admin || me.role == "supervisor";
    view! {
        <div class="staff-bar">
            <p>{who}</p>
            <ul class="staff-nav">
                <li><a href="/staff">{c.t("staff-home-title")}</a></li>
                <li><a href="/staff/cases">{c.t("queue-title")}</a></li>
                {admin.then(|| view! { <li><a href="/staff/users">{c.t("staff-users-title")}</a></li> })}
                {disposals.then(|| view! { <li><a href="/staff/disposals">{c.t("staff-disposals-title")}</a></li> })}
            </ul>
            <form method="post" action="/staff/logout">
                <button type="submit">{c.t("staff-sign-out")}</button>
            </form>
        </div>
    }
    .into_any()
}
