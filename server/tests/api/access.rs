//! Per-role and per-organisation access to cases; two-factor enrolment and sign-in; audited reads.

use crate::helpers::{Backend, PASSWORD, TestApp, add_user, base32_decode, cookie_of, spawn_app, totp_now};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

async fn login_with(app: &TestApp, email: &str, totp: Option<&str>) -> reqwest::Response {
    let mut body = json!({"email": email, "password": PASSWORD});
    if let Some(t) = totp {
        body["totp"] = json!(t);
    }
    app.client.post(app.url("/api/v1/session")).json(&body).send().await.unwrap()
}

async fn cookie_for(app: &TestApp, email: &str) -> String {
    let res = login_with(app, email, None).await;
    assert_eq!(res.status(), 204, "login {email}");
    cookie_of(&res)
}

async fn get(app: &TestApp, path: &str, cookie: &str) -> reqwest::Response {
    app.client.get(app.url(path)).header("cookie", cookie).send().await.unwrap()
}

/// Enrols two-factor for a signed-in user; returns (secret, recovery codes).
async fn enrol(app: &TestApp, cookie: &str) -> (Vec<u8>, Vec<String>) {
    let res = app.client.post(app.url("/api/v1/me/totp")).header("cookie", cookie).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    let uri = v["otpauth_uri"].as_str().unwrap();
    assert!(v["qr_svg"].as_str().unwrap().contains("<svg"));
    let secret_b32 = uri.split("secret=").nth(1).unwrap().split('&').next().unwrap();
    let secret = base32_decode(secret_b32);
    let res = app
        .client
        .post(app.url("/api/v1/me/totp/confirm"))
        .header("cookie", cookie)
        .json(&json!({"code": totp_now(&secret)}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    let codes: Vec<String> =
        v["recovery_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

async fn file(app: &TestApp, cookie: Option<&str>, narrative: &str) -> i64 {
    let mut req = app.client.post(app.url("/api/v1/complaints")).json(&crate::complaints::sample(narrative));
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let res = req.send().await.unwrap();
    assert_eq!(res.status(), 201);
    let tracking = res.json::<Value>().await.unwrap()["tracking_code"].as_str().unwrap().to_owned();
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT id FROM complaint WHERE tracking_code = '{tracking}'"),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

#[tokio::test]
async fn supervisors_must_enrol_two_factor_then_sign_in_with_it() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "sup@denvergov.org", "supervisor", None).await;
    let case = file(&app, None, "x").await;
    let cookie = cookie_for(&app, "sup@denvergov.org").await;
    let me: Value = get(&app, "/api/v1/me", &cookie).await.json().await.unwrap();
    assert_eq!(me["two_factor"]["required_now"], true);
    let res = get(&app, &format!("/api/v1/cases/{case}"), &cookie).await;
    assert_eq!(res.status(), 403, "no case access before two-factor set-up");
    let (secret, recovery) = enrol(&app, &cookie).await;
    // A new sign-in now needs the code.
    let res = login_with(&app, "sup@denvergov.org", None).await;
    assert_eq!(res.status(), 401);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "totp_required");
    assert_eq!(login_with(&app, "sup@denvergov.org", Some("000000")).await.status(), 401);
    let res = login_with(&app, "sup@denvergov.org", Some(&totp_now(&secret))).await;
    assert_eq!(res.status(), 204);
    let cookie = cookie_of(&res);
    assert_eq!(get(&app, &format!("/api/v1/cases/{case}"), &cookie).await.status(), 200);
    // A recovery code works exactly once.
    assert_eq!(login_with(&app, "sup@denvergov.org", Some(&recovery[0])).await.status(), 204);
    assert_eq!(login_with(&app, "sup@denvergov.org", Some(&recovery[0])).await.status(), 401);
}

#[tokio::test]
async fn each_role_sees_exactly_its_cases_and_reads_are_audited() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv1@denvergov.org", "investigator", None).await;
    add_user(&app, "inv2@denvergov.org", "investigator", None).await;
    add_user(&app, "luz@centro.org", "advocate", Some("Centro de Trabajadores")).await;
    add_user(&app, "max@union.org", "advocate", Some("Union Local 7")).await;
    add_user(&app, "sup@denvergov.org", "supervisor", None).await;
    let luz = cookie_for(&app, "luz@centro.org").await;
    let by_centro = file(&app, Some(&luz), "presentada por el centro").await;
    let public = file(&app, None, "presentada por la trabajadora").await;
    let assigned_to_inv2 = file(&app, None, "asignada").await;
    let inv2_id: i64 = {
        let row = app
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT id FROM staff_user WHERE email = 'inv2@denvergov.org'",
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index(0).unwrap()
    };
    app.db
        .execute_unprepared(&format!("UPDATE complaint SET assignee_id = {inv2_id} WHERE id = {assigned_to_inv2}"))
        .await
        .unwrap();

    let inv1 = cookie_for(&app, "inv1@denvergov.org").await;
    let inv2 = cookie_for(&app, "inv2@denvergov.org").await;
    let max = cookie_for(&app, "max@union.org").await;
    let status = |c: String, id: i64| {
        let app = &app;
        async move { get(app, &format!("/api/v1/cases/{id}"), &c).await.status().as_u16() }
    };
    // Investigators: unassigned queue plus their own.
    assert_eq!(status(inv1.clone(), public).await, 200);
    assert_eq!(status(inv1.clone(), assigned_to_inv2).await, 404, "someone else's case");
    assert_eq!(status(inv2.clone(), assigned_to_inv2).await, 200);
    // Advocates: only what their organisation filed.
    assert_eq!(status(luz.clone(), by_centro).await, 200);
    assert_eq!(status(luz.clone(), public).await, 404);
    assert_eq!(status(max.clone(), by_centro).await, 404, "another organisation's case");
    assert_eq!(status(luz.clone(), 999_999).await, 404, "unknown looks the same as forbidden");
    // The advocate's case carries the organisation and the decrypted narrative.
    let case: Value = get(&app, &format!("/api/v1/cases/{by_centro}"), &luz).await.json().await.unwrap();
    assert_eq!(case["filed_by"], "advocate");
    assert_eq!(case["organisation"], "Centro de Trabajadores");
    assert_eq!(case["narrative"], "presentada por el centro");
    assert_eq!(case["contact"]["phone"], "3035550147");
    // Find by tracking code respects the same rules.
    let tc = case["tracking_code"].as_str().unwrap();
    let found: Value = get(&app, &format!("/api/v1/cases?tracking_code={tc}"), &max).await.json().await.unwrap();
    assert_eq!(found["cases"], json!([]));
    let found: Value = get(&app, &format!("/api/v1/cases?tracking_code={tc}"), &luz).await.json().await.unwrap();
    assert_eq!(found["cases"][0]["id"], by_centro);
    // Not signed in: 401.
    assert_eq!(app.get(&format!("/api/v1/cases/{public}")).await.status(), 401);

    // Every personal-data read is in the case's access history, which supervisors can see.
    let sup = cookie_for(&app, "sup@denvergov.org").await;
    enrol(&app, &sup).await;
    let log = get(&app, &format!("/api/v1/cases/{by_centro}/access-log"), &sup).await;
    assert_eq!(log.status(), 200);
    let log: Value = log.json().await.unwrap();
    let entries = log["entries"].as_array().unwrap();
    assert!(entries.iter().any(|e| e["actor"] == "luz@centro.org" && e["action"] == "read_personal_data"));
    assert!(!log.to_string().contains("presentada"), "no personal data in the audit log");
    assert_eq!(get(&app, &format!("/api/v1/cases/{by_centro}/access-log"), &luz).await.status(), 404);
    assert!(
        matches!(reclamo_server::infra::audit::verify(&app.db).await.unwrap(), reclamo_server::infra::audit::Verification::Intact(n) if n as usize > entries.len())
    );
}

/// Advocates get their own view of a case, built from an allow-list: exactly these keys, so a
/// field added to the staff view stays hidden from advocates until someone adds it on purpose.
#[tokio::test]
async fn the_advocate_view_has_exactly_the_allowed_keys() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "luz@centro.org", "advocate", Some("Centro de Trabajadores")).await;
    add_user(&app, "sup@denvergov.org", "supervisor", None).await;
    let luz = cookie_for(&app, "luz@centro.org").await;
    let id = file(&app, Some(&luz), "El patrón dijo que iba a llamar a la migra.").await;
    let case: Value = get(&app, &format!("/api/v1/cases/{id}"), &luz).await.json().await.unwrap();
    let mut keys: Vec<&str> = case.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "anonymous",
            "channel",
            "contact",
            "created_at",
            "deadlines",
            "employer_name",
            "filed_by",
            "id",
            "language",
            "narrative",
            "notes",
            "organisation",
            "personal_data_disposed",
            "resolution",
            "status",
            "timeline",
            "tracking_code",
            "violations",
        ]
    );
    // What staff see and advocates do not: the retaliation flag and its signals, reviews,
    // determinations, the assignee.
    let sup = cookie_for(&app, "sup@denvergov.org").await;
    enrol(&app, &sup).await;
    let staff: Value = get(&app, &format!("/api/v1/cases/{id}"), &sup).await.json().await.unwrap();
    for hidden in ["retaliation", "retaliation_answers", "determinations", "assignee", "employer"] {
        assert!(staff.get(hidden).is_some(), "staff see {hidden}");
        assert!(case.get(hidden).is_none(), "advocates do not see {hidden}");
    }
    assert_eq!(case["timeline"][0]["kind"], "filed");
    assert!(case["timeline"][0].get("actor").is_none() && case["timeline"][0].get("reason").is_none());
}
