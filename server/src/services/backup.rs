//! Backups that forget (#14): `reclamo backup FILE` writes the database, encrypted with a backup
//! key (a subkey of the master key), and `reclamo restore FILE` brings it back into an empty data
//! directory (or an empty PostgreSQL database), replays the disposal log — so a case disposed
//! after the backup was taken is disposed again — and checks that every remaining case opens.
//!
//! SQLite: `VACUUM INTO` a fresh file (live pages only: what was disposed before the backup is not
//! in it), sealed in 1 MiB chunks. PostgreSQL: `pg_dump --format=custom`, sealed the same way;
//! restored with `pg_restore`.

use crate::infra::config::Settings;
use crate::infra::crypto::{CryptoError, MasterKey, open_with, seal_with};
use crate::infra::db::Db;
use crate::services::cases::CaseService;
use sea_orm::{ConnectionTrait, DatabaseBackend};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The purpose of the backup key (a subkey of the master key).
pub const BACKUP_KEY_PURPOSE: &str = "reclamo backup v1";
const MAGIC: &[u8] = b"reclamo-backup v1\n";
const CHUNK: usize = 1 << 20;

/// A backup or restore failed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Database.
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    /// A file.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The backup does not open under this master key (another key, or a damaged file).
    #[error("the backup does not open with this master key: {0}")]
    Crypto(#[from] CryptoError),
    /// Restoring needs an empty target.
    #[error("restore needs an empty target: {0}")]
    NotEmpty(String),
    /// `pg_dump` / `pg_restore` failed.
    #[error("{0}")]
    Tool(String),
    /// A case did not open after the restore.
    #[error("after the restore, {0} cases do not open: {1:?}")]
    Unreadable(usize, Vec<i64>),
    /// Something of the services.
    #[error("{0}")]
    Case(#[from] crate::services::cases::CaseError),
}

/// What a restore did.
#[derive(Debug, PartialEq, Eq)]
pub struct Restored {
    /// Cases disposed again from the disposal log.
    pub replayed: usize,
    /// Cases whose sealed data opened.
    pub verified: usize,
}

fn aad(index: u64, last: bool) -> Vec<u8> {
    format!("reclamo/backup/v1/{index}/{}", if last { "last" } else { "more" }).into_bytes()
}

/// Seals `plain` into `out`: the magic line, then `len || sealed chunk` frames; the last frame is
/// marked, so a cut-off file does not open.
fn seal_stream(key: &[u8; 32], plain: &mut impl Read, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(MAGIC)?;
    let mut buf = vec![0u8; CHUNK];
    let mut next = read_full(plain, &mut buf)?;
    let mut index = 0u64;
    loop {
        let chunk = buf[..next].to_vec();
        let following = if next == CHUNK { read_full(plain, &mut buf)? } else { 0 };
        let last = following == 0;
        let sealed = seal_with(key, &aad(index, last), &chunk);
        out.write_all(&(sealed.len() as u64).to_be_bytes())?;
        out.write_all(&sealed)?;
        if last {
            return out.flush();
        }
        next = following;
        index += 1;
    }
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

fn open_stream(key: &[u8; 32], sealed: &mut impl Read, out: &mut impl Write) -> Result<(), BackupError> {
    let mut magic = vec![0u8; MAGIC.len()];
    sealed.read_exact(&mut magic)?;
    if magic != MAGIC {
        return Err(CryptoError::Malformed.into());
    }
    let mut index = 0u64;
    loop {
        let mut len = [0u8; 8];
        if read_full(sealed, &mut len)? < 8 {
            // Ended before the frame marked last: cut off.
            return Err(CryptoError::Malformed.into());
        }
        let len = usize::try_from(u64::from_be_bytes(len)).map_err(|_| CryptoError::Malformed)?;
        if len > CHUNK + 64 {
            return Err(CryptoError::Malformed.into());
        }
        let mut frame = vec![0u8; len];
        sealed.read_exact(&mut frame)?;
        if let Ok(plain) = open_with(key, &aad(index, true), &frame) {
            out.write_all(&plain)?;
            return Ok(out.flush()?);
        }
        out.write_all(&open_with(key, &aad(index, false), &frame)?)?;
        index += 1;
    }
}

/// Runs a PostgreSQL tool off the async threads.
async fn run_tool(mut cmd: std::process::Command) -> Result<std::process::Output, BackupError> {
    tokio::task::spawn_blocking(move || cmd.output())
        .await
        .map_err(|e| BackupError::Tool(e.to_string()))?
        .map_err(|e| BackupError::Tool(format!("{e} (pg_dump and pg_restore come with PostgreSQL's client tools)")))
}

fn partial(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".partial");
    PathBuf::from(p)
}

/// Writes an encrypted backup of the database to `file` (via `file.partial`, renamed when whole).
pub async fn backup(settings: &Settings, db: &Db, master: &MasterKey, file: &Path) -> Result<u64, BackupError> {
    let key = master.subkey(BACKUP_KEY_PURPOSE);
    let tmp = settings.data_dir.join(format!("backup-{}.tmp", uuid::Uuid::new_v4().simple()));
    let result = async {
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => {
                let target = tmp.display().to_string().replace('\'', "''");
                db.execute_unprepared(&format!("VACUUM INTO '{target}'")).await?;
            }
            _ => {
                let mut cmd = std::process::Command::new("pg_dump");
                cmd.args(["--format=custom", "--no-owner", "--file"]).arg(&tmp).arg(settings.effective_database_url());
                let out = run_tool(cmd).await?;
                if !out.status.success() {
                    return Err(BackupError::Tool(format!("pg_dump: {}", String::from_utf8_lossy(&out.stderr))));
                }
            }
        }
        let (tmp, file) = (tmp.clone(), file.to_path_buf());
        tokio::task::spawn_blocking(move || -> Result<u64, BackupError> {
            let mut plain = std::io::BufReader::new(std::fs::File::open(&tmp)?);
            let part = partial(&file);
            let mut out = std::io::BufWriter::new(std::fs::File::create(&part)?);
            seal_stream(&key, &mut plain, &mut out)?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            std::fs::rename(&part, &file)?;
            Ok(std::fs::metadata(&file)?.len())
        })
        .await
        .map_err(|e| BackupError::Tool(e.to_string()))?
    }
    .await;
    // The plain copy never outlives the backup.
    let _ = std::fs::remove_file(&tmp);
    result
}

/// Restores `file` into the empty target `settings` names, with the master key already in place
/// (`RECLAMO_MASTER_KEY_FILE`): decrypts, migrates, replays the disposal log and opens every
/// remaining case.
pub async fn restore(settings: &Settings, file: &Path) -> Result<Restored, BackupError> {
    let key_file = settings.effective_master_key_file();
    if !key_file.exists() {
        return Err(BackupError::NotEmpty(format!(
            "the master key {} is missing: a backup opens only with the key that made it",
            key_file.display()
        )));
    }
    let master = MasterKey::load_or_create(&key_file)?;
    let key = master.subkey(BACKUP_KEY_PURPOSE);
    let url = settings.effective_database_url();
    let sqlite = url.starts_with("sqlite:");
    std::fs::create_dir_all(&settings.data_dir)?;
    let plain = if sqlite {
        let db_file = settings.data_dir.join("reclamo.db");
        if db_file.exists() {
            return Err(BackupError::NotEmpty(format!("{} exists", db_file.display())));
        }
        db_file
    } else {
        settings.data_dir.join(format!("restore-{}.tmp", uuid::Uuid::new_v4().simple()))
    };
    let (src, dst) = (file.to_path_buf(), plain.clone());
    tokio::task::spawn_blocking(move || -> Result<(), BackupError> {
        let mut sealed = std::io::BufReader::new(std::fs::File::open(&src)?);
        let part = partial(&dst);
        let mut out = std::io::BufWriter::new(std::fs::File::create(&part)?);
        if let Err(e) = open_stream(&key, &mut sealed, &mut out) {
            drop(out);
            let _ = std::fs::remove_file(&part);
            return Err(e);
        }
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&part, &dst)?;
        Ok(())
    })
    .await
    .map_err(|e| BackupError::Tool(e.to_string()))??;
    if !sqlite {
        let db = crate::infra::db::connect(settings).await.map_err(|e| BackupError::Tool(e.to_string()))?;
        let tables = db
            .query_one_raw(sea_orm::Statement::from_string(
                DatabaseBackend::Postgres,
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'",
            ))
            .await?
            .and_then(|r| r.try_get_by_index::<i64>(0).ok())
            .unwrap_or(0);
        if tables > 0 {
            let _ = std::fs::remove_file(&plain);
            return Err(BackupError::NotEmpty("the PostgreSQL database has tables".into()));
        }
        let mut cmd = std::process::Command::new("pg_restore");
        cmd.args(["--no-owner", "--exit-on-error", "--dbname"]).arg(&url).arg(&plain);
        let out = run_tool(cmd).await?;
        let _ = std::fs::remove_file(&plain);
        if !out.status.success() {
            return Err(BackupError::Tool(format!("pg_restore: {}", String::from_utf8_lossy(&out.stderr))));
        }
    }
    let db = crate::infra::db::connect(settings).await.map_err(|e| BackupError::Tool(e.to_string()))?;
    let master = crate::startup::migrate(&db, &key_file).await.map_err(|e| BackupError::Tool(e.to_string()))?;
    let cases = CaseService::new(db.clone(), std::sync::Arc::new(master))
        .with_disposal_log(settings.effective_disposal_log_file());
    let mut replayed = 0;
    let log = settings.effective_disposal_log_file();
    for (id, tracking, at) in crate::services::cases::disposal::read_disposal_log(&log)? {
        if cases.replay_disposal(id, &tracking, at).await? {
            replayed += 1;
        }
    }
    if replayed > 0 && db.get_database_backend() == DatabaseBackend::Sqlite {
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await?;
    }
    let (verified, failed) = cases.verify_sealed().await?;
    if !failed.is_empty() {
        return Err(BackupError::Unreadable(failed.len(), failed));
    }
    Ok(Restored { replayed, verified })
}
