//! Handlers behind the staff pages (`/staff/...`): sign-in and sign-out, home and case search,
//! two-factor enrolment, one case, and user administration. Each checks the session first and
//! renders the Leptos page with the outcome in context; nothing works without signing in.

use crate::services::auth::{Actor, LoginError, Role};
use crate::web::render::render_page;
use crate::web::state::{AppState, client_ip, parts_catalog, session_cookie, session_token, signed_in};
use axum::{
    extract::{Query, Request, State},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use reclamo_app::pages::staff::{
    CaseRow, StaffMe, UserRow, home::HomeView, login::LoginView, two_factor::TwoFactorView, users::UsersView,
};
use reclamo_shared::form::FormValues;
use serde::Deserialize;

pub(crate) fn me_of(a: &Actor) -> StaffMe {
    StaffMe {
        email: a.email.clone(),
        role: a.role.code().to_owned(),
        two_factor_enabled: a.two_factor_enabled,
        two_factor_pending: a.two_factor_pending,
    }
}

pub(crate) async fn read_form(req: Request) -> (Parts, FormValues) {
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
    (parts, FormValues(serde_urlencoded::from_bytes(&bytes).unwrap_or_default()))
}

fn to_login() -> Response {
    Redirect::to("/staff/login").into_response()
}

/// `GET /staff/login`
pub async fn login_page(State(state): State<AppState>, parts: Parts) -> Response {
    if signed_in(&state, &parts.headers).await.is_some() {
        return Redirect::to("/staff").into_response();
    }
    render_page(&state, parts, LoginView { email: String::new(), error: None }).await
}

/// `POST /staff/login`
pub async fn login(State(state): State<AppState>, req: Request) -> Response {
    let ip = crate::infra::ratelimit::client_key(client_ip(&state, &req));
    let (parts, form) = read_form(req).await;
    let c = parts_catalog(&parts);
    let email = form.get("email").unwrap_or("").to_owned();
    let outcome = state.auth.login(&email, form.get("password").unwrap_or(""), form.get("totp"), &ip).await;
    let error = match outcome {
        Ok((token, _)) => {
            let mut res = Redirect::to("/staff").into_response();
            if let Ok(v) = HeaderValue::from_str(&session_cookie(&state.settings, &token, false)) {
                res.headers_mut().insert(header::SET_COOKIE, v);
            }
            return res;
        }
        Err(LoginError::Invalid) => c.t("error-invalid-credentials"),
        Err(LoginError::TotpRequired) => c.t("error-totp-required"),
        Err(LoginError::Throttled(wait)) => c.t_num("error-rate-limited", "minutes", wait.num_minutes().max(1)),
        Err(LoginError::Busy) => {
            let res = render_page(&state, parts, LoginView { email, error: Some(c.t("error-busy")) }).await;
            return crate::web::state::busy(res);
        }
        Err(LoginError::Internal(e)) => {
            tracing::error!(error = %e, "staff login failed");
            c.t("error-generic")
        }
    };
    let mut res = render_page(&state, parts, LoginView { email, error: Some(error) }).await;
    *res.status_mut() = StatusCode::UNAUTHORIZED;
    res
}

/// `POST /staff/logout`
pub async fn logout(State(state): State<AppState>, parts: Parts) -> Response {
    if let Some(token) = session_token(&state.settings, &parts.headers)
        && let Err(e) = state.auth.logout(token).await
    {
        tracing::error!(error = %e, "logout failed");
    }
    let mut res = Redirect::to("/staff/login").into_response();
    if let Ok(v) = HeaderValue::from_str(&session_cookie(&state.settings, "", true)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// Home query.
#[derive(Deserialize)]
pub struct HomeQuery {
    tracking_code: Option<String>,
}

/// `GET /staff`
pub async fn home(State(state): State<AppState>, Query(q): Query<HomeQuery>, parts: Parts) -> Response {
    let Some(actor) = signed_in(&state, &parts.headers).await else { return to_login() };
    let query = q.tracking_code.unwrap_or_default();
    let results = if query.trim().is_empty() || !actor.may_act() {
        None
    } else {
        match state.cases.find_by_tracking_code(&actor, &query).await {
            Ok(rows) => Some(
                rows.into_iter()
                    .map(|v| CaseRow {
                        id: v.id,
                        tracking: reclamo_shared::codes::TrackingCode::parse(&v.tracking_code)
                            .map(|t| t.display_grouped())
                            .unwrap_or_default(),
                        status: v.status.code().to_owned(),
                        employer: v.employer.name,
                    })
                    .collect(),
            ),
            Err(e) => {
                tracing::error!(error = %e, "case search failed");
                Some(vec![])
            }
        }
    };
    render_page(&state, parts, HomeView { me: me_of(&actor), query, results }).await
}

/// `POST /staff/2fa/start`
pub async fn two_factor_start(State(state): State<AppState>, parts: Parts) -> Response {
    let Some(actor) = signed_in(&state, &parts.headers).await else { return to_login() };
    let c = parts_catalog(&parts);
    let (svg, key, error) = match state.auth.start_totp(&actor).await {
        Ok(uri) => {
            let key = uri.split("secret=").nth(1).and_then(|s| s.split('&').next()).unwrap_or("").to_owned();
            let svg = crate::infra::totp::qr_svg(&uri, &c.t("staff-2fa-title"));
            let svg = svg.find("<svg").map(|i| svg[i..].to_owned()).unwrap_or_default();
            (svg, key, None)
        }
        Err(e) => (String::new(), String::new(), Some(crate::web::words::account_error(&e, c))),
    };
    render_page(&state, parts, TwoFactorView { me: me_of(&actor), svg, key, error, recovery: None }).await
}

/// `POST /staff/2fa/confirm`
pub async fn two_factor_confirm(State(state): State<AppState>, req: Request) -> Response {
    let headers = req.headers().clone();
    let Some(actor) = signed_in(&state, &headers).await else { return to_login() };
    let (parts, form) = read_form(req).await;
    let c = parts_catalog(&parts);
    let view = match state.auth.confirm_totp(&actor, form.get("code").unwrap_or("")).await {
        Ok(codes) => {
            let mut me = me_of(&actor);
            me.two_factor_enabled = true;
            me.two_factor_pending = false;
            TwoFactorView { me, svg: String::new(), key: String::new(), error: None, recovery: Some(codes) }
        }
        Err(_) => {
            // Show the same QR again so the worker can retry without starting over.
            return {
                let uri_view = TwoFactorView {
                    me: me_of(&actor),
                    svg: String::new(),
                    key: String::new(),
                    error: Some(c.t("error-totp-required")),
                    recovery: None,
                };
                render_page(&state, parts, uri_view).await
            };
        }
    };
    render_page(&state, parts, view).await
}

async fn users_view(state: &AppState, actor: &Actor, message: Option<String>) -> UsersView {
    let users = state
        .auth
        .list_users()
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|u| UserRow { email: u.email, role: u.role, organisation: u.organisation, disabled: u.disabled })
        .collect();
    let organisations = state.auth.list_organisations().await.unwrap_or_default();
    UsersView { me: me_of(actor), users, organisations, message }
}

fn admin(actor: &Option<Actor>) -> Option<&Actor> {
    actor.as_ref().filter(|a| a.role == Role::Admin && a.may_act())
}

/// `GET /staff/users` (admins)
pub async fn users(State(state): State<AppState>, parts: Parts) -> Response {
    let actor = signed_in(&state, &parts.headers).await;
    let Some(a) = admin(&actor) else { return to_login() };
    let view = users_view(&state, a, None).await;
    render_page(&state, parts, view).await
}

/// `POST /staff/users` (admins): add a user.
pub async fn add_user(State(state): State<AppState>, req: Request) -> Response {
    let actor = signed_in(&state, req.headers()).await;
    let Some(a) = admin(&actor).cloned() else { return to_login() };
    let (parts, form) = read_form(req).await;
    let c = parts_catalog(&parts);
    let result = state
        .auth
        .add_user(
            Some(&a),
            form.get("email").unwrap_or(""),
            form.get("role").unwrap_or(""),
            form.get("name"),
            form.get("org"),
            form.get("password").unwrap_or(""),
        )
        .await;
    let message = match result {
        Ok(_) => c.t("staff-user-added"),
        Err(e) => crate::web::words::account_error(&e, c),
    };
    let view = users_view(&state, &a, Some(message)).await;
    render_page(&state, parts, view).await
}

/// `POST /staff/organisations` (admins): add an organisation.
pub async fn add_organisation(State(state): State<AppState>, req: Request) -> Response {
    let actor = signed_in(&state, req.headers()).await;
    let Some(a) = admin(&actor).cloned() else { return to_login() };
    let (parts, form) = read_form(req).await;
    let c = parts_catalog(&parts);
    let message = match state.auth.add_organisation(form.get("name").unwrap_or("")).await {
        Ok(_) => c.t("staff-org-added"),
        Err(e) => crate::web::words::account_error(&e, c),
    };
    let view = users_view(&state, &a, Some(message)).await;
    render_page(&state, parts, view).await
}

/// `POST /staff/users/disable` (admins)
pub async fn disable_user(State(state): State<AppState>, req: Request) -> Response {
    let actor = signed_in(&state, req.headers()).await;
    let Some(a) = admin(&actor).cloned() else { return to_login() };
    let (parts, form) = read_form(req).await;
    let c = parts_catalog(&parts);
    let message = state
        .auth
        .disable_user(Some(&a), form.get("email").unwrap_or(""))
        .await
        .err()
        .map(|e| crate::web::words::account_error(&e, c));
    let view = users_view(&state, &a, message).await;
    render_page(&state, parts, view).await
}

/// Supervisors and admins who finished two-factor set-up.
fn disposer(actor: &Option<Actor>) -> Option<&Actor> {
    actor.as_ref().filter(|a| matches!(a.role, Role::Supervisor | Role::Admin) && a.may_act())
}

async fn disposals_view(
    state: &AppState,
    actor: &Actor,
    message: Option<String>,
) -> reclamo_app::pages::staff::disposals::DisposalsView {
    use reclamo_app::pages::staff::disposals::{DisposalRow, DisposalsView};
    let day = |at: chrono::DateTime<chrono::Utc>| at.date_naive().to_string();
    let batches = state
        .cases
        .disposals(actor)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|b| DisposalRow {
            id: b.id,
            can_approve: actor.role == Role::Admin
                && b.approved_at.is_none()
                && !b.proposed_by.eq_ignore_ascii_case(&actor.email),
            proposed: format!("{} ({})", b.proposed_by, day(b.proposed_at)),
            approved: b.approved_by.zip(b.approved_at).map(|(by, at)| format!("{by} ({})", day(at))),
            carried_out: b.carried_out_at.map(day),
            cases: b.case_ids.len(),
            disposed: b.disposed,
        })
        .collect();
    DisposalsView { me: me_of(actor), retention_days: state.settings.retention_days, batches, message }
}

/// `GET /staff/disposals` (supervisors and admins)
pub async fn disposals(State(state): State<AppState>, parts: Parts) -> Response {
    let actor = signed_in(&state, &parts.headers).await;
    let Some(a) = disposer(&actor) else { return to_login() };
    let view = disposals_view(&state, a, None).await;
    render_page(&state, parts, view).await
}

/// `POST /staff/disposals`: propose every due case.
pub async fn propose_disposal(State(state): State<AppState>, req: Request) -> Response {
    let actor = signed_in(&state, req.headers()).await;
    let Some(a) = disposer(&actor).cloned() else { return to_login() };
    let (parts, _) = read_form(req).await;
    let c = parts_catalog(&parts);
    let message = match state.cases.propose_disposal(&a, chrono::Utc::now()).await {
        Ok(b) => c.t_args("staff-disposals-proposed", &[("count", &b.case_ids.len().to_string())]),
        Err(e) => crate::web::words::case_refusal(&e, c),
    };
    let view = disposals_view(&state, &a, Some(message)).await;
    render_page(&state, parts, view).await
}

/// `POST /staff/disposals/{id}/approve` (admins, never the proposer)
pub async fn approve_disposal(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    req: Request,
) -> Response {
    let actor = signed_in(&state, req.headers()).await;
    let Some(a) = disposer(&actor).cloned() else { return to_login() };
    let (parts, _) = read_form(req).await;
    let c = parts_catalog(&parts);
    let message = match state.cases.approve_disposal(&a, id).await {
        Ok(_) => c.t("staff-disposals-approved"),
        Err(e) => crate::web::words::case_refusal(&e, c),
    };
    let view = disposals_view(&state, &a, Some(message)).await;
    render_page(&state, parts, view).await
}
