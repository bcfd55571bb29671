//! What could stand in for a worker's status (the answers about threats, the retaliation kinds,
//! the kind of each review) and what identifies a worker at a small employer (supervisor, job)
//! is sealed with the case key: a copy of the database files shows none of it, the case page
//! still does, and a database of an older version is sealed when the new version starts.

use crate::casework::{file, post, staff, take};
use crate::helpers::{Backend, spawn_app};
use reclamo_server::infra::config::Settings;
use reclamo_server::infra::crypto::{DataKey, MasterKey};
use reclamo_server::startup::Application;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

/// Every file under `dir` (the database, its WAL and anything beside them), concatenated.
pub(crate) fn all_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(all_bytes(&path));
        } else {
            out.extend(std::fs::read(&path).unwrap_or_default());
        }
    }
    out
}

pub(crate) fn holds(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn threat_answers_kinds_supervisor_and_job_never_sit_in_clear() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (inv, sup) = staff(&app).await;
    let mut body =
        crate::casework::complaint("Obras Canarias SA", "El capataz dijo que iba a llamar a la migra.", true);
    body["retaliation"]["status_report_threat"] = json!(true);
    body["employer"]["supervisor"] = json!("Capataz Zzqsupervisor");
    body["job"]["role"] = json!("Zzqrole de limpieza");
    let (id, _, _) = file(&app, &sup, body).await;
    take(&app, &inv, id).await;
    let res = post(
        &app,
        &format!("/api/v1/cases/{id}/retaliation/review"),
        &inv,
        json!({"kind": "violence_or_intimidation", "decision": "confirmed", "instances": 1, "reason": "Text message seen"}),
    )
    .await;
    assert_eq!(res.status(), 200);

    // The case page opens all of it.
    let case = app.get_json(&format!("/api/v1/cases/{id}"), &sup).await;
    assert_eq!(case["retaliation_answers"]["immigration_threat"], true, "{case}");
    assert_eq!(case["retaliation_answers"]["status_report_threat"], true);
    assert_eq!(case["employer"]["supervisor"], "Capataz Zzqsupervisor");
    assert_eq!(case["job"]["role"], "Zzqrole de limpieza");
    assert!(case["retaliation"]["kinds"].as_array().unwrap().iter().any(|k| k == "immigration_threat"), "{case}");
    assert_eq!(case["retaliation"]["review"][0]["kind"], "violence_or_intimidation");
    assert_eq!(case["priority"], "urgent");
    // The queue keeps the marker alone.
    let queue = app.get_json("/api/v1/cases?flag=retaliation", &sup).await;
    let row = queue["cases"].as_array().unwrap().iter().find(|c| c["id"] == id).expect("in the flagged queue").clone();
    assert_eq!(row["retaliation"]["flagged"], true);
    assert_eq!(row["retaliation"]["kinds"], json!([]));

    // The files on disk: nothing of it in clear, not even the name of a kind.
    app.db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await.unwrap();
    let bytes = all_bytes(&app.data_dir.path().join("data"));
    for canary in ["Zzqsupervisor", "Zzqrole", "immigration_threat", "status_report_threat", "violence_or_intimidation"]
    {
        assert!(!holds(&bytes, canary), "{canary} is in the database files in clear");
    }
    assert!(holds(&bytes, "Obras Canarias SA"), "the scan reads the database (the employer name is in clear)");
}

#[tokio::test]
async fn an_older_database_is_sealed_when_the_new_version_starts() {
    use reclamo_migrations::{Migrator, MigratorTrait};
    let dir = tempfile::tempdir().unwrap();
    let settings = || {
        let mut s = Settings::defaults();
        s.data_dir = dir.path().join("data");
        s.site_addr = "127.0.0.1:0".parse().unwrap();
        s.site_root = dir.path().join("site");
        s
    };
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    // The schema as the version before the sealing left it, with one complaint in the clear.
    let db = reclamo_server::infra::db::connect(&settings()).await.unwrap();
    Migrator::up(db.writer(), Some(13)).await.unwrap();
    let master = MasterKey::load_or_create(&settings().effective_master_key_file()).unwrap();
    let case = "4815162342";
    let dk = DataKey::generate();
    let now = chrono::Utc::now();
    let exec = |sql: &str, values: Vec<sea_orm::Value>| {
        let db = db.clone();
        let stmt = Statement::from_sql_and_values(DbBackend::Sqlite, sql, values);
        async move { db.execute_raw(stmt).await.unwrap() }
    };
    exec(
        "INSERT INTO complaint (id, tracking_code, access_code_hash, status, priority, language, channel, filed_by, \
         anonymous, employer_name, created_at, updated_at, sort_key, ret_immigration_threat, ret_fired, \
         retaliation_kinds, employer_supervisor, job_role) \
         VALUES (7, ?, '!', 'received', 'urgent', 'es', 'web', 'worker', 0, 'Old SA', ?, ?, '', 1, 0, \
         'immigration_threat', 'Zzqoldsupervisor', 'Zzqoldrole')",
        vec![case.into(), now.into(), now.into()],
    )
    .await;
    exec("INSERT INTO complaint_key (complaint_id, key_id, wrapped_key) VALUES (7, ?, ?)", {
        let (id, wrapped) = master.wrap(case, &dk);
        vec![id.into(), wrapped.into()]
    })
    .await;
    exec(
        "INSERT INTO retaliation_review (complaint_id, kind, decision, instances, reason_ct, reviewer_email, at) \
         VALUES (7, 'immigration_threat', 'confirmed', 2, ?, 'sup@test.example', ?)",
        vec![dk.seal(case, "review", b"seen").into(), now.into()],
    )
    .await;
    drop(db);

    let app = Application::build(settings()).await.expect("the new version starts on the old database");
    let db = app.db().clone();
    use reclamo_server::infra::entities::complaint;
    use sea_orm::EntityTrait;
    let row = complaint::Entity::find_by_id(7).one(&db).await.unwrap().unwrap();
    assert!(row.retaliation_flagged);
    let facts = reclamo_server::services::cases::facts::Facts::open(&dk, &row).unwrap();
    assert_eq!(facts.answers.immigration_threat, Some(true));
    assert_eq!(facts.answers.fired, Some(false));
    assert_eq!(facts.answers.violence, None);
    assert_eq!(facts.kinds, vec!["immigration_threat".to_owned()]);
    assert_eq!(facts.supervisor.as_deref(), Some("Zzqoldsupervisor"));
    assert_eq!(facts.job_role.as_deref(), Some("Zzqoldrole"));
    let reviews = reclamo_server::services::cases::facts::latest_reviews(&db, 7, case, &dk).await.unwrap();
    assert_eq!(reviews.len(), 1);
    assert_eq!((reviews[0].kind.as_str(), reviews[0].instances), ("immigration_threat", 2));
    // The clear columns are gone, and with them what they held.
    db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await.unwrap();
    let bytes = all_bytes(&dir.path().join("data"));
    for canary in ["Zzqoldsupervisor", "Zzqoldrole", "immigration_threat", "ret_immigration_threat"] {
        assert!(!holds(&bytes, canary), "{canary} is still in the database files");
    }
    // Every migration has run.
    drop(app);
    assert_eq!(Migrator::get_pending_migrations(db.writer()).await.unwrap().len(), 0);
}
