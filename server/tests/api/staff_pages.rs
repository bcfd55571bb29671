//! Staff pages without JavaScript: sign-in, home, case search and view, admin users, sign-out.

use crate::helpers::{Backend, TestApp, spawn_app};
use reclamo_server::auth::{AuthPolicy, AuthService, SystemClock};
use std::sync::Arc;

const PASSWORD: &str = "correct horse battery staple";

async fn add_user(app: &TestApp, email: &str, role: &str, org: Option<&str>) {
    let auth = AuthService::new(app.db.clone(), Arc::new(SystemClock), AuthPolicy::default());
    auth.add_user(email, role, None, org, PASSWORD).await.unwrap();
}

async fn sign_in(app: &TestApp, email: &str) -> String {
    let res = app
        .client
        .post(app.url("/staff/login"))
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/staff");
    res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn investigator_signs_in_finds_and_reads_a_case_then_signs_out() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    assert_eq!(app.get("/staff").await.status(), 303, "signed out: to the sign-in page");
    let res = app
        .client
        .post(app.url("/staff/login"))
        .form(&[("email", "inv@denvergov.org"), ("password", "nope nope nope")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let body = res.text().await.unwrap();
    assert!(body.contains("Wrong email or password."));
    assert!(body.contains("value=\"inv@denvergov.org\""), "email kept");
    let cookie = sign_in(&app, "inv@denvergov.org").await;
    let filed: serde_json::Value = app
        .client
        .post(app.url("/api/v1/complaints"))
        .json(&crate::complaints::sample("Me amenazó con la migra."))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let tracking = filed["tracking_code"].as_str().unwrap();
    let home = app
        .client
        .get(app.url(&format!("/staff?tracking_code={tracking}&lang=es")))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    let home = home.text().await.unwrap();
    assert!(home.contains("inv@denvergov.org"));
    let at = home.find("/staff/cases/").expect("result link");
    let id: String = home[at + 13..].chars().take_while(char::is_ascii_digit).collect();
    let case = app.client.get(app.url(&format!("/staff/cases/{id}"))).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(case.status(), 200);
    let case = case.text().await.unwrap();
    assert!(case.contains("Me amenazó con la migra."), "narrative shown as written");
    let out = app.client.post(app.url("/staff/logout")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(out.status(), 303);
    assert_eq!(app.client.get(app.url("/staff")).header("cookie", &cookie).send().await.unwrap().status(), 303);
    // Admin pages are for admins only.
    let cookie = sign_in(&app, "inv@denvergov.org").await;
    assert_eq!(app.client.get(app.url("/staff/users")).header("cookie", &cookie).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn admins_must_set_up_two_factor_before_managing_users() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "admin@denvergov.org", "admin", None).await;
    let cookie = sign_in(&app, "admin@denvergov.org").await;
    let home = app.client.get(app.url("/staff")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("action=\"/staff/2fa/start\""), "enrolment offered");
    assert!(!home.contains("name=\"tracking_code\""), "no case search before two-factor set-up");
    assert_eq!(app.client.get(app.url("/staff/users")).header("cookie", &cookie).send().await.unwrap().status(), 303);
    let page = app
        .client
        .post(app.url("/staff/2fa/start"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<svg") && page.contains("id=\"totp-key\""));
}

#[tokio::test]
async fn supervisors_see_a_cases_access_history_on_its_page() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    add_user(&app, "sup@denvergov.org", "supervisor", None).await;
    let filed: serde_json::Value = app
        .client
        .post(app.url("/api/v1/complaints"))
        .json(&crate::complaints::sample("historia"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let tracking = filed["tracking_code"].as_str().unwrap();
    let inv = sign_in(&app, "inv@denvergov.org").await;
    let home = app
        .client
        .get(app.url(&format!("/staff?tracking_code={tracking}")))
        .header("cookie", &inv)
        .send()
        .await
        .unwrap();
    let home = home.text().await.unwrap();
    let at = home.find("/staff/cases/").unwrap();
    let id: String = home[at + 13..].chars().take_while(char::is_ascii_digit).collect();
    let page = app
        .client
        .get(app.url(&format!("/staff/cases/{id}")))
        .header("cookie", &inv)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("id=\"access-history\""), "investigators do not see the access history");
    // The supervisor enrols two-factor (required), then opens the case.
    let sup = sign_in(&app, "sup@denvergov.org").await;
    let auth = AuthService::new(app.db.clone(), Arc::new(SystemClock), AuthPolicy::default());
    let actor = auth.session(sup.split_once('=').unwrap().1).await.unwrap().unwrap();
    let uri = auth.start_totp(&actor).await.unwrap();
    let secret_b32 = uri.split("secret=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    let mut secret = vec![];
    let (mut buf, mut bits) = (0u32, 0);
    for c in secret_b32.bytes() {
        let v = if c.is_ascii_uppercase() { c - b'A' } else { c - b'2' + 26 };
        buf = (buf << 5) | u32::from(v);
        bits += 5;
        if bits >= 8 {
            secret.push((buf >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    let code = format!("{:06}", reclamo_server::totp::code_at(&secret, (chrono::Utc::now().timestamp() / 30) as u64));
    auth.confirm_totp(&actor, &code).await.unwrap();
    let page = app
        .client
        .get(app.url(&format!("/staff/cases/{id}")))
        .header("cookie", &sup)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"access-history\""));
    assert!(page.contains("inv@denvergov.org") && page.contains("read_personal_data"));
}
