//! The master key: created only for an empty database; a missing or wrong key file beside sealed
//! complaints stops the server instead of silently making every complaint unreadable.

use crate::helpers::{Backend, spawn_app};
use reclamo_server::infra::config::Settings;
use reclamo_server::startup::Application;

#[tokio::test]
async fn a_missing_or_wrong_master_key_is_refused_not_replaced() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    app.file_complaint(&crate::complaints::sample("No me pagaron.")).await;
    let data = app.data_dir.path().join("data");
    let settings = || {
        let mut s = Settings::defaults();
        s.data_dir = data.clone();
        s.site_addr = "127.0.0.1:0".parse().unwrap();
        s.site_root = app.data_dir.path().join("site");
        s
    };
    let key = data.join("master.key");
    let original = std::fs::read(&key).unwrap();

    // The key file gone: refused, and no new key written.
    std::fs::remove_file(&key).unwrap();
    let err = Application::build(settings()).await.err().expect("refused").to_string();
    assert!(err.contains("missing") && err.contains("restore"), "{err}");
    assert!(!key.exists(), "no new key was made");

    // Another key (a copy from elsewhere): refused, naming the ids.
    std::fs::write(&key, b"reclamo-master-key v1 other-key AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n").unwrap();
    let err = Application::build(settings()).await.err().expect("refused").to_string();
    assert!(err.contains("other-key") && err.contains("sealed"), "{err}");

    // The right key: starts.
    std::fs::write(&key, &original).unwrap();
    assert!(Application::build(settings()).await.is_ok());
}
