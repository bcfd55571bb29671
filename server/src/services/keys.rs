//! Master key rotation (#14): `reclamo keys rotate` adds a new wrapping key to the key file, makes
//! it current, and re-wraps every complaint's data key under it (in batches, one transaction each,
//! while servers keep running: they re-read the key file when they meet the new id, and every
//! hour); `reclamo keys retire` re-wraps what servers wrapped with the old key in the meantime and
//! drops the old keys from the file. The data keys themselves, and so every sealed value, do not
//! change; the derivation root of the subkeys stays (see `infra::crypto::MasterKey`).

use crate::infra::audit::{self, Entry};
use crate::infra::crypto::{CryptoError, MasterKey};
use crate::infra::db::Db;
use crate::infra::entities::{complaint, complaint_key};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, TransactionTrait};

/// A rotation step failed.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Database.
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    /// The key file, or a wrapped key that does not open.
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    /// Keys the file would drop still wrap data keys.
    #[error("{0} data keys are still wrapped by an older key: run `reclamo keys rotate` first")]
    StillInUse(u64),
}

/// Re-wraps every data key not wrapped by the current key; returns how many.
pub async fn rewrap_all(db: &Db, master: &MasterKey) -> Result<usize, KeyError> {
    let mut n = 0;
    loop {
        let current = master.id();
        let rows =
            complaint_key::Entity::find().filter(complaint_key::Column::KeyId.ne(current)).limit(500).all(db).await?;
        if rows.is_empty() {
            return Ok(n);
        }
        let txn = db.begin().await?;
        for k in rows {
            let case: Option<String> = complaint::Entity::find_by_id(k.complaint_id)
                .select_only()
                .column(complaint::Column::TrackingCode)
                .into_tuple()
                .one(&txn)
                .await?;
            let Some(case) = case else { continue };
            let dk = master.unwrap_key(&k.key_id, &case, &k.wrapped_key)?;
            let (id, wrapped) = master.wrap(&case, &dk);
            complaint_key::Entity::update(complaint_key::ActiveModel {
                complaint_id: Set(k.complaint_id),
                key_id: Set(id),
                wrapped_key: Set(wrapped),
            })
            .exec(&txn)
            .await?;
            n += 1;
        }
        txn.commit().await?;
    }
}

/// `reclamo keys rotate`: a new current key in `path`, every data key re-wrapped, audited.
/// Returns the new id and how many keys were re-wrapped.
pub async fn rotate(db: &Db, path: &std::path::Path) -> Result<(String, usize), KeyError> {
    let new_id = MasterKey::rotate_file(path)?;
    let master = MasterKey::load_or_create(path)?;
    let n = rewrap_all(db, &master).await?;
    audit::record(
        db,
        Entry {
            action: "master_key_rotated".into(),
            detail: Some(format!("{new_id}: {n} data keys re-wrapped")),
            ..Default::default()
        },
    )
    .await?;
    Ok((new_id, n))
}

/// `reclamo keys retire`: re-wraps what was wrapped with an older key since the rotation, then
/// drops the older keys from `path`. Returns the ids dropped.
pub async fn retire(db: &Db, path: &std::path::Path) -> Result<Vec<String>, KeyError> {
    let master = MasterKey::load_or_create(path)?;
    rewrap_all(db, &master).await?;
    let left = complaint_key::Entity::find().filter(complaint_key::Column::KeyId.ne(master.id())).count(db).await?;
    if left > 0 {
        return Err(KeyError::StillInUse(left));
    }
    let dropped = MasterKey::retire_file(path)?;
    audit::record(
        db,
        Entry { action: "master_key_retired".into(), detail: Some(dropped.join(",")), ..Default::default() },
    )
    .await?;
    Ok(dropped)
}
