//! One door for every complaint (issue 11): the web form and the JSON API reach the same intake
//! entry, so the same person at the same address gets the same decisions through either, and an
//! advocate is credited whichever door they use.

use crate::helpers::{Backend, TestApp, add_user, login, spawn_app_with};
use reclamo_server::infra::entities::{complaint, organisation};
use sea_orm::EntityTrait;
use serde_json::json;

const LIMIT: u32 = 3;
const TRIES: usize = 5;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    File,
    Status,
    Receipt,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Via {
    Web,
    Api,
}

fn web_complaint(form_id: &str) -> Vec<(&'static str, String)> {
    vec![
        ("form_id", form_id.to_owned()),
        ("step", "5".into()),
        ("nav", "send".into()),
        ("violations", "unpaid_wages".into()),
        ("narrative", "No me pagaron la última semana.".into()),
        ("employer.name", "Construcciones Norte".into()),
        ("contact.share_name_with_employer", "no".into()),
    ]
}

/// One try; `true` when it went through, `false` for 429 (with a `Retry-After`). Anything else
/// fails the test.
async fn attempt(app: &TestApp, op: Op, via: Via, cookie: Option<&str>, codes: &(String, String)) -> bool {
    let (tracking, access) = codes;
    let mut req = match (op, via) {
        (Op::File, Via::Web) => {
            app.client.post(app.url("/report/done")).form(&web_complaint(&uuid::Uuid::new_v4().simple().to_string()))
        }
        (Op::File, Via::Api) => {
            app.client.post(app.url("/api/v1/complaints")).json(&crate::complaints::sample("No me pagaron."))
        }
        (Op::Status, Via::Web) => {
            app.client.post(app.url("/status")).form(&[("tracking_code", tracking), ("access_code", access)])
        }
        (Op::Status, Via::Api) => app
            .client
            .post(app.url(&format!("/api/v1/complaints/{tracking}/status")))
            .json(&json!({"access_code": access})),
        (Op::Receipt, Via::Web) => {
            app.client.post(app.url("/report/receipt")).form(&[("tracking_code", tracking), ("access_code", access)])
        }
        (Op::Receipt, Via::Api) => app
            .client
            .post(app.url(&format!("/api/v1/complaints/{tracking}/receipt")))
            .json(&json!({"access_code": access})),
    };
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let res = req.send().await.unwrap();
    match res.status().as_u16() {
        200 | 201 => {
            if op == Op::Receipt {
                let ct = res.headers()["content-type"].to_str().unwrap().to_owned();
                assert_eq!(ct, "application/pdf", "{op:?} via {via:?}: the receipt itself");
            }
            true
        }
        429 => {
            let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
            assert!(retry >= 1, "{op:?} via {via:?}: Retry-After");
            false
        }
        other => panic!("{op:?} via {via:?}: unexpected {other}: {}", res.text().await.unwrap_or_default()),
    }
}

/// The decisions for `TRIES` tries of `op` through `via`, on a fresh server.
async fn decisions(op: Op, via: Via, staff: bool) -> Vec<bool> {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.intake_limit = LIMIT;
        s.status_limit = LIMIT;
    })
    .await
    .unwrap();
    add_user(&app, "inv@test.example", "investigator", None).await;
    let cookie = if staff { Some(login(&app, "inv@test.example").await) } else { None };
    // A complaint to check (filed by staff: it counts toward no public limit).
    let staff_cookie = login(&app, "inv@test.example").await;
    let res = app
        .client
        .post(app.url("/api/v1/complaints"))
        .header("cookie", &staff_cookie)
        .json(&crate::complaints::sample("Para revisar."))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let receipt: serde_json::Value = res.json().await.unwrap();
    let codes =
        (receipt["tracking_code"].as_str().unwrap().to_owned(), receipt["access_code"].as_str().unwrap().to_owned());
    let mut out = vec![];
    for _ in 0..TRIES {
        out.push(attempt(&app, op, via, cookie.as_deref(), &codes).await);
    }
    out
}

#[tokio::test]
async fn the_web_form_and_the_api_make_the_same_limit_decisions() {
    let limited: Vec<bool> = (0..TRIES).map(|i| i < LIMIT as usize).collect();
    let unlimited = vec![true; TRIES];
    // (what, signed in as staff?, expected decisions on either door)
    let table = [
        (Op::File, false, &limited),
        // Staff file for callers and walk-ins from one address: not held to the per-address limit.
        (Op::File, true, &unlimited),
        (Op::Status, false, &limited),
        // The per-tracking-code limit holds for everyone, staff included.
        (Op::Status, true, &limited),
        (Op::Receipt, false, &limited),
        (Op::Receipt, true, &limited),
    ];
    for (op, staff, expected) in table {
        let web = decisions(op, Via::Web, staff).await;
        let api = decisions(op, Via::Api, staff).await;
        assert_eq!(web, api, "{op:?} (staff: {staff}): the web form and the API disagree");
        assert_eq!(&web, expected, "{op:?} (staff: {staff})");
    }
}

#[tokio::test]
async fn an_advocate_filing_through_the_web_form_is_credited() {
    let app = spawn_app_with(Backend::Sqlite, |_| {}).await.unwrap();
    add_user(&app, "luz@centro.org", "advocate", Some("Centro de Trabajadores")).await;
    let cookie = login(&app, "luz@centro.org").await;
    let res = app
        .client
        .post(app.url("/report/done"))
        .header("cookie", &cookie)
        .form(&web_complaint(&uuid::Uuid::new_v4().simple().to_string()))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("id=\"tracking-code\""), "codes shown");
    let org = organisation::Entity::find().one(&app.db).await.unwrap().expect("organisation");
    let rows = complaint::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].channel, "advocate");
    assert_eq!(rows[0].filed_by, "advocate");
    assert_eq!(rows[0].organisation_id, Some(org.id));
    // The advocate's organisation now follows the case.
    let list = app.get_json("/api/v1/cases?status=all", &cookie).await;
    assert_eq!(list["cases"].as_array().unwrap().len(), 1, "{list}");
}
