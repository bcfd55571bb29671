//! Employers as records: every complaint is linked to one employer by its normalised name (or a
//! known alias), addresses accumulate, and staff link related businesses for joint liability
//! (general contractor, staffing agency). A second violation within 5 years is willful under
//! C.R.S. 8-4-109, so the record counts the employer's established violations.

use super::{CaseError, CaseService};
use crate::infra::entities::{complaint, determination, employer, employer_address, employer_alias, employer_link};
use crate::services::auth::{Actor, Role};
use chrono::{DateTime, Months, Utc};
use reclamo_shared::case_view::{EmployerLinkView, EmployerRecord};
use reclamo_shared::employer::normalize_employer_name;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

/// Kinds of link between two employers (joint and several liability up the chain).
pub const LINK_KINDS: [&str; 4] = ["general_contractor", "staffing_agency", "subcontractor", "client"];

/// Resolutions that establish a violation (with an approved determination, or paid).
const VIOLATION_RESOLUTIONS: [&str; 2] = ["paid", "referred_collection"];

/// The employer for this name (by normalised name or alias), created if new; the address is
/// added to its record. Safe under concurrent intake: inserts that lose a race do nothing.
pub async fn find_or_create<C: ConnectionTrait>(
    db: &C,
    name: &str,
    address: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<i64>, DbErr> {
    let key = normalize_employer_name(name);
    if key.is_empty() {
        return Ok(None);
    }
    let id = match employer_alias::Entity::find_by_id(key.clone()).one(db).await? {
        Some(alias) => alias.employer_id,
        None => {
            employer::Entity::insert(employer::ActiveModel {
                name: Set(name.trim().to_owned()),
                normalized_name: Set(key.clone()),
                created_at: Set(now),
                ..Default::default()
            })
            .on_conflict(OnConflict::column(employer::Column::NormalizedName).do_nothing().to_owned())
            .exec_without_returning(db)
            .await?;
            match employer::Entity::find().filter(employer::Column::NormalizedName.eq(key)).one(db).await? {
                Some(e) => e.id,
                None => return Ok(None),
            }
        }
    };
    if let Some(addr) = address.map(str::trim).filter(|a| !a.is_empty()) {
        employer_address::Entity::insert(employer_address::ActiveModel {
            employer_id: Set(id),
            address: Set(addr.to_owned()),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([employer_address::Column::EmployerId, employer_address::Column::Address])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(Some(id))
}

/// Established violations of an employer within 5 years before `now`, excluding `except` (the
/// case being decided).
pub async fn prior_violations<C: ConnectionTrait>(
    db: &C,
    employer_id: i64,
    except: Option<i64>,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let since = now.checked_sub_months(Months::new(60)).unwrap_or(now);
    let approved: Vec<i64> = determination::Entity::find()
        .select_only()
        .column(determination::Column::ComplaintId)
        .filter(determination::Column::State.eq("approved"))
        .filter(determination::Column::DecidedAt.gte(since))
        .into_tuple()
        .all(db)
        .await?;
    let mut q = complaint::Entity::find().filter(complaint::Column::EmployerId.eq(employer_id)).filter(
        sea_orm::Condition::any()
            .add(complaint::Column::Resolution.is_in(VIOLATION_RESOLUTIONS))
            .add(complaint::Column::Id.is_in(approved)),
    );
    q = q.filter(complaint::Column::UpdatedAt.gte(since));
    if let Some(id) = except {
        q = q.filter(complaint::Column::Id.ne(id));
    }
    q.count(db).await
}

impl CaseService {
    /// An employer's record: names, addresses, links, its cases (summaries the actor may see),
    /// and the repeat-offender count. Staff only.
    pub async fn employer(&self, actor: &Actor, id: i64) -> Result<EmployerRecord, CaseError> {
        if !actor.may_act() || actor.role == Role::Advocate {
            return Err(CaseError::NotFound);
        }
        let e = employer::Entity::find_by_id(id).one(&self.db).await?.ok_or(CaseError::NotFound)?;
        let aliases: Vec<String> = employer_alias::Entity::find()
            .filter(employer_alias::Column::EmployerId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|a| a.name)
            .collect();
        let addresses: Vec<String> = employer_address::Entity::find()
            .filter(employer_address::Column::EmployerId.eq(id))
            .order_by_asc(employer_address::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|a| a.address)
            .collect();
        let links = self.links_of(id).await?;
        let total = complaint::Entity::find().filter(complaint::Column::EmployerId.eq(id)).count(&self.db).await?;
        let prior = prior_violations(&self.db, id, None, Utc::now()).await?;
        let page = self
            .list(
                actor,
                &super::queue::Filter {
                    employer: Some(id),
                    status: Some("all".into()),
                    limit: Some(super::queue::MAX_LIMIT),
                    ..Default::default()
                },
            )
            .await?;
        Ok(EmployerRecord {
            id: e.id,
            name: e.name,
            normalized_name: e.normalized_name,
            aliases,
            addresses,
            links,
            complaints: total,
            violations_within_5_years: prior,
            repeat_offender: prior >= 1,
            cases: page.cases,
        })
    }

    pub(crate) async fn links_of(&self, id: i64) -> Result<Vec<EmployerLinkView>, CaseError> {
        let links = employer_link::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(employer_link::Column::EmployerId.eq(id))
                    .add(employer_link::Column::RelatedEmployerId.eq(id)),
            )
            .order_by_asc(employer_link::Column::Id)
            .all(&self.db)
            .await?;
        let mut out = vec![];
        for l in links {
            let other = if l.employer_id == id { l.related_employer_id } else { l.employer_id };
            let name = employer::Entity::find_by_id(other).one(&self.db).await?.map(|e| e.name);
            // "kind" says what the related employer is to this one, read from the link's side.
            let kind = if l.employer_id == id { l.kind.clone() } else { format!("{}_of", l.kind) };
            out.push(EmployerLinkView { employer_id: other, name, kind });
        }
        Ok(out)
    }

    /// Records that `related` (by name; created if new) is `kind` to employer `id`
    /// (e.g. its staffing agency). Links change joint liability and repeat counts, which make
    /// later determinations willful: supervisors only, audited.
    pub async fn link_employer(&self, actor: &Actor, id: i64, related: &str, kind: &str) -> Result<i64, CaseError> {
        may_rewire(actor)?;
        if !LINK_KINDS.contains(&kind) {
            return Err(CaseError::Invalid("link_kind"));
        }
        employer::Entity::find_by_id(id).one(&self.db).await?.ok_or(CaseError::NotFound)?;
        let other = find_or_create(&self.db, related, None, Utc::now()).await?.ok_or(CaseError::Invalid("name"))?;
        if other == id {
            return Err(CaseError::Invalid("name"));
        }
        let txn = self.db.begin().await?;
        employer_link::Entity::insert(employer_link::ActiveModel {
            employer_id: Set(id),
            related_employer_id: Set(other),
            kind: Set(kind.to_owned()),
            created_by: Set(actor.email.clone()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        employer_audit(
            &txn,
            self.db.audit_key(),
            actor,
            "employer_linked",
            format!("employer={id} related={other} kind={kind}"),
        )
        .await?;
        txn.commit().await?;
        Ok(other)
    }

    /// Adds another name the employer is known by; complaints filed under it join this record.
    /// Moving complaints between records changes repeat counts: supervisors only, audited with
    /// the ids of the cases moved (so a mistaken merge can be undone).
    pub async fn add_alias(&self, actor: &Actor, id: i64, name: &str) -> Result<(), CaseError> {
        may_rewire(actor)?;
        employer::Entity::find_by_id(id).one(&self.db).await?.ok_or(CaseError::NotFound)?;
        let key = normalize_employer_name(name);
        if key.is_empty() {
            return Err(CaseError::Invalid("name"));
        }
        let txn = self.db.begin().await?;
        employer_alias::Entity::insert(employer_alias::ActiveModel {
            normalized_name: Set(key.clone()),
            employer_id: Set(id),
            name: Set(name.trim().to_owned()),
        })
        .on_conflict(OnConflict::column(employer_alias::Column::NormalizedName).do_nothing().to_owned())
        .exec_without_returning(&txn)
        .await?;
        // Cases already filed under the alias's own record move to this employer.
        let mut detail = format!("employer={id}");
        if let Some(dup) = employer::Entity::find()
            .filter(employer::Column::NormalizedName.eq(key))
            .one(&txn)
            .await?
            .filter(|e| e.id != id)
        {
            let moved: Vec<String> = complaint::Entity::find()
                .filter(complaint::Column::EmployerId.eq(dup.id))
                .all(&txn)
                .await?
                .iter()
                .map(|c| c.id.to_string())
                .collect();
            complaint::Entity::update_many()
                .col_expr(complaint::Column::EmployerId, sea_orm::sea_query::Expr::value(id))
                .filter(complaint::Column::EmployerId.eq(dup.id))
                .exec(&txn)
                .await?;
            detail = format!("{detail} merged_from={} cases_moved={}", dup.id, moved.join(","));
        }
        employer_audit(&txn, self.db.audit_key(), actor, "employer_alias_added", detail).await?;
        txn.commit().await?;
        Ok(())
    }
}

/// Rewiring employer records (links, aliases) is for supervisors and admins; advocates do not
/// even see employer records.
fn may_rewire(actor: &Actor) -> Result<(), CaseError> {
    if !actor.may_act() || actor.role == Role::Advocate {
        return Err(CaseError::NotFound);
    }
    if actor.role == Role::Investigator {
        return Err(CaseError::Forbidden);
    }
    Ok(())
}

/// An audit entry for a change to employer records (ids only).
async fn employer_audit<C: ConnectionTrait>(
    db: &C,
    key: Option<[u8; 32]>,
    actor: &Actor,
    action: &str,
    detail: String,
) -> Result<(), DbErr> {
    crate::infra::audit::record_in(
        db,
        key,
        crate::infra::audit::Entry {
            actor_user_id: Some(actor.user_id),
            actor_email: Some(actor.email.clone()),
            action: action.into(),
            complaint_id: None,
            detail: Some(detail),
        },
    )
    .await
}
