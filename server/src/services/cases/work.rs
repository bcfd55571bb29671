//! Working a case: assignment, workflow moves, notes, determinations, retaliation reviews and
//! supervisor notifications. Every change writes a timeline event (who, when, why) and an audit
//! entry; reasons and notes may name people, so they are sealed with the case's data key.

use super::{CaseError, CaseService, may_see, queue::sort_key_of};
use crate::infra::audit::{self, Entry};
use crate::infra::crypto::DataKey;
use crate::infra::entities::{
    case_note, complaint, complaint_event, complaint_key, determination, notification, outbox, retaliation_review,
    staff_user,
};
use crate::services::auth::{Actor, Role};
use chrono::{Days, NaiveDate, Utc};
use reclamo_shared::case_view::{
    Deadline, DeadlineKind, Determination, Note, Notification, RetaliationReview, TimelineEntry,
};
use reclamo_shared::complaint::CaseStatus;
use reclamo_shared::remedy::{CalcInput, Calculation, Line, RetaliationCount, calculate};
use reclamo_shared::retaliation::RetaliationKind;
use reclamo_shared::workflow::{Move, Resolution, check_move};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, TransactionTrait,
};

/// Days an employer has to answer a notice of complaint.
pub const EMPLOYER_RESPONSE_DAYS: u64 = 21;
/// Target for a determination, counted from filing.
pub const DETERMINATION_TARGET_DAYS: u64 = 90;
/// Longest note or reason kept.
pub const MAX_TEXT: usize = 10_000;

/// Where a determination stands.
pub const DETERMINATION_STATES: [&str; 3] = ["pending", "approved", "returned"];

fn staff(actor: &Actor) -> Result<(), CaseError> {
    if !actor.may_act() {
        return Err(CaseError::TwoFactorPending);
    }
    if actor.role == Role::Advocate {
        // Advocates follow their cases; they do not work them.
        return Err(CaseError::Forbidden);
    }
    Ok(())
}

fn supervisor(actor: &Actor) -> bool {
    matches!(actor.role, Role::Supervisor | Role::Admin)
}

/// Working a case is for its assignee or a supervisor. An investigator who may see an unassigned
/// case may take it, and only then work it: otherwise anyone could quietly resolve a case as
/// unfounded, dismiss its retaliation flag or write to the employer.
pub(crate) fn works_on(actor: &Actor, row: &complaint::Model) -> Result<(), CaseError> {
    if supervisor(actor) || row.assignee_id == Some(actor.user_id) { Ok(()) } else { Err(CaseError::NotAssignee) }
}

pub(crate) fn text(s: &str, field: &'static str) -> Result<String, CaseError> {
    let t = s.trim();
    if t.chars().count() < 3 || t.len() > MAX_TEXT {
        return Err(CaseError::Invalid(field));
    }
    Ok(t.to_owned())
}

/// An event to append to a case's timeline.
pub(crate) struct Event<'a> {
    pub kind: &'a str,
    pub status: Option<&'a str>,
    pub visible: bool,
    pub detail: Option<&'a str>,
}

impl CaseService {
    pub(crate) async fn data_key(&self, row: &complaint::Model) -> Result<Option<DataKey>, CaseError> {
        match complaint_key::Entity::find_by_id(row.id).one(&self.db).await? {
            Some(k) => Ok(Some(self.master.unwrap_key(&k.key_id, &row.tracking_code, &k.wrapped_key)?)),
            None => Ok(None),
        }
    }

    pub(crate) async fn append_event<C: ConnectionTrait>(
        &self,
        db: &C,
        actor: &Actor,
        row: &complaint::Model,
        dk: Option<&DataKey>,
        e: Event<'_>,
    ) -> Result<(), DbErr> {
        let detail_ct = match (dk, e.detail) {
            (Some(dk), Some(d)) => Some(dk.seal(&row.tracking_code, "event", d.as_bytes())),
            _ => None,
        };
        complaint_event::Entity::insert(complaint_event::ActiveModel {
            complaint_id: Set(row.id),
            at: Set(Utc::now()),
            kind: Set(e.kind.to_owned()),
            status: Set(e.status.map(str::to_owned)),
            visible_to_worker: Set(e.visible),
            actor_email: Set(Some(actor.email.clone())),
            detail_ct: Set(detail_ct),
            ..Default::default()
        })
        .exec(db)
        .await?;
        Ok(())
    }

    /// A timeline event staff see and the worker does not (no reason text).
    pub(crate) async fn internal_event<C: ConnectionTrait>(
        &self,
        db: &C,
        actor: &Actor,
        row: &complaint::Model,
        kind: &str,
    ) -> Result<(), DbErr> {
        self.append_event(db, actor, row, None, Event { kind, status: None, visible: false, detail: None }).await
    }

    /// An audit entry for `actor` about case `id`, in the action's transaction.
    pub(crate) async fn audit<C: ConnectionTrait>(
        &self,
        db: &C,
        actor: &Actor,
        action: &str,
        id: i64,
        detail: Option<String>,
    ) -> Result<(), DbErr> {
        audit::record_in(
            db,
            self.db.audit_key(),
            Entry {
                actor_user_id: Some(actor.user_id),
                actor_email: Some(actor.email.clone()),
                action: action.into(),
                complaint_id: Some(id),
                detail,
            },
        )
        .await
    }

    pub(crate) async fn workable(&self, actor: &Actor, id: i64) -> Result<complaint::Model, CaseError> {
        staff(actor)?;
        let row = complaint::Entity::find_by_id(id).one(&self.db).await?.ok_or(CaseError::NotFound)?;
        if may_see(actor, &row) { Ok(row) } else { Err(CaseError::NotFound) }
    }

    /// Assigns a case to an investigator or supervisor (by email). Supervisors assign anyone;
    /// an investigator may take an unassigned case for themself.
    pub async fn assign(&self, actor: &Actor, id: i64, assignee_email: &str) -> Result<(), CaseError> {
        let row = self.workable(actor, id).await?;
        let user = staff_user::Entity::find()
            .filter(staff_user::Column::Email.eq(assignee_email.trim().to_lowercase()))
            .one(&self.db)
            .await?
            .filter(|u| !u.disabled && matches!(u.role.as_str(), "investigator" | "supervisor"))
            .ok_or(CaseError::Invalid("assignee_email"))?;
        if !supervisor(actor) && (user.id != actor.user_id || row.assignee_id.is_some()) {
            return Err(CaseError::Forbidden);
        }
        if row.assignee_id == Some(user.id) {
            return Ok(());
        }
        let mut m = row.clone().into_active_model();
        m.assignee_id = Set(Some(user.id));
        m.updated_at = Set(Utc::now());
        let txn = self.db.begin().await?;
        m.update(&txn).await?;
        let detail = format!("assigned to {}", user.email);
        self.internal_event(&txn, actor, &row, "assigned").await?;
        self.audit(&txn, actor, "assign", id, Some(detail)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Assigns many cases at once (supervisors); returns how many were assigned.
    pub async fn assign_many(&self, actor: &Actor, ids: &[i64], assignee_email: &str) -> Result<usize, CaseError> {
        if !supervisor(actor) {
            return Err(CaseError::Forbidden);
        }
        let mut n = 0;
        for &id in ids.iter().take(super::queue::MAX_LIMIT as usize) {
            self.assign(actor, id, assignee_email).await?;
            n += 1;
        }
        Ok(n)
    }

    /// Moves a case through the workflow. Illegal moves are refused with the reason; resolving a
    /// case as paid or sent to collection from `determination` needs an approved determination.
    pub async fn transition(
        &self,
        actor: &Actor,
        id: i64,
        to: &str,
        resolution: Option<&str>,
        reason: &str,
    ) -> Result<CaseStatus, CaseError> {
        let row = self.workable(actor, id).await?;
        works_on(actor, &row)?;
        let from = CaseStatus::from_code(&row.status).unwrap_or(CaseStatus::Received);
        let to = CaseStatus::from_code(to).ok_or(CaseError::Invalid("to"))?;
        let resolution = match resolution.map(str::trim).filter(|r| !r.is_empty()) {
            Some(r) => Some(Resolution::from_code(r).ok_or(CaseError::Invalid("resolution"))?),
            None => None,
        };
        check_move(from, Move { to, resolution }, reason).map_err(CaseError::Move)?;
        if from == CaseStatus::Determination
            && matches!(resolution, Some(Resolution::Paid | Resolution::ReferredCollection))
            && !self.has_approved_determination(id).await?
        {
            return Err(CaseError::NeedsApproval);
        }
        let dk = self.data_key(&row).await?;
        let mut m = row.clone().into_active_model();
        m.status = Set(to.code().to_owned());
        if to == CaseStatus::Resolved {
            m.resolution = Set(resolution.map(|r| r.code().to_owned()));
        }
        // Retention counts from the closing.
        m.closed_at = Set((to == CaseStatus::Closed).then(Utc::now));
        m.updated_at = Set(Utc::now());
        let mut after = row.clone();
        after.status = to.code().to_owned();
        m.sort_key = Set(sort_key_of(&after));
        let txn = self.db.begin().await?;
        m.update(&txn).await?;
        self.append_event(
            &txn,
            actor,
            &row,
            dk.as_ref(),
            Event { kind: "status_changed", status: Some(to.code()), visible: true, detail: Some(reason.trim()) },
        )
        .await?;
        let detail = format!(
            "{} -> {}{}",
            from.code(),
            to.code(),
            resolution.map(|r| format!(" ({})", r.code())).unwrap_or_default()
        );
        self.audit(&txn, actor, "transition", id, Some(detail)).await?;
        crate::services::outbox::queue_worker_text(&txn, id, "status_changed").await?;
        txn.commit().await?;
        Ok(to)
    }

    async fn has_approved_determination(&self, id: i64) -> Result<bool, DbErr> {
        Ok(determination::Entity::find()
            .filter(determination::Column::ComplaintId.eq(id))
            .filter(determination::Column::State.eq("approved"))
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Adds a note; `visible_to_worker` notes appear on the worker's status page.
    pub async fn add_note(
        &self,
        actor: &Actor,
        id: i64,
        body: &str,
        visible_to_worker: bool,
    ) -> Result<i64, CaseError> {
        let row = self.workable(actor, id).await?;
        works_on(actor, &row)?;
        let body = text(body, "body")?;
        let dk = self.data_key(&row).await?.ok_or(CaseError::Invalid("disposed"))?;
        let txn = self.db.begin().await?;
        let inserted = case_note::Entity::insert(case_note::ActiveModel {
            complaint_id: Set(id),
            author_email: Set(actor.email.clone()),
            at: Set(Utc::now()),
            visible_to_worker: Set(visible_to_worker),
            body_ct: Set(dk.seal(&row.tracking_code, "note", body.as_bytes())),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        self.audit(&txn, actor, if visible_to_worker { "note_visible" } else { "note_internal" }, id, None).await?;
        if visible_to_worker {
            crate::services::outbox::queue_worker_text(&txn, id, "note_shared").await?;
        }
        txn.commit().await?;
        Ok(inserted.last_insert_id)
    }

    /// The remedy calculator, nothing stored, with the configured policy escalation.
    pub fn calculate(&self, actor: &Actor, mut input: CalcInput) -> Result<Calculation, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        input.policy_escalation_percent = Some(self.policy_escalation_percent);
        calculate(&input).map_err(|e| CaseError::Calc(e.code()))
    }

    /// Records a determination from the calculator (computed here: the server is authoritative).
    /// When the input names no retaliation, the instances confirmed in the reviews are used, by
    /// kind; a repeat offender's prior violation is filled in from the employer record; the
    /// policy's escalation is the configured one. The input and lines (which name retaliation
    /// kinds) are sealed with the case key.
    pub async fn record_determination(
        &self,
        actor: &Actor,
        id: i64,
        mut input: CalcInput,
    ) -> Result<(i64, Calculation), CaseError> {
        let row = self.workable(actor, id).await?;
        works_on(actor, &row)?;
        if !matches!(row.status.as_str(), "investigating" | "determination") {
            return Err(CaseError::WrongStage);
        }
        let dk = self.data_key(&row).await?.ok_or(CaseError::Invalid("disposed"))?;
        if input.retaliation.is_empty() && input.retaliation_instances == 0 {
            input.retaliation = self.confirmed_instances(&row, &dk).await?;
        }
        input.policy_escalation_percent = Some(self.policy_escalation_percent);
        if let Some(eid) = row.employer_id
            && super::employers::prior_violations(&self.db, eid, Some(id), Utc::now()).await? > 0
        {
            input.prior_violation_within_5_years = true;
        }
        let calc = calculate(&input).map_err(|e| CaseError::Calc(e.code()))?;
        let sealed = SealedDetermination { input: Some(input), lines: calc.lines.clone() };
        let sealed = serde_json::to_vec(&sealed).map_err(|e| CaseError::Internal(e.to_string()))?;
        let txn = self.db.begin().await?;
        let inserted = determination::Entity::insert(determination::ActiveModel {
            complaint_id: Set(id),
            input_json: Set(String::new()),
            lines_json: Set(String::new()),
            sealed_ct: Set(Some(dk.seal(&row.tracking_code, "determination", &sealed))),
            total_cents: Set(calc.total_cents),
            unpaid_cents: Set(calc.unpaid_wages_cents),
            state: Set("pending".into()),
            recorded_by: Set(actor.email.clone()),
            recorded_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        self.internal_event(&txn, actor, &row, "determination_recorded").await?;
        self.audit(&txn, actor, "determination_recorded", id, Some(format!("total_cents={}", calc.total_cents)))
            .await?;
        txn.commit().await?;
        Ok((inserted.last_insert_id, calc))
    }

    /// A supervisor approves (or returns) the latest pending determination.
    pub async fn decide_determination(&self, actor: &Actor, id: i64, approve: bool) -> Result<(), CaseError> {
        let row = self.workable(actor, id).await?;
        if !supervisor(actor) {
            return Err(CaseError::Forbidden);
        }
        let pending = determination::Entity::find()
            .filter(determination::Column::ComplaintId.eq(id))
            .filter(determination::Column::State.eq("pending"))
            .order_by_desc(determination::Column::Id)
            .one(&self.db)
            .await?
            .ok_or(CaseError::NothingPending)?;
        // Two people: whoever recorded a determination does not approve it.
        if pending.recorded_by == actor.email {
            return Err(CaseError::OwnDetermination);
        }
        let mut m = pending.into_active_model();
        m.state = Set(if approve { "approved" } else { "returned" }.into());
        m.decided_by = Set(Some(actor.email.clone()));
        m.decided_at = Set(Some(Utc::now()));
        let txn = self.db.begin().await?;
        m.update(&txn).await?;
        let kind = if approve { "determination_approved" } else { "determination_returned" };
        self.internal_event(&txn, actor, &row, kind).await?;
        self.audit(&txn, actor, kind, id, None).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The instances confirmed in the latest review of each kind.
    async fn confirmed_instances(
        &self,
        row: &complaint::Model,
        dk: &DataKey,
    ) -> Result<Vec<RetaliationCount>, CaseError> {
        let latest = self.latest_reviews(&self.db, row, dk).await?;
        Ok(latest
            .iter()
            .filter(|r| r.decision == "confirmed" && r.instances > 0)
            .filter_map(|r| {
                RetaliationKind::from_code(&r.kind)
                    .map(|kind| RetaliationCount { kind, instances: u32::try_from(r.instances).unwrap_or(0) })
            })
            .collect())
    }

    /// The latest review of each kind.
    pub(crate) async fn latest_reviews<C: ConnectionTrait>(
        &self,
        db: &C,
        row: &complaint::Model,
        dk: &DataKey,
    ) -> Result<Vec<super::facts::Review>, CaseError> {
        super::facts::latest_reviews(db, row.id, &row.tracking_code, dk).await
    }

    /// An investigator or supervisor confirms or dismisses one retaliation kind, with a reason
    /// (sealed) and, when confirmed, the number of instances (which feed the calculator). A
    /// case whose every flagged kind is dismissed leaves the urgent lane; confirming any kind
    /// (also one the screening missed) puts it there.
    pub async fn review_retaliation(
        &self,
        actor: &Actor,
        id: i64,
        kind: &str,
        confirmed: bool,
        instances: u32,
        reason: &str,
    ) -> Result<(), CaseError> {
        let row = self.workable(actor, id).await?;
        works_on(actor, &row)?;
        let kind = RetaliationKind::from_code(kind).ok_or(CaseError::Invalid("kind"))?;
        let reason = text(reason, "reason")?;
        if confirmed && !(1..=1000).contains(&instances) {
            return Err(CaseError::Invalid("instances"));
        }
        let dk = self.data_key(&row).await?.ok_or(CaseError::Invalid("disposed"))?;
        let txn = self.db.begin().await?;
        retaliation_review::Entity::insert(retaliation_review::ActiveModel {
            complaint_id: Set(id),
            kind_ct: Set(Some(super::facts::seal_review_kind(&dk, &row.tracking_code, kind.code()))),
            decision: Set(if confirmed { "confirmed" } else { "dismissed" }.into()),
            instances: Set(if confirmed { instances as i32 } else { 0 }),
            reason_ct: Set(dk.seal(&row.tracking_code, "review", reason.as_bytes())),
            reviewer_email: Set(actor.email.clone()),
            at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        // Priority from the flags and the human decisions (this one included).
        let reviews = self.latest_reviews(&txn, &row, &dk).await?;
        let flagged = super::facts::Facts::open(&dk, &row)?.kinds;
        let priority = super::rules::priority_for(&flagged, &reviews);
        if priority != row.priority {
            let mut after = row.clone();
            after.priority = priority.to_owned();
            let mut m = row.clone().into_active_model();
            m.priority = Set(priority.to_owned());
            m.sort_key = Set(sort_key_of(&after));
            m.updated_at = Set(Utc::now());
            m.update(&txn).await?;
        }
        self.internal_event(&txn, actor, &row, "retaliation_reviewed").await?;
        // The audit names the decision, not the kind (sealed: a kind can stand in for status).
        let detail = if confirmed { "confirmed" } else { "dismissed" };
        self.audit(&txn, actor, "retaliation_review", id, Some(detail.to_owned())).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Unread notifications for this user, newest first.
    pub async fn notifications(&self, actor: &Actor) -> Result<Vec<Notification>, CaseError> {
        // Like every case read: nothing before two-factor set-up is done (a notification names
        // a case and why it needs attention).
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        let rows = notification::Entity::find()
            .filter(notification::Column::UserId.eq(actor.user_id))
            .filter(notification::Column::ReadAt.is_null())
            .order_by_desc(notification::Column::Id)
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|n| Notification { id: n.id, kind: n.kind, case_id: n.complaint_id, created_at: n.created_at })
            .collect())
    }

    /// Marks this user's notifications about a case as read.
    pub async fn mark_read(&self, actor: &Actor, case_id: i64) -> Result<(), CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        notification::Entity::update_many()
            .col_expr(notification::Column::ReadAt, sea_orm::sea_query::Expr::value(Utc::now()))
            .filter(notification::Column::UserId.eq(actor.user_id))
            .filter(notification::Column::ComplaintId.eq(case_id))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Timeline, notes, reviews, determinations and deadlines of a case, decrypted (the caller
    /// has already audited the read).
    pub(crate) async fn work_view(&self, row: &complaint::Model, dk: Option<&DataKey>) -> Result<WorkParts, CaseError> {
        let case = &row.tracking_code;
        let open = |field: &str, ct: &Option<Vec<u8>>| -> Option<String> {
            match (dk, ct) {
                (Some(dk), Some(ct)) => dk.open(case, field, ct).ok().map(|b| String::from_utf8_lossy(&b).into_owned()),
                _ => None,
            }
        };
        let timeline = complaint_event::Entity::find()
            .filter(complaint_event::Column::ComplaintId.eq(row.id))
            .order_by_asc(complaint_event::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| TimelineEntry {
                reason: open("event", &e.detail_ct),
                at: e.at,
                kind: e.kind,
                status: e.status.as_deref().and_then(CaseStatus::from_code),
                actor: e.actor_email,
                visible_to_worker: e.visible_to_worker,
            })
            .collect();
        let notes = case_note::Entity::find()
            .filter(case_note::Column::ComplaintId.eq(row.id))
            .order_by_asc(case_note::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|n| Note {
                body: open("note", &Some(n.body_ct)),
                id: n.id,
                at: n.at,
                author: n.author_email,
                visible_to_worker: n.visible_to_worker,
            })
            .collect();
        let reviews: Vec<RetaliationReview> = match dk {
            Some(dk) => self.latest_reviews(&self.db, row, dk).await?,
            None => vec![],
        }
        .into_iter()
        .map(|r| RetaliationReview {
            reason: open("review", &Some(r.reason_ct)),
            kind: r.kind,
            decision: r.decision,
            instances: r.instances,
            by: r.reviewer_email,
            at: r.at,
        })
        .collect();
        let determinations: Vec<Determination> = determination::Entity::find()
            .filter(determination::Column::ComplaintId.eq(row.id))
            .order_by_desc(determination::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|d| {
                let opened = open_determination(dk, case, &d);
                Determination {
                    id: d.id,
                    state: d.state,
                    total_cents: d.total_cents,
                    unpaid_wages_cents: d.unpaid_cents,
                    lines: opened.lines,
                    input: opened.input,
                    recorded_by: d.recorded_by,
                    recorded_at: d.recorded_at,
                    decided_by: d.decided_by,
                    decided_at: d.decided_at,
                }
            })
            .collect();
        let referrals = self.referrals_view(row, dk, &reviews, &determinations).await?;
        Ok(WorkParts {
            timeline,
            notes,
            reviews,
            determinations,
            referrals,
            deadlines: deadlines(row, Utc::now().date_naive()),
        })
    }
}

/// A determination's input and lines, as sealed with the case key.
#[derive(serde::Serialize, serde::Deserialize, Default)]
pub(crate) struct SealedDetermination {
    pub input: Option<CalcInput>,
    pub lines: Vec<Line>,
}

/// A determination's input and lines: opened with the case key, or read from the clear columns of
/// rows recorded before they were sealed; nothing once the key is gone.
pub(crate) fn open_determination(dk: Option<&DataKey>, case: &str, d: &determination::Model) -> SealedDetermination {
    match (&d.sealed_ct, dk) {
        (Some(ct), Some(dk)) => {
            dk.open(case, "determination", ct).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
        }
        (Some(_), None) => SealedDetermination::default(),
        (None, _) => SealedDetermination {
            input: serde_json::from_str(&d.input_json).ok(),
            lines: serde_json::from_str(&d.lines_json).unwrap_or_default(),
        },
    }
}

/// The worked parts of a case, decrypted.
pub(crate) struct WorkParts {
    pub timeline: Vec<TimelineEntry>,
    pub notes: Vec<Note>,
    pub reviews: Vec<RetaliationReview>,
    pub determinations: Vec<Determination>,
    pub referrals: Vec<reclamo_shared::case_view::Referral>,
    pub deadlines: Vec<Deadline>,
}

/// The case's deadlines and whether each is overdue on `today`: first contact (retaliation: 1
/// business day for a threat about immigration, else 2; met once the case leaves `received`), the employer's 21 days from the notice,
/// and the 90-day determination target (met once the case reaches `determination`).
pub fn deadlines(row: &complaint::Model, today: NaiveDate) -> Vec<Deadline> {
    let status = CaseStatus::from_code(&row.status).unwrap_or(CaseStatus::Received);
    let open = reclamo_shared::workflow::is_open(status);
    let mut out = vec![];
    if let Some(due) = row.first_contact_due {
        let met = status != CaseStatus::Received;
        let overdue = super::rules::first_contact_overdue(row, today);
        out.push(Deadline { kind: DeadlineKind::FirstContact, due, met, overdue });
    }
    if let Some(sent) = row.notice_sent_on {
        let due = sent.checked_add_days(Days::new(EMPLOYER_RESPONSE_DAYS)).unwrap_or(sent);
        let met = !matches!(status, CaseStatus::Investigating);
        out.push(Deadline { kind: DeadlineKind::EmployerResponse, due, met, overdue: open && !met && due < today });
    }
    let filed = row.created_at.date_naive();
    let due = filed.checked_add_days(Days::new(DETERMINATION_TARGET_DAYS)).unwrap_or(filed);
    let met = !matches!(status, CaseStatus::Received | CaseStatus::Triage | CaseStatus::Investigating);
    out.push(Deadline { kind: DeadlineKind::Determination, due, met, overdue: open && !met && due < today });
    out
}

/// Creates an in-app notification for every active supervisor, and an email for each in the
/// outbox (delivered later by a sender; the message carries the case id only).
pub async fn notify_supervisors<C: ConnectionTrait>(db: &C, complaint_id: i64, kind: &str) -> Result<(), DbErr> {
    let now = Utc::now();
    let supervisors = staff_user::Entity::find()
        .filter(staff_user::Column::Role.eq("supervisor"))
        .filter(staff_user::Column::Disabled.eq(false))
        .all(db)
        .await?;
    for s in supervisors {
        notification::Entity::insert(notification::ActiveModel {
            user_id: Set(s.id),
            complaint_id: Set(complaint_id),
            kind: Set(kind.to_owned()),
            created_at: Set(now),
            ..Default::default()
        })
        .exec(db)
        .await?;
        outbox::Entity::insert(outbox::ActiveModel {
            channel: Set("email".into()),
            recipient: Set(s.email),
            template: Set(kind.to_owned()),
            complaint_id: Set(Some(complaint_id)),
            created_at: Set(now),
            attempts: Set(0),
            ..Default::default()
        })
        .exec(db)
        .await?;
    }
    Ok(())
}
