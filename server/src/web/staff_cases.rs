//! Staff case-management pages: the queue (`/staff/cases`), a case's working page and its
//! forms (assign, move, note, review, calculator, determination), and employer records. Forms
//! post plain HTML; success redirects back (303), a refusal re-renders the page with the reason
//! in the user's language and everything they typed kept.

use crate::services::auth::{Actor, Role};
use crate::services::cases::CaseError;
use crate::services::cases::queue::Filter;
use crate::web::render::{not_found, render_page};
use crate::web::staff_pages::{me_of, read_form};
use crate::web::state::{AppState, parts_catalog, signed_in};
use axum::{
    extract::{Path, Query, Request, State},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use reclamo_app::i18n::Catalog;
use reclamo_app::islands::{CalcValues, shown_lines};
use reclamo_app::pages::casework::{
    CaseWork, DeterminationRow, EmployerView, QueueRow, QueueView, ReferralRow, ReviewRow, StaffEvidenceRow,
    TimelineRow,
};
use reclamo_app::pages::staff::{case::CasePageView, employer::EmployerPageView, queue::QueuePageView};
use reclamo_shared::case_view::{CaseDetail, CaseSummary, CaseView};
use reclamo_shared::codes::TrackingCode;
use reclamo_shared::form::FormValues;
use reclamo_shared::money::Cents;
use reclamo_shared::retaliation::{Signal, SignalSource};

fn grouped(code: &str) -> String {
    TrackingCode::parse(code).map(|t| t.display_grouped()).unwrap_or_else(|_| code.to_owned())
}

fn queue_row(v: &CaseSummary) -> QueueRow {
    QueueRow {
        id: v.id,
        tracking: grouped(&v.tracking_code),
        status: v.status.code().to_owned(),
        priority: v.priority.code().to_owned(),
        kinds: v.retaliation.kinds.clone(),
        employer: v.employer.name.clone(),
        employer_id: v.employer.id,
        assignee: v.assignee.clone(),
        language: v.language.clone(),
        due: v.first_contact_due.map(|d| d.to_string()),
        overdue: v.first_contact_overdue,
        filed: v.created_at.date_naive().to_string(),
    }
}

/// A time as the staff pages show it: `YYYY-MM-DD HH:MM` (UTC).
fn minute(at: &chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

async fn assignable(state: &AppState) -> Vec<String> {
    state
        .auth
        .list_users()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|u| !u.disabled && matches!(u.role.as_str(), "investigator" | "supervisor"))
        .map(|u| u.email)
        .collect()
}

fn to_login() -> Response {
    Redirect::to("/staff/login").into_response()
}

fn refused(c: &Catalog, e: &CaseError) -> String {
    crate::web::words::case_refusal(e, c)
}

/// `GET /staff/cases`: the queue.
pub async fn queue(State(state): State<AppState>, Query(f): Query<Filter>, parts: Parts) -> Response {
    let Some(actor) = signed_in(&state, &parts.headers).await else { return to_login() };
    if !actor.may_act() {
        return Redirect::to("/staff").into_response();
    }
    queue_page(&state, &actor, parts, f, None).await
}

async fn queue_page(state: &AppState, actor: &Actor, parts: Parts, f: Filter, message: Option<String>) -> Response {
    let c = parts_catalog(&parts);
    let (rows, next_href, message) = match state.cases.list(actor, &f).await {
        Ok(page) => {
            let next = page.next_cursor.map(|cursor| {
                let mut next = f.clone();
                next.cursor = Some(cursor);
                format!("/staff/cases?{}", serde_urlencoded::to_string(&next).unwrap_or_default())
            });
            (page.cases.iter().map(queue_row).collect(), next, message)
        }
        Err(e) => (vec![], None, Some(refused(c, &e))),
    };
    let mut filter = vec![];
    for (k, v) in [
        ("status", &f.status),
        ("priority", &f.priority),
        ("flag", &f.flag),
        ("assignee", &f.assignee),
        ("language", &f.language),
        ("channel", &f.channel),
        ("violation", &f.violation),
        ("q", &f.q),
    ] {
        filter.push((k.to_owned(), v.clone().unwrap_or_default()));
    }
    filter.push(("from".into(), f.from.map(|d| d.to_string()).unwrap_or_default()));
    filter.push(("to".into(), f.to.map(|d| d.to_string()).unwrap_or_default()));
    let notifications = state
        .cases
        .notifications(actor)
        .await
        .unwrap_or_default()
        .iter()
        .map(|n| (n.case_id, n.kind.clone()))
        .collect();
    let can_bulk = matches!(actor.role, Role::Supervisor | Role::Admin);
    let view = QueueView {
        filter,
        rows,
        next_href,
        staff: if actor.role == Role::Advocate { vec![] } else { assignable(state).await },
        can_bulk,
        message,
        notifications,
    };
    render_page(state, parts, QueuePageView { me: me_of(actor), view: Box::new(view) }).await
}

/// `POST /staff/cases/assign`: bulk assignment (supervisors).
pub async fn bulk_assign(State(state): State<AppState>, req: Request) -> Response {
    let Some(actor) = signed_in(&state, req.headers()).await else { return to_login() };
    let (parts, form) = read_form(req).await;
    let c = parts_catalog(&parts);
    let ids: Vec<i64> = form.0.iter().filter(|(k, _)| k == "ids").filter_map(|(_, v)| v.parse().ok()).collect();
    let message = match state.cases.assign_many(&actor, &ids, form.get("assignee_email").unwrap_or("")).await {
        Ok(n) => c.t_num("queue-assigned", "count", n as i64),
        Err(e) => refused(c, &e),
    };
    queue_page(&state, &actor, parts, Filter::default(), Some(message)).await
}

/// `GET /staff/cases/{id}`: the complaint in full (decrypted for this actor and audited) and,
/// for staff who work cases, everything to work it.
pub async fn case(State(state): State<AppState>, Path(id): Path<i64>, parts: Parts) -> Response {
    let Some(actor) = signed_in(&state, &parts.headers).await else { return to_login() };
    case_page(&state, &actor, parts, id, None, vec![], None).await
}

async fn case_page(
    state: &AppState,
    actor: &Actor,
    parts: Parts,
    id: i64,
    error: Option<String>,
    draft: Vec<(String, String)>,
    calc: Option<CalcValues>,
) -> Response {
    let case = match state.cases.get(actor, id).await {
        Ok(CaseView::Staff(case)) => case,
        // Advocates follow their cases elsewhere; the staff case page is for the people who work it.
        Ok(CaseView::Advocate(_)) | Err(CaseError::NotFound) => {
            return not_found(state, parts).await;
        }
        Err(CaseError::TwoFactorPending) => return Redirect::to("/staff").into_response(),
        Err(e) if crate::infra::db::MaybeBusy::is_busy(&e) => {
            return crate::web::state::busy(StatusCode::SERVICE_UNAVAILABLE.into_response());
        }
        Err(e) => {
            tracing::error!(error = %e, "case read failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    // Notifications go to supervisors: opening the case reads theirs (no write for anyone else).
    if actor.role == Role::Supervisor
        && let Err(e) = state.cases.mark_read(actor, id).await
    {
        tracing::error!(error = %e, "marking notifications read failed");
    }
    let contact = |f: fn(&reclamo_shared::complaint::Contact) -> &Option<String>| {
        case.contact.as_ref().and_then(|c| f(c).clone()).unwrap_or_default()
    };
    let mut fields = vec![
        ("violations".to_owned(), case.violations.join(", ")),
        ("narrative".to_owned(), case.narrative.clone().unwrap_or_default()),
        ("employer.name".to_owned(), case.employer.name.clone()),
        ("employer.address".to_owned(), case.employer.address.clone().unwrap_or_default()),
        ("retaliation.details".to_owned(), case.retaliation_details.clone().unwrap_or_default()),
        ("contact.name".to_owned(), contact(|c| &c.name)),
        ("contact.phone".to_owned(), contact(|c| &c.phone)),
        ("contact.email".to_owned(), contact(|c| &c.email)),
    ];
    for q in reclamo_shared::complaint::RETALIATION_QUESTIONS {
        let answer = case.retaliation_answers.get(q).map(|b| b.to_string()).unwrap_or_default();
        fields.push((format!("retaliation.{q}"), answer));
    }
    fields.retain(|(_, v)| !v.is_empty());
    let history = if matches!(actor.role, Role::Supervisor | Role::Admin) {
        state
            .cases
            .access_log(actor, id)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.at.to_rfc3339(), e.actor.unwrap_or_default(), e.action))
            .collect()
    } else {
        vec![]
    };
    let work = Some(Box::new(case_work(state, actor, &case, error, draft, calc).await));
    let tracking = grouped(&case.tracking_code);
    render_page(state, parts, CasePageView { me: me_of(actor), tracking, fields, history, work }).await
}

fn signal_text(v: &Signal) -> String {
    let kind = v.kind.code();
    match &v.source {
        SignalSource::Narrative { phrase, .. } => format!("{kind}: “{phrase}”"),
        SignalSource::Answer { question } => format!("{kind}: {question}"),
    }
}

/// Calculator defaults from the complaint: its period, usual hours over the period, the rate.
fn calc_defaults(case: &CaseDetail) -> CalcValues {
    let today = chrono::Utc::now().date_naive().to_string();
    let rate = case.job.pay_rate_cents.filter(|_| case.job.pay_basis.as_deref() == Some("hour"));
    // Each kind's confirmed instances, in the calculator's order.
    let instances = reclamo_shared::retaliation::RetaliationKind::ALL
        .iter()
        .map(|k| {
            let n: i64 = case
                .retaliation
                .review
                .iter()
                .filter(|r| r.decision == "confirmed" && r.kind == k.code())
                .map(|r| i64::from(r.instances))
                .sum();
            if n > 0 { n.to_string() } else { String::new() }
        })
        .collect();
    CalcValues {
        jurisdiction: "denver".into(),
        as_of: today,
        start: case.period.start.map(|d| d.to_string()).unwrap_or_default(),
        end: case.period.end.map(|d| d.to_string()).unwrap_or_default(),
        rate: rate.map(|r| format!("{}.{:02}", r / 100, r % 100)).unwrap_or_default(),
        instances,
        employees: "1".into(),
        ..Default::default()
    }
}

async fn case_work(
    state: &AppState,
    actor: &Actor,
    case: &CaseDetail,
    error: Option<String>,
    draft: Vec<(String, String)>,
    calc: Option<CalcValues>,
) -> CaseWork {
    let mut timeline: Vec<TimelineRow> = case
        .timeline
        .iter()
        .map(|e| TimelineRow {
            at: minute(&e.at),
            kind: e.kind.clone(),
            status: e.status.map(|st| st.code().to_owned()),
            actor: e.actor.clone(),
            text: e.reason.clone(),
            visible: e.visible_to_worker,
        })
        .collect();
    timeline.extend(case.notes.iter().map(|n| TimelineRow {
        at: minute(&n.at),
        kind: "note".into(),
        status: None,
        actor: Some(n.author.clone()),
        text: n.body.clone(),
        visible: n.visible_to_worker,
    }));
    timeline.sort_by(|a, b| a.at.cmp(&b.at));
    CaseWork {
        id: case.id,
        status: case.status.code().to_owned(),
        resolution: case.resolution.map(|r| r.code().to_owned()),
        priority: case.priority.code().to_owned(),
        language: case.language.clone(),
        assignee: case.assignee.clone(),
        employer: (case.employer.name.clone(), case.employer.id),
        prior_violations: case.employer.violations_within_5_years as i64,
        kinds: case.retaliation.kinds.clone(),
        signals: case.retaliation.signals.iter().flatten().map(signal_text).collect(),
        reviews: case
            .retaliation
            .review
            .iter()
            .map(|r| ReviewRow {
                kind: r.kind.clone(),
                decision: r.decision.clone(),
                instances: i64::from(r.instances),
                by: r.by.clone(),
                reason: r.reason.clone().unwrap_or_default(),
            })
            .collect(),
        deadlines: case
            .deadlines
            .iter()
            .map(|d| (d.kind.code().to_owned(), d.due.to_string(), d.met, d.overdue))
            .collect(),
        next: case.next_statuses.iter().map(|st| st.code().to_owned()).collect(),
        resolutions: case.resolutions.iter().map(|r| r.code().to_owned()).collect(),
        timeline,
        determinations: case
            .determinations
            .iter()
            .map(|d| DeterminationRow {
                state: d.state.clone(),
                total: Cents(d.total_cents).to_string(),
                lines: shown_lines(&d.lines),
                recorded_by: d.recorded_by.clone(),
                decided_by: d.decided_by.clone(),
            })
            .collect(),
        referrals: case
            .retaliation
            .referrals
            .iter()
            .map(|r| ReferralRow {
                destination: r.destination.code().to_owned(),
                proposed: r.proposed,
                approved: r.approved,
                decided_by: r.decided_by.clone(),
                reason: r.reason.clone(),
            })
            .collect(),
        evidence: state
            .cases
            .evidence_list(actor, case.id)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|e| StaffEvidenceRow {
                id: e.id,
                kind: e.kind,
                date: minute(&e.created_at),
                kb: (e.size_bytes + 1023) / 1024,
                from_worker: e.source == "worker",
                description: e.description,
            })
            .collect(),
        evidence_limits: crate::web::pages::evidence_limits_view(state),
        calc: calc.unwrap_or_else(|| calc_defaults(case)),
        staff: assignable(state).await,
        supervisor: matches!(actor.role, Role::Supervisor | Role::Admin),
        error,
        draft,
    }
}

fn back(id: i64) -> Response {
    Redirect::to(&format!("/staff/cases/{id}")).into_response()
}

async fn form_of(state: &AppState, req: Request) -> Option<(Actor, Parts, FormValues)> {
    let actor = signed_in(state, req.headers()).await?;
    let (parts, form) = read_form(req).await;
    Some((actor, parts, form))
}

/// `POST /staff/cases/{id}/assign`
pub async fn assign(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    let email = if form.get("me").is_some() {
        actor.email.clone()
    } else {
        form.get("assignee_email").unwrap_or("").to_owned()
    };
    match state.cases.assign(&actor, id, &email).await {
        Ok(()) => back(id),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            case_page(&state, &actor, parts, id, Some(msg), vec![], None).await
        }
    }
}

/// `POST /staff/cases/{id}/transition`
pub async fn transition(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    let reason = form.get("reason").unwrap_or("").to_owned();
    match state.cases.transition(&actor, id, form.get("to").unwrap_or(""), form.get("resolution"), &reason).await {
        Ok(_) => back(id),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            let mut res =
                case_page(&state, &actor, parts, id, Some(msg), vec![("move_reason".into(), reason)], None).await;
            *res.status_mut() = StatusCode::CONFLICT;
            res
        }
    }
}

/// `POST /staff/cases/{id}/notes`
pub async fn note(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    let body = form.get("body").unwrap_or("").to_owned();
    match state.cases.add_note(&actor, id, &body, form.get("visible_to_worker").is_some()).await {
        Ok(_) => back(id),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            case_page(&state, &actor, parts, id, Some(msg), vec![("body".into(), body)], None).await
        }
    }
}

/// `POST /staff/cases/{id}/review`
pub async fn review(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    let reason = form.get("reason").unwrap_or("").to_owned();
    let confirmed = form.get("decision") == Some("confirmed");
    let instances = form.get("instances").and_then(|n| n.trim().parse().ok()).unwrap_or(0);
    match state
        .cases
        .review_retaliation(&actor, id, form.get("kind").unwrap_or(""), confirmed, instances, &reason)
        .await
    {
        Ok(()) => back(id),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            case_page(&state, &actor, parts, id, Some(msg), vec![("reason".into(), reason)], None).await
        }
    }
}

/// `POST /staff/cases/{id}/referrals/{destination}` (supervisors): approve or decline a referral.
pub async fn refer(
    State(state): State<AppState>,
    Path((id, destination)): Path<(i64, String)>,
    req: Request,
) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    let Some(destination) = reclamo_shared::referral::Destination::from_code(&destination) else {
        return not_found(&state, parts).await;
    };
    let reason = form.get("reason").unwrap_or("").to_owned();
    let approve = form.get("approve") == Some("1");
    match state.cases.decide_referral(&actor, id, destination, approve, &reason).await {
        Ok(()) => back(id),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            let field = format!("referral-reason-{}", destination.code());
            case_page(&state, &actor, parts, id, Some(msg), vec![(field, reason)], None).await
        }
    }
}

/// `POST /staff/cases/{id}/evidence` (multipart): staff who work the case add a file.
pub async fn add_evidence(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some(actor) = signed_in(&state, req.headers()).await else { return to_login() };
    let limits = crate::web::pages::evidence_limits(&state);
    let (parts, body) = req.into_parts();
    let c = parts_catalog(&parts);
    let form =
        crate::web::upload::read_upload(Request::from_parts(parts.clone(), body), "file", limits.max_bytes).await;
    let result = match form {
        Ok(form) if form.too_large => {
            Err(CaseError::Evidence(crate::services::evidence::EvidenceError::TooLarge(limits.max_mb())))
        }
        Ok(mut form) => {
            let upload = crate::services::evidence::Upload {
                bytes: form.file.take().unwrap_or_default(),
                description: Some(form.get("description").to_owned()),
                declared: form.declared.clone(),
            };
            state.cases.add_staff_evidence(&actor, id, upload, limits).await.map(|_| ())
        }
        Err(_) => Err(CaseError::Evidence(crate::services::evidence::EvidenceError::Missing)),
    };
    match result {
        Ok(()) => back(id),
        Err(e) => {
            let msg = refused(c, &e);
            case_page(&state, &actor, parts, id, Some(msg), vec![], None).await
        }
    }
}

/// `POST /staff/cases/{id}/calculate`: computes (no JavaScript) or records a determination.
pub async fn calculate(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    let c = parts_catalog(&parts);
    let values = CalcValues::from_pairs(|k| form.get(k).map(str::to_owned));
    let input = match values.to_input() {
        Ok(i) => i,
        Err(field) => {
            let msg = c.t_args("calc-invalid", &[("field", &c.t(&format!("calc-field-{}", field.replace('_', "-"))))]);
            return case_page(&state, &actor, parts, id, Some(msg), vec![], Some(values)).await;
        }
    };
    if form.get("op") == Some("record") {
        return match state.cases.record_determination(&actor, id, input).await {
            Ok(_) => back(id),
            Err(e) => {
                let msg = refused(c, &e);
                case_page(&state, &actor, parts, id, Some(msg), vec![], Some(values)).await
            }
        };
    }
    // Calculate only: the island shows the lines from the same values once rendered.
    let error = state.cases.calculate(&actor, input).err().map(|e| refused(c, &e));
    case_page(&state, &actor, parts, id, error, vec![], Some(values)).await
}

/// `POST /staff/cases/{id}/determination/decide` (supervisors)
pub async fn decide(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    match state.cases.decide_determination(&actor, id, form.get("approve") == Some("1")).await {
        Ok(()) => back(id),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            case_page(&state, &actor, parts, id, Some(msg), vec![], None).await
        }
    }
}

async fn employer_page(state: &AppState, actor: &Actor, parts: Parts, id: i64, message: Option<String>) -> Response {
    let e = match state.cases.employer(actor, id).await {
        Ok(e) => e,
        Err(_) => {
            return not_found(state, parts).await;
        }
    };
    let view = EmployerView {
        id,
        name: e.name.clone(),
        aliases: e.aliases.clone(),
        addresses: e.addresses.clone(),
        links: e.links.iter().map(|l| (l.employer_id, l.name.clone().unwrap_or_default(), l.kind.clone())).collect(),
        complaints: e.complaints as i64,
        violations: e.violations_within_5_years as i64,
        rows: e.cases.iter().map(queue_row).collect(),
        message,
    };
    render_page(state, parts, EmployerPageView { me: me_of(actor), view: Box::new(view) }).await
}

/// `GET /staff/employers/{id}`
pub async fn employer(State(state): State<AppState>, Path(id): Path<i64>, parts: Parts) -> Response {
    let Some(actor) = signed_in(&state, &parts.headers).await else { return to_login() };
    employer_page(&state, &actor, parts, id, None).await
}

/// `POST /staff/employers/{id}/aliases`
pub async fn employer_alias(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    match state.cases.add_alias(&actor, id, form.get("name").unwrap_or("")).await {
        Ok(()) => Redirect::to(&format!("/staff/employers/{id}")).into_response(),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            employer_page(&state, &actor, parts, id, Some(msg)).await
        }
    }
}

/// `POST /staff/employers/{id}/links`
pub async fn employer_link(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let Some((actor, parts, form)) = form_of(&state, req).await else { return to_login() };
    let result = state
        .cases
        .link_employer(&actor, id, form.get("related_name").unwrap_or(""), form.get("kind").unwrap_or(""))
        .await;
    match result {
        Ok(_) => Redirect::to(&format!("/staff/employers/{id}")).into_response(),
        Err(e) => {
            let msg = refused(parts_catalog(&parts), &e);
            employer_page(&state, &actor, parts, id, Some(msg)).await
        }
    }
}
