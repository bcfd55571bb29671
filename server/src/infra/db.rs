//! Database connection: the embedded SQLite file by default, PostgreSQL via `DATABASE_URL`.
//!
//! Every part of the server holds a [`Db`]. On SQLite it is two pools over one file: readers
//! (several connections, opened `query_only`, so a write that bypasses the writer fails loudly in
//! every test) and **one writer connection**. The writer pool is the async lock: writers queue for
//! it in arrival order (the pool is fair) for at most [`WRITE_WAIT`], and each transaction on it
//! begins `IMMEDIATE`, so it holds SQLite's write lock from its first statement. A deferred
//! transaction that reads first and writes later would fail with `SQLITE_BUSY` the moment another
//! writer committed in between (WAL), which no busy timeout can wait out; that turned away three in
//! four complaints with sixteen concurrent filers (issue 10). On PostgreSQL both sides are the same
//! pool and transactions begin as usual.
//!
//! Routing is by what a call does, so call sites stay plain sea-orm: `begin`/`transaction` and
//! `execute` go to the writer; a query goes to the readers when its SQL is a `SELECT`, else to the
//! writer (`INSERT … RETURNING` is a query). A database that stays busy past the bounded wait
//! yields an error for which [`is_busy`] is true, which the doors answer with `503` and
//! `Retry-After`.

use crate::infra::config::Settings;
use reclamo_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    AccessMode, ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DatabaseTransaction,
    DbErr, ExecResult, IsolationLevel, QueryResult, RuntimeErr, SqliteTransactionMode, Statement, TransactionError,
    TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use std::{future::Future, pin::Pin, time::Duration};

/// How long a write waits for the database (for the writer connection, then for SQLite's lock
/// held by another process) before the caller is told it is busy.
pub const WRITE_WAIT: Duration = Duration::from_secs(2);

/// What a client is told to wait before retrying when the database is busy (`Retry-After`).
pub const BUSY_RETRY_AFTER: Duration = Duration::from_secs(2);

/// The database as the server uses it: reads and writes routed to the right connections.
#[derive(Clone, Debug)]
pub struct Db {
    read: DatabaseConnection,
    write: DatabaseConnection,
    /// The key that chains the audit log (a master subkey, set once the key is loaded).
    audit_key: std::sync::Arc<std::sync::OnceLock<[u8; 32]>>,
}

impl Db {
    /// One pool for both sides (PostgreSQL, or a test's own connection).
    pub fn single(conn: DatabaseConnection) -> Db {
        Db { read: conn.clone(), write: conn, audit_key: Default::default() }
    }

    /// Sets the key that chains the audit log (once; later calls change nothing).
    pub fn set_audit_key(&self, key: [u8; 32]) {
        let _ = self.audit_key.set(key);
    }

    /// The key that chains the audit log, once the master key is loaded.
    pub fn audit_key(&self) -> Option<[u8; 32]> {
        self.audit_key.get().copied()
    }

    /// The reading side (for APIs that need a `DatabaseConnection`).
    pub fn reader(&self) -> &DatabaseConnection {
        &self.read
    }

    /// The writing side: migrations and maintenance that need the connection itself.
    pub fn writer(&self) -> &DatabaseConnection {
        &self.write
    }

    fn sqlite(&self) -> bool {
        self.write.get_database_backend() == DatabaseBackend::Sqlite
    }

    /// Closes both pools.
    pub async fn close(self) -> Result<(), DbErr> {
        let split = self.sqlite();
        self.read.close().await?;
        if split { self.write.close().await } else { Ok(()) }
    }

    fn for_query(&self, stmt: &Statement) -> &DatabaseConnection {
        if is_read_only(&stmt.sql) { &self.read } else { &self.write }
    }
}

/// Whether a statement only reads (and may run on a reader connection).
fn is_read_only(sql: &str) -> bool {
    let head = sql.trim_start().get(..6).unwrap_or("");
    head.eq_ignore_ascii_case("select")
}

#[async_trait::async_trait]
impl ConnectionTrait for Db {
    fn get_database_backend(&self) -> DatabaseBackend {
        self.write.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.write.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.write.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.for_query(&stmt).query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.for_query(&stmt).query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.write.support_returning()
    }
}

#[async_trait::async_trait]
impl TransactionTrait for Db {
    type Transaction = DatabaseTransaction;

    async fn begin(&self) -> Result<DatabaseTransaction, DbErr> {
        self.begin_with_options(TransactionOptions::default()).await
    }

    async fn begin_with_config(
        &self,
        isolation_level: Option<IsolationLevel>,
        access_mode: Option<AccessMode>,
    ) -> Result<DatabaseTransaction, DbErr> {
        self.begin_with_options(TransactionOptions { isolation_level, access_mode, sqlite_transaction_mode: None })
            .await
    }

    async fn begin_with_options(&self, mut options: TransactionOptions) -> Result<DatabaseTransaction, DbErr> {
        if self.sqlite() {
            // The write lock from the first statement (see the module comment).
            options.sqlite_transaction_mode = Some(SqliteTransactionMode::Immediate);
        }
        self.write.begin_with_options(options).await
    }

    async fn transaction<F, T, E>(&self, callback: F) -> Result<T, TransactionError<E>>
    where
        F: for<'c> FnOnce(&'c DatabaseTransaction) -> Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>> + Send,
        T: Send,
        E: std::fmt::Display + std::fmt::Debug + Send,
    {
        self.transaction_with_config(callback, None, None).await
    }

    async fn transaction_with_config<F, T, E>(
        &self,
        callback: F,
        isolation_level: Option<IsolationLevel>,
        access_mode: Option<AccessMode>,
    ) -> Result<T, TransactionError<E>>
    where
        F: for<'c> FnOnce(&'c DatabaseTransaction) -> Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>> + Send,
        T: Send,
        E: std::fmt::Display + std::fmt::Debug + Send,
    {
        let txn = self.begin_with_config(isolation_level, access_mode).await.map_err(TransactionError::Connection)?;
        match callback(&txn).await {
            Ok(v) => {
                txn.commit().await.map_err(TransactionError::Connection)?;
                Ok(v)
            }
            Err(e) => {
                txn.rollback().await.map_err(TransactionError::Connection)?;
                Err(TransactionError::Transaction(e))
            }
        }
    }
}

/// Whether an error means "the database is busy, try again shortly" rather than a fault: the
/// writer could not be had within [`WRITE_WAIT`], SQLite stayed locked past its busy timeout, or
/// PostgreSQL gave up on a lock, a deadlock or a serialisation conflict.
pub fn is_busy(e: &DbErr) -> bool {
    match e {
        DbErr::ConnectionAcquire(sea_orm::error::ConnAcquireErr::Timeout) => true,
        DbErr::Exec(RuntimeErr::SqlxError(se))
        | DbErr::Query(RuntimeErr::SqlxError(se))
        | DbErr::Conn(RuntimeErr::SqlxError(se)) => match se.as_ref() {
            sea_orm::sqlx::Error::PoolTimedOut => true,
            sea_orm::sqlx::Error::Database(d) => d.code().is_some_and(|c| busy_code(&c)),
            _ => false,
        },
        _ => false,
    }
}

/// SQLite's BUSY (5) and LOCKED (6) with their extended codes; PostgreSQL's lock-not-available,
/// deadlock and serialisation failures.
fn busy_code(code: &str) -> bool {
    match code.parse::<i64>() {
        Ok(n) => matches!(n & 0xff, 5 | 6),
        Err(_) => matches!(code, "55P03" | "40P01" | "40001"),
    }
}

/// Errors of the layers above that may carry a busy database.
pub trait MaybeBusy {
    /// Whether this failure is the database being busy (answer 503, not 500).
    fn is_busy(&self) -> bool;
}

impl MaybeBusy for DbErr {
    fn is_busy(&self) -> bool {
        is_busy(self)
    }
}

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
pub async fn connect(settings: &Settings) -> Result<Db, DbError> {
    let url = settings.effective_database_url();
    if !url.starts_with("sqlite:") {
        let mut opts = ConnectOptions::new(url);
        opts.sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(10))
            .max_connections(16)
            .min_connections(1);
        return Ok(Db::single(Database::connect(opts).await?));
    }
    std::fs::create_dir_all(&settings.data_dir)
        .map_err(|source| DbError::DataDir { path: settings.data_dir.display().to_string(), source })?;
    let sqlite = |max: u32, acquire: Duration, busy: Duration, query_only: bool| {
        let mut opts = ConnectOptions::new(url.clone());
        opts.sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(acquire)
            .max_connections(max)
            .min_connections(1)
            .map_sqlx_sqlite_opts(move |o| {
                o.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(busy)
                    // Deleted rows (disposed cases) are overwritten, not left in free pages.
                    .pragma("secure_delete", "ON")
                    .pragma("query_only", if query_only { "ON" } else { "OFF" })
                    .create_if_missing(true)
            });
        opts
    };
    // The writer first: it creates the file and switches it to WAL before readers open it.
    let write = Database::connect(sqlite(1, WRITE_WAIT, WRITE_WAIT, false)).await?;
    let read = Database::connect(sqlite(8, Duration::from_secs(10), Duration::from_secs(5), true)).await?;
    assert_sqlite_pragmas(&write).await?;
    assert_sqlite_pragmas(&read).await?;
    Ok(Db { read, write, audit_key: Default::default() })
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

/// Applies the pending migrations up to and including `name`; answers whether the migration right
/// after it is still pending (a data step between the two is then due: see `startup::migrate`).
pub async fn migrate_through(db: &Db, name: &str) -> Result<bool, DbErr> {
    let all: Vec<String> = Migrator::migrations().iter().map(|m| m.name().to_owned()).collect();
    let next = all.iter().position(|n| n == name).and_then(|i| all.get(i + 1)).cloned();
    let pending: Vec<String> =
        Migrator::get_pending_migrations(db.writer()).await?.iter().map(|m| m.name().to_owned()).collect();
    if let Some(i) = pending.iter().position(|n| n == name) {
        Migrator::up(db.writer(), Some(u32::try_from(i + 1).unwrap_or(u32::MAX))).await?;
    }
    Ok(next.is_some_and(|n| pending.contains(&n)))
}

/// Applies every pending migration (see `startup::migrate` for the data fixes that follow).
pub async fn migrate(db: &Db) -> Result<(), DbErr> {
    Migrator::up(db.writer(), None).await
}

/// Whether the database answers a trivial query (on a reader: a health check must not queue
/// behind writers).
pub async fn ping(db: &Db) -> bool {
    db.read.ping().await.is_ok()
}

/// Which kind of database this is, for the startup line.
pub fn backend_name(db: &Db) -> &'static str {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => "SQLite",
        DatabaseBackend::Postgres => "PostgreSQL",
        _ => "other",
    }
}
