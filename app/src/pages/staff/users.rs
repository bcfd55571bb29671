//! User administration (`/staff/users`, admins).

use super::{StaffMe, alert, staff_bar};
use crate::components::Layout;
use crate::i18n::{Catalog, use_catalog};
use leptos::prelude::*;

/// User administration.
#[derive(Clone, Debug)]
pub struct UsersView {
    /// Who.
    pub me: StaffMe,
    /// Users.
    pub users: Vec<super::UserRow>,
    /// Organisations and their number of users.
    pub organisations: Vec<(String, u64)>,
    /// Translated error or notice.
    pub message: Option<String>,
}

crate::pages::page!(UsersView => UsersPage, islands: false);

/// The user administration page.
#[component]
pub fn UsersPage(page: UsersView) -> impl IntoView {
    let c = use_catalog();
    users_page(c, page.me, page.users, page.organisations, page.message)
}

fn users_page(
    c: &'static Catalog,
    me: StaffMe,
    users: Vec<super::UserRow>,
    organisations: Vec<(String, u64)>,
    message: Option<String>,
) -> impl IntoView {
    let org_rows =
        organisations.into_iter().map(|(name, n)| view! { <tr><td>{name}</td><td>{n}</td></tr> }).collect_view();
    let t = move |id: &str| c.t(id);
    let rows = users
        .into_iter()
        .map(|u| {
            let role = c.t(&format!("staff-role-{}", u.role));
            let state = if u.disabled { t("staff-user-disabled") } else { t("staff-user-active") };
            let email = u.email.clone();
            view! {
                <tr>
                    <td>{u.email}</td>
                    <td>{role}</td>
                    <td>{u.organisation.unwrap_or_default()}</td>
                    <td>{state}</td>
                    <td>
                        {(!u.disabled).then(|| view! {
                            <form method="post" action="/staff/users/disable">
                                <input type="hidden" name="email" value=email.clone() />
                                <button type="submit">{t("staff-user-disable")}<span class="visually-hidden">{format!(": {email}")}</span></button>
                            </form>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let roles = ["investigator", "supervisor", "advocate", "admin"]
        .iter()
        .map(|r| view! { <option value=*r>{c.t(&format!("staff-role-{r}"))}</option> })
        .collect_view();
    let bar = staff_bar(c, &me);
    view! {
        <Layout catalog=c title=t("staff-users-title")>
            {bar}
            <h1>{t("staff-users-title")}</h1>
            {alert(message)}
            <table>
                <thead><tr>
                    <th scope="col">{t("staff-email")}</th>
                    <th scope="col">{t("staff-user-role")}</th>
                    <th scope="col">{t("staff-user-org")}</th>
                    <th scope="col"><span class="visually-hidden">{t("staff-user-active")}</span></th>
                    <th scope="col"><span class="visually-hidden">{t("staff-user-disable")}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <h2>{t("staff-user-add")}</h2>
            <form method="post" action="/staff/users" accept-charset="utf-8">
                <div class="field"><label for="u-email">{t("staff-email")}</label><input type="email" id="u-email" name="email" autocomplete="off" /></div>
                <div class="field"><label for="u-name">{t("staff-user-name")}</label><input type="text" id="u-name" name="name" autocomplete="off" /></div>
                <div class="field"><label for="u-role">{t("staff-user-role")}</label><select id="u-role" name="role">{roles}</select></div>
                <div class="field"><label for="u-org">{t("staff-user-org")}</label><input type="text" id="u-org" name="org" autocomplete="off" /></div>
                <div class="field"><label for="u-password">{t("staff-user-password")}</label><input type="password" id="u-password" name="password" autocomplete="new-password" /></div>
                <button class="primary" type="submit">{t("staff-user-add")}</button>
            </form>
            <h2>{t("staff-orgs-title")}</h2>
            <table>
                <thead><tr>
                    <th scope="col">{t("staff-user-org")}</th>
                    <th scope="col">{t("staff-users-title")}</th>
                </tr></thead>
                <tbody>{org_rows}</tbody>
            </table>
            <form method="post" action="/staff/organisations" accept-charset="utf-8">
                <div class="field"><label for="o-name">{t("staff-org-name")}</label><input type="text" id="o-name" name="name" autocomplete="off" /></div>
                <button type="submit">{t("staff-org-add")}</button>
            </form>
        </Layout>
    }
}
