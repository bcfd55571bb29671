//! The `reclamo` command line.

use crate::{config::Settings, db, startup::Application, telemetry};
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
    let url = crate::config::redact_url(&settings.effective_database_url());
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
    db::migrate(&db).await?;
    println!("reclamo: migrations applied ({})", db::backend_name(&db));
    Ok(())
}
