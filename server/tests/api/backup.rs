//! Backups that forget (#14): a backup taken before a case was disposed, restored later into an
//! empty target, comes back with that case disposed again (the disposal log is replayed), every
//! other case opening, and nothing of the database readable in the backup file itself.

use crate::both_backends;
use crate::casework::{file, post, staff, take};
use crate::helpers::{TestApp, add_user, enrol_directly, login};
use reclamo_server::infra::crypto::MasterKey;
use reclamo_server::infra::entities::{complaint, complaint_key};
use reclamo_server::services::backup::{BackupError, Restored, backup, restore};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;

/// An empty target for the restore: a new data directory, and on PostgreSQL a new database.
async fn empty_target(app: &TestApp, dir: &std::path::Path) -> reclamo_server::infra::config::Settings {
    let mut s = reclamo_server::infra::config::Settings::defaults();
    s.data_dir = dir.join("data");
    s.master_key_file = Some(app.settings.effective_master_key_file());
    s.disposal_log_file = Some(app.settings.effective_disposal_log_file());
    if app.db.get_database_backend() == sea_orm::DbBackend::Postgres {
        let admin = crate::helpers::postgres_admin_url().await.unwrap();
        let name = format!("reclamo_restore_{}", uuid::Uuid::new_v4().simple());
        let db = sea_orm::Database::connect(&admin).await.unwrap();
        db.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.unwrap();
        let base = admin.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap();
        s.database_url = Some(format!("{base}/{name}"));
    }
    s
}

both_backends!(a_restore_disposes_again_what_was_disposed_after_the_backup, |app| {
    let (inv, sup) = staff(&app).await;
    add_user(&app, "admin@test.example", "admin", None).await;
    let admin = login(&app, "admin@test.example").await;
    enrol_directly(&app, &admin).await;
    let (gone, _, _) =
        file(&app, &sup, crate::casework::complaint("Backup Builders LLC", "No me pagaron.", false)).await;
    let (kept, _, _) = file(&app, &sup, crate::casework::complaint("Kept Cleaning LLC", "Horas extra.", false)).await;
    take(&app, &inv, gone).await;
    crate::casework::close(&app, &inv, gone, "withdrawn", "moving on").await;

    // The backup, taken while the closed case still has its data.
    let master = MasterKey::load_or_create(&app.settings.effective_master_key_file()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let file_path = out.path().join("reclamo.backup");
    let bytes = backup(&app.settings, &app.db, &master, &file_path).await.unwrap();
    assert!(bytes > 0);
    let sealed = std::fs::read(&file_path).unwrap();
    assert!(!sealed.windows(11).any(|w| w == b"Kept Cleani"), "the backup is encrypted whole");

    // Then the case is disposed, by two people, and the disposal is logged.
    complaint::Entity::update_many()
        .col_expr(complaint::Column::ClosedAt, Expr::value(chrono::Utc::now() - chrono::Duration::days(400)))
        .filter(complaint::Column::Id.eq(gone))
        .exec(&app.db)
        .await
        .unwrap();
    let batch: serde_json::Value = post(&app, "/api/v1/disposals", &sup, json!({})).await.json().await.unwrap();
    let approve = post(&app, &format!("/api/v1/disposals/{}/approve", batch["id"]), &admin, json!({})).await;
    assert_eq!(approve.status(), 200);
    let cases = app.case_service().with_disposal_log(app.settings.effective_disposal_log_file());
    assert_eq!(cases.carry_out_disposals(chrono::Utc::now()).await.unwrap(), 1);

    // Restored elsewhere: the disposed case is disposed again, the other one opens.
    let target_dir = tempfile::tempdir().unwrap();
    let target = empty_target(&app, target_dir.path()).await;
    assert_eq!(restore(&target, &file_path).await.unwrap(), Restored { replayed: 1, verified: 1 });
    let db = reclamo_server::infra::db::connect(&target).await.unwrap();
    let row = complaint::Entity::find_by_id(gone).one(&db).await.unwrap().unwrap();
    assert!(row.disposed_at.is_some() && row.narrative_ct.is_none());
    assert!(complaint_key::Entity::find_by_id(gone).one(&db).await.unwrap().is_none());
    assert!(complaint_key::Entity::find_by_id(kept).one(&db).await.unwrap().is_some());
    drop(db);

    // Not over a database that exists, and not with another key.
    assert!(matches!(restore(&target, &file_path).await, Err(BackupError::NotEmpty(_))));
    let other_dir = tempfile::tempdir().unwrap();
    let mut other = empty_target(&app, other_dir.path()).await;
    let other_key = other_dir.path().join("other.key");
    MasterKey::load_or_create(&other_key).unwrap();
    other.master_key_file = Some(other_key);
    assert!(matches!(restore(&other, &file_path).await, Err(BackupError::Crypto(_))));
    // A cut-off backup does not open either.
    std::fs::write(&file_path, &sealed[..sealed.len() / 2]).unwrap();
    let cut_dir = tempfile::tempdir().unwrap();
    let cut = empty_target(&app, cut_dir.path()).await;
    assert!(restore(&cut, &file_path).await.is_err());
    if app.db.get_database_backend() == sea_orm::DbBackend::Postgres {
        // The targets of this test only (their prefix is its own).
        let admin = sea_orm::Database::connect(&crate::helpers::postgres_admin_url().await.unwrap()).await.unwrap();
        let names = admin
            .query_all_raw(sea_orm::Statement::from_string(
                sea_orm::DbBackend::Postgres,
                "SELECT datname::text FROM pg_database WHERE datname LIKE 'reclamo_restore_%'",
            ))
            .await
            .unwrap();
        for n in names {
            let name: String = n.try_get_by_index(0).unwrap();
            let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
        }
    }
});
