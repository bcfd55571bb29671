//! Many people at once (issue 10): 64 concurrent filers through the JSON API and the web form's
//! last step while staff read the queue and move cases. No answer may be a 5xx, and every
//! complaint that got its codes must be in the database and decrypt.

use crate::helpers::{Backend, TestApp, add_user, enrol_directly, login, spawn_app_with};
use reclamo_server::infra::crypto::MasterKey;
use reclamo_server::infra::entities::{complaint, complaint_key};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use std::collections::HashMap;

const FILERS: usize = 64;
/// Complaints each filer sends, one after the other.
const EACH: usize = 2;

fn random_form_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

fn code_in(html: &str, id: &str) -> Option<String> {
    let at = html.find(&format!("id=\"{id}\""))?;
    let start = html[at..].find('>')? + at + 1;
    let end = html[start..].find('<')? + start;
    Some(html[start..end].replace('-', ""))
}

/// Files one complaint whose narrative is `canary`; returns (HTTP status, tracking code if filed).
async fn file(app: &TestApp, canary: &str, web: bool) -> (u16, Option<String>) {
    if web {
        let fid = random_form_id();
        let pairs = [
            ("form_id", fid.as_str()),
            ("step", "5"),
            ("nav", "send"),
            ("violations", "unpaid_wages"),
            ("narrative", canary),
            ("employer.name", "Construcciones Norte"),
            ("job.pay_basis", "hour"),
            ("contact.share_name_with_employer", "no"),
        ];
        let res = app.client.post(app.url("/report/done")).form(&pairs).send().await.unwrap();
        let status = res.status().as_u16();
        let html = res.text().await.unwrap();
        (status, code_in(&html, "tracking-code"))
    } else {
        let mut body = crate::complaints::sample(canary);
        body["employer"]["name"] = json!("Limpiezas Rápidas LLC");
        let res = app.client.post(app.url("/api/v1/complaints")).json(&body).send().await.unwrap();
        let status = res.status().as_u16();
        let tracking = if status == 201 {
            res.json::<Value>().await.unwrap()["tracking_code"].as_str().map(str::to_owned)
        } else {
            None
        };
        (status, tracking)
    }
}

/// Staff work while the filers file: the queue, case pages and workflow moves with notes.
async fn staff_work(
    app: &TestApp,
    inv: &str,
    sup: &str,
    ids: &[i64],
    stop: &tokio::sync::watch::Receiver<bool>,
) -> Vec<u16> {
    let mut statuses = vec![];
    let moves = ["triage", "investigating", "triage", "investigating"];
    let mut round = 0usize;
    while !*stop.borrow() || round < 2 {
        for (i, id) in ids.iter().enumerate() {
            let r = app.client.get(app.url("/api/v1/cases?status=all")).header("cookie", sup).send().await.unwrap();
            statuses.push(r.status().as_u16());
            let r = app.client.get(app.url(&format!("/api/v1/cases/{id}"))).header("cookie", inv).send().await.unwrap();
            statuses.push(r.status().as_u16());
            let to = moves[(round + i) % moves.len()];
            let r = app
                .client
                .post(app.url(&format!("/api/v1/cases/{id}/transition")))
                .header("cookie", inv)
                .json(&json!({"to": to, "reason": format!("round {round}")}))
                .send()
                .await
                .unwrap();
            // A move the workflow refuses (409) is an answer, not a failure.
            statuses.push(r.status().as_u16());
            let r = app
                .client
                .post(app.url(&format!("/api/v1/cases/{id}/notes")))
                .header("cookie", inv)
                .json(&json!({"body": format!("note {round}"), "visible_to_worker": round.is_multiple_of(2)}))
                .send()
                .await
                .unwrap();
            statuses.push(r.status().as_u16());
        }
        round += 1;
    }
    statuses
}

async fn many_at_once(backend: Backend) {
    let Some(app) = spawn_app_with(backend, |s| s.intake_limit = 0).await else { return };
    add_user(&app, "inv@test.example", "investigator", None).await;
    add_user(&app, "sup@test.example", "supervisor", None).await;
    let inv = login(&app, "inv@test.example").await;
    let sup = login(&app, "sup@test.example").await;
    enrol_directly(&app, &sup).await;
    // Cases for staff to work, each assigned to the investigator.
    let mut ids = vec![];
    for n in 0..3 {
        let receipt = app.file_complaint(&crate::complaints::sample(&format!("caso inicial {n}"))).await;
        let t = receipt["tracking_code"].as_str().unwrap();
        let found = app.get_json(&format!("/api/v1/cases?tracking_code={t}"), &sup).await;
        let id = found["cases"][0]["id"].as_i64().unwrap();
        let r = app
            .client
            .post(app.url(&format!("/api/v1/cases/{id}/assign")))
            .header("cookie", &inv)
            .json(&json!({"assignee_email": "inv@test.example"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        ids.push(id);
    }

    let app = std::sync::Arc::new(app);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let staff = {
        let (app, inv, sup, ids, stop) = (app.clone(), inv.clone(), sup.clone(), ids.clone(), stop_rx.clone());
        tokio::spawn(async move { staff_work(&app, &inv, &sup, &ids, &stop).await })
    };
    let filers: Vec<_> = (0..FILERS)
        .map(|f| {
            let app = app.clone();
            tokio::spawn(async move {
                let mut out = vec![];
                for k in 0..EACH {
                    let canary = format!("canario-{f}-{k}-{}", uuid::Uuid::new_v4().simple());
                    let (status, tracking) = file(&app, &canary, f % 2 == 1).await;
                    out.push((status, tracking, canary));
                }
                out
            })
        })
        .collect();
    let mut filed: HashMap<String, String> = HashMap::new();
    let mut statuses = vec![];
    for f in filers {
        for (status, tracking, canary) in f.await.unwrap() {
            statuses.push(status);
            if let Some(t) = tracking {
                filed.insert(t, canary);
            }
        }
    }
    stop_tx.send(true).unwrap();
    let staff_statuses = staff.await.unwrap();

    let server_errors: Vec<_> = statuses.iter().chain(&staff_statuses).filter(|s| **s >= 500).collect();
    assert!(server_errors.is_empty(), "{backend:?}: {} answers were 5xx: {server_errors:?}", server_errors.len());
    assert!(staff_statuses.iter().all(|s| matches!(s, 200 | 201 | 204 | 409)), "{staff_statuses:?}");
    // Nothing was busy long enough to be refused here: every filer got codes.
    assert_eq!(filed.len(), FILERS * EACH, "{backend:?}: every complaint got its codes ({statuses:?})");

    // Every complaint that got its codes is stored once and decrypts to what was sent.
    let master = MasterKey::load_or_create(&app.data_dir.path().join("data").join("master.key")).unwrap();
    let rows = complaint::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), FILERS * EACH + ids.len(), "{backend:?}: one row per complaint, nothing half-written");
    for (tracking, canary) in &filed {
        let row = rows.iter().find(|r| &r.tracking_code == tracking).expect("filed complaint stored");
        let key = complaint_key::Entity::find()
            .filter(complaint_key::Column::ComplaintId.eq(row.id))
            .one(&app.db)
            .await
            .unwrap()
            .expect("case key stored");
        let dk = master.unwrap_key(&key.key_id, tracking, &key.wrapped_key).unwrap();
        let narrative = dk.open(tracking, "narrative", row.narrative_ct.as_ref().unwrap()).unwrap();
        assert_eq!(String::from_utf8(narrative).unwrap(), *canary);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_filers_and_staff_at_once_sqlite() {
    many_at_once(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_filers_and_staff_at_once_postgres() {
    many_at_once(Backend::Postgres).await;
}

/// Writes that bypass the writer fail loudly on SQLite (readers are `query_only`), and the
/// routing sends `INSERT … RETURNING` (a query) to the writer.
#[tokio::test]
async fn readers_cannot_write_and_returning_inserts_reach_the_writer() {
    use sea_orm::{ConnectionTrait, Statement};
    let app = crate::helpers::spawn_app(Backend::Sqlite).await.unwrap();
    let backend = app.db.get_database_backend();
    let err = app.db.reader().execute_unprepared("CREATE TABLE scratch (a INTEGER)").await;
    assert!(err.is_err(), "a reader connection must refuse writes");
    app.db.execute_unprepared("CREATE TABLE scratch (id INTEGER PRIMARY KEY, a INTEGER)").await.unwrap();
    let row = app
        .db
        .query_one_raw(Statement::from_string(backend, "INSERT INTO scratch (a) VALUES (7) RETURNING id"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get_by_index::<i64>(0).unwrap(), 1);
}

/// While something else holds SQLite's writer past the bounded wait, every door answers 503 with
/// `Retry-After` and its message in the caller's language, the web form keeps what was typed, and
/// nothing at all is written (no complaint, no move, no audit entry).
#[tokio::test]
async fn a_database_busy_past_the_wait_answers_503_and_writes_nothing() {
    use sea_orm::{ConnectionTrait, Statement, TransactionTrait};
    let app = crate::helpers::spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@test.example", "investigator", None).await;
    let inv = login(&app, "inv@test.example").await;
    let receipt = app.file_complaint(&crate::complaints::sample("primera queja")).await;
    let t = receipt["tracking_code"].as_str().unwrap();
    let id = app.get_json(&format!("/api/v1/cases?tracking_code={t}"), &inv).await["cases"][0]["id"].as_i64().unwrap();
    let count = |sql: &'static str| {
        let db = app.db.clone();
        async move {
            let row = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap();
            row.try_get_by_index::<i64>(0).unwrap()
        }
    };
    let r = app
        .client
        .post(app.url(&format!("/api/v1/cases/{id}/assign")))
        .header("cookie", &inv)
        .json(&json!({"assignee_email": "inv@test.example"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let audit_before = count("SELECT COUNT(*) FROM audit_log").await;

    // Another writer holds the write lock (as a long disposal batch or a CLI import would).
    let hold = app.db.begin().await.unwrap();
    let busy = |res: &reqwest::Response| {
        assert_eq!(res.status(), 503);
        let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!(retry >= 1);
    };
    let res = app
        .client
        .post(app.url("/api/v1/complaints"))
        .header("accept-language", "es")
        .json(&crate::complaints::sample("segunda queja"))
        .send()
        .await
        .unwrap();
    busy(&res);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "busy");
    assert!(v["error"]["message"].as_str().unwrap().starts_with("Muchas personas"), "{v}");

    let typed = "Me deben tres semanas de trabajo";
    let fid = random_form_id();
    let res = app
        .client
        .post(app.url("/report/done"))
        .header("cookie", "reclamo_lang=es")
        .form(&[
            ("form_id", fid.as_str()),
            ("step", "5"),
            ("nav", "send"),
            ("violations", "unpaid_wages"),
            ("narrative", typed),
            ("employer.name", "Construcciones Norte"),
        ])
        .send()
        .await
        .unwrap();
    busy(&res);
    let html = res.text().await.unwrap();
    assert!(html.contains("Muchas personas están usando Reclamo"), "the page says so in Spanish");
    assert!(html.contains(typed), "what was typed is kept");

    let res = app
        .client
        .post(app.url(&format!("/api/v1/cases/{id}/transition")))
        .header("cookie", &inv)
        .json(&json!({"to": "triage", "reason": "Leída"}))
        .send()
        .await
        .unwrap();
    busy(&res);
    hold.rollback().await.unwrap();

    assert_eq!(count("SELECT COUNT(*) FROM complaint").await, 1, "no complaint half-filed");
    assert_eq!(count("SELECT COUNT(*) FROM complaint WHERE status = 'received'").await, 1, "the case did not move");
    assert_eq!(count("SELECT COUNT(*) FROM audit_log").await, audit_before, "no audit entry for what did not happen");
    // Once the writer is free, the same form is accepted (same form id: one complaint).
    let res = app
        .client
        .post(app.url("/report/done"))
        .form(&[
            ("form_id", fid.as_str()),
            ("step", "5"),
            ("nav", "send"),
            ("violations", "unpaid_wages"),
            ("narrative", typed),
            ("employer.name", "Construcciones Norte"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(code_in(&res.text().await.unwrap(), "tracking-code").is_some());
}
