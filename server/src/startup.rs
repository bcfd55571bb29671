//! Building and running the application: used by `reclamo serve` and by the tests alike.

use crate::infra::db::Db;
use crate::infra::{config::Settings, db};
use crate::web::{router::router, state::AppState};
use axum::{Router, extract::ConnectInfo};
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::{conn::auto::Builder, graceful::GracefulShutdown},
    service::TowerToHyperService,
};
use leptos::prelude::LeptosOptions;
use std::{future::Future, net::SocketAddr, time::Duration};
use tokio::net::TcpListener;
use tower::ServiceExt;

/// A configured server, bound to its port, ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    addr: SocketAddr,
    db: Db,
    header_read_timeout: Duration,
    /// Runs the hourly jobs.
    jobs: Jobs,
    /// Drains the outbox.
    outbox: crate::services::outbox::OutboxService,
}

/// Startup failed.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// Database trouble.
    #[error("database: {0}")]
    Db(#[from] db::DbError),
    /// Migrations failed.
    #[error("migration: {0}")]
    Migrate(#[from] sea_orm::DbErr),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// Address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The master key could not be loaded or created.
    #[error("{0}")]
    MasterKey(#[from] crate::infra::crypto::CryptoError),
    /// A locale file is broken.
    #[error("translations: {0}")]
    Locales(String),
    /// The master key is missing, or is not the one that sealed the database's complaints.
    #[error("{0}")]
    KeyMismatch(String),
}

/// Loads the master key, creating one only for a database that holds no sealed complaint. A
/// missing key file beside a database with complaints is refused (a new key would leave every
/// one of them unreadable, silently), and so is a key whose id is not the one that sealed them
/// (a copied or mixed-up file).
pub async fn load_master_key(db: &Db, path: &std::path::Path) -> Result<crate::infra::crypto::MasterKey, StartupError> {
    use crate::infra::entities::complaint_key;
    use sea_orm::{EntityTrait, QuerySelect};
    let ids: Vec<String> = complaint_key::Entity::find()
        .select_only()
        .column(complaint_key::Column::KeyId)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    if !ids.is_empty() && !path.exists() {
        return Err(StartupError::KeyMismatch(format!(
            "the master key file {} is missing, but the database holds complaints sealed with key {}: restore the key file (a new key would make them unreadable)",
            path.display(),
            ids.join(", ")
        )));
    }
    let key = crate::infra::crypto::MasterKey::load_or_create(path)?;
    let known = key.ids();
    let missing: Vec<&String> = ids.iter().filter(|id| !known.contains(id)).collect();
    if !missing.is_empty() {
        return Err(StartupError::KeyMismatch(format!(
            "the master key file {} holds {}, but the database's complaints were sealed with {}: use the key file that sealed them",
            path.display(),
            known.join(", "),
            missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        )));
    }
    Ok(key)
}

/// Brings the schema up to date and loads the master key (see [`load_master_key`]). One data step
/// needs the key between two migrations: what older versions kept in clear (answers about threats,
/// retaliation kinds, supervisor, job role) is sealed before the migration that drops those columns.
/// Then the data fixes that need the services: cases filed before the queue's sort key, employer
/// records and search index existed join them once.
pub async fn migrate(db: &db::Db, key_file: &std::path::Path) -> Result<crate::infra::crypto::MasterKey, StartupError> {
    let seal = db::migrate_through(db, reclamo_migrations::SEAL_BEFORE_DROP).await?;
    let master = load_master_key(db, key_file).await?;
    db.set_audit_key(master.subkey(crate::infra::audit::CHAIN_KEY_PURPOSE));
    if seal {
        let n = crate::services::cases::facts::seal_clear(db, &master).await?;
        if n > 0 {
            tracing::info!(rows = n, "facts kept in clear by an older version sealed");
        }
    }
    db::migrate(db).await?;
    crate::services::cases::queue::backfill(db).await?;
    Ok(master)
}

impl Application {
    /// Connects to (and migrates) the database, builds the router and binds the listener.
    pub async fn build(settings: Settings) -> Result<Application, StartupError> {
        Application::build_with_clock(settings, std::sync::Arc::new(crate::services::auth::SystemClock)).await
    }

    /// Like [`Application::build`], with a clock tests can move (session expiry).
    pub async fn build_with_clock(
        settings: Settings,
        clock: std::sync::Arc<dyn crate::services::auth::Clock>,
    ) -> Result<Application, StartupError> {
        reclamo_app::i18n::init().map_err(|e| StartupError::Locales(e.0.clone()))?;
        let db = db::connect(&settings).await?;
        let master = migrate(&db, &settings.effective_master_key_file()).await?;
        if settings.master_key_beside_database() {
            tracing::warn!(
                "the master key sits beside the database: a copy of that directory decrypts every complaint; \
                 in production point RECLAMO_MASTER_KEY_FILE at a file outside it (a secret mount)"
            );
        }
        let listener = TcpListener::bind(settings.site_addr)
            .await
            .map_err(|source| StartupError::Bind { addr: settings.site_addr, source })?;
        let addr = listener.local_addr().map_err(|source| StartupError::Bind { addr: settings.site_addr, source })?;
        let leptos = LeptosOptions::builder()
            .output_name("reclamo")
            .site_root(settings.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .site_addr(addr)
            .hash_files(hash_file_present())
            .build();
        let header_read_timeout = settings.header_read_timeout;
        let totp_key = master.subkey("totp-secret");
        let policy = crate::services::auth::AuthPolicy {
            idle: chrono::Duration::minutes(i64::from(settings.session_idle_minutes)),
            absolute: chrono::Duration::hours(i64::from(settings.session_absolute_hours)),
            ..crate::services::auth::AuthPolicy::default()
        };
        let master = std::sync::Arc::new(master);
        let limits = crate::services::intake::Limits::new(settings.intake_limit, settings.status_limit);
        let intake = crate::services::intake::IntakeService::new(db.clone(), master.clone())
            .with_policy(limits, |code| reclamo_app::i18n::by_code(code).is_some());
        let phone = crate::services::phone::PhoneService::new(db.clone(), &master);
        let cases = crate::services::cases::CaseService::new(db.clone(), master.clone())
            .with_policy_escalation_percent(settings.policy_escalation_percent)
            .with_retention_days(settings.retention_days)
            .with_disposal_log(settings.effective_disposal_log_file());
        // Complaints filed before the narrative search existed join its index once.
        match cases.index_missing_terms().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(cases = n, "narratives added to the search index"),
            Err(e) => tracing::error!(error = %e, "search index backfill failed"),
        }
        let auth = crate::services::auth::AuthService::new(db.clone(), clock, policy).with_totp_key(totp_key);
        let estimate_module = crate::web::state::find_estimate_module(&settings.site_root.join(&*leptos.site_pkg_dir));
        let jobs = Jobs {
            cases: cases.clone(),
            auth: auth.clone(),
            intake: intake.clone(),
            db: db.clone(),
            anchor_key: master.subkey(crate::infra::audit::ANCHOR_KEY_PURPOSE),
            anchor_file: settings.effective_audit_anchor_file(),
            master: master.clone(),
        };
        let sms = twilio_sms(&settings);
        let outbox = outbox_service(&settings, sms.clone(), db.clone(), master.clone(), phone.clone());
        let state = AppState { leptos, db: db.clone(), settings, intake, auth, cases, phone, estimate_module, sms };
        Ok(Application { listener, router: router(state), addr, db, header_read_timeout, jobs, outbox })
    }

    /// The address actually bound (port 0 resolved).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The database connection in use.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Serves until `shutdown` completes, then lets open requests finish (up to 10 s).
    ///
    /// Built on hyper-util rather than `axum::serve` to get a header-read timeout: a client that
    /// opens a connection and trickles its headers (slowloris) is dropped after it.
    pub async fn run_until(self, shutdown: impl Future<Output = ()>) {
        let mut builder = Builder::new(TokioExecutor::new());
        builder.http1().timer(TokioTimer::new()).header_read_timeout(self.header_read_timeout);
        builder.http2().timer(TokioTimer::new()).keep_alive_interval(Some(Duration::from_secs(30)));
        let graceful = GracefulShutdown::new();
        let jobs = tokio::spawn(hourly_jobs(self.jobs.clone()));
        let (stop_sender, stop) = tokio::sync::watch::channel(false);
        let sender = tokio::spawn(self.outbox.clone().run(stop));
        tokio::pin!(shutdown);
        loop {
            let (stream, peer) = tokio::select! {
                accepted = self.listener.accept() => match accepted {
                    Ok(conn) => conn,
                    Err(e) => {
                        // Out of file descriptors and the like: back off instead of spinning.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let svc = self.router.clone().map_request(move |mut req: axum::http::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            });
            let conn = builder.serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(svc));
            let conn = graceful.watch(conn.into_owned());
            tokio::spawn(async move {
                if let Err(e) = conn.await {
                    tracing::debug!(error = %e, "connection closed with error");
                }
            });
        }
        drop(self.listener);
        jobs.abort();
        // The sender finishes the messages in flight (none is sent twice, none lost).
        let _ = stop_sender.send(true);
        if tokio::time::timeout(Duration::from_secs(20), sender).await.is_err() {
            tracing::warn!("the outbox sender did not stop within 20 s");
        }
        tokio::select! {
            () = graceful.shutdown() => {}
            () = tokio::time::sleep(Duration::from_secs(10)) => {
                tracing::warn!("some connections did not finish within 10 s of shutdown");
            }
        }
    }
}

/// Twilio's REST API when the account SID, auth token and sender are set.
fn twilio_sms(settings: &Settings) -> Option<crate::infra::messaging::TwilioSms> {
    match (&settings.twilio_account_sid, &settings.twilio_auth_token, &settings.twilio_from) {
        (Some(sid), Some(token), Some(from)) => {
            crate::infra::messaging::TwilioSms::new(&settings.twilio_api_url, sid, token.clone(), from)
                .map_err(|e| tracing::error!(error = %e, "RECLAMO_TWILIO_* unusable: texts stay queued"))
                .ok()
        }
        _ => None,
    }
}

/// The outbox sender from the configuration: Twilio when the account SID, auth token and sender
/// are set; SMTP when `RECLAMO_SMTP_URL` is. A provider that cannot be set up is logged (by
/// setting name only) and left off.
fn outbox_service(
    settings: &Settings,
    sms: Option<crate::infra::messaging::TwilioSms>,
    db: Db,
    master: std::sync::Arc<crate::infra::crypto::MasterKey>,
    phone: crate::services::phone::PhoneService,
) -> crate::services::outbox::OutboxService {
    use crate::infra::messaging::Smtp;
    let mail = settings.smtp_url.as_ref().and_then(|url| {
        Smtp::new(url.expose(), &settings.smtp_from)
            .map_err(|e| tracing::error!(error = %e, "RECLAMO_SMTP_URL unusable: e-mail stays queued"))
            .ok()
    });
    let public_url = settings.public_url.clone().unwrap_or_else(|| format!("http://{}", settings.site_addr));
    let delivery = crate::services::outbox::Delivery {
        sms,
        mail,
        words: std::sync::Arc::new(crate::web::render::outbox_words),
        public_url,
    };
    crate::services::outbox::OutboxService::new(
        db,
        master,
        phone,
        delivery,
        crate::services::outbox::SendPolicy::default(),
    )
}

/// The services the hourly jobs use.
#[derive(Clone)]
struct Jobs {
    cases: crate::services::cases::CaseService,
    auth: crate::services::auth::AuthService,
    intake: crate::services::intake::IntakeService,
    db: Db,
    anchor_key: [u8; 32],
    anchor_file: std::path::PathBuf,
    master: std::sync::Arc<crate::infra::crypto::MasterKey>,
}

/// Logs a job's outcome: how many rows it touched, or why it failed.
fn job_done<N: PartialEq + Default + std::fmt::Display, E: std::fmt::Display>(what: &str, outcome: Result<N, E>) {
    match outcome {
        Ok(n) if n == N::default() => {}
        Ok(n) => tracing::info!(rows = %n, "{what}"),
        Err(e) => tracing::error!(error = %e, "{what}: failed"),
    }
}

/// Every hour (the first run a minute after start): remind supervisors of overdue first contacts,
/// send the notices of flagged complaints held back by the hourly batch, carry out the disposals
/// two people approved, purge what has expired (sessions, spent sign-in failures, idempotency
/// records), and anchor the audit chain's head outside the database.
async fn hourly_jobs(jobs: Jobs) {
    tokio::time::sleep(Duration::from_secs(60)).await;
    let mut every = tokio::time::interval(Duration::from_secs(3600));
    loop {
        every.tick().await;
        let now = chrono::Utc::now();
        // A rotation elsewhere: wrap new data keys with the new key from now on.
        job_done("master key file re-read", jobs.master.reload().map(|()| 0u8));
        job_done("reminded supervisors of overdue first contacts", jobs.cases.remind_overdue_first_contacts(now).await);
        job_done("sent the notices of flagged complaints held back", jobs.cases.flush_flag_notices(now).await);
        job_done("approved disposals carried out", jobs.cases.carry_out_disposals(now).await);
        job_done("expired sessions and sign-in failures purged", jobs.auth.purge_expired(now).await);
        job_done("expired idempotency records removed", jobs.intake.expire_idempotency(now).await);
        let anchored = crate::infra::audit::anchor(&jobs.db, &jobs.anchor_key, &jobs.anchor_file, now).await;
        job_done("audit chain anchored", anchored.map(|a| a.count));
    }
}

/// `cargo leptos build` with `hash-files` writes `hash.txt` beside the binary; Leptos then links the
/// hashed asset names (and panics if the file is missing, so only claim hashing when it is there).
fn hash_file_present() -> bool {
    std::env::current_exe().ok().and_then(|exe| exe.parent().map(|d| d.join("hash.txt").is_file())).unwrap_or(false)
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
    tracing::info!("shutting down");
}
