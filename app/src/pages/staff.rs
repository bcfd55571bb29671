//! Staff pages: sign-in, home (find a case, two-factor status), two-factor enrolment, a case, and
//! user administration. Rendered by the server with the outcome in context (like the wizard), so
//! every one works without JavaScript.

use crate::components::Layout;
use crate::i18n::Catalog;
use crate::pages::casework::{CaseWork, EmployerView, QueueView, case_work, employer, queue};
use crate::pages::report::label_id_for;
use crate::shell::use_catalog;
use leptos::prelude::*;

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

/// What a staff page shows, put in context by the server.
#[derive(Clone, Debug)]
pub enum StaffView {
    /// The sign-in form.
    Login {
        /// Email as typed (kept on error).
        email: String,
        /// A translated error.
        error: Option<String>,
    },
    /// Home: who, two-factor, find a case.
    Home {
        /// Who.
        me: StaffMe,
        /// The tracking code searched.
        query: String,
        /// Results, when searched.
        results: Option<Vec<CaseRow>>,
    },
    /// Two-factor enrolment.
    TwoFactor {
        /// Who.
        me: StaffMe,
        /// The QR code (server-drawn SVG), when enrolling.
        svg: String,
        /// The key as text.
        key: String,
        /// A translated error.
        error: Option<String>,
        /// Recovery codes, once confirmed.
        recovery: Option<Vec<String>>,
    },
    /// One case: (field, value) pairs, translated labels looked up here.
    Case {
        /// Who.
        me: StaffMe,
        /// Tracking code, grouped.
        tracking: String,
        /// Fields.
        fields: Vec<(String, String)>,
        /// Access history (when, who, what), for supervisors and admins; empty otherwise.
        history: Vec<(String, String, String)>,
        /// The case's workflow, notes, calculator... (staff who work cases; none for advocates).
        work: Option<Box<CaseWork>>,
    },
    /// The case queue.
    Queue {
        /// Who.
        me: StaffMe,
        /// What it shows.
        view: Box<QueueView>,
    },
    /// An employer's record.
    Employer {
        /// Who.
        me: StaffMe,
        /// What it shows.
        view: Box<EmployerView>,
    },
    /// User administration.
    Users {
        /// Who.
        me: StaffMe,
        /// Users.
        users: Vec<UserRow>,
        /// Organisations and their number of users.
        organisations: Vec<(String, u64)>,
        /// Translated error or notice.
        message: Option<String>,
    },
}

/// Every staff page.
#[component]
pub fn StaffPage() -> impl IntoView {
    let c = use_catalog();
    let view = use_context::<StaffView>().unwrap_or(StaffView::Login { email: String::new(), error: None });
    match view {
        StaffView::Login { email, error } => login(c, email, error).into_any(),
        StaffView::Home { me, query, results } => home(c, me, query, results).into_any(),
        StaffView::TwoFactor { me, svg, key, error, recovery } => {
            two_factor(c, me, svg, key, error, recovery).into_any()
        }
        StaffView::Case { me, tracking, fields, history, work } => {
            case(c, me, tracking, fields, history, work).into_any()
        }
        StaffView::Queue { me, view } => {
            let bar = staff_bar(c, &me);
            let title = c.t("queue-title");
            view! { <Layout catalog=c title=title.clone()>{bar}<h1>{title}</h1>{queue(c, *view)}</Layout> }.into_any()
        }
        StaffView::Employer { me, view } => {
            let bar = staff_bar(c, &me);
            let title = view.name.clone();
            view! { <Layout catalog=c title=title.clone()>{bar}<h1>{title}</h1>{employer(c, *view)}</Layout> }
                .into_any()
        }
        StaffView::Users { me, users, organisations, message } => {
            users_page(c, me, users, organisations, message).into_any()
        }
    }
}

fn alert(msg: Option<String>) -> impl IntoView {
    msg.map(|m| view! { <div class="error-summary" role="alert"><p>{m}</p></div> })
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

fn staff_bar(c: &'static Catalog, me: &StaffMe) -> AnyView {
    let role = c.t(&format!("staff-role-{}", me.role));
    let who = c.t_args("staff-signed-in-as", &[("email", &me.email), ("role", &role)]);
    let admin = me.role == "admin";
    view! {
        <div class="staff-bar">
            <p>{who}</p>
            <ul class="staff-nav">
                <li><a href="/staff">{c.t("staff-home-title")}</a></li>
                <li><a href="/staff/cases">{c.t("queue-title")}</a></li>
                {admin.then(|| view! { <li><a href="/staff/users">{c.t("staff-users-title")}</a></li> })}
            </ul>
            <form method="post" action="/staff/logout">
                <button type="submit">{c.t("staff-sign-out")}</button>
            </form>
        </div>
    }
    .into_any()
}

fn home(c: &'static Catalog, me: StaffMe, query: String, results: Option<Vec<CaseRow>>) -> impl IntoView {
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
        </Layout>
    }
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
            let label = c.t(label_id_for(&field));
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

fn users_page(
    c: &'static Catalog,
    me: StaffMe,
    users: Vec<UserRow>,
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
