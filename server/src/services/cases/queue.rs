//! The case queue: one indexed sort key gives the order (open first, retaliation first, then the
//! first-contact deadline, then age) and keyset paging, so page 2,000 costs what page 1 costs.
//! Filters are pushed into SQL together with the actor's visibility rule.

use super::{CaseError, CaseService, blind};
use crate::infra::entities::{complaint, complaint_term, complaint_violation, employer, employer_alias, staff_user};
use crate::services::auth::{Actor, Role};
use chrono::{DateTime, NaiveDate, Utc};
use reclamo_shared::case_view::{CaseSummary, EmployerRef};
use reclamo_shared::complaint::CaseStatus;
use reclamo_shared::workflow::Resolution;
use reclamo_shared::workflow::is_open;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait};
use serde::{Deserialize, Serialize};

use std::collections::HashMap;

/// The queue order of a case as one string (all fixed width): open (0) before resolved/closed
/// (9); urgent (0) before normal (1); first-contact deadline (none = 9999-12-31); filed; tracking
/// code (unique, so the order is total and a cursor is exact).
pub fn sort_key(
    status: &str,
    priority: &str,
    due: Option<NaiveDate>,
    created: DateTime<Utc>,
    tracking: &str,
) -> String {
    let open = if is_open(CaseStatus::from_code(status).unwrap_or(CaseStatus::Received)) { '0' } else { '9' };
    let rank = if priority == "urgent" { '0' } else { '1' };
    let due = due.map(|d| d.format("%Y%m%d").to_string()).unwrap_or_else(|| "99991231".to_owned());
    format!("{open}{rank}{due}{}{tracking:0>10}", created.format("%Y%m%d%H%M%S"))
}

/// The sort key of a row as it is now.
pub fn sort_key_of(row: &complaint::Model) -> String {
    sort_key(&row.status, &row.priority, row.first_contact_due, row.created_at, &row.tracking_code)
}

/// Queue filters (also the API's query parameters, documented from this type). Empty strings
/// count as absent.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct Filter {
    /// A status code, `open` (the default: received..determination) or `all`.
    pub status: Option<String>,
    /// `urgent` or `normal`.
    pub priority: Option<String>,
    /// `retaliation`: flagged cases only.
    pub flag: Option<String>,
    /// An assignee's email, `me`, or `none` (unassigned).
    pub assignee: Option<String>,
    /// Complaint language code.
    pub language: Option<String>,
    /// Intake channel code.
    pub channel: Option<String>,
    /// Violation type code.
    pub violation: Option<String>,
    /// Employer id.
    #[serde(deserialize_with = "lenient")]
    pub employer: Option<i64>,
    /// Filed on or after (YYYY-MM-DD).
    #[serde(deserialize_with = "lenient")]
    pub from: Option<NaiveDate>,
    /// Filed on or before (YYYY-MM-DD).
    #[serde(deserialize_with = "lenient")]
    pub to: Option<NaiveDate>,
    /// Search: a tracking code, an employer name (or alias), or words of the narrative.
    pub q: Option<String>,
    /// Tracking code (exact), as in issue 5's API.
    pub tracking_code: Option<String>,
    /// Opaque cursor from the previous page.
    pub cursor: Option<String>,
    /// Page size (default 50, at most 200).
    #[serde(deserialize_with = "lenient")]
    pub limit: Option<u64>,
}

/// Reads an optional typed query value; an empty one (a filter form sends every field) or one
/// that does not parse counts as absent, so a form never fails on a blank field.
fn lenient<'de, D: serde::Deserializer<'de>, T: std::str::FromStr>(d: D) -> Result<Option<T>, D::Error> {
    let raw: Option<String> = Option::deserialize(d)?;
    Ok(raw.and_then(|v| v.trim().parse().ok()))
}

fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// One page of the queue.
#[derive(Clone, Debug)]
pub struct Page {
    /// Case summaries (no personal data).
    pub cases: Vec<CaseSummary>,
    /// Cursor for the next page, when there is one.
    pub next_cursor: Option<String>,
}

/// Maximum page size.
pub const MAX_LIMIT: u64 = 200;

impl CaseService {
    /// The queue as this actor may see it, filtered, one page at a time.
    #[tracing::instrument(skip_all)]
    pub async fn list(&self, actor: &Actor, f: &Filter) -> Result<Page, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        let mut cond = Condition::all();
        // Who may see what (same rule as `may_see`).
        match actor.role {
            Role::Supervisor | Role::Admin => {}
            Role::Investigator => {
                cond = cond.add(
                    Condition::any()
                        .add(complaint::Column::AssigneeId.is_null())
                        .add(complaint::Column::AssigneeId.eq(actor.user_id)),
                );
            }
            Role::Advocate => {
                cond = cond.add(complaint::Column::OrganisationId.eq(actor.organisation_id.unwrap_or(-1)));
            }
        }
        match given(&f.status) {
            None | Some("open") => cond = cond.add(complaint::Column::SortKey.lt("9")),
            Some("all") => {}
            Some(s) => cond = cond.add(complaint::Column::Status.eq(s)),
        }
        if let Some(p) = given(&f.priority) {
            cond = cond.add(complaint::Column::Priority.eq(p));
        }
        if given(&f.flag) == Some("retaliation") {
            cond = cond.add(complaint::Column::RetaliationFlagged.eq(true));
        }
        match given(&f.assignee) {
            None => {}
            Some("none") => cond = cond.add(complaint::Column::AssigneeId.is_null()),
            Some("me") => cond = cond.add(complaint::Column::AssigneeId.eq(actor.user_id)),
            Some(email) => {
                let id = staff_user::Entity::find()
                    .filter(staff_user::Column::Email.eq(email.to_lowercase()))
                    .one(&self.db)
                    .await?
                    .map(|u| u.id)
                    .unwrap_or(-1);
                cond = cond.add(complaint::Column::AssigneeId.eq(id));
            }
        }
        if let Some(l) = given(&f.language) {
            cond = cond.add(complaint::Column::Language.eq(l));
        }
        if let Some(c) = given(&f.channel) {
            cond = cond.add(complaint::Column::Channel.eq(c));
        }
        if let Some(v) = given(&f.violation) {
            cond = cond.add(
                complaint::Column::Id.in_subquery(
                    Query::select()
                        .column(complaint_violation::Column::ComplaintId)
                        .from(complaint_violation::Entity)
                        .and_where(complaint_violation::Column::Code.eq(v))
                        .to_owned(),
                ),
            );
        }
        if let Some(e) = f.employer {
            cond = cond.add(complaint::Column::EmployerId.eq(e));
        }
        if let Some(d) = f.from.and_then(|d| d.and_hms_opt(0, 0, 0)) {
            cond = cond.add(complaint::Column::CreatedAt.gte(d.and_utc()));
        }
        if let Some(d) = f.to.and_then(|d| d.succ_opt()).and_then(|d| d.and_hms_opt(0, 0, 0)) {
            cond = cond.add(complaint::Column::CreatedAt.lt(d.and_utc()));
        }
        if let Some(code) = given(&f.tracking_code) {
            let digits = reclamo_shared::codes::code_digits(code).unwrap_or_default();
            cond = cond.add(complaint::Column::TrackingCode.eq(digits));
        }
        if let Some(cursor) = given(&f.cursor) {
            cond = cond.add(complaint::Column::SortKey.gt(cursor));
        }
        let limit = f.limit.unwrap_or(50).clamp(1, MAX_LIMIT);
        // A search is the union of its alternatives (tracking code; employer names; narrative
        // words). Each runs as its own keyset query on its own index and the pages are merged:
        // one query with OR-ed subqueries makes PostgreSQL scan the whole table.
        let alternatives = match given(&f.q) {
            Some(q) => self.search_alternatives(actor, q).await?,
            None => vec![(Condition::all(), false)],
        };
        let mut rows: Vec<complaint::Model> = vec![];
        let mut by_narrative: Vec<i64> = vec![];
        for (alt, narrative) in alternatives {
            let found = complaint::Entity::find()
                .filter(cond.clone().add(alt))
                .order_by_asc(complaint::Column::SortKey)
                .limit(limit + 1)
                .all(&self.db)
                .await?;
            if narrative {
                by_narrative.extend(found.iter().map(|r| r.id));
            }
            rows.extend(found);
        }
        rows.sort_by(|a, b| a.sort_key.cmp(&b.sort_key));
        rows.dedup_by_key(|r| r.id);
        let next_cursor = if rows.len() as u64 > limit {
            rows.truncate(limit as usize);
            rows.last().map(|r| r.sort_key.clone())
        } else {
            None
        };
        // A case that a narrative search surfaced shows it in its own access history: which cases
        // mention a word is itself personal data.
        let surfaced: Vec<i64> = rows.iter().map(|r| r.id).filter(|id| by_narrative.contains(id)).collect();
        if !surfaced.is_empty() {
            let entries = surfaced
                .into_iter()
                .map(|id| crate::infra::audit::Entry {
                    actor_user_id: Some(actor.user_id),
                    actor_email: Some(actor.email.clone()),
                    action: "search_matched".into(),
                    complaint_id: Some(id),
                    detail: None,
                })
                .collect();
            let txn = self.db.begin().await?;
            crate::infra::audit::record_many_in(&txn, self.db.audit_key(), entries).await?;
            txn.commit().await?;
        }
        let cases = self.summaries(rows).await?;
        Ok(Page { cases, next_cursor })
    }

    /// The alternatives of a search: a tracking code; or the cases of employers whose name or
    /// alias contains the text, and cases whose narrative contains every word (blind index).
    /// Each alternative says whether it is the narrative search (its matches are audited).
    async fn search_alternatives(&self, actor: &Actor, q: &str) -> Result<Vec<(Condition, bool)>, CaseError> {
        if let Some(digits) = reclamo_shared::codes::code_digits(q)
            && digits.len() >= 6
        {
            return Ok(vec![(Condition::all().add(complaint::Column::TrackingCode.eq(digits)), false)]);
        }
        let mut out = vec![];
        let name = reclamo_shared::employer::normalize_employer_name(q);
        if !name.is_empty() {
            let like = format!("%{}%", name.replace(['%', '_'], ""));
            let mut ids: Vec<i64> = employer::Entity::find()
                .select_only()
                .column(employer::Column::Id)
                .filter(employer::Column::NormalizedName.like(like.clone()))
                .limit(500)
                .into_tuple()
                .all(&self.db)
                .await?;
            ids.extend(
                employer_alias::Entity::find()
                    .select_only()
                    .column(employer_alias::Column::EmployerId)
                    .filter(employer_alias::Column::NormalizedName.like(like))
                    .limit(500)
                    .into_tuple::<i64>()
                    .all(&self.db)
                    .await?,
            );
            ids.sort_unstable();
            ids.dedup();
            if !ids.is_empty() {
                out.push((Condition::all().add(complaint::Column::EmployerId.is_in(ids)), false));
            }
        }
        let terms = blind::query_terms(&self.blind_key, q);
        if !terms.is_empty() {
            // Every word must be there: one semi-join per word (each an index lookup on
            // `complaint_term`), which both databases plan well with the queue order.
            let mut all = Condition::all();
            for t in terms.iter().take(8) {
                all = all.add(
                    complaint::Column::Id.in_subquery(
                        Query::select()
                            .column(complaint_term::Column::ComplaintId)
                            .from(complaint_term::Entity)
                            .and_where(complaint_term::Column::Term.eq(*t))
                            .to_owned(),
                    ),
                );
            }
            out.push((all, true));
            // Which cases mention a word is itself personal data: the search is audited (the
            // words are not logged).
            crate::infra::audit::record(
                &self.db,
                crate::infra::audit::Entry {
                    actor_user_id: Some(actor.user_id),
                    actor_email: Some(actor.email.clone()),
                    action: "search_narratives".into(),
                    complaint_id: None,
                    detail: None,
                },
            )
            .await?;
        }
        if out.is_empty() {
            // Nothing can match: an always-false condition keeps the page empty.
            out.push((Condition::all().add(complaint::Column::Id.lt(0)), false));
        }
        Ok(out)
    }

    /// Summaries for queue rows: no personal data, so no audit entry.
    pub(crate) async fn summaries(&self, rows: Vec<complaint::Model>) -> Result<Vec<CaseSummary>, CaseError> {
        let mut user_ids: Vec<i64> = rows.iter().filter_map(|r| r.assignee_id).collect();
        user_ids.sort_unstable();
        user_ids.dedup();
        let emails: HashMap<i64, String> = if user_ids.is_empty() {
            HashMap::new()
        } else {
            staff_user::Entity::find()
                .filter(staff_user::Column::Id.is_in(user_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|u| (u.id, u.email))
                .collect()
        };
        let today = Utc::now().date_naive();
        Ok(rows
            .into_iter()
            .map(|r| CaseSummary {
                retaliation: super::flag_of(&r),
                first_contact_overdue: super::rules::first_contact_overdue(&r, today),
                status: super::status_of(&r),
                resolution: r.resolution.as_deref().and_then(Resolution::from_code),
                priority: super::priority_of(&r),
                channel: super::channel_of(&r),
                assignee: r.assignee_id.and_then(|id| emails.get(&id).cloned()),
                employer: EmployerRef { id: r.employer_id, name: r.employer_name },
                first_contact_due: r.first_contact_due,
                created_at: r.created_at,
                id: r.id,
                tracking_code: r.tracking_code,
                language: r.language,
            })
            .collect())
    }
}

/// Gives complaints filed before case management (migration 5) their queue sort key and
/// employer record. Runs after migrations; a no-op once done.
pub async fn backfill(db: &crate::infra::db::Db) -> Result<(), sea_orm::DbErr> {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
    let rows = complaint::Entity::find().filter(complaint::Column::SortKey.eq("")).all(db).await?;
    for row in rows {
        let key = sort_key_of(&row);
        let employer =
            super::employers::find_or_create(db, &row.employer_name, row.employer_address.as_deref(), row.created_at)
                .await?;
        let mut m = row.into_active_model();
        m.sort_key = Set(key);
        m.employer_id = Set(employer);
        m.update(db).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).map(|d| d.with_timezone(&Utc)).unwrap_or_default()
    }

    #[test]
    fn the_sort_key_orders_the_queue() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1);
        let old = at("2026-01-01T00:00:00Z");
        let new = at("2026-06-01T00:00:00Z");
        let urgent_due = sort_key("received", "urgent", d, new, "1");
        let normal_old = sort_key("received", "normal", None, old, "2");
        let normal_new = sort_key("triage", "normal", None, new, "3");
        let closed_urgent = sort_key("closed", "urgent", d, old, "4");
        let mut keys = vec![closed_urgent.clone(), normal_new.clone(), urgent_due.clone(), normal_old.clone()];
        keys.sort();
        assert_eq!(keys, vec![urgent_due, normal_old, normal_new, closed_urgent.clone()]);
        assert!(closed_urgent.starts_with('9'));
        assert_eq!(sort_key("received", "normal", None, old, "0123456789").len(), 34);
    }
}
