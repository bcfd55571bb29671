//! Disposal by crypto-shredding, by two people (#14): a closed case past its retention is
//! proposed by a supervisor, approved by an admin (not the proposer) and carried out; a canary
//! filed with it is then in no file under the data directory and no column of the database; the
//! tombstone remains; nothing left for the case decrypts. And every column of the real schema has
//! a class in `reclamo_shared::privacy`.

use crate::both_backends;
use crate::casework::{file, post, staff, take};
use crate::helpers::{TestApp, add_user, enrol_directly, login};
use reclamo_server::infra::entities::complaint;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement, sea_query::Expr};
use serde_json::{Value, json};

const CANARY: &str = "Zqcanary7731";

/// Every `(table, column)` of the live schema.
async fn live_columns(app: &TestApp) -> Vec<(String, String)> {
    let backend = app.db.get_database_backend();
    let sql = match backend {
        sea_orm::DbBackend::Sqlite => "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                                       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
            .to_owned(),
        _ => "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public'"
            .to_owned(),
    };
    app.db
        .query_all_raw(Statement::from_string(backend, sql))
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.try_get_by_index::<String>(0).unwrap(), r.try_get_by_index::<String>(1).unwrap()))
        .collect()
}

both_backends!(every_column_of_the_schema_has_a_class, |app| {
    let live = live_columns(&app).await;
    assert!(live.len() > 100, "read the schema: {} columns", live.len());
    let untagged: Vec<String> = live
        .iter()
        .filter(|(t, c)| reclamo_shared::privacy::class_of(t, c).is_none())
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(untagged.is_empty(), "columns without a class in shared/src/privacy.rs: {untagged:?}");
    for (t, _, cols) in reclamo_shared::privacy::SCHEMA {
        for c in *cols {
            assert!(live.iter().any(|(lt, lc)| lt == t && lc == c), "{t}.{c} is classified but not in the schema");
        }
    }
});

/// Every text or byte value of every column of the database holding `needle`.
async fn columns_holding(app: &TestApp, needle: &str) -> Vec<String> {
    let backend = app.db.get_database_backend();
    let mut found = vec![];
    for (t, c) in live_columns(app).await {
        let cast = match backend {
            sea_orm::DbBackend::Sqlite => format!("CAST(\"{c}\" AS BLOB)"),
            _ => format!("convert_to(\"{c}\"::text, 'UTF8')"),
        };
        let sql = format!("SELECT {cast} FROM \"{t}\" WHERE \"{c}\" IS NOT NULL");
        for r in app.db.query_all_raw(Statement::from_string(backend, sql)).await.unwrap() {
            let bytes: Vec<u8> = r.try_get_by_index(0).unwrap_or_default();
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(format!("{t}.{c}"));
            }
        }
    }
    found
}

/// How many values of the case's personal columns (by `reclamo_shared::privacy`) are left.
async fn sealed_left(app: &TestApp, id: i64) -> i64 {
    let mut n = 0;
    for (t, class, cols) in reclamo_shared::privacy::SCHEMA {
        if *class != reclamo_shared::privacy::DataClass::Personal || *t == "evidence_chunk" {
            continue;
        }
        let key = if *t == "complaint" { "id" } else { "complaint_id" };
        for c in *cols {
            n += app.count(format!("SELECT COUNT(*) FROM {t} WHERE {key} = {id} AND {c} IS NOT NULL")).await;
        }
    }
    n
}

both_backends!(a_closed_case_is_disposed_by_two_people_and_leaves_only_a_tombstone, |app| {
    let (inv, sup) = staff(&app).await;
    add_user(&app, "admin@test.example", "admin", None).await;
    let admin = login(&app, "admin@test.example").await;
    enrol_directly(&app, &admin).await;

    let mut body = crate::casework::complaint("Tombstone Builders LLC", &format!("Me deben dinero. {CANARY}"), true);
    body["contact"]["name"] = json!(format!("Rosa {CANARY}"));
    body["contact"]["phone"] = json!("303-555-7731");
    body["employer"]["supervisor"] = json!(format!("Jefe {CANARY}"));
    body["job"]["role"] = json!(format!("role {CANARY}"));
    let (id, tracking, access) = file(&app, &sup, body).await;
    take(&app, &inv, id).await;
    let base = format!("/api/v1/cases/{id}");
    let res = post(
        &app,
        &format!("{base}/notes"),
        &inv,
        json!({"body": format!("note {CANARY}"), "visible_to_worker": true}),
    )
    .await;
    assert_eq!(res.status(), 201);
    crate::casework::close(&app, &inv, id, "withdrawn", &format!("moving {CANARY}")).await;
    // While the case lives its personal data is sealed (in no clear column) and readable by staff.
    assert_eq!(columns_holding(&app, CANARY).await, Vec::<String>::new());
    let live = app.get_json(&base, &sup).await;
    assert!(live["narrative"].as_str().unwrap().contains(CANARY));
    assert!(live["employer"]["supervisor"].as_str().unwrap().contains(CANARY));
    assert!(sealed_left(&app, id).await > 0);

    // Closed today: nothing is due yet (365 days by default).
    let res = post(&app, "/api/v1/disposals", &sup, json!({})).await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "nothing_due");
    // An investigator may not propose.
    let res = post(&app, "/api/v1/disposals", &inv, json!({})).await;
    assert_eq!(res.status(), 403);

    // Aged past retention.
    let long_ago = chrono::Utc::now() - chrono::Duration::days(400);
    complaint::Entity::update_many()
        .col_expr(complaint::Column::ClosedAt, Expr::value(long_ago))
        .filter(complaint::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
    let res = post(&app, "/api/v1/disposals", &sup, json!({})).await;
    assert_eq!(res.status(), 201);
    let batch: Value = res.json().await.unwrap();
    assert_eq!(batch["case_ids"], json!([id]));
    let batch_id = batch["id"].as_i64().unwrap();
    // Proposed is not approved: the job does nothing.
    let cases = app.case_service();
    assert_eq!(cases.carry_out_disposals(chrono::Utc::now()).await.unwrap(), 0);
    // A second proposal does not take the same case again.
    let res = post(&app, "/api/v1/disposals", &sup, json!({})).await;
    assert_eq!(res.status(), 409);

    // Not the supervisor (not an admin), and not the proposer.
    let res = post(&app, &format!("/api/v1/disposals/{batch_id}/approve"), &sup, json!({})).await;
    assert_eq!(res.status(), 403);
    let admin_batch = post(&app, "/api/v1/disposals", &admin, json!({})).await;
    assert_eq!(admin_batch.status(), 409, "nothing else is due");
    let res = post(&app, &format!("/api/v1/disposals/{batch_id}/approve"), &admin, json!({})).await;
    assert_eq!(res.status(), 200);
    let approved: Value = res.json().await.unwrap();
    assert_eq!(approved["approved_by"], "admin@test.example");

    assert_eq!(cases.carry_out_disposals(chrono::Utc::now()).await.unwrap(), 1);
    assert_eq!(cases.carry_out_disposals(chrono::Utc::now()).await.unwrap(), 0, "carried out once");
    let list = app.get_json("/api/v1/disposals", &sup).await;
    assert_eq!(list["disposals"][0]["disposed"], 1);
    assert!(list["disposals"][0]["carried_out_at"].is_string());

    // The canary is in no column of the database...
    assert_eq!(columns_holding(&app, CANARY).await, Vec::<String>::new());
    assert_eq!(columns_holding(&app, "303-555-7731").await, Vec::<String>::new());
    assert_eq!(columns_holding(&app, "5557731").await, Vec::<String>::new());
    // ...and, on SQLite, in no file under the data directory.
    if app.db.get_database_backend() == sea_orm::DbBackend::Sqlite {
        let bytes = crate::sealed::all_bytes(&app.data_dir.path().join("data"));
        assert!(!crate::sealed::holds(&bytes, CANARY), "the canary is still in the database files");
        assert!(crate::sealed::holds(&bytes, "Tombstone Builders LLC"), "the tombstone is in the files");
    }
    // The tombstone: the case, its dates, resolution, violations and employer; nothing personal.
    let case = app.get_json(&base, &sup).await;
    assert_eq!(case["personal_data_disposed"], true, "{case}");
    assert_eq!(case["status"], "closed");
    assert_eq!(case["resolution"], "withdrawn");
    assert_eq!(case["employer"]["name"], "Tombstone Builders LLC");
    assert!(case["violations"].as_array().is_some_and(|v| !v.is_empty()));
    assert!(case["contact"].is_null() && case["narrative"].is_null());
    assert_eq!(case["retaliation"]["kinds"], json!([]));
    assert_eq!(case["notes"], json!([]));
    assert_eq!(
        app.count(format!("SELECT COUNT(*) FROM complaint_key WHERE complaint_id = {id}")).await,
        0,
        "the key is gone, so anything sealed that survived anywhere cannot be opened"
    );
    assert_eq!(sealed_left(&app, id).await, 0, "no personal column of the case holds anything");
    // The worker's status check still answers, with nothing personal.
    let status = app.worker_status(&tracking, &access).await;
    assert_eq!(status.status(), 200);
    let status: Value = status.json().await.unwrap();
    assert_eq!(status["status"], "closed");
    assert!(!status.to_string().contains(CANARY), "{status}");
    // Every step audited.
    let actions: Vec<String> = app.get_json(&format!("{base}/access-log"), &sup).await["entries"]
        .as_array()
        .map(|a| a.iter().filter_map(|e| e["action"].as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    for a in ["disposal_proposed", "disposal_approved", "disposed"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
});

#[tokio::test]
async fn the_staff_page_proposes_and_another_person_approves_without_javascript() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (inv, sup) = staff(&app).await;
    add_user(&app, "admin@test.example", "admin", None).await;
    let admin = login(&app, "admin@test.example").await;
    enrol_directly(&app, &admin).await;
    let (id, _, _) = file(&app, &sup, crate::casework::complaint("Paginas SA", "No me pagaron.", false)).await;
    take(&app, &inv, id).await;
    crate::casework::close(&app, &inv, id, "unfounded", "moving on").await;
    let form =
        |path: &str, cookie: &str| app.client.post(app.url(path)).header("cookie", cookie).form(&[("go", "1")]).send();
    // Investigators do not see the page.
    let res = app.client.get(app.url("/staff/disposals")).header("cookie", &inv).send().await.unwrap();
    assert_eq!(res.status(), 303);
    // Nothing due yet: the refusal is in words.
    let page = form("/staff/disposals", &sup).await.unwrap().text().await.unwrap();
    assert!(page.contains("nothing to dispose of"), "{page}");
    complaint::Entity::update_many()
        .col_expr(complaint::Column::ClosedAt, Expr::value(chrono::Utc::now() - chrono::Duration::days(366)))
        .filter(complaint::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
    let page = form("/staff/disposals", &sup).await.unwrap().text().await.unwrap();
    assert!(page.contains("Proposed for disposal: 1 cases"), "{page}");
    let batch = app.get_json("/api/v1/disposals", &sup).await["disposals"][0]["id"].as_i64().unwrap();
    assert!(!page.contains(&format!("/staff/disposals/{batch}/approve")), "the proposer is offered no approval");
    let page = app.page_text("/staff/disposals", &admin).await;
    assert!(page.contains("Approve disposal"), "{page}");
    let page = form(&format!("/staff/disposals/{batch}/approve"), &admin).await.unwrap().text().await.unwrap();
    assert!(page.contains("disposed of within the hour"), "{page}");
    assert_eq!(app.case_service().carry_out_disposals(chrono::Utc::now()).await.unwrap(), 1);
    assert!(app.get_json(&format!("/api/v1/cases/{id}"), &sup).await["personal_data_disposed"] == true);
}

#[tokio::test]
async fn expired_sessions_failures_and_idempotency_records_are_purged() {
    use reclamo_server::services::auth::{AuthPolicy, AuthService, SystemClock};
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@test.example", "investigator", None).await;
    let _session = login(&app, "inv@test.example").await;
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": "nobody@test.example", "password": "wrong wrong wrong"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let res = app
        .client
        .post(app.url("/api/v1/complaints"))
        .header("idempotency-key", "retry-me-0001")
        .json(&crate::complaints::sample("No me pagaron."))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let count = |sql: &'static str| app.count(sql);
    assert_eq!(count("SELECT COUNT(*) FROM staff_session").await, 1);
    assert!(count("SELECT COUNT(*) FROM login_failure").await > 0);
    assert_eq!(count("SELECT COUNT(*) FROM complaint WHERE idempotency_key IS NOT NULL").await, 1);

    let auth = AuthService::new(app.db.clone(), std::sync::Arc::new(SystemClock), AuthPolicy::default());
    let key = app.data_dir.path().join("data").join("master.key");
    let master = std::sync::Arc::new(reclamo_server::infra::crypto::MasterKey::load_or_create(&key).unwrap());
    let intake = reclamo_server::services::intake::IntakeService::new(app.db.clone(), master);
    // Not yet: the session is fresh and the key still answers retries.
    let now = chrono::Utc::now();
    assert_eq!(intake.expire_idempotency(now).await.unwrap(), 0);
    auth.purge_expired(now).await.unwrap();
    assert_eq!(count("SELECT COUNT(*) FROM staff_session").await, 1);
    // A day and more later, all of it is gone.
    let later = now + chrono::Duration::hours(25);
    assert!(auth.purge_expired(later).await.unwrap() >= 2);
    assert_eq!(count("SELECT COUNT(*) FROM staff_session").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM login_failure").await, 0);
    assert_eq!(intake.expire_idempotency(later).await.unwrap(), 1);
    assert_eq!(count("SELECT COUNT(*) FROM complaint WHERE idempotency_fingerprint IS NOT NULL").await, 0);
}
