//! Master key rotation (#14): `reclamo keys rotate` while the server runs; the server reads cases
//! re-wrapped under the new key without a restart and wraps new ones with it; `reclamo keys
//! retire` leaves the new key alone in the file, and the old key file then opens no data key.

use crate::casework::{file, staff};
use crate::helpers::{Backend, spawn_app};
use reclamo_server::infra::crypto::MasterKey;
use reclamo_server::infra::entities::{complaint, complaint_key};
use sea_orm::EntityTrait;

#[tokio::test]
async fn rotating_the_master_key_needs_no_restart_and_the_old_key_opens_nothing_after() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (_, sup) = staff(&app).await;
    let (first, _, _) = file(&app, &sup, crate::casework::complaint("Rotación SA", "Zqrotate uno", false)).await;
    let key_file = app.settings.effective_master_key_file();
    let old_file = app.data_dir.path().join("old.key");
    std::fs::copy(&key_file, &old_file).unwrap();
    let subkey_before = MasterKey::load_or_create(&key_file).unwrap().subkey("reclamo blind index v1");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_reclamo"))
            .args(args)
            .env("RECLAMO_DATA_DIR", app.data_dir.path().join("data"))
            .env_remove("DATABASE_URL")
            .env_remove("RECLAMO_MASTER_KEY_FILE")
            .output()
            .unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr))
    };

    let (ok, out) = run(&["keys", "rotate"]);
    assert!(ok && out.contains("1 data keys re-wrapped"), "{out}");
    let rotated = MasterKey::load_or_create(&key_file).unwrap();
    assert_eq!(rotated.ids().len(), 2, "the old key stays until it is retired");
    assert_eq!(rotated.subkey("reclamo blind index v1"), subkey_before, "derived keys do not change");

    // The running server (still holding the old key) opens the re-wrapped case, and search works.
    let case = app.get_json(&format!("/api/v1/cases/{first}"), &sup).await;
    assert_eq!(case["narrative"], "Zqrotate uno", "{case}");
    // New complaints are wrapped with the new key.
    let (second, _, _) = file(&app, &sup, crate::casework::complaint("Rotación SA", "Zqrotate dos", false)).await;
    let second_key = complaint_key::Entity::find_by_id(second).one(&app.db).await.unwrap().unwrap();
    assert_eq!(second_key.key_id, rotated.id());

    let (ok, out) = run(&["keys", "retire"]);
    assert!(ok && out.contains("retired 1"), "{out}");
    assert_eq!(MasterKey::load_or_create(&key_file).unwrap().ids(), vec![rotated.id()]);
    for id in [first, second] {
        assert_eq!(app.get_json(&format!("/api/v1/cases/{id}"), &sup).await["personal_data_disposed"], false);
        // The old key file opens none of the data keys now.
        let k = complaint_key::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        let c = complaint::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        let old = MasterKey::load_or_create(&old_file).unwrap();
        assert!(old.unwrap_key(&k.key_id, &c.tracking_code, &k.wrapped_key).is_err());
    }
    // A restart with the rotated file works, and the audit log names both steps.
    let (ok, out) = run(&["audit", "verify"]);
    assert!(ok, "{out}");
    let n =
        app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('master_key_rotated', 'master_key_retired')").await;
    assert_eq!(n, 2);
}
