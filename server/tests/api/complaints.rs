//! The JSON intake API: filing, status, validation, idempotency, encryption at rest, limits.

use crate::both_backends;
use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_with};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

pub fn sample(narrative: &str) -> Value {
    json!({
        "language": "es",
        "anonymous": false,
        "contact": {"name": "Rosa", "phone": "303-555-0147", "email": "rosa@example.org", "sms_ok": true,
                    "share_name_with_employer": false},
        "employer": {"name": "Limpiezas Rápidas LLC", "address": "W Colfax Ave", "industry": "cleaning"},
        "job": {"role": "limpieza", "start": "2026-01-05", "pay_rate": "15.00", "pay_basis": "hour"},
        "violations": ["minimum_wage", "overtime"],
        "retaliation": {"immigration_threat": true},
        "narrative": narrative,
        "coworkers_affected": "4"
    })
}

pub async fn count(app: &TestApp, table: &str) -> i64 {
    let backend = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(backend, format!("SELECT COUNT(*) AS n FROM {table}")))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

async fn post_json(app: &TestApp, path: &str, body: &Value, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = app.client.post(app.url(path)).json(body);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

both_backends!(file_then_check_status, |app| {
    let res = post_json(&app, "/api/v1/complaints", &sample("No me pagaron las horas extra."), &[]).await;
    assert_eq!(res.status(), 201);
    let receipt: Value = res.json().await.unwrap();
    let tracking = receipt["tracking_code"].as_str().unwrap().to_owned();
    let access = receipt["access_code"].as_str().unwrap().to_owned();
    assert_eq!(tracking.len(), 10);
    assert!(reclamo_shared::codes::TrackingCode::parse(&tracking).is_ok());
    assert_eq!(access.len(), 15);
    assert_eq!(receipt["status"], "received");

    // Codes may be typed with dashes and in Arabic-Indic digits.
    let grouped = format!("{}-{}-{}", &tracking[..3], &tracking[3..6], &tracking[6..]);
    let arabic: String = access.chars().map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap()).collect();
    let res =
        post_json(&app, &format!("/api/v1/complaints/{grouped}/status"), &json!({"access_code": arabic}), &[]).await;
    assert_eq!(res.status(), 200);
    let status: Value = res.json().await.unwrap();
    assert_eq!(status["status"], "received");
    assert_eq!(status["timeline"][0]["kind"], "filed");

    // Wrong access code and unknown tracking code: the same 404.
    let wrong = post_json(
        &app,
        &format!("/api/v1/complaints/{tracking}/status"),
        &json!({"access_code": "000000000000000"}),
        &[],
    )
    .await;
    assert_eq!(wrong.status(), 404);
    let wrong_body: Value = wrong.json().await.unwrap();
    let unknown_code = reclamo_shared::codes::TrackingCode::from_body("999999999").unwrap();
    let unknown = post_json(
        &app,
        &format!("/api/v1/complaints/{}/status", unknown_code.as_str()),
        &json!({"access_code": access}),
        &[],
    )
    .await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.json::<Value>().await.unwrap(), wrong_body);

    assert_eq!(count(&app, "complaint").await, 1);
    assert_eq!(count(&app, "complaint_violation").await, 2);
    assert_eq!(count(&app, "complaint_key").await, 1);
});

both_backends!(invalid_is_422_in_the_callers_language_and_stores_nothing, |app| {
    let mut body = sample("x");
    body["employer"]["name"] = json!("");
    body["violations"] = json!([]);
    body["contact"]["email"] = json!("no-arroba");
    let res = post_json(&app, "/api/v1/complaints", &body, &[("accept-language", "es")]).await;
    assert_eq!(res.status(), 422);
    let errors: Value = res.json().await.unwrap();
    assert_eq!(errors["errors"]["employer.name"][0]["code"], "required");
    assert_eq!(errors["errors"]["employer.name"][0]["message"], "Este dato es obligatorio.");
    assert_eq!(errors["errors"]["violations"][0]["code"], "choose_violation");
    assert_eq!(errors["errors"]["contact.email"][0]["code"], "invalid_email");
    // Not JSON at all.
    let res = app
        .client
        .post(app.url("/api/v1/complaints"))
        .header("content-type", "application/json")
        .body("{oops")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert_eq!(count(&app, "complaint").await, 0);
});

both_backends!(idempotency_key_makes_retries_land_once, |app| {
    let body = sample("dos veces");
    let key = [("idempotency-key", "form-7f3a9c1e-2b4d")];
    let a = post_json(&app, "/api/v1/complaints", &body, &key).await;
    assert_eq!(a.status(), 201);
    let a: Value = a.json().await.unwrap();
    let b = post_json(&app, "/api/v1/complaints", &body, &key).await;
    assert_eq!(b.status(), 201);
    assert_eq!(b.headers().get("idempotent-replayed").unwrap(), "true");
    let b: Value = b.json().await.unwrap();
    assert_eq!(a, b, "a retry must show the same codes");
    assert_eq!(count(&app, "complaint").await, 1);
    // The replayed access code really opens the complaint.
    let res = post_json(
        &app,
        &format!("/api/v1/complaints/{}/status", b["tracking_code"].as_str().unwrap()),
        &json!({"access_code": b["access_code"]}),
        &[],
    )
    .await;
    assert_eq!(res.status(), 200);
    // Same key, other content: refused, nothing stored.
    let other = post_json(&app, "/api/v1/complaints", &sample("otra cosa"), &key).await;
    assert_eq!(other.status(), 409);
    assert_eq!(count(&app, "complaint").await, 1);
    // The stored fingerprint is keyed: not the body's plain SHA-256 (which a guess of a name and a
    // phone number could match).
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT idempotency_fingerprint FROM complaint",
        ))
        .await
        .unwrap()
        .unwrap();
    let stored: String = row.try_get("", "idempotency_fingerprint").unwrap();
    let plain = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(serde_json::to_vec(&body).unwrap()))
    };
    assert_eq!(stored.len(), 64);
    assert_ne!(stored, plain);
});

#[tokio::test]
async fn personal_data_never_reaches_the_database_files_in_clear() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let marker = "MARCADOR-NARRATIVA-8812 el patrón dijo que iba a llamar a la migra";
    let res = post_json(&app, "/api/v1/complaints", &sample(marker), &[]).await;
    assert_eq!(res.status(), 201);
    let dir = app.data_dir.path().join("data");
    let mut scanned = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.starts_with("reclamo.db") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        scanned += bytes.len();
        for needle in ["MARCADOR-NARRATIVA-8812", "303-555-0147", "3035550147", "rosa@example.org", "Rosa"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle:?} found in clear in {name}"
            );
        }
    }
    assert!(scanned > 0, "no database files scanned");
    // The employer is not personal data of the worker and stays searchable.
    let row = app
        .db
        .query_one_raw(Statement::from_string(app.db.get_database_backend(), "SELECT employer_name FROM complaint"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get_by_index::<String>(0).unwrap(), "Limpiezas Rápidas LLC");
}

#[tokio::test]
async fn submissions_are_rate_limited_per_address() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.intake_limit = 2).await.unwrap();
    for _ in 0..2 {
        assert_eq!(post_json(&app, "/api/v1/complaints", &sample("x"), &[]).await.status(), 201);
    }
    let res = post_json(&app, "/api/v1/complaints", &sample("x"), &[("accept-language", "vi")]).await;
    assert_eq!(res.status(), 429);
    let retry: u64 = res.headers().get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!(retry >= 1);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    // X-Forwarded-For from an untrusted peer does not buy a fresh allowance.
    let res = post_json(&app, "/api/v1/complaints", &sample("x"), &[("x-forwarded-for", "198.51.100.1")]).await;
    assert_eq!(res.status(), 429);
}

#[tokio::test]
async fn status_checks_are_rate_limited() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.status_limit = 3).await.unwrap();
    let code = reclamo_shared::codes::TrackingCode::from_body("123456789").unwrap();
    let path = format!("/api/v1/complaints/{}/status", code.as_str());
    for _ in 0..3 {
        assert_eq!(post_json(&app, &path, &json!({"access_code": "111111111111111"}), &[]).await.status(), 404);
    }
    assert_eq!(post_json(&app, &path, &json!({"access_code": "111111111111111"}), &[]).await.status(), 429);
}

#[tokio::test]
async fn a_stranger_cannot_lock_a_worker_out_of_their_status() {
    // Behind a trusted proxy, so X-Forwarded-For names the client.
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.status_limit = 3;
        s.trusted_proxies = reclamo_server::infra::ratelimit::TrustedProxies::parse("127.0.0.1").unwrap();
    })
    .await
    .unwrap();
    let receipt = app.file_complaint(&sample("No me pagaron.")).await;
    let tracking = receipt["tracking_code"].as_str().unwrap();
    let path = format!("/api/v1/complaints/{tracking}/status");
    let stranger = [("x-forwarded-for", "198.51.100.7")];
    for _ in 0..3 {
        assert_eq!(post_json(&app, &path, &json!({"access_code": "111111111111111"}), &stranger).await.status(), 404);
    }
    assert_eq!(post_json(&app, &path, &json!({"access_code": "111111111111111"}), &stranger).await.status(), 429);
    // The worker, from their own phone, still gets in.
    let worker = [("x-forwarded-for", "203.0.113.20")];
    let res = post_json(&app, &path, &json!({"access_code": receipt["access_code"]}), &worker).await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn openapi_document_describes_the_endpoints() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["paths"]["/complaints"]["post"].is_object());
    assert!(doc["paths"]["/complaints/{tracking_code}/status"]["post"].is_object());
    // The staff API is documented too.
    for (path, method) in [
        ("/cases", "get"),
        ("/cases/{id}", "get"),
        ("/cases/assign", "post"),
        ("/cases/{id}/assign", "post"),
        ("/cases/{id}/transition", "post"),
        ("/cases/{id}/notes", "post"),
        ("/cases/{id}/determination", "post"),
        ("/cases/{id}/determination/approve", "post"),
        ("/cases/{id}/retaliation/review", "post"),
        ("/cases/{id}/letters/{file}", "get"),
        ("/calculations", "post"),
        ("/employers/{id}", "get"),
        ("/notifications", "get"),
        ("/session", "post"),
        ("/session", "delete"),
        ("/me", "get"),
        ("/me/totp", "post"),
        ("/me/totp/confirm", "post"),
        ("/complaints/{tracking_code}/receipt", "post"),
        ("/employers/{id}/links", "post"),
        ("/employers/{id}/aliases", "post"),
        ("/cases/{id}/access-log", "get"),
        ("/cases/{id}/referrals/{destination}", "post"),
        ("/complaints/{tracking_code}/evidence", "post"),
        ("/cases/{id}/evidence", "get"),
        ("/cases/{id}/evidence", "post"),
        ("/cases/{id}/evidence/{evidence_id}", "get"),
        ("/disposals", "get"),
        ("/disposals", "post"),
        ("/disposals/{id}/approve", "post"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path}");
    }
    // Generated from the routes: exactly the API's 32 operations, no more, no fewer.
    let operations: usize = doc["paths"].as_object().unwrap().values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(operations, 32);
    // The calculator takes retaliation by kind.
    assert!(schemas_of(&doc)["CalcBody"]["properties"]["retaliation"].is_object());
    // Generated from the types: bodies and answers are described, and every reference resolves.
    fn schemas_of(doc: &Value) -> &serde_json::Map<String, Value> {
        doc["components"]["schemas"].as_object().unwrap()
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas["CalcBody"]["properties"]["work_periods"].is_object());
    assert!(schemas["ComplaintInput"]["properties"]["employer"].is_object());
    assert!(schemas["CaseDetail"]["properties"]["retaliation"].is_object());
    let text = doc.to_string();
    for r in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = r.split('"').next().unwrap();
        assert!(schemas.contains_key(name), "dangling $ref to {name}");
    }
    let text = doc.to_string().to_lowercase();
    for forbidden in ["immigration_status", "citizenship\"", "ssn\"", "birthplace\""] {
        assert!(!text.contains(forbidden), "{forbidden}");
    }
}

#[tokio::test]
async fn the_api_takes_json_numbers_and_names_a_field_of_the_wrong_type() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // Counts, hours and amounts as JSON numbers (strings of digits still work, as above).
    let mut body = sample("Trabajé 50 horas sin pago de horas extra.");
    body["coworkers_affected"] = json!(3);
    body["job"]["pay_rate"] = json!(18.5);
    body["job"]["usual_hours"] = json!(50);
    body["estimated_owed"] = json!(1200);
    assert_eq!(post_json(&app, "/api/v1/complaints", &body, &[]).await.status(), 201);
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT coworkers_affected, pay_rate_cents, usual_hours, estimated_owed_cents FROM complaint",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get_by_index::<i32>(0).unwrap(), 3);
    assert_eq!(row.try_get_by_index::<i64>(1).unwrap(), 1850);
    assert_eq!(row.try_get_by_index::<i32>(2).unwrap(), 50);
    assert_eq!(row.try_get_by_index::<i64>(3).unwrap(), 120_000);

    // A value of the wrong type: 422 naming the field and the type expected, in the caller's language.
    let mut body = sample("x");
    body["retaliation"]["fired"] = json!("sí");
    let res = post_json(&app, "/api/v1/complaints", &body, &[("accept-language", "es")]).await;
    assert_eq!(res.status(), 422);
    let v: Value = res.json().await.unwrap();
    let e = &v["errors"]["retaliation.fired"][0];
    assert_eq!(e["code"], "invalid_type", "{v}");
    assert_eq!(e["expected"], "boolean");
    assert_eq!(e["message"], "Este campo tiene el tipo equivocado: debe ser true o false (verdadero o falso)");
    // Not JSON at all: the body as a whole.
    let res = app
        .client
        .post(app.url("/api/v1/complaints"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["errors"]["body"][0]["code"], "invalid_request");
}
