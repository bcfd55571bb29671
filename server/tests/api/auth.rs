//! Staff sign-in: sessions, cookie flags, alike failures, throttling, expiry, audit chain, CLI.

use crate::both_backends;
use crate::helpers::{Backend, PASSWORD, TestApp, add_user, cookie_of, spawn_app, spawn_app_full, spawn_app_with};
use reclamo_server::services::auth::{AuthPolicy, AuthService, ManualClock, SystemClock};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use std::sync::Arc;

async fn login(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

async fn me(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.client.get(app.url("/api/v1/me")).header("cookie", cookie).send().await.unwrap()
}

both_backends!(sign_in_me_sign_out, |app| {
    add_user(&app, "Ana.Investigator@denvergov.org", "investigator", None).await;
    add_user(&app, "luz@centro.org", "advocate", Some("Centro de Trabajadores")).await;
    let res = login(&app, "ana.investigator@denvergov.org", PASSWORD).await;
    assert_eq!(res.status(), 204);
    let raw = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(raw.contains("HttpOnly") && raw.contains("SameSite=Strict") && raw.contains("Path=/"), "{raw}");
    let cookie = cookie_of(&res);
    let token = cookie.split_once('=').unwrap().1;
    assert!(token.len() >= 32, "at least 128 bits");
    let who: Value = me(&app, &cookie).await.json().await.unwrap();
    assert_eq!(
        who,
        json!({"email": "ana.investigator@denvergov.org", "role": "investigator", "organisation": null,
               "two_factor": {"enabled": false, "required_now": false}})
    );
    let out = app.client.delete(app.url("/api/v1/session")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(out.status(), 204);
    assert_eq!(me(&app, &cookie).await.status(), 401, "logout ends the session server-side");
    // An advocate carries the organisation.
    let res = login(&app, "luz@centro.org", PASSWORD).await;
    let who: Value = me(&app, &cookie_of(&res)).await.json().await.unwrap();
    assert_eq!(who["organisation"], "Centro de Trabajadores");
    assert_eq!(who["role"], "advocate");
});

both_backends!(wrong_password_and_unknown_user_look_alike, |app| {
    add_user(&app, "sup@denvergov.org", "supervisor", None).await;
    let a = login(&app, "sup@denvergov.org", "wrong password entirely").await;
    let b = login(&app, "nobody@denvergov.org", "wrong password entirely").await;
    assert_eq!(a.status(), 401);
    assert_eq!(b.status(), 401);
    assert_eq!(a.text().await.unwrap(), b.text().await.unwrap());
    assert_eq!(me(&app, "reclamo_session=not-a-session").await.status(), 401);
});

#[tokio::test]
async fn repeated_failures_lock_the_account_even_for_the_right_password() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    for _ in 0..5 {
        assert_eq!(login(&app, "inv@denvergov.org", "not the password at all").await.status(), 401);
    }
    let res = login(&app, "inv@denvergov.org", PASSWORD).await;
    assert_eq!(res.status(), 429, "locked out");
    assert!(res.headers().get("retry-after").is_some());
    assert!(res.headers().get("set-cookie").is_none(), "no session during a lock-out");
}

#[tokio::test]
async fn nobody_locks_a_supervisor_out_by_failing_on_purpose() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "sup@denvergov.org", "supervisor", None).await;
    // The supervisor enrols a second factor.
    let cookie = cookie_of(&login(&app, "sup@denvergov.org", PASSWORD).await);
    let secret = crate::helpers::enrol_directly(&app, &cookie).await;
    // Someone who does not know the password fails five times: the account is locked.
    for _ in 0..5 {
        assert_eq!(login(&app, "sup@denvergov.org", "not the password at all").await.status(), 401);
    }
    // The right password alone does not get through the lock…
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": "sup@denvergov.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    // …nor with a wrong one-time code…
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": "sup@denvergov.org", "password": PASSWORD, "totp": "000000"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    // …but the right password with a valid second factor does: the supervisor is not locked out.
    // (A code from the next 30-second step: the enrolment just used the current one.)
    let code = format!(
        "{:06}",
        reclamo_server::infra::totp::code_at(&secret, (chrono::Utc::now().timestamp() / 30) as u64 + 1)
    );
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": "sup@denvergov.org", "password": PASSWORD, "totp": code}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    // The same code a second time (seen over a shoulder, or a replayed request) is refused.
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": "sup@denvergov.org", "password": PASSWORD, "totp": code}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401, "a one-time code works once");
}

#[tokio::test]
async fn sessions_expire_when_idle_and_absolutely() {
    let clock = Arc::new(ManualClock::default());
    let app = spawn_app_full(Backend::Sqlite, |_| {}, clock.clone()).await.unwrap();
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    // Idle: 31 minutes without use ends the session.
    let cookie = cookie_of(&login(&app, "inv@denvergov.org", PASSWORD).await);
    clock.advance(chrono::Duration::minutes(20));
    assert_eq!(me(&app, &cookie).await.status(), 200);
    clock.advance(chrono::Duration::minutes(20));
    assert_eq!(me(&app, &cookie).await.status(), 200, "use keeps it alive");
    clock.advance(chrono::Duration::minutes(31));
    assert_eq!(me(&app, &cookie).await.status(), 401, "idle timeout");
    // Absolute: even in constant use, 12 hours is the end.
    let cookie = cookie_of(&login(&app, "inv@denvergov.org", PASSWORD).await);
    for _ in 0..28 {
        clock.advance(chrono::Duration::minutes(25));
        assert_eq!(me(&app, &cookie).await.status(), 200);
    }
    clock.advance(chrono::Duration::minutes(25));
    assert_eq!(me(&app, &cookie).await.status(), 401, "absolute timeout after 12 h");
}

#[tokio::test]
async fn password_change_ends_every_session() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    let cookie = cookie_of(&login(&app, "inv@denvergov.org", PASSWORD).await);
    let auth = AuthService::new(app.db.clone(), Arc::new(SystemClock), AuthPolicy::default());
    let token = cookie.split_once('=').unwrap().1;
    let actor = auth.session(token).await.unwrap().unwrap();
    assert!(auth.change_password(&actor, "wrong", "another long passphrase").await.is_err());
    auth.change_password(&actor, PASSWORD, "another long passphrase").await.unwrap();
    assert_eq!(me(&app, &cookie).await.status(), 401);
    assert_eq!(login(&app, "inv@denvergov.org", "another long passphrase").await.status(), 204);
}

both_backends!(audit_chain_verifies_and_catches_tampering, |app| {
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    login(&app, "inv@denvergov.org", PASSWORD).await;
    login(&app, "inv@denvergov.org", "wrong password entirely").await;
    use reclamo_server::infra::audit::{Verification, verify};
    assert_eq!(verify(&app.db).await.unwrap(), Verification::Intact(3));
    // The chain is keyed: without the master key's subkey not even the first entry recomputes, so
    // rewriting a row and every hash after it needs the key.
    let unkeyed = reclamo_server::infra::db::connect(&app.settings).await.unwrap();
    assert!(matches!(verify(&unkeyed).await.unwrap(), Verification::BrokenAt(_)));
    // The database itself refuses to edit or delete an entry, whoever asks.
    assert!(app.db.execute_unprepared("UPDATE audit_log SET detail = 'edited' WHERE id = 2").await.is_err());
    assert!(app.db.execute_unprepared("DELETE FROM audit_log WHERE id = 3").await.is_err());
    assert_eq!(verify(&app.db).await.unwrap(), Verification::Intact(3));
    // Someone who can change the schema drops the guard and edits: the chain shows it.
    let drop = match app.db.get_database_backend() {
        sea_orm::DbBackend::Postgres => "DROP TRIGGER audit_log_append_only ON audit_log",
        _ => "DROP TRIGGER audit_log_no_update",
    };
    app.db.execute_unprepared(drop).await.unwrap();
    app.db.execute_unprepared("UPDATE audit_log SET detail = 'edited' WHERE id = 2").await.unwrap();
    assert_eq!(verify(&app.db).await.unwrap(), Verification::BrokenAt(2));
});

#[tokio::test]
async fn cutting_the_end_of_the_audit_log_is_reported_after_an_anchor() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_reclamo"))
            .args(args)
            .env("RECLAMO_DATA_DIR", dir.path())
            .env_remove("DATABASE_URL")
            .env_remove("RECLAMO_AUDIT_ANCHOR_FILE")
            .output()
            .unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr))
    };
    for email in ["a@denvergov.org", "b@denvergov.org", "c@denvergov.org"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_reclamo"))
            .args(["user", "add", "--email", email, "--role", "investigator"])
            .env("RECLAMO_DATA_DIR", dir.path())
            .env_remove("DATABASE_URL")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), format!("{PASSWORD}\n").as_bytes()).unwrap();
        assert!(child.wait().unwrap().success());
    }
    let (ok, out) = run(&["audit", "verify"]);
    assert!(ok && out.contains("intact (3 entries)") && out.contains("no anchor yet"), "{out}");
    let (ok, out) = run(&["audit", "anchor"]);
    assert!(ok && out.contains("anchored 3 entries"), "{out}");
    let (ok, out) = run(&["audit", "verify"]);
    assert!(ok && out.contains("holds"), "{out}");

    // Someone with the database (and the rights to drop its guard) deletes the last entry.
    let mut settings = reclamo_server::infra::config::Settings::defaults();
    settings.data_dir = dir.path().to_path_buf();
    let db = reclamo_server::infra::db::connect(&settings).await.unwrap();
    db.execute_unprepared("DROP TRIGGER audit_log_no_delete").await.unwrap();
    db.execute_unprepared("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)").await.unwrap();
    drop(db);
    // The chain alone still walks (2 entries); the anchor reports the cut.
    let (ok, out) = run(&["audit", "verify"]);
    assert!(!ok && out.contains("intact (2 entries)") && out.contains("truncated"), "{out}");
    // A forged anchor line (no key) is not believed.
    let anchors = dir.path().join("audit.anchors");
    let mut text = std::fs::read_to_string(&anchors).unwrap();
    text.push_str("reclamo-audit-anchor v1 2 2 0000 2026-12-03T00:00:00Z 00\n");
    std::fs::write(&anchors, text).unwrap();
    let (ok, out) = run(&["audit", "verify"]);
    assert!(!ok && out.contains("truncated"), "{out}");
}

#[tokio::test]
async fn signed_in_staff_are_not_held_to_the_public_limit() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.intake_limit = 1).await.unwrap();
    add_user(&app, "calltaker@denvergov.org", "investigator", None).await;
    let cookie = cookie_of(&login(&app, "calltaker@denvergov.org", PASSWORD).await);
    let body = crate::complaints::sample("llamada");
    for _ in 0..3 {
        let res =
            app.client.post(app.url("/api/v1/complaints")).header("cookie", &cookie).json(&body).send().await.unwrap();
        assert_eq!(res.status(), 201);
    }
    let anonymous = app.client.post(app.url("/api/v1/complaints")).json(&body).send().await.unwrap();
    assert_eq!(anonymous.status(), 201);
    let anonymous = app.client.post(app.url("/api/v1/complaints")).json(&body).send().await.unwrap();
    assert_eq!(anonymous.status(), 429);
}

#[test]
fn cli_adds_lists_disables_users_and_verifies_the_audit_chain() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], stdin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_reclamo"))
            .args(args)
            .env("RECLAMO_DATA_DIR", dir.path())
            .env_remove("DATABASE_URL")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr))
    };
    let (ok, out) = run(&["user", "add", "--email", "a@denvergov.org", "--role", "admin"], "short\n");
    assert!(!ok && out.contains("at least 12 characters"), "{out}");
    let (ok, out) = run(&["user", "add", "--email", "a@denvergov.org", "--role", "admin"], &format!("{PASSWORD}\n"));
    assert!(ok, "{out}");
    let (ok, out) = run(&["user", "add", "--email", "l@centro.org", "--role", "advocate"], &format!("{PASSWORD}\n"));
    assert!(!ok && out.contains("--org"), "{out}");
    let (ok, out) = run(&["user", "list"], "");
    assert!(ok && out.contains("a@denvergov.org\tadmin"), "{out}");
    let (ok, _) = run(&["user", "disable", "a@denvergov.org"], "");
    assert!(ok);
    let (_, out) = run(&["user", "list"], "");
    assert!(out.contains("disabled"), "{out}");
    let (ok, out) = run(&["audit", "verify"], "");
    assert!(ok && out.contains("intact (2 entries)"), "{out}");
}

#[test]
fn demo_seeds_once_in_every_language() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_reclamo"))
            .args(["demo", "--if-empty"])
            .env("RECLAMO_DATA_DIR", dir.path())
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let first = run();
    assert!(first.contains("investigator@demo.reclamo.test") && first.contains("14 demo complaints filed"), "{first}");
    let second = run();
    assert!(second.contains("already present"), "{second}");
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("reclamo.db").display());
        let db = sea_orm::Database::connect(&url).await.unwrap();
        let row = db
            .query_one_raw(sea_orm::Statement::from_string(
                sea_orm::DatabaseBackend::Sqlite,
                "SELECT COUNT(DISTINCT language), COUNT(*), SUM(CASE WHEN priority = 'urgent' THEN 1 ELSE 0 END) FROM complaint",
            ))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.try_get_by_index::<i64>(0).unwrap(), 7, "all seven languages");
        assert_eq!(row.try_get_by_index::<i64>(1).unwrap(), 14);
        assert!(row.try_get_by_index::<i64>(2).unwrap() >= 4, "some retaliation");
    });
}

#[tokio::test]
async fn concurrent_sign_ins_on_sqlite_all_succeed() {
    // Each sign-in appends to the hash-chained audit log; appends must queue, not fail.
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    let auth = AuthService::new(app.db.clone(), Arc::new(SystemClock), AuthPolicy::default());
    let mut tasks = vec![];
    for i in 0..24 {
        let auth = auth.clone();
        tasks.push(tokio::spawn(async move {
            auth.login("inv@denvergov.org", PASSWORD, None, &format!("10.0.0.{i}")).await.map(|_| ())
        }));
    }
    for t in tasks {
        assert!(t.await.unwrap().is_ok());
    }
    assert_eq!(
        reclamo_server::infra::audit::verify(&app.db).await.unwrap(),
        reclamo_server::infra::audit::Verification::Intact(25)
    );
}
