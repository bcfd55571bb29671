//! What could stand in for a worker's status, sealed with the case key: the worker's answers about
//! threats, the retaliation kinds screening flagged, the supervisor's name and the job role (one
//! sealed field, `facts`), and the kind of each human review of retaliation (`review_kind`). The
//! queue sorts and filters on the priority and the coarse `retaliation_flagged` marker only, so a
//! copy of the database says which cases are urgent, never why.

use super::CaseError;
use crate::infra::crypto::{CryptoError, DataKey, MasterKey};
use crate::infra::entities::{complaint, complaint_key, retaliation_review};
use chrono::{DateTime, Utc};
use reclamo_migrations::CLEAR_FACT_COLUMNS as CLEAR_COLUMNS;
use reclamo_shared::complaint::RetaliationAnswers;
use sea_orm::sea_query::{Alias, Cond, Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

/// The sealed field of a complaint's facts.
const FIELD: &str = "facts";
/// The sealed field of a review's kind.
const REVIEW_KIND: &str = "review_kind";

/// A complaint's sealed facts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The worker's yes/no answers about threats.
    #[serde(default)]
    pub answers: RetaliationAnswers,
    /// The kinds screening flagged (codes of `RetaliationKind`), empty when nothing is flagged.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// The supervisor's name as the worker gave it.
    #[serde(default)]
    pub supervisor: Option<String>,
    /// The worker's job.
    #[serde(default)]
    pub job_role: Option<String>,
}

impl Facts {
    /// Sealed for case `case`.
    pub fn seal(&self, dk: &DataKey, case: &str) -> Vec<u8> {
        // A struct of strings, options and booleans always serialises.
        dk.seal(case, FIELD, &serde_json::to_vec(self).unwrap_or_default())
    }

    /// The facts of a row (empty when it has none).
    pub fn open(dk: &DataKey, row: &complaint::Model) -> Result<Facts, CryptoError> {
        match &row.facts_ct {
            Some(ct) => {
                serde_json::from_slice(&dk.open(&row.tracking_code, FIELD, ct)?).map_err(|_| CryptoError::Malformed)
            }
            None => Ok(Facts::default()),
        }
    }
}

/// A review's kind, sealed for case `case`.
pub fn seal_review_kind(dk: &DataKey, case: &str, kind: &str) -> Vec<u8> {
    dk.seal(case, REVIEW_KIND, kind.as_bytes())
}

/// One person's decision on one retaliation kind, its kind opened.
#[derive(Clone, Debug)]
pub struct Review {
    /// The kind (a `RetaliationKind` code).
    pub kind: String,
    /// `confirmed` or `dismissed`.
    pub decision: String,
    /// Confirmed instances.
    pub instances: i32,
    /// The sealed reason.
    pub reason_ct: Vec<u8>,
    /// Who decided.
    pub reviewer_email: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// The latest review of each kind of case `id` (sealed `case`), newest first.
pub async fn latest_reviews<C: ConnectionTrait>(
    db: &C,
    id: i64,
    case: &str,
    dk: &DataKey,
) -> Result<Vec<Review>, CaseError> {
    let rows = retaliation_review::Entity::find()
        .filter(retaliation_review::Column::ComplaintId.eq(id))
        .order_by_desc(retaliation_review::Column::Id)
        .all(db)
        .await?;
    let mut seen = std::collections::HashSet::new();
    let mut out = vec![];
    for r in rows {
        let Some(ct) = &r.kind_ct else { continue };
        let kind = String::from_utf8_lossy(&dk.open(case, REVIEW_KIND, ct)?).into_owned();
        if seen.insert(kind.clone()) {
            out.push(Review {
                kind,
                decision: r.decision,
                instances: r.instances,
                reason_ct: r.reason_ct,
                reviewer_email: r.reviewer_email,
                at: r.at,
            });
        }
    }
    Ok(out)
}

/// The clear columns of versions before #14, read once to seal them.
#[derive(FromQueryResult)]
struct ClearFacts {
    id: i64,
    tracking_code: String,
    ret_immigration_threat: Option<bool>,
    ret_status_report_threat: Option<bool>,
    ret_fired: Option<bool>,
    ret_hours_cut: Option<bool>,
    ret_violence: Option<bool>,
    ret_blacklist: Option<bool>,
    retaliation_kinds: Option<String>,
    employer_supervisor: Option<String>,
    job_role: Option<String>,
}

/// A review's clear kind, before #14.
#[derive(FromQueryResult)]
struct ClearReview {
    id: i64,
    complaint_id: i64,
    kind: String,
}

/// Seals what a database of an older version holds in clear (run between the migration that adds
/// the sealed columns and the one that drops the clear ones).
/// Returns how many complaints and reviews were sealed. A complaint whose key is gone
/// (crypto-shredded) keeps nothing.
pub async fn seal_clear<C: ConnectionTrait>(db: &C, master: &MasterKey) -> Result<usize, DbErr> {
    let backend = db.get_database_backend();
    let complaint_table = Alias::new("complaint");
    let mut any = Cond::any();
    for c in CLEAR_COLUMNS {
        any = any.add(Expr::col(Alias::new(c)).is_not_null());
    }
    let mut select = Query::select();
    select.column(Alias::new("id")).column(Alias::new("tracking_code"));
    for c in CLEAR_COLUMNS {
        select.column(Alias::new(c));
    }
    select.from(complaint_table.clone()).cond_where(any);
    let rows = ClearFacts::find_by_statement(backend.build(&select)).all(db).await?;
    let mut sealed = 0;
    for r in rows {
        let dk = data_key(db, master, r.id, &r.tracking_code).await?;
        let facts = Facts {
            answers: RetaliationAnswers {
                immigration_threat: r.ret_immigration_threat,
                status_report_threat: r.ret_status_report_threat,
                fired: r.ret_fired,
                hours_cut: r.ret_hours_cut,
                violence: r.ret_violence,
                blacklist: r.ret_blacklist,
            },
            kinds: r
                .retaliation_kinds
                .iter()
                .flat_map(|k| k.split(','))
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect(),
            supervisor: r.employer_supervisor,
            job_role: r.job_role,
        };
        let mut update = Query::update();
        update
            .table(complaint_table.clone())
            .value(Alias::new("facts_ct"), dk.as_ref().map(|dk| facts.seal(dk, &r.tracking_code)))
            .value(Alias::new("retaliation_flagged"), !facts.kinds.is_empty())
            .and_where(Expr::col(Alias::new("id")).eq(r.id));
        for c in &CLEAR_COLUMNS[..6] {
            update.value(Alias::new(*c), Option::<bool>::None);
        }
        for c in &CLEAR_COLUMNS[6..] {
            update.value(Alias::new(*c), Option::<String>::None);
        }
        db.execute_raw(backend.build(&update)).await?;
        sealed += 1;
    }
    let mut select = Query::select();
    select
        .columns([Alias::new("id"), Alias::new("complaint_id"), Alias::new("kind")])
        .from(Alias::new("retaliation_review"))
        .and_where(Expr::col(Alias::new("kind_ct")).is_null());
    for r in ClearReview::find_by_statement(backend.build(&select)).all(db).await? {
        // The complaint's columns as of this migration, not as the entity knows them now.
        let mut code = Query::select();
        code.column(Alias::new("tracking_code"))
            .from(complaint_table.clone())
            .and_where(Expr::col(Alias::new("id")).eq(r.complaint_id));
        let case = match db.query_one_raw(backend.build(&code)).await? {
            Some(row) => Some(row.try_get_by_index::<String>(0)?),
            None => None,
        };
        let dk = match &case {
            Some(case) => data_key(db, master, r.complaint_id, case).await?,
            None => None,
        };
        let kind_ct = match (&dk, &case) {
            (Some(dk), Some(case)) => Some(seal_review_kind(dk, case, &r.kind)),
            _ => None,
        };
        let mut update = Query::update();
        update
            .table(Alias::new("retaliation_review"))
            .value(Alias::new("kind_ct"), kind_ct)
            .value(Alias::new("kind"), "")
            .and_where(Expr::col(Alias::new("id")).eq(r.id));
        db.execute_raw(backend.build(&update)).await?;
        sealed += 1;
    }
    Ok(sealed)
}

async fn data_key<C: ConnectionTrait>(
    db: &C,
    master: &MasterKey,
    id: i64,
    case: &str,
) -> Result<Option<DataKey>, DbErr> {
    match complaint_key::Entity::find_by_id(id).one(db).await? {
        Some(k) => master
            .unwrap_key(&k.key_id, case, &k.wrapped_key)
            .map(Some)
            .map_err(|e| DbErr::Custom(format!("case {id}: {e}"))),
        None => Ok(None),
    }
}
