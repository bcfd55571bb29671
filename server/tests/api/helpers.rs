//! `spawn_app`: a real server on port 0 against a fresh database.

use reclamo_server::{infra::config::Settings, startup::Application};
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
    pub db: reclamo_server::infra::db::Db,
    /// The settings the server started with.
    pub settings: Settings,
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
    spawn_app_full(backend, adjust, std::sync::Arc::new(reclamo_server::services::auth::SystemClock)).await
}

/// Like [`spawn_app_with`], with a clock the test controls.
pub async fn spawn_app_full(
    backend: Backend,
    adjust: impl FnOnce(&mut Settings),
    clock: std::sync::Arc<dyn reclamo_server::services::auth::Clock>,
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
    let started = settings.clone();
    let app = Application::build_with_clock(settings, clock).await.expect("build app");
    let base = format!("http://{}", app.addr());
    let db = app.db().clone();
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(app.run_until(async {
        let _ = rx.await;
    }));
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Some(TestApp { base, client, data_dir, db, settings: started, stop: Some(tx), pg_cleanup })
}

impl TestApp {
    /// The single number a `SELECT COUNT(*) …` returns.
    pub async fn count(&self, sql: impl Into<String>) -> i64 {
        use sea_orm::ConnectionTrait;
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(self.db.get_database_backend(), sql.into()))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index::<i64>(0).unwrap()
    }

    /// A case service over the app's database and master key (for jobs the tests run by hand).
    pub fn case_service(&self) -> reclamo_server::services::cases::CaseService {
        let key = self.data_dir.path().join("data").join("master.key");
        let master = reclamo_server::infra::crypto::MasterKey::load_or_create(&key).unwrap();
        reclamo_server::services::cases::CaseService::new(self.db.clone(), std::sync::Arc::new(master))
    }

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

/// The password every test account uses.
pub const PASSWORD: &str = "correct horse battery staple";

/// Adds a staff account directly through the service.
pub async fn add_user(app: &TestApp, email: &str, role: &str, org: Option<&str>) {
    use reclamo_server::services::auth::{AuthPolicy, AuthService, SystemClock};
    let auth = AuthService::new(app.db.clone(), std::sync::Arc::new(SystemClock), AuthPolicy::default());
    auth.add_user(None, email, role, None, org, PASSWORD).await.unwrap();
}

/// Signs in through the API with the test password; returns the session cookie.
pub async fn login(app: &TestApp, email: &str) -> String {
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204, "login {email}");
    cookie_of(&res)
}

/// The `name=value` part of a response's `Set-Cookie`.
pub fn cookie_of(res: &reqwest::Response) -> String {
    res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned()
}

/// RFC 4648 base32 (no padding) decoding, for TOTP secrets in `otpauth://` URIs.
pub fn base32_decode(s: &str) -> Vec<u8> {
    let mut out = vec![];
    let (mut buf, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'2'..=b'7' => c - b'2' + 26,
            _ => continue,
        };
        buf = (buf << 5) | u32::from(v);
        bits += 5;
        if bits >= 8 {
            out.push((buf >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    out
}

/// The current TOTP code for a secret.
pub fn totp_now(secret: &[u8]) -> String {
    format!("{:06}", reclamo_server::infra::totp::code_at(secret, (chrono::Utc::now().timestamp() / 30) as u64))
}

impl TestApp {
    /// Files a complaint through the API and returns the receipt JSON.
    pub async fn file_complaint(&self, body: &serde_json::Value) -> serde_json::Value {
        let res = self.client.post(self.url("/api/v1/complaints")).json(body).send().await.unwrap();
        assert_eq!(res.status(), 201);
        res.json().await.unwrap()
    }

    /// GET with a session cookie, as text (a page).
    pub async fn page_text(&self, path: &str, cookie: &str) -> String {
        self.client.get(self.url(path)).header("cookie", cookie).send().await.unwrap().text().await.unwrap()
    }

    /// A worker's status check with the two codes.
    pub async fn worker_status(&self, tracking: &str, access: &str) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/v1/complaints/{tracking}/status")))
            .json(&serde_json::json!({"access_code": access}))
            .send()
            .await
            .unwrap()
    }

    /// GET with a session cookie, as JSON.
    pub async fn get_json(&self, path: &str, cookie: &str) -> serde_json::Value {
        self.client.get(self.url(path)).header("cookie", cookie).send().await.unwrap().json().await.unwrap()
    }
}

/// Turns on two-factor sign-in for the session's user straight through the service.
/// Returns the TOTP secret, sealed as the server seals it (so later sign-ins can use codes).
pub async fn enrol_directly(app: &TestApp, cookie: &str) -> Vec<u8> {
    use reclamo_server::services::auth::{AuthPolicy, AuthService, SystemClock};
    let master =
        reclamo_server::infra::crypto::MasterKey::load_or_create(&app.data_dir.path().join("data").join("master.key"))
            .unwrap();
    let auth = AuthService::new(app.db.clone(), std::sync::Arc::new(SystemClock), AuthPolicy::default())
        .with_totp_key(master.subkey("totp-secret"));
    let actor = auth.session(cookie.split_once('=').unwrap().1).await.unwrap().unwrap();
    let uri = auth.start_totp(&actor).await.unwrap();
    let secret = base32_decode(uri.split("secret=").nth(1).unwrap().split('&').next().unwrap());
    auth.confirm_totp(&actor, &totp_now(&secret)).await.unwrap();
    secret
}
