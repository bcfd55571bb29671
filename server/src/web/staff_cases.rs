//! Staff case-management pages: the queue (`/staff/cases`), a case's working page and its
//! forms (assign, move, note, review, calculator, determination), and employer records. Forms
//! post plain HTML; success redirects back (303), a refusal re-renders the page with the reason
//! in the user's language and everything they typed kept.

use crate::services::auth::{Actor, Role};
use crate::services::cases::CaseError;
use crate::services::cases::queue::Filter;
use crate::web::render::render_with;
use crate::web::staff_pages::{me_of, read_form};
use crate::web::state::{AppState, parts_catalog, signed_in};
use axum::{
    extract::{Path, Query, Request, State},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use reclamo_app::i18n::Catalog;
use reclamo_app::islands::{CalcValues, ShownLine};
use reclamo_app::pages::casework::{
    CaseWork, DeterminationRow, EmployerView, QueueRow, QueueView, ReviewRow, TimelineRow,
};
use reclamo_app::pages::staff::StaffView;
use reclamo_shared::codes::TrackingCode;
use reclamo_shared::form::FormValues;
use reclamo_shared::money::Cents;
use serde_json::Value;

fn s(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(x) => x.clone(),
        other => other.to_string(),
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().map(s).collect()).unwrap_or_default()
}

fn grouped(code: &str) -> String {
    TrackingCode::parse(code).map(|t| t.display_grouped()).unwrap_or_else(|_| code.to_owned())
}

fn queue_row(v: &Value) -> QueueRow {
    QueueRow {
        id: v["id"].as_i64().unwrap_or_default(),
        tracking: grouped(v["tracking_code"].as_str().unwrap_or("")),
        status: s(&v["status"]),
        priority: s(&v["priority"]),
        kinds: v["retaliation"]["kinds"].as_array().map(|a| a.iter().map(s).collect()).unwrap_or_default(),
        employer: s(&v["employer"]["name"]),
        employer_id: v["employer"]["id"].as_i64(),
        assignee: v["assignee"].as_str().map(str::to_owned),
        language: s(&v["language"]),
        due: v["first_contact_due"].as_str().map(str::to_owned),
        overdue: v["first_contact_overdue"].as_bool().unwrap_or(false),
        filed: s(&v["created_at"]).chars().take(10).collect(),
    }
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
    if crate::infra::db::MaybeBusy::is_busy(e) {
        return c.t("error-busy");
    }
    e.user_message(c).unwrap_or_else(|| {
        tracing::error!(error = %e, "case work failed");
        c.t("error-generic")
    })
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
        .map(|n| (n["case_id"].as_i64().unwrap_or_default(), s(&n["kind"])))
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
    render_with(state, parts, StaffView::Queue { me: me_of(actor), view: Box::new(view) }).await
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
        Ok(v) => v,
        Err(CaseError::TwoFactorPending) => return Redirect::to("/staff").into_response(),
        Err(CaseError::NotFound) => {
            let mut res = render_with(state, parts, ()).await;
            *res.status_mut() = StatusCode::NOT_FOUND;
            return res;
        }
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
    let mut fields = vec![
        ("violations".to_owned(), strings(&case["violations"]).join(", ")),
        ("narrative".to_owned(), s(&case["narrative"])),
        ("employer.name".to_owned(), s(&case["employer"]["name"])),
        ("employer.address".to_owned(), s(&case["employer"]["address"])),
        ("retaliation.details".to_owned(), s(&case["retaliation_details"])),
        ("contact.name".to_owned(), s(&case["contact"]["name"])),
        ("contact.phone".to_owned(), s(&case["contact"]["phone"])),
        ("contact.email".to_owned(), s(&case["contact"]["email"])),
    ];
    for q in reclamo_shared::complaint::RETALIATION_QUESTIONS {
        fields.push((format!("retaliation.{q}"), s(&case["retaliation_answers"][q])));
    }
    fields.retain(|(_, v)| !v.is_empty());
    let history = if matches!(actor.role, Role::Supervisor | Role::Admin) {
        state
            .cases
            .access_log(actor, id)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|e| (s(&e["at"]), s(&e["actor"]), s(&e["action"])))
            .collect()
    } else {
        vec![]
    };
    let work = if actor.role == Role::Advocate {
        None
    } else {
        Some(Box::new(case_work(state, actor, &case, error, draft, calc).await))
    };
    let tracking = grouped(case["tracking_code"].as_str().unwrap_or(""));
    render_with(state, parts, StaffView::Case { me: me_of(actor), tracking, fields, history, work }).await
}

fn lines_of(v: &Value) -> Vec<ShownLine> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|l| {
                    (
                        s(&l["code"]),
                        Cents(l["amount_cents"].as_i64().unwrap_or_default()).to_string(),
                        s(&l["work"]),
                        s(&l["citation"]),
                        l["verify_with_counsel"].as_bool().unwrap_or(false),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn signal_text(v: &Value) -> String {
    let kind = s(&v["kind"]);
    match v["source"]["type"].as_str() {
        Some("narrative") => format!("{kind}: “{}”", s(&v["source"]["phrase"])),
        _ => format!("{kind}: {}", s(&v["source"]["question"])),
    }
}

/// Calculator defaults from the complaint: its period, usual hours over the period, the rate.
fn calc_defaults(case: &Value) -> CalcValues {
    let today = chrono::Utc::now().date_naive().to_string();
    let period_start = s(&case["period"]["start"]);
    let period_end = s(&case["period"]["end"]);
    let rate = case["job"]["pay_rate_cents"].as_i64().filter(|_| case["job"]["pay_basis"].as_str() == Some("hour"));
    let instances: i64 = case["retaliation"]["review"]
        .as_array()
        .map(|a| a.iter().filter(|r| r["decision"] == "confirmed").map(|r| r["instances"].as_i64().unwrap_or(0)).sum())
        .unwrap_or(0);
    CalcValues {
        jurisdiction: "denver".into(),
        as_of: today,
        start: period_start,
        end: period_end,
        rate: rate.map(|r| format!("{}.{:02}", r / 100, r % 100)).unwrap_or_default(),
        instances: if instances > 0 { instances.to_string() } else { String::new() },
        employees: "1".into(),
        ..Default::default()
    }
}

async fn case_work(
    state: &AppState,
    actor: &Actor,
    case: &Value,
    error: Option<String>,
    draft: Vec<(String, String)>,
    calc: Option<CalcValues>,
) -> CaseWork {
    let mut timeline: Vec<TimelineRow> = case["timeline"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| TimelineRow {
                    at: s(&e["at"]).chars().take(16).collect::<String>().replace('T', " "),
                    kind: s(&e["kind"]),
                    status: e["status"].as_str().map(str::to_owned),
                    actor: e["actor"].as_str().map(str::to_owned),
                    text: e["reason"].as_str().map(str::to_owned),
                    visible: e["visible_to_worker"].as_bool().unwrap_or(false),
                })
                .collect()
        })
        .unwrap_or_default();
    if let Some(notes) = case["notes"].as_array() {
        timeline.extend(notes.iter().map(|n| TimelineRow {
            at: s(&n["at"]).chars().take(16).collect::<String>().replace('T', " "),
            kind: "note".into(),
            status: None,
            actor: n["author"].as_str().map(str::to_owned),
            text: n["body"].as_str().map(str::to_owned),
            visible: n["visible_to_worker"].as_bool().unwrap_or(false),
        }));
    }
    timeline.sort_by(|a, b| a.at.cmp(&b.at));
    CaseWork {
        id: case["id"].as_i64().unwrap_or_default(),
        status: s(&case["status"]),
        resolution: case["resolution"].as_str().map(str::to_owned),
        priority: s(&case["priority"]),
        language: s(&case["language"]),
        assignee: case["assignee"].as_str().map(str::to_owned),
        employer: (s(&case["employer"]["name"]), case["employer"]["id"].as_i64()),
        prior_violations: case["employer"]["violations_within_5_years"].as_i64().unwrap_or(0),
        kinds: strings(&case["retaliation"]["kinds"]),
        signals: case["retaliation"]["signals"]
            .as_array()
            .map(|a| a.iter().map(signal_text).collect())
            .unwrap_or_default(),
        reviews: case["retaliation"]["review"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|r| ReviewRow {
                        kind: s(&r["kind"]),
                        decision: s(&r["decision"]),
                        instances: r["instances"].as_i64().unwrap_or(0),
                        by: s(&r["by"]),
                        reason: s(&r["reason"]),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        deadlines: case["deadlines"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|d| {
                        (
                            s(&d["kind"]),
                            s(&d["due"]),
                            d["met"].as_bool().unwrap_or(false),
                            d["overdue"].as_bool().unwrap_or(false),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        next: strings(&case["next_statuses"]),
        resolutions: strings(&case["resolutions"]),
        timeline,
        determinations: case["determinations"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|d| DeterminationRow {
                        state: s(&d["state"]),
                        total: Cents(d["total_cents"].as_i64().unwrap_or_default()).to_string(),
                        lines: lines_of(&d["lines"]),
                        recorded_by: s(&d["recorded_by"]),
                        decided_by: d["decided_by"].as_str().map(str::to_owned),
                    })
                    .collect()
            })
            .unwrap_or_default(),
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
    let error = reclamo_shared::remedy::calculate(&input).err().map(|e| c.t(&format!("error-calc-{}", e.code())));
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
            let mut res = render_with(state, parts, ()).await;
            *res.status_mut() = StatusCode::NOT_FOUND;
            return res;
        }
    };
    let view = EmployerView {
        id,
        name: s(&e["name"]),
        aliases: strings(&e["aliases"]),
        addresses: strings(&e["addresses"]),
        links: e["links"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|l| (l["employer_id"].as_i64().unwrap_or_default(), s(&l["name"]), s(&l["kind"])))
                    .collect()
            })
            .unwrap_or_default(),
        complaints: e["complaints"].as_i64().unwrap_or_default(),
        violations: e["violations_within_5_years"].as_i64().unwrap_or_default(),
        rows: e["cases"].as_array().map(|a| a.iter().map(queue_row).collect()).unwrap_or_default(),
        message,
    };
    render_with(state, parts, StaffView::Employer { me: me_of(actor), view: Box::new(view) }).await
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
