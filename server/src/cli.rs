//! The `reclamo` command line.

use crate::infra::{config::Settings, db, telemetry};
use crate::startup::Application;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Reclamo: wage-theft complaints for Denver, in every worker's language.
#[derive(Parser, Debug)]
#[command(name = "reclamo", version, about)]
pub struct Cli {
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server (creates and migrates the database first).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Manage staff accounts.
    User {
        /// What to do.
        #[command(subcommand)]
        action: UserAction,
    },
    /// Seed realistic demo data (complaints in every language, demo staff accounts).
    Demo {
        /// Only if the database has no complaints yet (what the run script uses).
        #[arg(long)]
        if_empty: bool,
        /// Also add this many synthetic cases (for benchmarks: `--cases 100000`).
        #[arg(long)]
        cases: Option<usize>,
    },
    /// Retaliation screening.
    Screen {
        /// Re-run the current rules over every open case and report what changed (human
        /// reviews are kept).
        #[arg(long)]
        recheck: bool,
        /// Only report; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Carry out the disposals two people approved (crypto-shredding: see `/privacy`); the server
    /// also runs this every hour.
    Dispose,
    /// Write an encrypted backup of the database to FILE (SQLite: `VACUUM INTO`; PostgreSQL:
    /// `pg_dump`), sealed with a subkey of the master key.
    Backup {
        /// Where to write it.
        file: std::path::PathBuf,
    },
    /// Restore FILE into an empty data directory (or empty PostgreSQL database) with the master key
    /// in place, dispose again every case the disposal log names, and check every case opens.
    Restore {
        /// The backup.
        file: std::path::PathBuf,
    },
    /// The master key file.
    Keys {
        /// What to do.
        #[command(subcommand)]
        action: KeyAction,
    },
    /// The audit log.
    Audit {
        /// What to do.
        #[command(subcommand)]
        action: AuditAction,
    },
}

/// `reclamo user ...`
#[derive(Subcommand, Debug)]
pub enum UserAction {
    /// Add a user; the password is read from standard input (one line).
    Add {
        /// Work email.
        #[arg(long)]
        email: String,
        /// investigator, supervisor, advocate or admin.
        #[arg(long)]
        role: String,
        /// Display name.
        #[arg(long)]
        name: Option<String>,
        /// Organisation (required for advocates; created if new).
        #[arg(long)]
        org: Option<String>,
    },
    /// List users.
    List,
    /// Disable a user and end their sessions.
    Disable {
        /// Work email.
        email: String,
    },
}

/// `reclamo audit ...`
#[derive(Subcommand, Debug)]
pub enum AuditAction {
    /// Re-walk the hash chain and check it against the last signed anchor; exits non-zero at the
    /// first broken link, or when entries were cut or rewritten since the anchor.
    Verify,
    /// Append the chain's signed head to the anchor file (`RECLAMO_AUDIT_ANCHOR_FILE`); the server
    /// also does this every hour.
    Anchor,
}

/// `reclamo keys ...`
#[derive(Subcommand, Debug)]
pub enum KeyAction {
    /// Add a new master key, make it current and re-wrap every complaint's data key under it
    /// (servers keep running: they pick the new key up when they meet it, and every hour).
    Rotate,
    /// Once every server runs with the new key (an hour after `rotate`, or after a restart):
    /// re-wrap what was wrapped with the old key meanwhile, and drop the old keys from the file.
    Retire,
}

/// Parses the command line and runs it.
pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    let settings = match Settings::from_env() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("reclamo: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Migrate => migrate(settings).await,
        Command::User { action } => user(settings, action).await,
        Command::Demo { if_empty, cases } => demo(settings, if_empty, cases).await,
        Command::Audit { action: AuditAction::Verify } => audit_verify(settings).await,
        Command::Audit { action: AuditAction::Anchor } => audit_anchor(settings).await,
        Command::Screen { recheck, dry_run } => screen(settings, recheck, dry_run).await,
        Command::Dispose => dispose(settings).await,
        Command::Keys { action } => keys(settings, action).await,
        Command::Backup { file } => backup(settings, &file).await,
        Command::Restore { file } => restore(settings, &file).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reclamo: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let url = crate::infra::config::redact_url(&settings.effective_database_url());
    let site_root = settings.site_root.display().to_string();
    let app = Application::build(settings).await?;
    println!("reclamo: listening on http://{}", app.addr());
    println!("reclamo: database {} ({url})", db::backend_name(app.db()));
    println!("reclamo: site files from {site_root}");
    app.run_until(crate::startup::shutdown_signal()).await;
    Ok(())
}

async fn migrate(settings: Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings).await?;
    crate::startup::migrate(&db, &settings.effective_master_key_file()).await?;
    println!("reclamo: migrations applied ({})", db::backend_name(&db));
    Ok(())
}

async fn open_db(settings: &Settings) -> anyhow::Result<crate::infra::db::Db> {
    let db = db::connect(settings).await?;
    crate::startup::migrate(&db, &settings.effective_master_key_file()).await?;
    Ok(db)
}

async fn user(settings: Settings, action: UserAction) -> anyhow::Result<()> {
    use crate::services::auth::{AuthPolicy, AuthService, SystemClock};
    let db = open_db(&settings).await?;
    let auth = AuthService::new(db, std::sync::Arc::new(SystemClock), AuthPolicy::default());
    match action {
        UserAction::Add { email, role, name, org } => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            let password = line.trim_end_matches(['\r', '\n']);
            auth.add_user(None, &email, &role, name.as_deref(), org.as_deref(), password).await?;
            println!("reclamo: user {} added ({role})", email.trim().to_lowercase());
        }
        UserAction::List => {
            for u in auth.list_users().await? {
                let state = if u.disabled { "disabled" } else { "active" };
                println!("{}\t{}\t{}\t{state}", u.email, u.role, u.organisation.unwrap_or_default());
            }
        }
        UserAction::Disable { email } => {
            auth.disable_user(None, &email).await?;
            println!("reclamo: user {} disabled", email.trim().to_lowercase());
        }
    }
    Ok(())
}

async fn audit_verify(settings: Settings) -> anyhow::Result<()> {
    use crate::infra::audit::{AnchorCheck, Verification};
    let db = db::connect(&settings).await?;
    let master = crate::startup::migrate(&db, &settings.effective_master_key_file()).await?;
    match crate::infra::audit::verify(&db).await? {
        Verification::Intact(n) => println!("reclamo: audit chain intact ({n} entries)"),
        Verification::BrokenAt(id) => anyhow::bail!("audit chain broken at entry {id}"),
    }
    let key = master.subkey(crate::infra::audit::ANCHOR_KEY_PURPOSE);
    match crate::infra::audit::check_anchor(&db, &key, &settings.effective_audit_anchor_file()).await? {
        AnchorCheck::NoAnchor => println!("reclamo: no anchor yet (run `reclamo audit anchor`)"),
        AnchorCheck::Holds(a) => println!("reclamo: anchor of {} holds ({} entries then)", a.at, a.count),
        AnchorCheck::Truncated { anchor, now } => anyhow::bail!(
            "audit log truncated: the anchor of {} saw {} entries up to entry {}; the log now holds {now}",
            anchor.at,
            anchor.count,
            anchor.last_id
        ),
        AnchorCheck::Rewritten(a) => {
            anyhow::bail!("audit log rewritten: entry {} no longer has the hash anchored on {}", a.last_id, a.at)
        }
    }
    Ok(())
}

async fn audit_anchor(settings: Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings).await?;
    let master = crate::startup::migrate(&db, &settings.effective_master_key_file()).await?;
    let key = master.subkey(crate::infra::audit::ANCHOR_KEY_PURPOSE);
    let file = settings.effective_audit_anchor_file();
    let a = crate::infra::audit::anchor(&db, &key, &file, chrono::Utc::now()).await?;
    println!("reclamo: anchored {} entries up to entry {} in {}", a.count, a.last_id, file.display());
    Ok(())
}

async fn screen(settings: Settings, recheck: bool, dry_run: bool) -> anyhow::Result<()> {
    if !recheck {
        anyhow::bail!("nothing to do: use `reclamo screen --recheck [--dry-run]`");
    }
    let db = open_db(&settings).await?;
    let master =
        std::sync::Arc::new(crate::startup::load_master_key(&db, &settings.effective_master_key_file()).await?);
    let cases = crate::services::cases::CaseService::new(db, master);
    let (total, changes) = cases.rescreen(!dry_run).await?;
    for c in &changes {
        // Which kinds is sealed personal data: the operator sees how many, the case page which.
        println!(
            "case {}: {} -> {} retaliation kinds, priority {} -> {}",
            c.id,
            c.before.len(),
            c.after.len(),
            c.priority.0,
            c.priority.1
        );
    }
    let verb = if dry_run { "would change" } else { "changed" };
    println!("reclamo: {total} open cases re-screened, {} {verb}", changes.len());
    Ok(())
}

async fn dispose(settings: Settings) -> anyhow::Result<()> {
    let db = db::connect(&settings).await?;
    let master = std::sync::Arc::new(crate::startup::migrate(&db, &settings.effective_master_key_file()).await?);
    let cases = crate::services::cases::CaseService::new(db, master)
        .with_retention_days(settings.retention_days)
        .with_disposal_log(settings.effective_disposal_log_file());
    let n = cases.carry_out_disposals(chrono::Utc::now()).await?;
    println!("reclamo: {n} cases disposed");
    Ok(())
}

async fn keys(settings: Settings, action: KeyAction) -> anyhow::Result<()> {
    let db = db::connect(&settings).await?;
    let path = settings.effective_master_key_file();
    crate::startup::migrate(&db, &path).await?;
    match action {
        KeyAction::Rotate => {
            let (id, n) = crate::services::keys::rotate(&db, &path).await?;
            println!("reclamo: master key {id} is current; {n} data keys re-wrapped under it");
        }
        KeyAction::Retire => {
            let dropped = crate::services::keys::retire(&db, &path).await?;
            println!("reclamo: retired {} older master keys ({})", dropped.len(), dropped.join(", "));
        }
    }
    Ok(())
}

async fn backup(settings: Settings, file: &std::path::Path) -> anyhow::Result<()> {
    let db = db::connect(&settings).await?;
    let master = crate::startup::migrate(&db, &settings.effective_master_key_file()).await?;
    let bytes = crate::services::backup::backup(&settings, &db, &master, file).await?;
    println!("reclamo: encrypted backup written to {} ({bytes} bytes)", file.display());
    Ok(())
}

async fn restore(settings: Settings, file: &std::path::Path) -> anyhow::Result<()> {
    let r = crate::services::backup::restore(&settings, file).await?;
    println!("reclamo: restored; {} cases disposed again from the disposal log; {} cases open", r.replayed, r.verified);
    Ok(())
}

async fn demo(settings: Settings, if_empty: bool, cases: Option<usize>) -> anyhow::Result<()> {
    let db = open_db(&settings).await?;
    let master =
        std::sync::Arc::new(crate::startup::load_master_key(&db, &settings.effective_master_key_file()).await?);
    crate::services::demo::seed(&db, master.clone(), if_empty).await?;
    match cases {
        Some(n) if n > 0 => crate::services::demo::seed_bulk(&db, master, n).await,
        _ => Ok(()),
    }
}
