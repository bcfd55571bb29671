//! Retaliation screening at intake: narrative threats (in any language) make a case urgent with a
//! first-contact deadline; the staff case carries the kinds and the signals; the worker is not told.

use crate::helpers::{Backend, PASSWORD, TestApp, add_user, cookie_of, spawn_app};
use serde_json::{Value, json};

async fn investigator(app: &TestApp) -> String {
    add_user(app, "inv@denvergov.org", "investigator", None).await;
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": "inv@denvergov.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    cookie_of(&res)
}

async fn file(app: &TestApp, language: &str, narrative: &str) -> String {
    let body = json!({"language": language, "employer": {"name": "Empresa"}, "violations": ["unpaid_wages"], "narrative": narrative});
    let res = app.client.post(app.url("/api/v1/complaints")).json(&body).send().await.unwrap();
    assert_eq!(res.status(), 201);
    res.json::<Value>().await.unwrap()["tracking_code"].as_str().unwrap().to_owned()
}

async fn case_of(app: &TestApp, cookie: &str, tracking: &str) -> Value {
    let found: Value = app
        .client
        .get(app.url(&format!("/api/v1/cases?tracking_code={tracking}")))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = found["cases"][0]["id"].as_i64().unwrap();
    app.client
        .get(app.url(&format!("/api/v1/cases/{id}")))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn narrative_threats_escalate_and_benign_ones_do_not() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let cookie = investigator(&app).await;
    let threat =
        file(&app, "es", "No me pagaron dos semanas. Cuando reclamé, el patron dijo que iba a llamar a la migra.")
            .await;
    let benign =
        file(&app, "es", "No me pagaron dos semanas. El patrón nunca me amenazó, solo dice que no hay dinero.").await;
    let vi = file(&app, "vi", "Chủ tiệm nói nếu tôi đi báo thì sẽ gọi sở di trú bắt tôi.").await;

    let case = case_of(&app, &cookie, &threat).await;
    assert_eq!(case["priority"], "urgent");
    assert_eq!(case["retaliation"]["flagged"], true);
    assert!(case["retaliation"]["kinds"].as_array().unwrap().contains(&json!("immigration_threat")));
    let signals = case["retaliation"]["signals"].as_array().unwrap();
    assert!(signals.iter().any(|s| s["source"]["type"] == "narrative"), "{signals:?}");
    let due = chrono::NaiveDate::parse_from_str(case["first_contact_due"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let today = chrono::Utc::now().date_naive();
    assert_eq!(
        due,
        reclamo_shared::calendar::add_business_days(today, 1),
        "a threat about immigration: 1 business day"
    );
    let cut = file(&app, "en", "After I complained about my pay, my boss cut my hours in half.").await;
    let case = case_of(&app, &cookie, &cut).await;
    assert_eq!(case["retaliation"]["kinds"], json!(["hours_or_pay_cut"]));
    let due = chrono::NaiveDate::parse_from_str(case["first_contact_due"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    assert_eq!(due, reclamo_shared::calendar::add_business_days(today, 2), "other kinds: 2 business days");

    let case = case_of(&app, &cookie, &benign).await;
    assert_eq!(case["priority"], "normal", "negation is not a threat");
    assert_eq!(case["retaliation"]["flagged"], false);

    assert_eq!(case_of(&app, &cookie, &vi).await["retaliation"]["flagged"], true, "Vietnamese");

    let flagged = app.get_json("/api/v1/cases?flag=retaliation", &cookie).await;
    let codes: Vec<&str> =
        flagged["cases"].as_array().unwrap().iter().map(|c| c["tracking_code"].as_str().unwrap()).collect();
    assert!(codes.contains(&threat.as_str()) && codes.contains(&vi.as_str()) && !codes.contains(&benign.as_str()));
}
