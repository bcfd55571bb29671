//! Benchmarks behind the figures in the issue notes (run with `scripts/bench.sh`):
//! server time to accept a complaint (validation, encryption, argon2, one transaction) on SQLite
//! and PostgreSQL, and receipt PDF size and render time in Chinese and Amharic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use reclamo_server::infra::{config::Settings, crypto::MasterKey, db};
use reclamo_server::services::intake::IntakeService;
use reclamo_shared::complaint::{Channel, ComplaintInput, EmployerInput, RetaliationInput};
use sea_orm::{ConnectionTrait, Database};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "{name:<44} n={:<4} p50={:>8.2} ms  p99={:>8.2} ms  max={:>8.2} ms",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
}

fn complaint(i: usize) -> reclamo_shared::complaint::NewComplaint {
    let narrative = "El patrón no me pagó las horas extra durante tres meses y cuando le reclamé me dijo que iba a llamar a la migra. ".repeat(30);
    ComplaintInput {
        language: Some("es".into()),
        employer: EmployerInput { name: Some(format!("Empresa {i}")), ..Default::default() },
        violations: vec!["overtime".into(), "unpaid_wages".into()],
        retaliation: RetaliationInput { immigration_threat: Some(true), ..Default::default() },
        narrative: Some(narrative.chars().take(4000).collect()),
        ..Default::default()
    }
    .parse(|_| true, chrono::Utc::now().date_naive())
    .unwrap()
}

async fn bench_intake(label: &str, settings: Settings, n: usize) {
    let conn = db::connect(&settings).await.unwrap();
    db::migrate(&conn).await.unwrap();
    let intake = IntakeService::new(conn, Arc::new(MasterKey::generate()));
    for i in 0..5 {
        intake.submit(complaint(i), Channel::Api, None, None).await.unwrap();
    }
    let mut times = Vec::with_capacity(n);
    for i in 0..n {
        let c = complaint(i);
        let t = Instant::now();
        intake.submit(c, Channel::Api, None, None).await.unwrap();
        times.push(t.elapsed());
    }
    report(&format!("accept complaint ({label})"), times);
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("BENCH_N").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let mut s = Settings::defaults();
    s.data_dir = dir.path().to_path_buf();
    bench_intake("SQLite", s, n).await;

    let admin = std::env::var("RECLAMO_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    if let Ok(adm) = Database::connect(&admin).await {
        let name = format!("reclamo_bench_{}", std::process::id());
        adm.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.unwrap();
        let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap();
        let mut s = Settings::defaults();
        s.database_url = Some(format!("{base}/{name}"));
        bench_intake("PostgreSQL", s, n).await;
        adm.execute_unprepared(&format!("DROP DATABASE \"{name}\" WITH (FORCE)")).await.unwrap();
    } else {
        println!("PostgreSQL not reachable: skipped");
    }

    // Staff sign-in: argon2id hash time and login throughput on this machine.
    {
        let mut times = vec![];
        for _ in 0..20 {
            let t = Instant::now();
            reclamo_server::infra::password::hash_secret("correct horse battery staple".into()).await.unwrap();
            times.push(t.elapsed());
        }
        report("argon2id hash (m=19 MiB, t=2, p=1)", times);
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings::defaults();
        s.data_dir = dir.path().to_path_buf();
        let conn = db::connect(&s).await.unwrap();
        db::migrate(&conn).await.unwrap();
        let auth = reclamo_server::services::auth::AuthService::new(
            conn,
            Arc::new(reclamo_server::services::auth::SystemClock),
            reclamo_server::services::auth::AuthPolicy::default(),
        );
        auth.add_user(None, "bench@denvergov.org", "investigator", None, None, "correct horse battery staple")
            .await
            .unwrap();
        let n = 120;
        let t = Instant::now();
        let mut tasks = vec![];
        for i in 0..n {
            let auth = auth.clone();
            tasks.push(tokio::spawn(async move {
                auth.login(
                    "bench@denvergov.org",
                    "correct horse battery staple",
                    None,
                    &format!("10.0.{}.{}", i / 250, i % 250),
                )
                .await
                .unwrap();
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let secs = t.elapsed().as_secs_f64();
        println!("{:<44} {:>8.1} logins/s ({n} logins, SQLite, 2 cores)", "login throughput", n as f64 / secs);
    }

    // Retaliation screening of a 4,000-character narrative (median of many runs).
    for (lang, text) in [
        (
            "es",
            "El patrón no me pagó las horas extra durante tres meses y cuando le reclamé me dijo que iba a llamar a la migra. ",
        ),
        ("zh-Hans", "老板三个月没给我加班费，我去要的时候他说要打电话给移民局把我遣返。"),
        ("am", "አለቃዬ ለሶስት ወር ደመወዜን አልከፈለኝም፤ ስጠይቀው ኢሚግሬሽን እደውላለሁ አለኝ። "),
    ] {
        let narrative: String = text.repeat(200).chars().take(4000).collect();
        let answers = reclamo_shared::complaint::RetaliationAnswers::default();
        let mut times = Vec::with_capacity(500);
        for _ in 0..500 {
            let t = Instant::now();
            let s = reclamo_shared::retaliation::screen(&[("narrative", &narrative)], lang, &answers);
            times.push(t.elapsed());
            assert!(s.flagged);
        }
        report(&format!("screen 4,000-char narrative ({lang})"), times);
    }

    // Receipt PDFs.
    reclamo_app::i18n::init().unwrap();
    let data = reclamo_server::infra::pdf::receipt::ReceiptData {
        tracking_grouped: "123-456-7890".into(),
        access_grouped: Some("12345-67890-12345".into()),
        filed_on: chrono::Utc::now().date_naive(),
        violations: vec![
            reclamo_shared::complaint::Violation::UnpaidWages,
            reclamo_shared::complaint::Violation::Overtime,
            reclamo_shared::complaint::Violation::Tips,
        ],
        retention_days: reclamo_shared::privacy::RETENTION_DAYS,
    };
    let t = Instant::now();
    reclamo_server::infra::pdf::fonts::fonts().unwrap();
    println!("{:<44} {:>8.2} ms (once per process)", "load fonts", t.elapsed().as_secs_f64() * 1e3);
    for lang in ["zh-Hans", "am", "ar", "vi", "en"] {
        let catalog = reclamo_app::i18n::by_code(lang).unwrap();
        let mut times = vec![];
        let mut size = 0;
        for _ in 0..20 {
            let t = Instant::now();
            let pdf = reclamo_server::infra::pdf::receipt::render(catalog, &data).unwrap();
            times.push(t.elapsed());
            size = pdf.len();
        }
        report(&format!("receipt PDF {lang} ({:.1} KiB)", size as f64 / 1024.0), times);
    }
}
