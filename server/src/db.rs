//! Database connection: the embedded SQLite file by default, PostgreSQL via `DATABASE_URL`.

use crate::config::Settings;
use reclamo_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DbErr, Statement,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use std::time::Duration;

/// Opening or checking the database failed.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The data directory could not be created.
    #[error("cannot create data directory {path}: {source}")]
    DataDir {
        /// The directory.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The database refused the connection or a query.
    #[error(transparent)]
    Db(#[from] DbErr),
    /// A SQLite pragma did not take the value Reclamo relies on.
    #[error("SQLite pragma {pragma} is {actual}, expected {expected}")]
    Pragma {
        /// Pragma name.
        pragma: &'static str,
        /// What the database reports.
        actual: String,
        /// What Reclamo requires.
        expected: &'static str,
    },
}

/// Connects (creating the SQLite file and data directory if needed) and, for SQLite, asserts the
/// pragmas durability and integrity depend on.
pub async fn connect(settings: &Settings) -> Result<DatabaseConnection, DbError> {
    let url = settings.effective_database_url();
    let sqlite = url.starts_with("sqlite:");
    if sqlite {
        std::fs::create_dir_all(&settings.data_dir)
            .map_err(|source| DbError::DataDir { path: settings.data_dir.display().to_string(), source })?;
    }
    let mut opts = ConnectOptions::new(url);
    opts.sqlx_logging(false).connect_timeout(Duration::from_secs(10)).acquire_timeout(Duration::from_secs(10));
    if sqlite {
        // One writer at a time is SQLite's nature; a small pool of readers is plenty.
        opts.max_connections(8).min_connections(1).map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                // Deleted rows (disposed cases) are overwritten, not left in free pages.
                .pragma("secure_delete", "ON")
                .create_if_missing(true)
        });
    } else {
        opts.max_connections(16).min_connections(1);
    }
    let db = Database::connect(opts).await?;
    if sqlite {
        assert_sqlite_pragmas(&db).await?;
    }
    Ok(db)
}

async fn pragma(db: &DatabaseConnection, name: &str) -> Result<String, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(DatabaseBackend::Sqlite, format!("PRAGMA {name}")))
        .await?
        .ok_or_else(|| DbErr::Custom(format!("PRAGMA {name} returned nothing")))?;
    // Text pragmas (journal_mode) and integer ones (the rest) alike.
    row.try_get_by_index::<String>(0).or_else(|_| row.try_get_by_index::<i64>(0).map(|v| v.to_string()))
}

/// Checks WAL, synchronous=FULL (2), foreign keys on, and a busy timeout.
pub async fn assert_sqlite_pragmas(db: &DatabaseConnection) -> Result<(), DbError> {
    let checks: [(&'static str, &'static str); 4] =
        [("journal_mode", "wal"), ("synchronous", "2"), ("foreign_keys", "1"), ("secure_delete", "1")];
    for (name, expected) in checks {
        let actual = pragma(db, name).await?.to_lowercase();
        if actual != expected {
            return Err(DbError::Pragma { pragma: name, actual, expected });
        }
    }
    let busy: i64 = pragma(db, "busy_timeout").await?.parse().unwrap_or(0);
    if busy < 1000 {
        return Err(DbError::Pragma { pragma: "busy_timeout", actual: busy.to_string(), expected: ">= 1000" });
    }
    Ok(())
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await?;
    crate::cases::queue::backfill(db).await
}

/// Whether the database answers a trivial query.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}

/// Which kind of database this is, for the startup line.
pub fn backend_name(db: &DatabaseConnection) -> &'static str {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => "SQLite",
        DatabaseBackend::Postgres => "PostgreSQL",
        _ => "other",
    }
}
