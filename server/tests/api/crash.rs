//! Crash safety (#14): the server is killed with SIGKILL at random moments while complaints are
//! filed concurrently, and restarted. Every complaint that was answered 201 must be there and
//! decrypt (its status check answers with the codes the worker got), nothing half-written may be
//! visible (no complaint without its key, no key without its complaint), and SQLite's
//! `integrity_check` must pass. The test suite runs a few rounds (`RECLAMO_CRASH_ROUNDS`, default
//! 4); `scripts/crash-bench.sh` runs 200.

use rand::Rng;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Starts `reclamo serve` on a free port over the data directory; returns it and its base URL.
fn start(dir: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_reclamo"))
        .arg("serve")
        .env("RECLAMO_DATA_DIR", dir)
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("LEPTOS_SITE_ROOT", dir.join("site"))
        .env("RECLAMO_INTAKE_LIMIT", "0")
        .env("RECLAMO_STATUS_LIMIT", "0")
        .env("RUST_LOG", "warn")
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start reclamo");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = std::io::BufReader::new(stdout).lines();
    let base = loop {
        let line = lines.next().expect("the server printed its address").expect("read stdout");
        if let Some(url) = line.strip_prefix("reclamo: listening on ") {
            break url.trim().to_owned();
        }
    };
    // Keep draining stdout so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (child, base)
}

#[tokio::test]
async fn a_killed_server_loses_no_acknowledged_complaint() {
    let rounds: usize = std::env::var("RECLAMO_CRASH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(4);
    let dir = tempfile::tempdir().unwrap();
    let acknowledged: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(10)).build().unwrap();
    let body = crate::complaints::sample("Me deben tres semanas de sueldo.");
    let mut refused = 0usize;
    for _ in 0..rounds {
        let (mut child, base) = start(dir.path());
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..6)
            .map(|_| {
                let (client, base, body, stop, acked) =
                    (client.clone(), base.clone(), body.clone(), stop.clone(), acknowledged.clone());
                tokio::spawn(async move {
                    let mut failures = 0usize;
                    while !stop.load(Ordering::Relaxed) {
                        match client.post(format!("{base}/api/v1/complaints")).json(&body).send().await {
                            Ok(res) if res.status() == 201 => {
                                // The 201 arrived: from here the complaint must survive.
                                if let Ok(v) = res.json::<serde_json::Value>().await {
                                    let codes = (v["tracking_code"].as_str(), v["access_code"].as_str());
                                    if let (Some(t), Some(a)) = codes {
                                        acked.lock().unwrap().push((t.to_owned(), a.to_owned()));
                                    }
                                }
                            }
                            // The kill cut the request: no promise was made.
                            _ => failures += 1,
                        }
                    }
                    failures
                })
            })
            .collect();
        let wait = rand::thread_rng().gen_range(150..700);
        tokio::time::sleep(std::time::Duration::from_millis(wait)).await;
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        for w in workers {
            refused += w.await.unwrap();
        }
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(!acknowledged.is_empty(), "complaints were filed between the kills");

    // Restarted: every acknowledged complaint is there and opens with the worker's codes.
    let (mut child, base) = start(dir.path());
    for (tracking, access) in &acknowledged {
        let res = client
            .post(format!("{base}/api/v1/complaints/{tracking}/status"))
            .json(&serde_json::json!({"access_code": access}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "complaint {tracking} was acknowledged and is gone");
    }
    child.kill().unwrap();
    child.wait().unwrap();

    // Nothing half-written, and the file is sound.
    use sea_orm::ConnectionTrait;
    let mut settings = reclamo_server::infra::config::Settings::defaults();
    settings.data_dir = dir.path().to_path_buf();
    let db = reclamo_server::infra::db::connect(&settings).await.unwrap();
    let one = |sql: &'static str| {
        let db = db.clone();
        async move {
            let row = db
                .query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Sqlite, sql))
                .await
                .unwrap()
                .unwrap();
            row.try_get_by_index::<String>(0)
                .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
                .unwrap()
        }
    };
    assert_eq!(one("PRAGMA integrity_check").await, "ok");
    assert_eq!(
        one("SELECT COUNT(*) FROM complaint c WHERE NOT EXISTS (SELECT 1 FROM complaint_key k WHERE k.complaint_id = c.id)")
            .await,
        "0",
        "a complaint without its key"
    );
    assert_eq!(
        one("SELECT COUNT(*) FROM complaint_key k WHERE NOT EXISTS (SELECT 1 FROM complaint c WHERE c.id = k.complaint_id)")
            .await,
        "0",
        "a key without its complaint"
    );
    let total: usize = one("SELECT COUNT(*) FROM complaint").await.parse().unwrap();
    assert!(total >= acknowledged.len());
    println!("CRASH rounds={rounds} acknowledged={} stored={total} cut_requests={refused}", acknowledged.len());
}

/// A kill in the middle of `reclamo dispose` leaves every case either disposed whole (no key, no
/// sealed value) or untouched (key and sealed values in place), and the next run finishes the
/// batch. `RECLAMO_CRASH_ROUNDS` sets the rounds here too (default 1).
#[tokio::test]
async fn a_kill_during_disposal_leaves_each_case_whole_or_disposed() {
    use reclamo_server::services::auth::{Actor, Role};
    use reclamo_shared::complaint::{Channel, ComplaintInput};
    use sea_orm::{ConnectionTrait, EntityTrait, sea_query::Expr};
    let rounds: usize =
        std::env::var("RECLAMO_CRASH_ROUNDS").ok().and_then(|v| v.parse::<usize>().ok()).map_or(1, |n| n.div_ceil(20));
    for _ in 0..rounds {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = reclamo_server::infra::config::Settings::defaults();
        settings.data_dir = dir.path().to_path_buf();
        let db = reclamo_server::infra::db::connect(&settings).await.unwrap();
        let master =
            Arc::new(reclamo_server::startup::migrate(&db, &settings.effective_master_key_file()).await.unwrap());
        let intake = reclamo_server::services::intake::IntakeService::new(db.clone(), master.clone());
        let input: ComplaintInput = serde_json::from_value(crate::complaints::sample("Me deben dinero.")).unwrap();
        let n = 40;
        for _ in 0..n {
            let complaint = input.parse(|_| true, chrono::Utc::now().date_naive()).unwrap();
            intake.submit(complaint, Channel::Api, None, None).await.unwrap();
        }
        use reclamo_server::infra::entities::complaint;
        complaint::Entity::update_many()
            .col_expr(complaint::Column::Status, Expr::value("closed"))
            .col_expr(complaint::Column::ClosedAt, Expr::value(chrono::Utc::now() - chrono::Duration::days(400)))
            .exec(&db)
            .await
            .unwrap();
        let actor = |id: i64, email: &str, role: Role| Actor {
            user_id: id,
            email: email.into(),
            role,
            organisation_id: None,
            organisation: None,
            two_factor_enabled: true,
            two_factor_pending: false,
        };
        let cases = reclamo_server::services::cases::CaseService::new(db.clone(), master.clone());
        let batch =
            cases.propose_disposal(&actor(1, "sup@x.example", Role::Supervisor), chrono::Utc::now()).await.unwrap();
        assert_eq!(batch.case_ids.len(), n);
        cases.approve_disposal(&actor(2, "admin@x.example", Role::Admin), batch.id).await.unwrap();
        drop(cases);
        drop(db);

        let dispose = || {
            Command::new(env!("CARGO_BIN_EXE_reclamo"))
                .arg("dispose")
                .env("RECLAMO_DATA_DIR", dir.path())
                .env_remove("DATABASE_URL")
                .env("RUST_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        };
        let mut child = dispose();
        std::thread::sleep(std::time::Duration::from_millis(rand::thread_rng().gen_range(20..400)));
        let _ = child.kill();
        child.wait().unwrap();

        // Whole or disposed, case by case.
        let db = reclamo_server::infra::db::connect(&settings).await.unwrap();
        let count = |sql: String| {
            let db = db.clone();
            async move {
                db.query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Sqlite, sql))
                    .await
                    .unwrap()
                    .unwrap()
                    .try_get_by_index::<i64>(0)
                    .unwrap()
            }
        };
        let half = count(
            "SELECT COUNT(*) FROM complaint c WHERE (c.disposed_at IS NULL) <> \
             (EXISTS (SELECT 1 FROM complaint_key k WHERE k.complaint_id = c.id)) \
             OR (c.disposed_at IS NOT NULL AND (c.narrative_ct IS NOT NULL OR c.contact_ct IS NOT NULL OR c.facts_ct IS NOT NULL)) \
             OR (c.disposed_at IS NULL AND c.facts_ct IS NULL)"
                .into(),
        )
        .await;
        assert_eq!(half, 0, "a case half disposed after the kill");
        let done_before = count("SELECT COUNT(*) FROM complaint WHERE disposed_at IS NOT NULL".into()).await;
        let cases = reclamo_server::services::cases::CaseService::new(db.clone(), master.clone());
        let (opened, failed) = cases.verify_sealed().await.unwrap();
        assert!(failed.is_empty() && opened as i64 == n as i64 - done_before, "{opened} open, {failed:?} failed");
        drop(cases);
        drop(db);

        // The next run finishes the batch.
        assert!(dispose().wait().unwrap().success());
        let db = reclamo_server::infra::db::connect(&settings).await.unwrap();
        let left = db
            .query_one_raw(sea_orm::Statement::from_string(
                sea_orm::DbBackend::Sqlite,
                "SELECT COUNT(*) FROM complaint_key",
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get_by_index::<i64>(0)
            .unwrap();
        assert_eq!(left, 0);
        let ok = db
            .query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Sqlite, "PRAGMA integrity_check"))
            .await
            .unwrap()
            .unwrap()
            .try_get_by_index::<String>(0)
            .unwrap();
        assert_eq!(ok, "ok");
        println!("CRASH disposal: {done_before} of {n} disposed when killed, the rest on the next run");
    }
}
