//! The audit log: who read or changed which complaint's personal data, when, and what — never the
//! data itself. Each entry carries an HMAC-SHA256, under a subkey of the master key (which does not
//! live in the database), of the previous entry's hash and its own content, so a deleted, edited
//! or reordered row breaks the chain, and rewriting a row and every hash after it needs the key.
//! `reclamo audit verify` finds the first broken link. Entries written before the chain was keyed
//! carry a plain SHA-256 and are accepted only before the first keyed entry.

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

/// The purpose of the chain's subkey.
pub const CHAIN_KEY_PURPOSE: &str = "reclamo audit chain v1";

/// An entry's hash: HMAC-SHA256 under `key`, or (entries from before the chain was keyed, and a
/// database handle without the key) plain SHA-256.
fn digest(key: Option<&[u8; 32]>, prev: &str, at: &DateTime<Utc>, e: &Entry) -> String {
    let mut bytes = Vec::new();
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
        bytes.extend_from_slice(&(part.len() as u64).to_be_bytes());
        bytes.extend_from_slice(part.as_bytes());
    }
    match key {
        Some(k) => hex::encode(crate::infra::crypto::hmac_sha256(k, &bytes)),
        None => hex::encode(Sha256::digest(&bytes)),
    }
}

/// Appends an entry in a transaction of its own.
pub async fn record(db: &crate::infra::db::Db, entry: Entry) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    record_in(&txn, db.audit_key(), entry).await?;
    txn.commit().await
}

/// Appends an entry inside the caller's transaction, so an action and its audit entry are
/// written together or not at all. Appends are serialised (a table lock on PostgreSQL; on SQLite
/// every write transaction holds the write lock from its start, see `db`) so the chain never
/// forks.
pub async fn record_in<C: ConnectionTrait>(txn: &C, key: Option<[u8; 32]>, entry: Entry) -> Result<(), DbErr> {
    record_many_in(txn, key, vec![entry]).await
}

/// Appends several entries in order inside the caller's transaction: one lock and one read of
/// the chain's end for all of them (a search that surfaced 50 cases writes 50 entries).
pub async fn record_many_in<C: ConnectionTrait>(
    txn: &C,
    key: Option<[u8; 32]>,
    entries: Vec<Entry>,
) -> Result<(), DbErr> {
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
        let hash = digest(key.as_ref(), &prev, &at, &entry);
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

/// Re-walks the whole chain in id order, with the database handle's chain key.
pub async fn verify(db: &crate::infra::db::Db) -> Result<Verification, DbErr> {
    let key = db.audit_key();
    let mut keyed = false;
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
            let holds = |k: Option<&[u8; 32]>| digest(k, &prev, &r.at, &entry) == r.hash;
            if key.is_some() && holds(key.as_ref()) {
                keyed = true;
            } else if keyed || !holds(None) || r.prev_hash != prev {
                // Unkeyed entries pass only before the first keyed one.
                return Ok(Verification::BrokenAt(r.id));
            }
            if r.prev_hash != prev {
                return Ok(Verification::BrokenAt(r.id));
            }
            prev = r.hash;
            last_id = r.id;
            count += 1;
        }
    }
}

use sea_orm::QueryFilter;

/// A signed head of the chain, written outside the database (`reclamo audit anchor`, and every
/// hour by the server): how many entries there were, the last one's id and hash, and when. The
/// signature is an HMAC under a subkey of the master key, which does not live in the database,
/// so someone who can only change the database cannot forge an anchor; a later `reclamo audit
/// verify` that finds fewer entries, or another hash at the anchored id, reports the cut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// Entries in the log.
    pub count: u64,
    /// The last entry's id (0 for an empty log).
    pub last_id: i64,
    /// The last entry's hash.
    pub last_hash: String,
    /// When the anchor was taken.
    pub at: DateTime<Utc>,
}

/// The purpose of the anchors' signing subkey.
pub const ANCHOR_KEY_PURPOSE: &str = "reclamo audit anchor v1";
const ANCHOR_TAG: &str = "reclamo-audit-anchor v1";

impl Anchor {
    fn payload(&self) -> String {
        format!(
            "{} {} {} {}",
            self.count,
            self.last_id,
            self.last_hash,
            self.at.to_rfc3339_opts(SecondsFormat::Secs, true)
        )
    }

    /// The line written to the anchor file.
    pub fn line(&self, key: &[u8; 32]) -> String {
        let payload = self.payload();
        format!("{ANCHOR_TAG} {payload} {}", hex::encode(crate::infra::crypto::hmac_sha256(key, payload.as_bytes())))
    }

    /// Reads a line back; `None` when it is malformed or its signature does not hold.
    pub fn parse(line: &str, key: &[u8; 32]) -> Option<Anchor> {
        let rest = line.trim().strip_prefix(ANCHOR_TAG)?.trim();
        let mut parts = rest.split(' ');
        let count = parts.next()?.parse().ok()?;
        let last_id = parts.next()?.parse().ok()?;
        let last_hash = parts.next()?.to_owned();
        let at = DateTime::parse_from_rfc3339(parts.next()?).ok()?.with_timezone(&Utc);
        let mac = parts.next()?;
        let anchor = Anchor { count, last_id, last_hash, at };
        let expected = hex::encode(crate::infra::crypto::hmac_sha256(key, anchor.payload().as_bytes()));
        (parts.next().is_none() && constant_time_eq(mac.as_bytes(), expected.as_bytes())).then_some(anchor)
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The chain's head now: entries, last id, last hash.
pub async fn head<C: ConnectionTrait>(db: &C) -> Result<(u64, i64, String), DbErr> {
    use sea_orm::PaginatorTrait;
    let count = audit_log::Entity::find().count(db).await?;
    let last = audit_log::Entity::find().order_by_desc(audit_log::Column::Id).limit(1).one(db).await?;
    Ok(match last {
        Some(r) => (count, r.id, r.hash),
        None => (count, 0, GENESIS.to_owned()),
    })
}

/// Writing or reading the anchor file failed.
#[derive(Debug, thiserror::Error)]
pub enum AnchorError {
    /// Database.
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// The anchor file.
    #[error("anchor file {path}: {source}")]
    File {
        /// Which.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

fn file_error(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> AnchorError + '_ {
    move |source| AnchorError::File { path: path.display().to_string(), source }
}

/// Appends the chain's current head to `file` (created if missing; written and synced before
/// returning). Skips the write when the head is the one last anchored. Returns the anchor.
pub async fn anchor<C: ConnectionTrait>(
    db: &C,
    key: &[u8; 32],
    file: &std::path::Path,
    now: DateTime<Utc>,
) -> Result<Anchor, AnchorError> {
    use std::io::Write;
    let (count, last_id, last_hash) = head(db).await?;
    let anchor = Anchor { count, last_id, last_hash, at: now };
    if let Some(last) = last_anchor(key, file)?
        && (last.count, last.last_id, &last.last_hash) == (count, last_id, &anchor.last_hash)
    {
        return Ok(last);
    }
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(file).map_err(file_error(file))?;
    writeln!(f, "{}", anchor.line(key)).map_err(file_error(file))?;
    f.sync_all().map_err(file_error(file))?;
    Ok(anchor)
}

/// The last well-signed anchor in `file` (`None` when the file is missing or holds none).
pub fn last_anchor(key: &[u8; 32], file: &std::path::Path) -> Result<Option<Anchor>, AnchorError> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(file_error(file)(e)),
    };
    Ok(text.lines().rev().find_map(|l| Anchor::parse(l, key)))
}

/// What the last anchor says of the log now.
#[derive(Debug, PartialEq, Eq)]
pub enum AnchorCheck {
    /// No anchor was written yet.
    NoAnchor,
    /// The anchored head is still there, and the log has not shrunk.
    Holds(Anchor),
    /// The log holds fewer entries than anchored, or the anchored entry is gone: rows were cut.
    Truncated {
        /// The anchor.
        anchor: Anchor,
        /// Entries now.
        now: u64,
    },
    /// The anchored entry is there with another hash: the chain was rewritten.
    Rewritten(Anchor),
}

/// Checks the log against the last anchor in `file`.
pub async fn check_anchor<C: ConnectionTrait>(
    db: &C,
    key: &[u8; 32],
    file: &std::path::Path,
) -> Result<AnchorCheck, AnchorError> {
    let Some(anchor) = last_anchor(key, file)? else { return Ok(AnchorCheck::NoAnchor) };
    let (count, _, _) = head(db).await?;
    if anchor.last_id == 0 {
        return Ok(AnchorCheck::Holds(anchor));
    }
    let row = audit_log::Entity::find_by_id(anchor.last_id).one(db).await?;
    Ok(match row {
        _ if count < anchor.count => AnchorCheck::Truncated { anchor, now: count },
        None => AnchorCheck::Truncated { anchor, now: count },
        Some(r) if r.hash != anchor.last_hash => AnchorCheck::Rewritten(anchor),
        Some(_) => AnchorCheck::Holds(anchor),
    })
}
