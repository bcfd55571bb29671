//! Queue benchmark behind issue 6's budget (run with `scripts/bench.sh queue`): seeds N cases
//! (`BENCH_CASES`, default 100,000) with `reclamo demo --cases`'s generator, on SQLite and on
//! PostgreSQL, starts the real server, and times the queue page (`/staff/cases`, rendered) and
//! the API list (`/api/v1/cases`) with each filter, over HTTP on loopback (so the figures
//! include HTTP and rendering: an upper bound of server time), plus the service call alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use reclamo_server::infra::{config::Settings, crypto::MasterKey, db};
use reclamo_server::services::auth::{Actor, AuthPolicy, AuthService, Role, SystemClock};
use reclamo_server::services::cases::{CaseService, queue::Filter};
use reclamo_server::startup::Application;
use sea_orm::{ConnectionTrait, Database};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1e3;
    println!("  {name:<52} p50={:>7.2} ms  p99={:>7.2} ms", p(0.5), p(0.99));
}

async fn run(label: &str, mut settings: Settings, n: usize) {
    println!("{label}: {n} cases");
    let dir = tempfile::tempdir().unwrap();
    settings.data_dir = dir.path().to_path_buf();
    settings.site_addr = "127.0.0.1:0".parse().unwrap();
    let conn = db::connect(&settings).await.unwrap();
    db::migrate(&conn).await.unwrap();
    let master = Arc::new(MasterKey::load_or_create(&settings.effective_master_key_file()).unwrap());
    let auth = AuthService::new(conn.clone(), Arc::new(SystemClock), AuthPolicy::default());
    let pw = "correct horse battery staple";
    let inv = auth.add_user(None, "bench-inv@denvergov.org", "investigator", None, None, pw).await.unwrap();
    for i in 0..4 {
        auth.add_user(None, &format!("inv{i}@denvergov.org"), "investigator", None, None, pw).await.unwrap();
    }
    let t = Instant::now();
    reclamo_server::services::demo::seed_bulk(&conn, master.clone(), n).await.unwrap();
    println!("  seeded in {:.1} s", t.elapsed().as_secs_f64());
    // Fresh planner statistics, as a long-running database has.
    conn.execute_unprepared("ANALYZE").await.unwrap();

    // Service level, as a supervisor (sees everything) and as an investigator.
    let cases = CaseService::new(conn.clone(), master.clone());
    let sup = Actor {
        user_id: inv,
        email: "bench-sup".into(),
        role: Role::Supervisor,
        organisation_id: None,
        organisation: None,
        two_factor_enabled: true,
        two_factor_pending: false,
    };
    let employer_id: i64 = cases.list(&sup, &Filter::default()).await.unwrap().cases[0].employer.id.unwrap();
    let filters: Vec<(&str, Filter)> = vec![
        ("default (open, urgent first)", Filter::default()),
        ("status=investigating", Filter { status: Some("investigating".into()), ..Default::default() }),
        ("flag=retaliation", Filter { flag: Some("retaliation".into()), ..Default::default() }),
        ("assignee=none", Filter { assignee: Some("none".into()), ..Default::default() }),
        ("language=vi", Filter { language: Some("vi".into()), ..Default::default() }),
        ("violation=tips", Filter { violation: Some("tips".into()), ..Default::default() }),
        ("employer=<id>", Filter { employer: Some(employer_id), status: Some("all".into()), ..Default::default() }),
        ("q=<employer name>", Filter { q: Some("Bench Employer 0042".into()), ..Default::default() }),
        ("q=<narrative word> (blind index)", Filter { q: Some("propinas".into()), ..Default::default() }),
        (
            "from/to (one month)",
            Filter {
                from: chrono::NaiveDate::from_ymd_opt(2025, 3, 1),
                to: chrono::NaiveDate::from_ymd_opt(2025, 3, 31),
                status: Some("all".into()),
                ..Default::default()
            },
        ),
    ];
    for (name, f) in &filters {
        let mut times = vec![];
        for _ in 0..60 {
            let t = Instant::now();
            cases.list(&sup, f).await.unwrap();
            times.push(t.elapsed());
        }
        report(&format!("service list (supervisor) {name}"), times);
    }
    // Page 200 (10,000 rows deep) costs what page 1 costs.
    let mut cursor = None;
    for _ in 0..200 {
        let page = cases.list(&sup, &Filter { cursor: cursor.clone(), ..Default::default() }).await.unwrap();
        cursor = page.next_cursor;
    }
    let mut times = vec![];
    for _ in 0..60 {
        let t = Instant::now();
        cases.list(&sup, &Filter { cursor: cursor.clone(), ..Default::default() }).await.unwrap();
        times.push(t.elapsed());
    }
    report("service list (supervisor) page 201", times);

    // Over HTTP as an investigator (unassigned + their own).
    let app = Application::build(settings).await.unwrap();
    let base = format!("http://{}", app.addr());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    let client = reqwest::Client::new();
    let res = client
        .post(format!("{base}/api/v1/session"))
        .json(&serde_json::json!({"email": "bench-inv@denvergov.org", "password": pw}))
        .send()
        .await
        .unwrap();
    let cookie = res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    for (name, path) in [
        ("GET /staff/cases (page, rendered)", "/staff/cases".to_owned()),
        ("GET /staff/cases?flag=retaliation", "/staff/cases?flag=retaliation".to_owned()),
        ("GET /api/v1/cases", "/api/v1/cases".to_owned()),
        ("GET /api/v1/cases?status=triage&language=es", "/api/v1/cases?status=triage&language=es".to_owned()),
        ("GET /api/v1/cases?violation=overtime", "/api/v1/cases?violation=overtime".to_owned()),
        ("GET /api/v1/cases?q=kitchen", "/api/v1/cases?q=kitchen".to_owned()),
        ("GET /api/v1/cases?employer=<id>", format!("/api/v1/cases?employer={employer_id}&status=all")),
    ] {
        let mut times = vec![];
        for _ in 0..60 {
            let t = Instant::now();
            let res = client.get(format!("{base}{path}")).header("cookie", &cookie).send().await.unwrap();
            assert!(res.status().is_success(), "{path}: {}", res.status());
            res.bytes().await.unwrap();
            times.push(t.elapsed());
        }
        report(name, times);
    }
    let _ = tx.send(());
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("BENCH_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    // BENCH_DB=sqlite or postgres runs one database only.
    let only = std::env::var("BENCH_DB").unwrap_or_default();
    if only != "postgres" {
        run("SQLite", Settings::defaults(), n).await;
    }
    if only == "sqlite" {
        return;
    }
    let admin = std::env::var("RECLAMO_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    if let Ok(adm) = Database::connect(&admin).await {
        let name = format!("reclamo_qbench_{}", std::process::id());
        adm.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.unwrap();
        let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap();
        let mut s = Settings::defaults();
        s.database_url = Some(format!("{base}/{name}"));
        run("PostgreSQL", s, n).await;
        adm.execute_unprepared(&format!("DROP DATABASE \"{name}\" WITH (FORCE)")).await.unwrap();
    } else {
        println!("PostgreSQL not reachable: skipped");
    }
}
