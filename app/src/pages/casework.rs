//! Case-management views for staff: the queue (filters, search, paging, bulk assignment), the
//! working parts of a case page (retaliation review, deadlines, workflow, assignment, notes,
//! calculator and determinations, letters, timeline) and the employer record. All plain forms:
//! everything works without JavaScript; only the calculator is an island (live totals).

use crate::i18n::Catalog;
use crate::islands::{CalcLabels, CalcValues, RemedyCalculator};
use leptos::prelude::*;

/// A queue row (no personal data).
#[derive(Clone, Debug, Default)]
pub struct QueueRow {
    /// Case id.
    pub id: i64,
    /// Tracking code, grouped.
    pub tracking: String,
    /// Status code.
    pub status: String,
    /// `urgent` or `normal`.
    pub priority: String,
    /// Retaliation kinds flagged.
    pub kinds: Vec<String>,
    /// Employer.
    pub employer: String,
    /// Employer record id.
    pub employer_id: Option<i64>,
    /// Assignee email.
    pub assignee: Option<String>,
    /// Language code.
    pub language: String,
    /// First-contact deadline.
    pub due: Option<String>,
    /// First contact overdue.
    pub overdue: bool,
    /// Filed (date).
    pub filed: String,
}

/// The queue page.
#[derive(Clone, Debug, Default)]
pub struct QueueView {
    /// Current filter values by name (status, priority, flag, assignee, language, channel,
    /// violation, from, to, q).
    pub filter: Vec<(String, String)>,
    /// Rows of this page.
    pub rows: Vec<QueueRow>,
    /// Link to the next page.
    pub next_href: Option<String>,
    /// Staff who can be assigned cases (emails).
    pub staff: Vec<String>,
    /// Bulk assignment allowed (supervisors).
    pub can_bulk: bool,
    /// A notice or error to announce.
    pub message: Option<String>,
    /// Unread notifications: (case id, kind).
    pub notifications: Vec<(i64, String)>,
}

/// A review of one retaliation kind.
#[derive(Clone, Debug, Default)]
pub struct ReviewRow {
    /// Kind code.
    pub kind: String,
    /// `confirmed` or `dismissed`.
    pub decision: String,
    /// Instances (confirmed).
    pub instances: i64,
    /// Reviewer.
    pub by: String,
    /// Reason as written.
    pub reason: String,
}

/// A determination as shown.
#[derive(Clone, Debug, Default)]
pub struct DeterminationRow {
    /// `pending`, `approved` or `returned`.
    pub state: String,
    /// Total.
    pub total: String,
    /// Lines: (code, amount, work, citation, verify).
    pub lines: Vec<crate::islands::ShownLine>,
    /// Who recorded it.
    pub recorded_by: String,
    /// Who decided.
    pub decided_by: Option<String>,
}

/// An evidence file as staff see it.
#[derive(Clone, Debug, Default)]
pub struct StaffEvidenceRow {
    /// Evidence id.
    pub id: i64,
    /// `image`, `pdf` or `audio`.
    pub kind: String,
    /// When it came (UTC, minutes).
    pub date: String,
    /// Size in KB.
    pub kb: i64,
    /// Sent by the worker (else added by staff).
    pub from_worker: bool,
    /// What it is, as written.
    pub description: Option<String>,
}

/// A referral as shown.
#[derive(Clone, Debug, Default)]
pub struct ReferralRow {
    /// Destination code (`colorado_ag`, `federal_forced_labor`).
    pub destination: String,
    /// Still proposed by the rules.
    pub proposed: bool,
    /// `None` waiting; `Some(true)` approved; `Some(false)` declined.
    pub approved: Option<bool>,
    /// Who decided.
    pub decided_by: Option<String>,
    /// Why, as written.
    pub reason: Option<String>,
}

/// A timeline entry for staff: (when, kind, new status, who, reason or note, visible to worker).
#[derive(Clone, Debug, Default)]
pub struct TimelineRow {
    /// When (UTC, minutes).
    pub at: String,
    /// Event kind (`filed`, `status_changed`, `note`, ...).
    pub kind: String,
    /// New status, for moves.
    pub status: Option<String>,
    /// Who.
    pub actor: Option<String>,
    /// Why (moves) or the note's text.
    pub text: Option<String>,
    /// Shown to the worker on /status.
    pub visible: bool,
}

/// Everything a case page needs beyond the complaint's fields.
#[derive(Clone, Debug, Default)]
pub struct CaseWork {
    /// Case id.
    pub id: i64,
    /// Status code.
    pub status: String,
    /// Resolution code.
    pub resolution: Option<String>,
    /// `urgent` or `normal`.
    pub priority: String,
    /// The complaint's language code (the narrative is shown as written, in it).
    pub language: String,
    /// Assignee email.
    pub assignee: Option<String>,
    /// Employer name and record id.
    pub employer: (String, Option<i64>),
    /// Established violations within 5 years (other cases).
    pub prior_violations: i64,
    /// Retaliation kinds flagged by screening.
    pub kinds: Vec<String>,
    /// Why (each signal as text).
    pub signals: Vec<String>,
    /// Latest review per kind.
    pub reviews: Vec<ReviewRow>,
    /// Deadlines: (kind, due, met, overdue).
    pub deadlines: Vec<(String, String, bool, bool)>,
    /// Legal next statuses.
    pub next: Vec<String>,
    /// Resolutions open from here.
    pub resolutions: Vec<String>,
    /// Timeline and notes, oldest first.
    pub timeline: Vec<TimelineRow>,
    /// Determinations, newest first.
    pub determinations: Vec<DeterminationRow>,
    /// Referrals proposed or decided.
    pub referrals: Vec<ReferralRow>,
    /// Evidence files, oldest first.
    pub evidence: Vec<StaffEvidenceRow>,
    /// Evidence limits, for the upload form.
    pub evidence_limits: crate::components::evidence::EvidenceLimitsView,
    /// Calculator values (pre-filled from the complaint, or as posted).
    pub calc: CalcValues,
    /// Staff who can be assigned.
    pub staff: Vec<String>,
    /// The viewer may approve determinations and assign anyone.
    pub supervisor: bool,
    /// An error to announce (translated).
    pub error: Option<String>,
    /// Text typed into a form that failed (kept): (field, value).
    pub draft: Vec<(String, String)>,
}

fn draft<'a>(w: &'a CaseWork, name: &str) -> &'a str {
    w.draft.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Translated calculator labels.
pub fn calc_labels(c: &Catalog) -> CalcLabels {
    CalcLabels {
        fields: crate::islands::CALC_FIELDS
            .iter()
            .map(|f| c.t(&format!("calc-field-{}", f.replace('_', "-"))))
            .collect(),
        jurisdictions: vec![c.t("calc-jurisdiction-denver"), c.t("calc-jurisdiction-colorado")],
        kinds: reclamo_shared::retaliation::RetaliationKind::ALL
            .iter()
            .map(|k| c.t(&format!("retaliation-kind-{}", k.code().replace('_', "-"))))
            .collect(),
        policy: c.t("calc-policy"),
        lines: reclamo_shared::remedy::RULES
            .iter()
            .map(|r| (r.code.to_owned(), c.t(&format!("calc-line-{}", r.code))))
            .collect(),
        total: c.t("calc-total"),
        verify: c.t("calc-verify"),
        invalid: c.t_args("calc-invalid", &[("field", "%FIELD%")]),
        calculate: c.t("calc-calculate"),
        record: c.t("calc-record"),
    }
}

fn status_name(c: &Catalog, s: &str) -> String {
    c.t(&format!("case-status-{s}"))
}

/// The working sections of a case page: (head — summary and retaliation, shown above the
/// complaint — and the rest, shown below it).
pub fn case_work(c: &'static Catalog, w: CaseWork) -> (AnyView, AnyView) {
    let t = move |id: &str| c.t(id);
    let id = w.id;
    let alert =
        w.error.clone().map(|e| view! { <div class="error-summary" role="alert" tabindex="-1"><p>{e}</p></div> });
    let status_line = {
        let mut s = status_name(c, &w.status);
        if let Some(r) = &w.resolution {
            s = format!("{s} ({})", c.t(&format!("resolution-{r}")));
        }
        s
    };
    let urgent = (w.priority == "urgent").then(|| view! { <span class="badge urgent">{t("queue-urgent")}</span> });
    let employer_link = match w.employer.1 {
        Some(eid) => view! { <a href=format!("/staff/employers/{eid}")>{w.employer.0.clone()}</a> }.into_any(),
        None => view! { <span>{w.employer.0.clone()}</span> }.into_any(),
    };
    let repeat = (w.prior_violations > 0)
        .then(|| view! { <span class="badge urgent">{c.t_num("employer-repeat", "count", w.prior_violations)}</span> });
    let assignee = w.assignee.clone().unwrap_or_else(|| t("queue-unassigned"));
    let language =
        crate::i18n::by_code(&w.language).map(|k| k.native_name.clone()).unwrap_or_else(|| w.language.clone());
    // Deadlines.
    let deadlines = w
        .deadlines
        .iter()
        .map(|(kind, due, met, overdue)| {
            let state = if *met {
                t("deadline-met")
            } else if *overdue {
                t("deadline-overdue")
            } else {
                t("deadline-open")
            };
            let class = if *overdue { "overdue" } else { "" };
            view! { <li class=class><strong>{t(&format!("deadline-{}", kind.replace('_', "-")))}</strong>": "{due.clone()}" — "{state}</li> }
        })
        .collect_view();
    // Retaliation.
    let retaliation = (!w.kinds.is_empty() || !w.reviews.is_empty()).then(|| {
        let kinds = w
            .kinds
            .iter()
            .map(|k| view! { <li>{t(&format!("retaliation-kind-{}", k.replace('_', "-")))}</li> })
            .collect_view();
        let signals = w.signals.iter().map(|s| view! { <li class="as-written" dir="auto">{s.clone()}</li> }).collect_view();
        let reviews = w
            .reviews
            .iter()
            .map(|r| {
                let kind = t(&format!("retaliation-kind-{}", r.kind.replace('_', "-")));
                let decision = t(&format!("review-{}", r.decision));
                view! { <li>{kind}": "{decision}" ("{r.instances}") — "{r.by.clone()}" — "<span class="as-written">{r.reason.clone()}</span></li> }
            })
            .collect_view();
        let options = reclamo_shared::retaliation::RetaliationKind::ALL
            .iter()
            .map(|k| {
                let code = k.code();
                view! { <option value=code selected=w.kinds.first().is_some_and(|f| f == code)>{t(&format!("retaliation-kind-{}", code.replace('_', "-")))}</option> }
            })
            .collect_view();
        view! {
            <section class="callout" aria-labelledby="ret-title">
                <h2 id="ret-title">{t("case-retaliation-title")}</h2>
                <ul>{kinds}</ul>
                <h3>{t("case-signals")}</h3>
                <ul>{signals}</ul>
                <ul>{reviews}</ul>
                <form method="post" action=format!("/staff/cases/{id}/review") accept-charset="utf-8">
                    <div class="field">
                        <label for="rv-kind">{t("review-kind")}</label>
                        <select id="rv-kind" name="kind">{options}</select>
                    </div>
                    <fieldset>
                        <legend>{t("review-decision")}</legend>
                        <div class="choice"><input type="radio" id="rv-confirm" name="decision" value="confirmed" checked=true />
                            <label for="rv-confirm">{t("review-confirmed")}</label></div>
                        <div class="choice"><input type="radio" id="rv-dismiss" name="decision" value="dismissed" />
                            <label for="rv-dismiss">{t("review-dismissed")}</label></div>
                    </fieldset>
                    <div class="field">
                        <label for="rv-instances">{t("review-instances")}</label>
                        <input type="text" inputmode="numeric" id="rv-instances" name="instances" value="1" />
                    </div>
                    <div class="field">
                        <label for="rv-reason">{t("review-reason")}</label>
                        <textarea id="rv-reason" name="reason" rows="2">{draft(&w, "reason").to_owned()}</textarea>
                    </div>
                    <button type="submit">{t("review-submit")}</button>
                </form>
            </section>
        }
    });
    // Workflow.
    let can_move = !w.next.is_empty();
    let next_options =
        w.next.iter().map(|s| view! { <option value=s.clone()>{status_name(c, s)}</option> }).collect_view();
    let resolution_field = (!w.resolutions.is_empty()).then(|| {
        let opts = w
            .resolutions
            .iter()
            .map(|r| view! { <option value=r.clone()>{t(&format!("resolution-{r}"))}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label for="mv-resolution">{t("move-resolution")}</label>
                <p class="hint" id="mv-resolution-hint">{t("move-resolution-hint")}</p>
                <select id="mv-resolution" name="resolution" aria-describedby="mv-resolution-hint">
                    <option value="">"—"</option>
                    {opts}
                </select>
            </div>
        }
    });
    let workflow = can_move.then(|| {
        view! {
            <form method="post" action=format!("/staff/cases/{id}/transition") accept-charset="utf-8">
                <div class="field">
                    <label for="mv-to">{t("move-to")}</label>
                    <select id="mv-to" name="to">{next_options}</select>
                </div>
                {resolution_field}
                <div class="field">
                    <label for="mv-reason">{t("move-reason")}</label>
                    <textarea id="mv-reason" name="reason" rows="2">{draft(&w, "move_reason").to_owned()}</textarea>
                </div>
                <button class="primary" type="submit">{t("move-submit")}</button>
            </form>
        }
    });
    // Assignment.
    let staff_options = w.staff.iter().map(|e| view! { <option value=e.clone()></option> }).collect_view();
    let assign = view! {
        <form method="post" action=format!("/staff/cases/{id}/assign") accept-charset="utf-8" class="inline-form">
            <div class="field">
                <label for="as-email">{t("assign-to")}</label>
                <input type="email" id="as-email" name="assignee_email" list="staff-list" autocomplete="off" />
                <datalist id="staff-list">{staff_options}</datalist>
            </div>
            <button type="submit">{t("assign-submit")}</button>
            <button type="submit" name="me" value="1">{t("assign-me")}</button>
        </form>
    };
    // Notes and timeline.
    let timeline = w
        .timeline
        .iter()
        .map(|e| {
            let what = match (e.kind.as_str(), &e.status) {
                ("status_changed", Some(s)) => c.t_args("event-status-changed", &[("status", &status_name(c, s))]),
                (kind, _) => t(&format!("event-{}", kind.replace('_', "-"))),
            };
            let visible = e.visible.then(|| view! { <span class="badge">{t("note-visible-badge")}</span> });
            let text = e.text.clone().map(|x| view! { <blockquote class="as-written" dir="auto">{x}</blockquote> });
            view! {
                <li><time>{e.at.clone()}</time>" — "{what}" "{visible}
                    {e.actor.clone().map(|a| view! { <span class="who">" — "{a}</span> })}
                    {text}</li>
            }
        })
        .collect_view();
    let notes_form = view! {
        <form method="post" action=format!("/staff/cases/{id}/notes") accept-charset="utf-8">
            <div class="field">
                <label for="nt-body">{t("note-body")}</label>
                <textarea id="nt-body" name="body" rows="3">{draft(&w, "body").to_owned()}</textarea>
            </div>
            <div class="field check">
                <input type="checkbox" id="nt-visible" name="visible_to_worker" value="1" />
                <label for="nt-visible">{t("note-visible")}</label>
            </div>
            <p class="hint">{t("note-visible-hint")}</p>
            <button type="submit">{t("note-submit")}</button>
        </form>
    };
    // Determinations.
    let supervisor = w.supervisor;
    let determinations = w
        .determinations
        .iter()
        .map(|d| {
            let rows = d
                .lines
                .iter()
                .map(|l| {
                    let flag = l.verify.then(|| view! { <span class="badge">{t("calc-verify")}</span> });
                    let policy = l.policy.then(|| view! { " "<span class="badge">{t("calc-policy")}</span> });
                    view! { <tr><th scope="row">{t(&format!("calc-line-{}", l.code))}" "{flag}{policy}</th><td class="amount">{l.amount.clone()}</td>
                        <td><span class="work">{l.work.clone()}</span><br/><small>{l.citation.clone()}</small></td></tr> }
                })
                .collect_view();
            let pending = d.state == "pending";
            let decide = (pending && supervisor).then(|| view! {
                <form method="post" action=format!("/staff/cases/{id}/determination/decide") class="inline-form">
                    <button class="primary" type="submit" name="approve" value="1">{t("determination-approve")}</button>
                    <button type="submit" name="approve" value="0">{t("determination-return")}</button>
                </form>
            });
            view! {
                <div class="determination">
                    <h3>{t(&format!("determination-state-{}", d.state))}" — "{d.total.clone()}</h3>
                    <p class="hint">{c.t_args("determination-by", &[("who", &d.recorded_by)])}
                        {d.decided_by.clone().map(|s| format!(" · {s}"))}</p>
                    <table class="calc-lines"><tbody>{rows}</tbody></table>
                    {decide}
                </div>
            }
        })
        .collect_view();
    let letters = ["notice", "demand", "determination"]
        .iter()
        .map(|k| view! { <li><a href=format!("/api/v1/cases/{id}/letters/{k}.pdf")>{t(&format!("letter-{k}-title"))}" (PDF)"</a></li> })
        .collect_view();
    let referrals = (!w.referrals.is_empty()).then(|| {
        let rows = w
            .referrals
            .iter()
            .map(|r| {
                let dest = r.destination.clone();
                let state = match (r.approved, &r.decided_by) {
                    (Some(true), Some(who)) => c.t_args("referral-state-approved", &[("who", who)]),
                    (Some(false), Some(who)) => c.t_args("referral-state-declined", &[("who", who)]),
                    _ => t("referral-state-proposed"),
                };
                let letter = (r.approved == Some(true)).then(|| view! {
                    " · "<a href=format!("/api/v1/cases/{id}/letters/referral-{dest}.pdf")>{t("referral-letter")}</a>
                });
                let reason_id = format!("referral-reason-{dest}");
                let decide = (supervisor && r.proposed).then(|| view! {
                    <form method="post" action=format!("/staff/cases/{id}/referrals/{dest}") class="inline-form">
                        <div class="field">
                            <label for=reason_id.clone()>{t("referral-reason")}</label>
                            <input type="text" id=reason_id.clone() name="reason" required maxlength="2000"
                                value=draft(&w, &reason_id).to_owned() />
                        </div>
                        <button class="primary" type="submit" name="approve" value="1">{t("referral-approve")}</button>
                        <button type="submit" name="approve" value="0">{t("referral-decline")}</button>
                    </form>
                });
                view! {
                    <li>
                        <strong>{t(&format!("referral-dest-{dest}"))}</strong>" — "{state}{letter}
                        {r.reason.clone().map(|why| view! { <br/><span class="as-written">{why}</span> })}
                        {decide}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{t("referrals-title")}</h3>
            <p class="hint">{t("referrals-hint")}</p>
            <ul class="referrals">{rows}</ul>
        }
    });
    let evidence_rows = w
        .evidence
        .iter()
        .map(|e| {
            let src = format!("/api/v1/cases/{id}/evidence/{}", e.id);
            let what = t(&format!("evidence-kind-{}", e.kind));
            let from = t(if e.from_worker { "evidence-from-worker" } else { "evidence-from-staff" });
            let shown = match e.kind.as_str() {
                "image" => view! { <a href=src.clone()><img src=format!("{src}?size=thumb") alt=what.clone() class="evidence-thumb" loading="lazy" /></a> }.into_any(),
                "audio" => view! { <audio controls preload="none" src=src.clone()></audio>" "<a href=src.clone()>{t("evidence-download")}</a> }.into_any(),
                _ => view! { <a href=src.clone()>{t("evidence-download")}</a> }.into_any(),
            };
            view! {
                <li>
                    <strong>{what}</strong>" — "{e.date.clone()}" — "{e.kb}" KB — "{from}
                    {e.description.clone().map(|d| view! { <br/><span class="as-written" dir="auto">{d}</span> })}
                    <br/>{shown}
                </li>
            }
        })
        .collect_view();
    let evidence_intro = c.t_args(
        "evidence-intro",
        &[("max", &w.evidence_limits.max.to_string()), ("mb", &w.evidence_limits.mb.to_string())],
    );
    let evidence = view! {
        <section aria-labelledby="ev-title">
            <h2 id="ev-title">{t("evidence-title")}</h2>
            <ul class="evidence-list">{evidence_rows}</ul>
            <form method="post" action=format!("/staff/cases/{id}/evidence") enctype="multipart/form-data" accept-charset="utf-8">
                <p class="hint" id="ev-intro">{evidence_intro}</p>
                <div class="field">
                    <label for="ev-file">{t("evidence-file")}</label>
                    <input type="file" id="ev-file" name="file" required aria-describedby="ev-intro"
                        accept="image/jpeg,image/png,image/webp,application/pdf,audio/*" />
                </div>
                <div class="field">
                    <label for="ev-description">{t("evidence-description")}</label>
                    <textarea id="ev-description" name="description" rows="2" maxlength="2000" dir="auto"></textarea>
                </div>
                <button type="submit">{t("evidence-submit")}</button>
            </form>
        </section>
    };
    let head = view! {
        {alert}
        <p class="case-summary">
            <strong>{t("case-status")}": "</strong>{status_line}" "{urgent}
            <br/><strong>{t("case-employer")}": "</strong>{employer_link}" "{repeat}
            <br/><strong>{t("case-assignee")}": "</strong>{assignee}
            <br/><strong>{t("case-language")}": "</strong>{language}
        </p>
        {retaliation}
    }
    .into_any();
    let rest = view! {
        <section aria-labelledby="dl-title">
            <h2 id="dl-title">{t("case-deadlines")}</h2>
            <ul class="deadlines">{deadlines}</ul>
        </section>
        <section aria-labelledby="wf-title">
            <h2 id="wf-title">{t("case-workflow")}</h2>
            {workflow}
            {assign}
        </section>
        <section aria-labelledby="calc-title">
            <h2 id="calc-title">{t("calc-title")}</h2>
            <p class="hint">{t("calc-intro")}</p>
            <RemedyCalculator labels=calc_labels(c) values=w.calc.clone() action=format!("/staff/cases/{id}/calculate") />
            {determinations}
            <h3>{t("letters-title")}</h3>
            <ul>{letters}</ul>
            {referrals}
        </section>
        {evidence}
        <section aria-labelledby="tl-title">
            <h2 id="tl-title">{t("case-timeline")}</h2>
            {notes_form}
            <ol class="timeline">{timeline}</ol>
        </section>
    }
    .into_any();
    (head, rest)
}

/// Queue filter form, rows, paging, bulk assignment.
pub fn queue(c: &'static Catalog, v: QueueView) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let get = |name: &str| v.filter.iter().find(|(k, _)| k == name).map(|(_, x)| x.clone()).unwrap_or_default();
    let select = |name: &'static str, options: Vec<(String, String)>| {
        let current = get(name);
        let opts = options
            .into_iter()
            .map(|(value, label)| {
                let sel = value == current;
                view! { <option value=value selected=sel>{label}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for=format!("q-{name}")>{t(&format!("queue-filter-{name}"))}</label>
                <select id=format!("q-{name}") name=name>{opts}</select>
            </div>
        }
    };
    let any = || (String::new(), t("queue-any"));
    let mut statuses = vec![(String::new(), t("queue-open")), ("all".to_owned(), t("queue-all"))];
    statuses.extend(
        reclamo_shared::complaint::CaseStatus::ALL.iter().map(|s| (s.code().to_owned(), status_name(c, s.code()))),
    );
    let mut priorities = vec![any()];
    priorities.extend(["urgent", "normal"].iter().map(|p| ((*p).to_owned(), t(&format!("queue-priority-{p}")))));
    let flags = vec![any(), ("retaliation".to_owned(), t("queue-flag-retaliation"))];
    let mut assignees = vec![any(), ("me".into(), t("queue-assignee-me")), ("none".into(), t("queue-unassigned"))];
    assignees.extend(v.staff.iter().map(|e| (e.clone(), e.clone())));
    let mut languages = vec![any()];
    languages.extend(crate::i18n::catalogs().iter().map(|k| (k.code.to_owned(), k.native_name.to_owned())));
    let mut channels = vec![any()];
    channels.extend(
        reclamo_shared::complaint::Channel::ALL
            .iter()
            .map(|ch| (ch.code().to_owned(), t(&format!("channel-{}", ch.code())))),
    );
    let mut violations = vec![any()];
    violations.extend(
        reclamo_shared::complaint::Violation::ALL
            .iter()
            .map(|x| (x.code().to_owned(), t(&format!("violation-{}", x.code())))),
    );
    let text_field = |name: &'static str, kind: &'static str| {
        view! {
            <div class="field">
                <label for=format!("q-{name}")>{t(&format!("queue-filter-{name}"))}</label>
                <input type=kind id=format!("q-{name}") name=name value=get(name) autocomplete="off" />
            </div>
        }
    };
    let notifications = (!v.notifications.is_empty()).then(|| {
        let items = v
            .notifications
            .iter()
            .map(|(id, kind)| view! { <li><a href=format!("/staff/cases/{id}")>{t(&format!("notification-{}", kind.replace('_', "-")))}" — #"{*id}</a></li> })
            .collect_view();
        view! {
            <section class="callout" aria-labelledby="nt-title">
                <h2 id="nt-title">{t("notifications-title")}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    let can_bulk = v.can_bulk;
    let rows = v
        .rows
        .iter()
        .map(|r| {
            let kinds = r
                .kinds
                .iter()
                .map(|k| t(&format!("retaliation-kind-{}", k.replace('_', "-"))))
                .collect::<Vec<_>>()
                .join(", ");
            let urgent = (r.priority == "urgent").then(|| view! { <span class="badge urgent">{t("queue-urgent")}</span> });
            let due = r.due.clone().map(|d| {
                let class = if r.overdue { "overdue" } else { "" };
                view! { <span class=class>{d}{r.overdue.then(|| format!(" ({})", t("deadline-overdue")))}</span> }
            });
            let pick = can_bulk.then(|| {
                let label = c.t_args("queue-select-case", &[("case", &r.tracking)]);
                view! { <td><input type="checkbox" name="ids" value=r.id.to_string() form="bulk" aria-label=label /></td> }
            });
            let employer = match r.employer_id {
                Some(eid) => view! { <a href=format!("/staff/employers/{eid}")>{r.employer.clone()}</a> }.into_any(),
                None => view! { <span>{r.employer.clone()}</span> }.into_any(),
            };
            view! {
                <tr>
                    {pick}
                    <td><a href=format!("/staff/cases/{}", r.id) class="code">{r.tracking.clone()}</a></td>
                    <td>{urgent}" "{kinds}</td>
                    <td>{status_name(c, &r.status)}</td>
                    <td>{employer}</td>
                    <td>{r.assignee.clone().unwrap_or_else(|| t("queue-unassigned"))}</td>
                    <td>{r.language.clone()}</td>
                    <td>{due}</td>
                    <td>{r.filed.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = v.rows.is_empty().then(|| view! { <p role="status">{t("staff-no-cases")}</p> });
    let bulk = can_bulk.then(|| {
        let staff = v.staff.iter().map(|e| view! { <option value=e.clone()>{e.clone()}</option> }).collect_view();
        view! {
            <form method="post" action="/staff/cases/assign" id="bulk" class="inline-form" accept-charset="utf-8">
                <div class="field">
                    <label for="bulk-to">{t("queue-bulk-assign")}</label>
                    <select id="bulk-to" name="assignee_email">{staff}</select>
                </div>
                <button type="submit">{t("assign-submit")}</button>
            </form>
        }
    });
    let message = v.message.clone().map(|m| view! { <p role="status" class="notice">{m}</p> });
    let next = v.next_href.clone().map(|h| view! { <p><a href=h rel="next">{t("queue-next")}</a></p> });
    view! {
        {notifications}
        {message}
        <form method="get" action="/staff/cases" role="search" class="filters">
            {text_field("q", "search")}
            {select("status", statuses)}
            {select("priority", priorities)}
            {select("flag", flags)}
            {select("assignee", assignees)}
            {select("language", languages)}
            {select("channel", channels)}
            {select("violation", violations)}
            {text_field("from", "date")}
            {text_field("to", "date")}
            <button class="primary" type="submit">{t("queue-apply")}</button>
        </form>
        {bulk}
        {empty}
        <table class="queue">
            <caption class="visually-hidden">{t("queue-title")}</caption>
            <thead><tr>
                {can_bulk.then(|| view! { <th scope="col">{t("queue-col-select")}</th> })}
                <th scope="col">{t("queue-col-case")}</th>
                <th scope="col">{t("queue-col-flag")}</th>
                <th scope="col">{t("queue-col-status")}</th>
                <th scope="col">{t("queue-col-employer")}</th>
                <th scope="col">{t("queue-col-assignee")}</th>
                <th scope="col">{t("queue-col-language")}</th>
                <th scope="col">{t("queue-col-due")}</th>
                <th scope="col">{t("queue-col-filed")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {next}
    }
}

/// An employer's record.
#[derive(Clone, Debug, Default)]
pub struct EmployerView {
    /// Record id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Addresses.
    pub addresses: Vec<String>,
    /// Related employers: (id, name, kind).
    pub links: Vec<(i64, String, String)>,
    /// Complaints in all.
    pub complaints: i64,
    /// Established violations within 5 years.
    pub violations: i64,
    /// Its cases (the viewer may see).
    pub rows: Vec<QueueRow>,
    /// An error or notice.
    pub message: Option<String>,
}

/// The employer page body.
pub fn employer(c: &'static Catalog, e: EmployerView) -> impl IntoView {
    let t = move |id: &str| c.t(id);
    let id = e.id;
    let list = |items: &[String]| items.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view();
    let links = e
        .links
        .iter()
        .map(|(lid, name, kind)| {
            view! { <li><a href=format!("/staff/employers/{lid}")>{name.clone()}</a>" — "{t(&format!("link-{}", kind.replace('_', "-")))}</li> }
        })
        .collect_view();
    let kinds = LINK_KINDS
        .iter()
        .map(|k| view! { <option value=*k>{t(&format!("link-{}", k.replace('_', "-")))}</option> })
        .collect_view();
    let repeat = (e.violations > 0)
        .then(|| view! { <p class="badge urgent">{c.t_num("employer-repeat", "count", e.violations)}</p> });
    let rows = e
        .rows
        .iter()
        .map(|r| view! { <li><a href=format!("/staff/cases/{}", r.id) class="code">{r.tracking.clone()}</a>" — "{status_name(c, &r.status)}" — "{r.filed.clone()}</li> })
        .collect_view();
    view! {
        {e.message.clone().map(|m| view! { <div class="error-summary" role="alert"><p>{m}</p></div> })}
        <p>{c.t_num("employer-complaints", "count", e.complaints)}</p>
        {repeat}
        <h2>{t("employer-aliases")}</h2>
        <ul>{list(&e.aliases)}</ul>
        <form method="post" action=format!("/staff/employers/{id}/aliases") class="inline-form" accept-charset="utf-8">
            <div class="field"><label for="al-name">{t("employer-add-alias")}</label>
                <input type="text" id="al-name" name="name" autocomplete="off" /></div>
            <button type="submit">{t("employer-add")}</button>
        </form>
        <h2>{t("employer-addresses")}</h2>
        <ul>{list(&e.addresses)}</ul>
        <h2>{t("employer-links")}</h2>
        <ul>{links}</ul>
        <form method="post" action=format!("/staff/employers/{id}/links") class="inline-form" accept-charset="utf-8">
            <div class="field"><label for="ln-name">{t("employer-link-name")}</label>
                <input type="text" id="ln-name" name="related_name" autocomplete="off" /></div>
            <div class="field"><label for="ln-kind">{t("employer-link-kind")}</label>
                <select id="ln-kind" name="kind">{kinds}</select></div>
            <button type="submit">{t("employer-add")}</button>
        </form>
        <h2>{t("employer-cases")}</h2>
        <ul class="case-list">{rows}</ul>
    }
}

/// Link kinds (the server checks the same list; joint liability up the chain).
pub const LINK_KINDS: [&str; 4] = ["general_contractor", "staffing_agency", "subcontractor", "client"];
