//! The no-JavaScript form handlers behind the public pages: each POST is validated here and the
//! page is rendered by the Leptos app with the outcome in context. Nothing personal goes into a
//! URL or a log line.

use crate::infra::db::MaybeBusy;
use crate::services::intake::{Door, Idempotency, IntakeError, StatusView};
use crate::services::proof::VerifiedCase;
use crate::web::render::{pdf_response, receipt_pdf, render_with};
use crate::web::state::{AppState, client_ip, request_catalog};
use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::Response,
};
use reclamo_app::i18n::{self, Catalog};
use reclamo_app::pages::report::{DoneState, EstimateShown, WizardState, new_form_id};
use reclamo_app::pages::status::{StatusFound, StatusState};
use reclamo_shared::complaint::{Channel, ErrorCode, FieldErrors};
use reclamo_shared::form::{FormValues, STEPS, step_of};
use reclamo_shared::wage::{EstimateProblem, Jurisdiction, estimate_from_fields, minimum_wage_on};
use std::time::Duration;

/// Reads a url-encoded form body into pairs (bad encoding yields an empty form, never a panic).
async fn read_form(state: &AppState, req: Request) -> (Parts, FormValues) {
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, state.settings.body_limit).await.unwrap_or_default();
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    (parts, FormValues(pairs))
}

fn valid_form_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

fn errors_on_step(errors: &FieldErrors, step: usize) -> FieldErrors {
    errors.iter().filter(|(f, _)| step_of(f) == Some(step)).map(|(f, e)| (f.clone(), e.clone())).collect()
}

fn parse_all(values: &FormValues, catalog: &Catalog) -> Result<reclamo_shared::complaint::NewComplaint, FieldErrors> {
    values.to_input(catalog.code).parse(|l| i18n::by_code(l).is_some(), chrono::Utc::now().date_naive())
}

/// `POST /report`: one step of the wizard (next, back, change, or estimate).
pub async fn report_step(State(state): State<AppState>, req: Request) -> Response {
    let catalog = request_catalog(&req);
    let (parts, posted) = read_form(&state, req).await;
    let form_id = posted.get("form_id").filter(|id| valid_form_id(id)).map(str::to_owned).unwrap_or_else(new_form_id);
    let step = posted.get("step").and_then(|s| s.parse::<usize>().ok()).unwrap_or(0).min(STEPS.len() - 1);
    let nav = posted.get("nav").unwrap_or("next").to_owned();
    let mut values = posted.only_fields();
    let call_taker = posted.get("call_taker") == Some("1");
    let mut wizard = WizardState { step, form_id, call_taker, ..Default::default() };
    match nav.as_str() {
        "back" => wizard.step = step.saturating_sub(1),
        "estimate" => estimate(&posted, &mut values, &mut wizard),
        n if n.starts_with("goto-") => {
            wizard.step = n.trim_start_matches("goto-").parse::<usize>().unwrap_or(step).min(STEPS.len() - 1);
        }
        _ => {
            let errors = parse_all(&values, catalog).err().unwrap_or_default();
            let here = errors_on_step(&errors, step);
            if here.is_empty() {
                wizard.step = (step + 1).min(STEPS.len() - 1);
            } else {
                wizard.errors = here;
            }
        }
    }
    wizard.values = values;
    render_with(&state, parts, wizard).await
}

/// The no-JavaScript path of the estimate helper: the server does the arithmetic.
fn estimate(posted: &FormValues, values: &mut FormValues, wizard: &mut WizardState) {
    const KEYS: [&str; 3] = ["est.hours", "est.rate", "est.paid"];
    let raw = KEYS.map(|k| posted.get(k).unwrap_or("").to_owned());
    wizard.estimate_inputs = raw.clone();
    let today = chrono::Utc::now().date_naive();
    match estimate_from_fields([&raw[0], &raw[1], &raw[2]], today) {
        Err(problems) => {
            for (key, problem) in KEYS.iter().zip(problems) {
                let code = match problem {
                    Some(EstimateProblem::Required) => ErrorCode::Required,
                    Some(EstimateProblem::InvalidNumber) => ErrorCode::InvalidNumber,
                    None => continue,
                };
                wizard.errors.insert((*key).to_owned(), vec![(code, None)]);
            }
        }
        Ok(amount) => {
            if let (Some(amount), Some(min)) = (amount, minimum_wage_on(Jurisdiction::Denver, today)) {
                values.replace_fields(
                    &["estimated_owed"],
                    &FormValues(vec![("estimated_owed".to_owned(), amount.to_decimal_string())]),
                );
                wizard.estimate = Some(EstimateShown { amount, year: min.year, wage: min.hourly });
            }
        }
    }
}

/// The page's answer to "too many tries": 429 with `Retry-After`, the wait said in minutes.
fn rate_limited(res: Response, retry: Duration) -> Response {
    let mut res = res;
    *res.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry.as_secs().max(1)));
    res
}

fn rate_limited_text(catalog: &Catalog, retry: Duration) -> String {
    catalog.t_num("error-rate-limited", "minutes", retry.as_secs().div_ceil(60).max(1) as i64)
}

/// The door of a browser form: who is signed in, from where.
fn web_door<'a>(state: &'a AppState, req: &Request) -> impl Future<Output = Door> + Send + 'a {
    // Not an `async fn`: the request (its body is not `Sync`) must not be held across the lookup.
    let (client, headers) = (client_ip(state, req), req.headers().clone());
    async move { Door { actor: crate::web::state::signed_in(state, &headers).await, ..Door::public(Channel::Web, client) } }
}

/// `POST /report/done`: send the complaint from the review step.
pub async fn report_send(State(state): State<AppState>, req: Request) -> Response {
    let catalog = request_catalog(&req);
    let mut door = web_door(&state, &req).await;
    let (parts, posted) = read_form(&state, req).await;
    let form_id = posted.get("form_id").filter(|id| valid_form_id(id)).map(str::to_owned).unwrap_or_else(new_form_id);
    let values = posted.only_fields();
    // Call-taker mode: a staff member keying in a complaint for someone on the phone. Honoured only
    // for signed-in staff (an advocate files as an advocate; the public as the web).
    let call_taker = posted.get("call_taker") == Some("1")
        && door.actor.as_ref().is_some_and(|a| a.may_act() && a.role != crate::services::auth::Role::Advocate);
    if call_taker {
        door.channel = Channel::CallTaker;
    }
    let phone = values.get("contact.phone").map(str::to_owned).filter(|p| !p.trim().is_empty());
    let retry_page = |values: FormValues, form_id: String| WizardState {
        step: STEPS.len() - 1,
        form_id,
        values,
        call_taker,
        ..Default::default()
    };
    // One form instance is one complaint: a re-post (double tap, refresh, lost answer) shows the
    // same receipt, so the fingerprint is the form id itself.
    door.idempotency = Some(Idempotency { key: format!("web:{form_id}"), fingerprint: format!("web:{form_id}") });
    match state.intake.file(door, values.to_input(catalog.code)).await {
        Ok(receipt) => {
            let done = DoneState {
                tracking: receipt.tracking_code.as_str().to_owned(),
                tracking_grouped: receipt.tracking_code.display_grouped(),
                access: receipt.access_code.as_str().to_owned(),
                access_grouped: receipt.access_code.display_grouped(),
                evidence: evidence_limits_view(&state),
                call_taker,
                phone,
                notice: None,
            };
            render_with(&state, parts, done).await
        }
        Err(IntakeError::Invalid(errors)) => {
            // Back to the first step with a problem, answers kept.
            let step = errors.keys().filter_map(|f| step_of(f)).min().unwrap_or(0);
            let wizard = WizardState {
                step,
                form_id,
                errors: errors_on_step(&errors, step),
                values,
                call_taker,
                ..Default::default()
            };
            render_with(&state, parts, wizard).await
        }
        Err(IntakeError::RateLimited(retry)) => {
            let mut wizard = retry_page(values, form_id);
            wizard.notice = Some(rate_limited_text(catalog, retry));
            rate_limited(render_with(&state, parts, wizard).await, retry)
        }
        Err(e) if e.is_busy() => {
            // Nothing was written: the worker sends the same form again (same form id, so a
            // retry can never file twice).
            let mut wizard = retry_page(values, form_id);
            wizard.notice = Some(catalog.t("error-busy"));
            crate::web::state::busy(render_with(&state, parts, wizard).await)
        }
        Err(e) => {
            tracing::error!(error = %e, "web intake failed");
            let mut wizard = retry_page(values, form_id);
            wizard.notice = Some(catalog.t("error-generic"));
            render_with(&state, parts, wizard).await
        }
    }
}

/// `POST /report/codes` (call-takers): texts the caller their two codes, in the caller's language
/// (the page's), to the number given with their consent. Staff only; the codes are checked first.
pub async fn report_codes(State(state): State<AppState>, req: Request) -> Response {
    let catalog = request_catalog(&req);
    let door = web_door(&state, &req).await;
    let (parts, posted) = read_form(&state, req).await;
    let staff = door.actor.as_ref().is_some_and(|a| a.may_act() && a.role != crate::services::auth::Role::Advocate);
    if !staff {
        return crate::web::render::not_found(&state, parts).await;
    }
    let (tracking, access) = (posted.get("tracking_code").unwrap_or(""), posted.get("access_code").unwrap_or(""));
    let phone = posted.get("phone").unwrap_or("").trim().to_owned();
    let Ok((view, _)) = state.intake.verify(&door, tracking, access).await else {
        return crate::web::render::not_found(&state, parts).await;
    };
    let (tracking_grouped, access_code) = (view.tracking_code.display_grouped(), access.trim().to_owned());
    let access_grouped = reclamo_shared::codes::AccessCode::parse(&access_code)
        .map(|a| a.display_grouped())
        .unwrap_or_else(|_| access_code.clone());
    let notice = match (&state.sms, reclamo_shared::field_rules::read::phone(&phone)) {
        (None, _) => catalog.t("done-sms-off"),
        (Some(_), None) => catalog.t("error-invalid-phone"),
        (Some(sms), Some(number)) => {
            let body =
                catalog.t_args("sms-codes-body", &[("tracking", &tracking_grouped), ("access", &access_grouped)]);
            match sms.send(&crate::services::phone::e164(&number), &body).await {
                Ok(_) => catalog.t("done-sms-sent"),
                Err(e) => {
                    tracing::warn!(error = %e, "texting the codes failed");
                    catalog.t("done-sms-failed")
                }
            }
        }
    };
    let done = DoneState {
        tracking: view.tracking_code.as_str().to_owned(),
        tracking_grouped,
        access: access_code,
        access_grouped,
        evidence: evidence_limits_view(&state),
        call_taker: true,
        phone: Some(phone),
        notice: Some(notice),
    };
    // The answer is the receipt page.
    let mut parts = parts;
    if let Ok(uri) = "/report/done".parse() {
        parts.uri = uri;
    }
    render_with(&state, parts, done).await
}

/// `POST /status`: check a complaint with its two codes.
pub async fn status_check(State(state): State<AppState>, req: Request) -> Response {
    let catalog = request_catalog(&req);
    let door = web_door(&state, &req).await;
    let (parts, posted) = read_form(&state, req).await;
    let tracking = posted.get("tracking_code").unwrap_or("").to_owned();
    let access = posted.get("access_code").unwrap_or("").to_owned();
    let verified = state.intake.verify(&door, &tracking, &access).await;
    let (out, wait) = status_state(&state, catalog, &tracking, &access, verified).await;
    status_response(&state, parts, out, wait).await
}

/// The status page's state for these codes, and how long to wait when rate limited.
async fn status_state(
    state: &AppState,
    catalog: &'static Catalog,
    tracking: &str,
    access: &str,
    verified: Result<(StatusView, VerifiedCase), IntakeError>,
) -> (StatusState, Option<Result<Duration, ()>>) {
    let mut out = StatusState { tracking_typed: tracking.to_owned(), ..Default::default() };
    match verified {
        Ok((view, proof)) => {
            let evidence = state.cases.worker_evidence(&proof).await.unwrap_or_default();
            out.found = Some(StatusFound {
                tracking_grouped: view.tracking_code.display_grouped(),
                status: view.status,
                filed_on: view.filed_at.date_naive().to_string(),
                violations: view.violations,
                timeline: view
                    .timeline
                    .into_iter()
                    .map(|e| (e.at.date_naive().to_string(), e.kind, e.status, e.note))
                    .collect(),
                evidence: evidence
                    .into_iter()
                    .map(|e| {
                        (e.kind, e.created_at.date_naive().to_string(), (e.size_bytes + 1023) / 1024, e.description)
                    })
                    .collect(),
                upload: Some((
                    view.tracking_code.as_str().to_owned(),
                    access.trim().to_owned(),
                    evidence_limits_view(state),
                )),
            });
        }
        Err(IntakeError::NotFound) => out.error = Some(catalog.t("status-not-found")),
        Err(IntakeError::Invalid(errors)) => out.errors = errors,
        Err(IntakeError::RateLimited(retry)) => {
            out.error = Some(rate_limited_text(catalog, retry));
            return (out, Some(Ok(retry)));
        }
        Err(e) if e.is_busy() => {
            out.error = Some(catalog.t("error-busy"));
            return (out, Some(Err(())));
        }
        Err(e) => {
            tracing::error!(error = %e, "status lookup failed");
            out.error = Some(catalog.t("error-generic"));
        }
    }
    (out, None)
}

/// Renders the status page: 429 when rate limited, 503 when the database was busy.
async fn status_response(
    state: &AppState,
    parts: Parts,
    out: StatusState,
    wait: Option<Result<Duration, ()>>,
) -> Response {
    match wait {
        Some(Ok(retry)) => rate_limited(render_with(state, parts, out).await, retry),
        Some(Err(())) => crate::web::state::busy(render_with(state, parts, out).await),
        None => render_with(state, parts, out).await,
    }
}

/// The evidence limits as the forms word them.
pub fn evidence_limits_view(state: &AppState) -> reclamo_app::components::evidence::EvidenceLimitsView {
    reclamo_app::components::evidence::EvidenceLimitsView {
        mb: state.settings.evidence_max_mb,
        max: state.settings.evidence_max_files,
    }
}

/// The evidence limits the service enforces.
pub fn evidence_limits(state: &AppState) -> crate::services::evidence::EvidenceLimits {
    crate::services::evidence::EvidenceLimits {
        max_bytes: state.settings.evidence_max_mb as usize * 1024 * 1024,
        max_files: state.settings.evidence_max_files,
    }
}

/// `POST /status/evidence` (multipart: tracking and access codes, file, description): a worker
/// adds a file from the receipt or status page, without JavaScript. The page comes back with the
/// list and a confirmation, or with what was wrong in the worker's language; nothing is kept on
/// failure.
pub async fn status_evidence(State(state): State<AppState>, req: Request) -> Response {
    let catalog = request_catalog(&req);
    let door = web_door(&state, &req).await;
    let limits = evidence_limits(&state);
    let (mut parts, body) = req.into_parts();
    let req = Request::from_parts(parts.clone(), body);
    // The answer is the status page.
    let query = parts.uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    if let Ok(uri) = format!("/status{query}").parse() {
        parts.uri = uri;
    }
    let mut form = match crate::web::upload::read_upload(req, "file", limits.max_bytes).await {
        Ok(form) => form,
        Err(_) => {
            let out = StatusState { error: Some(catalog.t("error-evidence-damaged")), ..Default::default() };
            return render_with(&state, parts, out).await;
        }
    };
    let (tracking, access) = (form.get("tracking_code").to_owned(), form.get("access_code").to_owned());
    // The codes are checked once (one count against the status limit); the page is made from it.
    let verified = state.intake.verify(&door, &tracking, &access).await;
    let result = match &verified {
        Ok((_, proof)) => {
            let upload = crate::services::evidence::Upload {
                bytes: form.file.take().unwrap_or_default(),
                description: Some(form.get("description").to_owned()),
                declared: form.declared.clone(),
            };
            if form.too_large {
                Err(crate::services::cases::CaseError::Evidence(crate::services::evidence::EvidenceError::TooLarge(
                    limits.max_mb(),
                )))
            } else {
                state.cases.add_worker_evidence(proof, upload, limits).await.map(|_| ())
            }
        }
        // The codes did not match (or were limited): the status page says so as a lookup would.
        Err(_) => Ok(()),
    };
    let (mut out, wait) = status_state(&state, catalog, &tracking, &access, verified).await;
    if out.found.is_some() {
        match result {
            Ok(()) => out.notice = Some(catalog.t("evidence-added")),
            Err(e) => {
                out.error = Some(crate::web::words::case_error(&e, catalog).unwrap_or_else(|| {
                    tracing::error!(error = %e, "evidence upload failed");
                    catalog.t("error-generic")
                }))
            }
        }
    }
    let status = if form.too_large { Some(StatusCode::PAYLOAD_TOO_LARGE) } else { None };
    let mut res = status_response(&state, parts, out, wait).await;
    if let Some(code) = status {
        *res.status_mut() = code;
    }
    res
}

/// `POST /report/receipt`: the receipt PDF from the done page (codes in the POST body).
pub async fn report_receipt(State(state): State<AppState>, req: Request) -> Response {
    let catalog = request_catalog(&req);
    let door = web_door(&state, &req).await;
    let (parts, posted) = read_form(&state, req).await;
    let fail = |msg: String| StatusState { error: Some(msg), ..Default::default() };
    let language = posted.get("language").and_then(i18n::by_code).unwrap_or(catalog);
    let checked = state
        .intake
        .check(&door, posted.get("tracking_code").unwrap_or(""), posted.get("access_code").unwrap_or(""))
        .await;
    let (view, access) = match checked {
        Ok(found) => found,
        Err(IntakeError::NotFound | IntakeError::Invalid(_)) => {
            return render_with(&state, parts, fail(catalog.t("status-not-found"))).await;
        }
        Err(IntakeError::RateLimited(retry)) => {
            let page = render_with(&state, parts, fail(rate_limited_text(catalog, retry))).await;
            return rate_limited(page, retry);
        }
        Err(e) if e.is_busy() => {
            return crate::web::state::busy(render_with(&state, parts, fail(catalog.t("error-busy"))).await);
        }
        Err(e) => {
            tracing::error!(error = %e, "receipt lookup failed");
            return render_with(&state, parts, fail(catalog.t("error-generic"))).await;
        }
    };
    let include_access = posted.get("include_access") == Some("yes");
    let tracking = view.tracking_code.clone();
    match receipt_pdf(view, language, include_access.then_some(&access), state.settings.retention_days).await {
        Ok(bytes) => pdf_response(bytes, &tracking),
        Err(e) => {
            tracing::error!(error = %e, "receipt rendering failed");
            render_with(&state, parts, fail(catalog.t("error-generic"))).await
        }
    }
}
