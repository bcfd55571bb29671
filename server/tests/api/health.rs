use crate::both_backends;
use crate::helpers::{Backend, spawn_app};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

both_backends!(healthz_answers_ok, |app| {
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"status": "ok"}));
});

#[tokio::test]
async fn healthz_is_503_when_the_database_is_gone() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    app.db.clone().close().await.unwrap();
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 503);
}

#[tokio::test]
async fn sqlite_file_is_created_in_wal_mode() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let file = app.data_dir.path().join("data").join("reclamo.db");
    assert!(file.exists(), "database file not created at {}", file.display());
    let row = app
        .db
        .query_one_raw(Statement::from_string(DatabaseBackend::Sqlite, "PRAGMA journal_mode"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get_by_index::<String>(0).unwrap(), "wal");
    // Migrations ran: the complaint table exists.
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            DatabaseBackend::Sqlite,
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='complaint'",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get_by_index::<i64>(0).unwrap(), 1);
}

both_backends!(migrations_are_idempotent, |app| {
    // A second run of the migrator on an up-to-date database changes nothing and succeeds.
    reclamo_server::infra::db::migrate(&app.db).await.unwrap();
});
