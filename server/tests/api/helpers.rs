//! `spawn_app`: a real server on port 0 against a fresh database.

use reclamo_server::{config::Settings, startup::Application};
use sea_orm::{ConnectionTrait, Database};
use std::sync::OnceLock;
use tokio::sync::oneshot;

/// Which database a test runs against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running server and what the test needs to talk to it.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub data_dir: tempfile::TempDir,
    pub db: sea_orm::DatabaseConnection,
    stop: Option<oneshot::Sender<()>>,
    pg_cleanup: Option<(String, String)>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some((admin, name)) = self.pg_cleanup.take() {
            // Best effort: a leftover test database is harmless and named as such.
            std::thread::spawn(move || {
                if let Ok(rt) = tokio::runtime::Runtime::new() {
                    rt.block_on(async {
                        if let Ok(db) = Database::connect(&admin).await {
                            let _ = db
                                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                                .await;
                        }
                    });
                }
            })
            .join()
            .ok();
        }
    }
}

/// The PostgreSQL server to use: `RECLAMO_TEST_POSTGRES_URL`, else the machine's local one if it
/// answers. `None` when neither is available (the PostgreSQL variants are then skipped, loudly).
pub async fn postgres_admin_url() -> Option<String> {
    static CHECKED: OnceLock<Option<String>> = OnceLock::new();
    if let Some(v) = CHECKED.get() {
        return v.clone();
    }
    let candidate = std::env::var("RECLAMO_TEST_POSTGRES_URL")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let ok = Database::connect(&candidate).await.is_ok();
    if !ok {
        if std::env::var("RECLAMO_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
            panic!("RECLAMO_REQUIRE_POSTGRES=1 but PostgreSQL at {candidate} does not answer");
        }
        eprintln!("PostgreSQL not reachable: PostgreSQL variants of these tests are skipped");
    }
    let v = ok.then_some(candidate);
    let _ = CHECKED.set(v.clone());
    v
}

/// Starts the server against a fresh database of the given kind. Returns `None` only for
/// PostgreSQL when no server is reachable.
pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |_| {}).await
}

/// Like [`spawn_app`], with a hook to adjust the settings.
pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut Settings)) -> Option<TestApp> {
    spawn_app_full(backend, adjust, std::sync::Arc::new(reclamo_server::auth::SystemClock)).await
}

/// Like [`spawn_app_with`], with a clock the test controls.
pub async fn spawn_app_full(
    backend: Backend,
    adjust: impl FnOnce(&mut Settings),
    clock: std::sync::Arc<dyn reclamo_server::auth::Clock>,
) -> Option<TestApp> {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut settings = Settings::defaults();
    settings.data_dir = data_dir.path().join("data");
    settings.site_addr = "127.0.0.1:0".parse().unwrap();
    settings.site_root = data_dir.path().join("site");
    let mut pg_cleanup = None;
    if backend == Backend::Postgres {
        let admin = postgres_admin_url().await?;
        let name = format!("reclamo_test_{}", uuid::Uuid::new_v4().simple());
        let db = Database::connect(&admin).await.expect("connect admin");
        db.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create test database");
        let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap_or(admin.clone());
        settings.database_url = Some(format!("{base}/{name}"));
        pg_cleanup = Some((admin, name));
    }
    adjust(&mut settings);
    let app = Application::build_with_clock(settings, clock).await.expect("build app");
    let base = format!("http://{}", app.addr());
    let db = app.db().clone();
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(app.run_until(async {
        let _ = rx.await;
    }));
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Some(TestApp { base, client, data_dir, db, stop: Some(tx), pg_cleanup })
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }
}

/// Runs `body` against SQLite and against PostgreSQL (when reachable).
#[macro_export]
macro_rules! both_backends {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            use $crate::helpers::{Backend, TestApp, spawn_app};

            async fn run($app: TestApp) $body

            #[tokio::test]
            async fn sqlite() {
                run(spawn_app(Backend::Sqlite).await.unwrap()).await;
            }

            #[tokio::test]
            async fn postgres() {
                if let Some(app) = spawn_app(Backend::Postgres).await {
                    run(app).await;
                }
            }
        }
    };
}
