//! The audit log: who read or changed which complaint's personal data, when, and what — never the
//! data itself. Each entry carries the SHA-256 of the previous entry, so a deleted, edited or
//! reordered row breaks the chain, and `reclamo audit verify` finds the first broken link.

use crate::infra::entities::audit_log;
use chrono::{DateTime, SecondsFormat, Utc};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait, QueryOrder, QuerySelect, TransactionTrait,
};
use sha2::{Digest, Sha256};

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an entry says (before hashing).
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// Staff user, if a person did it.
    pub actor_user_id: Option<i64>,
    /// That user's email (staff work address).
    pub actor_email: Option<String>,
    /// What happened: `read_personal_data`, `login`, `login_failed`, `logout`, `user_added`, ...
    pub action: String,
    /// The complaint concerned.
    pub complaint_id: Option<i64>,
    /// Which fields or ids, never values.
    pub detail: Option<String>,
}

fn digest(prev: &str, at: &DateTime<Utc>, e: &Entry) -> String {
    let mut h = Sha256::new();
    // Length-prefixed fields: no two different entries serialise alike.
    for part in [
        prev.to_owned(),
        at.to_rfc3339_opts(SecondsFormat::Micros, true),
        e.actor_user_id.map(|v| v.to_string()).unwrap_or_default(),
        e.actor_email.clone().unwrap_or_default(),
        e.action.clone(),
        e.complaint_id.map(|v| v.to_string()).unwrap_or_default(),
        e.detail.clone().unwrap_or_default(),
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Appends an entry in a transaction of its own.
pub async fn record(db: &crate::infra::db::Db, entry: Entry) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    record_in(&txn, entry).await?;
    txn.commit().await
}

/// Appends an entry inside the caller's transaction, so an action and its audit entry are
/// written together or not at all. Appends are serialised (a table lock on PostgreSQL; on SQLite
/// every write transaction holds the write lock from its start, see `db`) so the chain never
/// forks.
pub async fn record_in<C: ConnectionTrait>(txn: &C, entry: Entry) -> Result<(), DbErr> {
    record_many_in(txn, vec![entry]).await
}

/// Appends several entries in order inside the caller's transaction: one lock and one read of
/// the chain's end for all of them (a search that surfaced 50 cases writes 50 entries).
pub async fn record_many_in<C: ConnectionTrait>(txn: &C, entries: Vec<Entry>) -> Result<(), DbErr> {
    if entries.is_empty() {
        return Ok(());
    }
    // Microsecond precision: what both databases store exactly, so the hash re-computes.
    let now = Utc::now();
    let at = DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now);
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        txn.execute_unprepared("LOCK TABLE audit_log IN EXCLUSIVE MODE").await?;
    }
    let mut prev = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::Id)
        .limit(1)
        .one(txn)
        .await?
        .map(|r| r.hash)
        .unwrap_or_else(|| GENESIS.to_owned());
    let mut rows = Vec::with_capacity(entries.len());
    for entry in entries {
        let hash = digest(&prev, &at, &entry);
        rows.push(audit_log::ActiveModel {
            at: Set(at),
            actor_user_id: Set(entry.actor_user_id),
            actor_email: Set(entry.actor_email),
            action: Set(entry.action),
            complaint_id: Set(entry.complaint_id),
            detail: Set(entry.detail),
            prev_hash: Set(std::mem::replace(&mut prev, hash.clone())),
            hash: Set(hash),
            ..Default::default()
        });
    }
    // Inserted in order, so ids follow the chain.
    audit_log::Entity::insert_many(rows).exec_without_returning(txn).await?;
    Ok(())
}

/// Result of walking the chain.
#[derive(Debug, PartialEq, Eq)]
pub enum Verification {
    /// Every link holds; this many entries.
    Intact(u64),
    /// The first entry whose link or content does not match.
    BrokenAt(i64),
}

/// Re-walks the whole chain in id order.
pub async fn verify(db: &crate::infra::db::Db) -> Result<Verification, DbErr> {
    let mut prev = GENESIS.to_owned();
    let mut count = 0u64;
    let mut last_id = 0i64;
    loop {
        let rows = audit_log::Entity::find()
            .filter(sea_orm::ColumnTrait::gt(&audit_log::Column::Id, last_id))
            .order_by_asc(audit_log::Column::Id)
            .limit(1000)
            .all(db)
            .await?;
        if rows.is_empty() {
            return Ok(Verification::Intact(count));
        }
        for r in rows {
            let entry = Entry {
                actor_user_id: r.actor_user_id,
                actor_email: r.actor_email.clone(),
                action: r.action.clone(),
                complaint_id: r.complaint_id,
                detail: r.detail.clone(),
            };
            if r.prev_hash != prev || digest(&prev, &r.at, &entry) != r.hash {
                return Ok(Verification::BrokenAt(r.id));
            }
            prev = r.hash;
            last_id = r.id;
            count += 1;
        }
    }
}

use sea_orm::QueryFilter;
