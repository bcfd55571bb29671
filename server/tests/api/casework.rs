//! Case management through the API: workflow moves (legal and illegal), notes and what the
//! worker sees, determinations and approval, letters, the queue (filters, search, paging,
//! visibility), the calculator, retaliation reviews and employer records.

use crate::both_backends;
use crate::helpers::{TestApp, add_user, enrol_directly, login};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

/// An investigator and a supervisor (two-factor on), signed in.
pub(crate) async fn staff(app: &TestApp) -> (String, String) {
    add_user(app, "inv@test.example", "investigator", None).await;
    add_user(app, "sup@test.example", "supervisor", None).await;
    let inv = login(app, "inv@test.example").await;
    let sup = login(app, "sup@test.example").await;
    enrol_directly(app, &sup).await;
    (inv, sup)
}

pub(crate) async fn post(app: &TestApp, path: &str, cookie: &str, body: Value) -> reqwest::Response {
    app.client.post(app.url(path)).header("cookie", cookie).json(&body).send().await.unwrap()
}

pub(crate) fn complaint(employer: &str, narrative: &str, threat: bool) -> Value {
    let mut c = crate::complaints::sample(narrative);
    c["employer"]["name"] = json!(employer);
    c["retaliation"]["immigration_threat"] = json!(threat);
    c
}

/// The investigator takes the case (working it needs that, or a supervisor).
pub(crate) async fn take(app: &TestApp, inv: &str, id: i64) {
    let res =
        post(app, &format!("/api/v1/cases/{id}/assign"), inv, json!({"assignee_email": "inv@test.example"})).await;
    assert_eq!(res.status(), 200, "take case {id}");
}

/// The assignee moves a case through triage to resolved (`resolution`) and closed, giving `reason`.
pub(crate) async fn close(app: &TestApp, inv: &str, id: i64, resolution: &str, reason: &str) {
    for (to, extra) in [("triage", None), ("resolved", Some(resolution)), ("closed", None)] {
        let mut b = json!({"to": to, "reason": reason});
        if let Some(r) = extra {
            b["resolution"] = json!(r);
        }
        assert_eq!(post(app, &format!("/api/v1/cases/{id}/transition"), inv, b).await.status(), 200, "to {to}");
    }
}

/// Files and returns (case id, tracking code, access code).
pub(crate) async fn file(app: &TestApp, sup: &str, body: Value) -> (i64, String, String) {
    let receipt = app.file_complaint(&body).await;
    let tracking = receipt["tracking_code"].as_str().unwrap().to_owned();
    let found = app.get_json(&format!("/api/v1/cases?tracking_code={tracking}"), sup).await;
    let id = found["cases"][0]["id"].as_i64().unwrap();
    (id, tracking, receipt["access_code"].as_str().unwrap().to_owned())
}

pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext").arg(&path).arg("-").output().expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

both_backends!(a_case_is_worked_from_complaint_to_closure, |app| {
    let (inv, sup) = staff(&app).await;
    let (id, tracking, access) =
        file(&app, &sup, complaint("Limpiezas Rápidas LLC", "No me pagaron las horas extra.", false)).await;
    let base = format!("/api/v1/cases/{id}");

    // An investigator takes the case.
    let res = post(&app, &format!("{base}/assign"), &inv, json!({"assignee_email": "inv@test.example"})).await;
    assert_eq!(res.status(), 200);

    // Illegal move: 409 with a clear message in the caller's language; nothing changes.
    let res = app
        .client
        .post(app.url(&format!("{base}/transition")))
        .header("cookie", &inv)
        .header("accept-language", "es")
        .json(&json!({"to": "determination", "reason": "skip ahead"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "illegal_transition");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("Recibida")
            || v["error"]["message"].as_str().unwrap().contains("\""),
        "{v}"
    );
    // A move without a reason is refused too.
    let res = post(&app, &format!("{base}/transition"), &inv, json!({"to": "triage", "reason": " "})).await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "reason_required");

    let res =
        post(&app, &format!("{base}/transition"), &inv, json!({"to": "triage", "reason": "Read the complaint"})).await;
    assert_eq!(res.status(), 200);

    // Notes: one internal, one for the worker.
    let res = post(
        &app,
        &format!("{base}/notes"),
        &inv,
        json!({"body": "Employer has 3 prior complaints (internal)", "visible_to_worker": false}),
    )
    .await;
    assert_eq!(res.status(), 201);
    let res = post(
        &app,
        &format!("{base}/notes"),
        &inv,
        json!({"body": "Le llamaremos el lunes.", "visible_to_worker": true}),
    )
    .await;
    assert_eq!(res.status(), 201);

    // The worker sees the status change and the visible note, never the internal one.
    let res = app.worker_status(&tracking, &access).await;
    assert_eq!(res.status(), 200);
    let worker = res.text().await.unwrap();
    assert!(worker.contains("\"triage\""), "{worker}");
    assert!(worker.contains("Le llamaremos el lunes."), "{worker}");
    assert!(!worker.contains("prior complaints"), "{worker}");
    assert!(!worker.contains("Read the complaint"), "reasons are internal: {worker}");

    for (to, reason) in [("investigating", "Notice sent")] {
        let res = post(&app, &format!("{base}/transition"), &inv, json!({"to": to, "reason": reason})).await;
        assert_eq!(res.status(), 200);
    }
    // Notice letter: employer named, worker (no consent) not named; the 21 days start.
    let res =
        app.client.get(app.url(&format!("{base}/letters/notice.pdf"))).header("cookie", &inv).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let text = pdf_text(&res.bytes().await.unwrap());
    assert!(text.contains("Limpiezas Rápidas"), "{text}");
    assert!(!text.contains("Rosa"), "worker named without consent: {text}");
    assert!(text.contains("limpieza"), "job described instead: {text}");

    // Demand before any determination: refused.
    let res =
        app.client.get(app.url(&format!("{base}/letters/demand.pdf"))).header("cookie", &inv).send().await.unwrap();
    assert_eq!(res.status(), 409);

    // Determination from the calculator (server computes), then approval by a supervisor only.
    let res =
        post(&app, &format!("{base}/transition"), &inv, json!({"to": "determination", "reason": "Payroll reviewed"}))
            .await;
    assert_eq!(res.status(), 200);
    let calc = json!({"jurisdiction": "denver", "as_of": "2026-06-30", "work_periods": [
        {"start": "2026-03-01", "end": "2026-03-14", "hours": 80, "paid_cents": 100000}]});
    let res = post(&app, &format!("{base}/determination"), &inv, calc.clone()).await;
    assert_eq!(res.status(), 201);
    let det: Value = res.json().await.unwrap();
    // 80 h x $19.29 = $1,543.20 - $1,000.00 paid = $543.20 minimum-wage shortfall.
    assert_eq!(det["lines"][0]["code"], "minimum_wage_shortfall");
    assert_eq!(det["lines"][0]["amount_cents"], 54_320);

    let res = post(
        &app,
        &format!("{base}/transition"),
        &inv,
        json!({"to": "resolved", "resolution": "paid", "reason": "Paid"}),
    )
    .await;
    assert_eq!(res.status(), 409, "paid needs an approved determination");
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "needs_approved_determination");
    let res = post(&app, &format!("{base}/determination/approve"), &inv, json!({"approve": true})).await;
    assert_eq!(res.status(), 403, "investigators cannot approve");
    let res = post(&app, &format!("{base}/determination/approve"), &sup, json!({"approve": true})).await;
    assert_eq!(res.status(), 200);

    let res = app
        .client
        .get(app.url(&format!("{base}/letters/determination.pdf")))
        .header("cookie", &inv)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let text = pdf_text(&res.bytes().await.unwrap());
    assert!(text.contains("$543.20"), "{text}");
    assert!(!text.contains("Rosa"), "{text}");

    let res = post(
        &app,
        &format!("{base}/transition"),
        &inv,
        json!({"to": "resolved", "resolution": "paid", "reason": "Employer paid in full"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let res =
        post(&app, &format!("{base}/transition"), &inv, json!({"to": "closed", "reason": "Payment confirmed"})).await;
    assert_eq!(res.status(), 200);
    let res = post(&app, &format!("{base}/transition"), &inv, json!({"to": "triage", "reason": "Reopen"})).await;
    assert_eq!(res.status(), 409, "closed is final");

    // The case shows its whole story: who, when, why.
    let case = app.get_json(&base, &sup).await;
    assert_eq!(case["status"], "closed");
    assert_eq!(case["resolution"], "paid");
    let timeline = case["timeline"].as_array().unwrap();
    let moves: Vec<&str> = timeline.iter().filter_map(|e| e["status"].as_str()).collect();
    assert_eq!(moves, ["received", "triage", "investigating", "determination", "resolved", "closed"]);
    let last = timeline.iter().rev().find(|e| e["kind"] == "status_changed").unwrap();
    assert_eq!(last["actor"], "inv@test.example");
    assert_eq!(last["reason"], "Payment confirmed");
    assert!(timeline.iter().any(|e| e["kind"] == "notice_sent"));
    assert_eq!(case["notes"].as_array().unwrap().len(), 2);
    assert_eq!(case["determinations"][0]["state"], "approved");
    let deadlines = case["deadlines"].as_array().unwrap();
    assert!(deadlines.iter().any(|d| d["kind"] == "employer_response"), "{deadlines:?}");
});

both_backends!(the_queue_filters_searches_and_pages, |app| {
    let (inv, sup) = staff(&app).await;
    add_user(&app, "adv@test.example", "advocate", Some("Centro Obrero")).await;
    let adv = login(&app, "adv@test.example").await;
    let mut ids = vec![];
    for i in 0..6 {
        let threat = i % 3 == 0;
        let narrative = if i == 4 { "Trabajé en el almacén de noche sin pago." } else { "No me pagaron." };
        let (id, _, _) = file(&app, &sup, complaint(&format!("Empresa Número {i}"), narrative, threat)).await;
        ids.push(id);
    }
    // Filed by the advocate: only that one is theirs.
    let res = app
        .client
        .post(app.url("/api/v1/complaints"))
        .header("cookie", &adv)
        .json(&complaint("Centro Case Co", "Pago atrasado.", false))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);

    // Urgent (retaliation) cases come first; pages of 3 cover everything once.
    let mut seen = vec![];
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/v1/cases?limit=3&cursor={c}"),
            None => "/api/v1/cases?limit=3".to_owned(),
        };
        let page = app.get_json(&path, &sup).await;
        for c in page["cases"].as_array().unwrap() {
            seen.push((c["id"].as_i64().unwrap(), c["priority"].as_str().unwrap().to_owned()));
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7, "{seen:?}");
    let mut unique: Vec<i64> = seen.iter().map(|(id, _)| *id).collect();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 7);
    assert_eq!(seen[0].1, "urgent");
    assert_eq!(seen[1].1, "urgent");
    assert!(seen[2..].iter().all(|(_, p)| p == "normal"), "{seen:?}");

    let flagged = app.get_json("/api/v1/cases?flag=retaliation", &sup).await;
    assert_eq!(flagged["cases"].as_array().unwrap().len(), 2);
    let by_name = app.get_json("/api/v1/cases?q=empresa%20numero%203", &sup).await;
    assert_eq!(by_name["cases"].as_array().unwrap().len(), 1, "{by_name}");
    assert_eq!(by_name["cases"][0]["id"], ids[3]);
    // Narrative words through the blind index (accents and case folded).
    let by_words = app.get_json("/api/v1/cases?q=ALMACEN%20noche", &sup).await;
    assert_eq!(by_words["cases"].as_array().unwrap().len(), 1, "{by_words}");
    assert_eq!(by_words["cases"][0]["id"], ids[4]);
    let none = app.get_json("/api/v1/cases?q=almacen%20migra", &sup).await;
    assert_eq!(none["cases"].as_array().unwrap().len(), 0);
    // The case a narrative search surfaced shows that search in its access history; the cases it
    // did not surface, and a search by employer name, leave none.
    let surfaced =
        |log: &Value| log["entries"].as_array().unwrap().iter().filter(|e| e["action"] == "search_matched").count();
    let log = app.get_json(&format!("/api/v1/cases/{}/access-log", ids[4]), &sup).await;
    assert_eq!(surfaced(&log), 1, "{log}");
    assert_eq!(
        log["entries"].as_array().unwrap().iter().find(|e| e["action"] == "search_matched").unwrap()["actor"],
        "sup@test.example"
    );
    let log = app.get_json(&format!("/api/v1/cases/{}/access-log", ids[3]), &sup).await;
    assert_eq!(surfaced(&log), 0, "{log}");

    // Assignment and the assignee filter; investigators see unassigned + their own only.
    let res = post(
        &app,
        "/api/v1/cases/assign",
        &sup,
        json!({"ids": [ids[0], ids[1]], "assignee_email": "sup@test.example"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let res =
        post(&app, "/api/v1/cases/assign", &inv, json!({"ids": [ids[2]], "assignee_email": "inv@test.example"})).await;
    assert_eq!(res.status(), 403, "bulk assignment is for supervisors");
    let mine = app.get_json("/api/v1/cases?assignee=sup%40test.example", &sup).await;
    assert_eq!(mine["cases"].as_array().unwrap().len(), 2);
    let unassigned = app.get_json("/api/v1/cases?assignee=none", &sup).await;
    assert_eq!(unassigned["cases"].as_array().unwrap().len(), 5);
    let inv_view = app.get_json("/api/v1/cases", &inv).await;
    assert_eq!(inv_view["cases"].as_array().unwrap().len(), 5, "not the supervisor's two");
    let res =
        app.client.get(app.url(&format!("/api/v1/cases/{}", ids[0]))).header("cookie", &inv).send().await.unwrap();
    assert_eq!(res.status(), 404);

    // Advocates see only their organisation's case, and cannot work it.
    let adv_view = app.get_json("/api/v1/cases", &adv).await;
    assert_eq!(adv_view["cases"].as_array().unwrap().len(), 1);
    let adv_id = adv_view["cases"][0]["id"].as_i64().unwrap();
    let res = post(&app, &format!("/api/v1/cases/{adv_id}/notes"), &adv, json!({"body": "hello there"})).await;
    assert_eq!(res.status(), 403);
    let res = post(&app, &format!("/api/v1/cases/{adv_id}/notes"), &sup, json!({"body": "internal only"})).await;
    assert_eq!(res.status(), 201);
    let res = post(
        &app,
        &format!("/api/v1/cases/{adv_id}/notes"),
        &sup,
        json!({"body": "visible update", "visible_to_worker": true}),
    )
    .await;
    assert_eq!(res.status(), 201);
    let adv_case = app
        .client
        .get(app.url(&format!("/api/v1/cases/{adv_id}")))
        .header("cookie", &adv)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(adv_case.contains("visible update"));
    assert!(!adv_case.contains("internal only"), "advocates never see internal notes");

    // Other filters.
    let es = app.get_json("/api/v1/cases?language=es&status=received&violation=overtime", &sup).await;
    assert_eq!(es["cases"].as_array().unwrap().len(), 7);
    let future = app.get_json("/api/v1/cases?from=2099-01-01", &sup).await;
    assert_eq!(future["cases"].as_array().unwrap().len(), 0);
});

both_backends!(retaliation_reviews_notify_reprioritise_and_feed_the_calculator, |app| {
    let (inv, sup) = staff(&app).await;
    let (id, _, _) =
        file(&app, &sup, complaint("Techos LLC", "El capataz dijo que iba a llamar a la migra.", true)).await;
    // Supervisors were notified in-app (and an email waits in the outbox).
    let n = app.get_json("/api/v1/notifications", &sup).await;
    assert_eq!(n["notifications"][0]["case_id"], id);
    assert_eq!(n["notifications"][0]["kind"], "retaliation_flagged");
    assert_eq!(crate::complaints::count(&app, "outbox").await, 1);
    // A supervisor who has not finished two-factor set-up reads no notification either.
    add_user(&app, "sup2@test.example", "supervisor", None).await;
    let sup2 = login(&app, "sup2@test.example").await;
    let res = app.client.get(app.url("/api/v1/notifications")).header("cookie", &sup2).send().await.unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "two_factor_required");

    take(&app, &inv, id).await;
    let base = format!("/api/v1/cases/{id}");
    let res = post(
        &app,
        &format!("{base}/retaliation/review"),
        &inv,
        json!({"kind": "immigration_threat", "decision": "dismissed", "reason": "no"}),
    )
    .await;
    assert_eq!(res.status(), 422, "a reason is required");
    let res = post(
        &app,
        &format!("{base}/retaliation/review"),
        &inv,
        json!({"kind": "immigration_threat", "decision": "dismissed", "reason": "Worker says it was a joke"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["priority"], "normal");
    let res = post(&app, &format!("{base}/retaliation/review"), &inv, json!({"kind": "immigration_threat", "decision": "confirmed", "instances": 2, "reason": "Two witnesses confirm the threat"})).await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["priority"], "urgent");
    assert_eq!(v["retaliation"]["review"][0]["decision"], "confirmed");
    assert_eq!(v["retaliation"]["review"][0]["reason"], "Two witnesses confirm the threat");

    for (to, why) in [("triage", "first call"), ("investigating", "notice")] {
        assert_eq!(
            post(&app, &format!("{base}/transition"), &inv, json!({"to": to, "reason": why})).await.status(),
            200
        );
    }
    let res = post(
        &app,
        &format!("{base}/determination"),
        &inv,
        json!({"as_of": "2026-06-30", "work_periods": [
        {"start": "2026-03-01", "end": "2026-03-14", "hours": 80, "paid_cents": 100000}]}),
    )
    .await;
    assert_eq!(res.status(), 201);
    let det: Value = res.json().await.unwrap();
    let lines = det["lines"].as_array().unwrap();
    let of = |code: &str| lines.iter().filter(|l| l["code"] == code).cloned().collect::<Vec<_>>();
    // 2 confirmed instances × $5,000, one line each, naming the kind and instance they come from.
    let fines = of("denver_retaliation_fine");
    assert_eq!(fines.len(), 2);
    for (n, fine) in fines.iter().enumerate() {
        assert_eq!(fine["amount_cents"], 500_000);
        assert_eq!(fine["verify_with_counsel"], true);
        assert_eq!(fine["source"], json!({"kind": "immigration_threat", "instance": n + 1}));
    }
    // The most severe tier: the per-worker fine and the policy's escalation (100% by default).
    assert_eq!(of("denver_aggravated_fine")[0]["amount_cents"], 2_500_000);
    assert_eq!(of("policy_escalation").len(), 2);
    assert_eq!(of("policy_escalation")[0]["policy"], true);
    // What was found is sealed with the case key, not kept in clear.

    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT input_json, lines_json, sealed_ct FROM determination WHERE complaint_id = {id}"),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<String>("", "input_json").unwrap(), "");
    assert_eq!(row.try_get::<String>("", "lines_json").unwrap(), "");
    let sealed = row.try_get::<Vec<u8>>("", "sealed_ct").unwrap();
    assert!(sealed.len() > 100 && !sealed.windows(11).any(|w| w == b"immigration"), "ciphertext");
    // …and the case view opens it.
    let case = app.get_json(&base, &inv).await;
    assert_eq!(case["determinations"][0]["lines"].as_array().unwrap().len(), lines.len());

    // The review is audited.
    let log = app.get_json(&format!("{base}/access-log"), &sup).await;
    assert!(log["entries"].as_array().unwrap().iter().any(|e| e["action"] == "retaliation_review"));
});

both_backends!(employers_are_records_with_aliases_links_and_repeat_counts, |app| {
    let (inv, sup) = staff(&app).await;
    let (a, _, _) = file(&app, &sup, complaint("Tacos El Güero, LLC", "x1", false)).await;
    let (b, _, _) = file(&app, &sup, complaint("tacos el guero", "x2", false)).await;
    let ca = app.get_json(&format!("/api/v1/cases/{a}"), &sup).await;
    let cb = app.get_json(&format!("/api/v1/cases/{b}"), &sup).await;
    let eid = ca["employer"]["id"].as_i64().unwrap();
    assert_eq!(cb["employer"]["id"], eid, "one employer record for both spellings");
    let res = post(
        &app,
        &format!("/api/v1/employers/{eid}/links"),
        &sup,
        json!({"related_name": "Mile High Staffing Inc", "kind": "staffing_agency"}),
    )
    .await;
    assert_eq!(res.status(), 201);
    let res =
        post(&app, &format!("/api/v1/employers/{eid}/links"), &sup, json!({"related_name": "X", "kind": "cousin"}))
            .await;
    assert_eq!(res.status(), 422);
    let res =
        post(&app, &format!("/api/v1/employers/{eid}/aliases"), &sup, json!({"name": "El Güero Taco Truck"})).await;
    assert_eq!(res.status(), 201);
    // Rewiring records changes repeat counts (and so willfulness): not for investigators.
    let res = post(&app, &format!("/api/v1/employers/{eid}/aliases"), &inv, json!({"name": "Otro Nombre"})).await;
    assert_eq!(res.status(), 403);
    let res = post(
        &app,
        &format!("/api/v1/employers/{eid}/links"),
        &inv,
        json!({"related_name": "Some Contractor", "kind": "contractor"}),
    )
    .await;
    assert_eq!(res.status(), 403);
    let (c, _, _) = file(&app, &sup, complaint("EL GUERO TACO TRUCK", "x3", false)).await;
    assert_eq!(app.get_json(&format!("/api/v1/cases/{c}"), &sup).await["employer"]["id"], eid);
    let e = app.get_json(&format!("/api/v1/employers/{eid}"), &sup).await;
    assert_eq!(e["complaints"], 3);
    assert_eq!(e["links"][0]["kind"], "staffing_agency");
    assert_eq!(e["links"].as_array().unwrap().len(), 1, "the investigator's link was not made");
    assert_eq!(e["repeat_offender"], false);
    // Both changes are in the audit log, with the supervisor who made them.
    let audited = |action: &'static str| {
        app.count(format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = '{action}' AND actor_email = 'sup@test.example'"
        ))
    };
    assert_eq!(audited("employer_linked").await, 1);
    assert_eq!(audited("employer_alias_added").await, 1);
    // The employer filter of the queue.
    assert_eq!(
        app.get_json(&format!("/api/v1/cases?employer={eid}"), &sup).await["cases"].as_array().unwrap().len(),
        3
    );
});

#[tokio::test]
async fn the_calculator_shows_its_work_with_citations() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@test.example", "investigator", None).await;
    let inv = login(&app, "inv@test.example").await;
    let body = json!({"jurisdiction": "denver", "as_of": "2026-06-30", "work_periods": [
        {"start": "2026-03-01", "end": "2026-03-14", "hours": 80.5, "paid_cents": 100000, "promised_hourly_cents": 2000}],
        "retaliation_instances": 1, "retaliation_days": 10, "employees": 2});
    let res = app.client.post(app.url("/api/v1/calculations")).json(&body).send().await.unwrap();
    assert_eq!(res.status(), 401, "staff only");
    let res = post(&app, "/api/v1/calculations", &inv, body).await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    let line =
        |code: &str| v["lines"].as_array().unwrap().iter().find(|l| l["code"] == code).cloned().unwrap_or(Value::Null);
    // 80.5 h x $19.29 = $1,552.85 - $1,000 = $552.85 shortfall;
    // 80.5 h x $20.00 = $1,610.00 - $1,000 - $552.85 = $57.15 more of the agreed wage.
    assert_eq!(line("minimum_wage_shortfall")["amount_cents"], 55_285);
    assert_eq!(line("unpaid_wages")["amount_cents"], 5_715);
    assert_eq!(v["unpaid_wages_cents"], 61_000);
    // Denver: $5,000 per instance; C.R.S. 8-4-120: $50 x 10 days x 2 employees = $1,000.
    assert_eq!(line("denver_retaliation_fine")["amount_cents"], 500_000);
    assert_eq!(line("crs_8_4_120_daily_penalty")["amount_cents"], 100_000);
    // Liquidated damages: greater of 2 x $610.00 = $1,220 or $2,000.
    assert_eq!(line("crs_8_4_120_liquidated_damages")["amount_cents"], 200_000);
    for l in v["lines"].as_array().unwrap() {
        assert!(!l["citation"].as_str().unwrap().is_empty(), "{l}");
        assert!(!l["work"].as_str().unwrap().is_empty(), "{l}");
    }
    let sum: i64 = v["lines"].as_array().unwrap().iter().map(|l| l["amount_cents"].as_i64().unwrap()).sum();
    assert_eq!(v["total_cents"], sum);
    let res = post(
        &app,
        "/api/v1/calculations",
        &inv,
        json!({"work_periods": [
        {"start": "2026-03-14", "end": "2026-03-01", "hours": 8, "paid_cents": 0}]}),
    )
    .await;
    assert_eq!(res.status(), 422);
}

both_backends!(rescreening_reports_changes_and_keeps_human_reviews, |app| {
    let (inv, sup) = staff(&app).await;
    let mut body = complaint("Obras SA", "El capataz dijo que iba a llamar a la migra.", false);
    body["retaliation"] = json!({});
    let (id, _, _) = file(&app, &sup, body).await;
    let (quiet, _, _) = file(&app, &sup, complaint("Otra SA", "No me pagaron.", false)).await;
    // Simulate a case screened by older rules that missed the threat.

    let sql = format!(
        "UPDATE complaint SET facts_ct = NULL, retaliation_flagged = false, priority = 'normal' WHERE id = {id}"
    );
    app.db.execute_unprepared(&sql).await.unwrap();
    let cases = app.case_service();
    let (total, dry) = cases.rescreen(false).await.unwrap();
    assert_eq!(total, 2);
    assert_eq!(dry.len(), 1);
    assert_eq!(dry[0].id, id);
    assert_eq!(dry[0].after, vec!["immigration_threat".to_owned()]);
    assert_eq!(
        app.get_json(&format!("/api/v1/cases/{id}"), &sup).await["priority"],
        "normal",
        "dry run changes nothing"
    );
    let (_, applied) = cases.rescreen(true).await.unwrap();
    assert_eq!(applied.len(), 1);
    let case = app.get_json(&format!("/api/v1/cases/{id}"), &sup).await;
    assert_eq!(case["priority"], "urgent");
    assert_eq!(case["retaliation"]["kinds"][0], "immigration_threat");
    assert!(case["first_contact_due"].is_string());
    assert_eq!(app.get_json(&format!("/api/v1/cases/{quiet}"), &sup).await["priority"], "normal");

    // A person dismisses the flag; a later re-screen that still finds it keeps the dismissal.
    take(&app, &inv, id).await;
    let res = post(
        &app,
        &format!("/api/v1/cases/{id}/retaliation/review"),
        &inv,
        json!({"kind": "immigration_threat", "decision": "dismissed", "reason": "Quoted a news story, not the boss"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    app.db.execute_unprepared(&sql).await.unwrap();
    let (_, again) = cases.rescreen(true).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].priority.1, "normal", "the human dismissal stands");
    assert_eq!(app.get_json(&format!("/api/v1/cases/{id}"), &sup).await["priority"], "normal");
});

#[tokio::test]
async fn letters_name_the_worker_only_with_consent() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (inv, sup) = staff(&app).await;
    let mut body = complaint("Pinturas Norte", "No me pagaron.", false);
    body["contact"]["share_name_with_employer"] = json!(true);
    let (id, _, _) = file(&app, &sup, body).await;
    take(&app, &inv, id).await;
    let res = app
        .client
        .get(app.url(&format!("/api/v1/cases/{id}/letters/notice.pdf")))
        .header("cookie", &inv)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let text = pdf_text(&res.bytes().await.unwrap());
    assert!(text.contains("Rosa"), "named with consent: {text}");
    assert!(text.contains("Pinturas Norte"));
    // Anonymous complaints are described, never named.
    let mut anon = complaint("Pinturas Sur", "No me pagaron.", false);
    anon["anonymous"] = json!(true);
    anon["contact"] = json!({});
    let (aid, _, _) = file(&app, &sup, anon).await;
    take(&app, &inv, aid).await;
    let res = app
        .client
        .get(app.url(&format!("/api/v1/cases/{aid}/letters/notice.pdf")))
        .header("cookie", &inv)
        .send()
        .await
        .unwrap();
    let text = pdf_text(&res.bytes().await.unwrap());
    assert!(text.contains("limpieza") && !text.contains("Rosa"), "{text}");
}

#[tokio::test]
async fn a_filter_form_with_blank_fields_is_not_an_error() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (inv, _) = staff(&app).await;
    let res = app
        .client
        .get(app.url("/staff/cases?q=&status=&flag=retaliation&from=&to=&limit=&employer="))
        .header("cookie", &inv)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = app.client.get(app.url("/api/v1/cases?from=&to=")).header("cookie", &inv).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn narratives_filed_before_the_index_existed_join_it() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (_, sup) = staff(&app).await;
    let (id, _, _) =
        file(&app, &sup, complaint("Lavandería Sol", "Trabajé en la lavandería sin descanso.", false)).await;

    app.db.execute_unprepared("DELETE FROM complaint_term").await.unwrap();
    assert_eq!(app.get_json("/api/v1/cases?q=descanso", &sup).await["cases"].as_array().unwrap().len(), 0);
    let cases = app.case_service();
    assert_eq!(cases.index_missing_terms().await.unwrap(), 1);
    assert_eq!(cases.index_missing_terms().await.unwrap(), 0, "once");
    let found = app.get_json("/api/v1/cases?q=descanso", &sup).await;
    assert_eq!(found["cases"][0]["id"], id);
}

/// Takes case `id` through to an approved determination for 80 h paid $1,000 (2026-03-01..14,
/// interest to `as_of`), with the reviews posted first, and returns the determination letter's text.
pub(crate) async fn approved_determination_letter(
    app: &TestApp,
    (inv, sup): (&str, &str),
    id: i64,
    reviews: &[Value],
    as_of: &str,
) -> String {
    take(app, inv, id).await;
    let base = format!("/api/v1/cases/{id}");
    for review in reviews {
        assert_eq!(post(app, &format!("{base}/retaliation/review"), inv, review.clone()).await.status(), 200);
    }
    for (to, why) in [("triage", "read it"), ("investigating", "notice"), ("determination", "payroll")] {
        assert_eq!(post(app, &format!("{base}/transition"), inv, json!({"to": to, "reason": why})).await.status(), 200);
    }
    let calc = json!({"as_of": as_of, "work_periods": [
        {"start": "2026-03-01", "end": "2026-03-14", "hours": 80, "paid_cents": 100000}]});
    assert_eq!(post(app, &format!("{base}/determination"), inv, calc).await.status(), 201);
    assert_eq!(post(app, &format!("{base}/determination/approve"), sup, json!({})).await.status(), 200);
    let res = app
        .client
        .get(app.url(&format!("{base}/letters/determination.pdf")))
        .header("cookie", inv)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    pdf_text(&res.bytes().await.unwrap())
}

#[tokio::test]
async fn the_determination_letter_is_also_in_the_workers_script() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (inv, sup) = staff(&app).await;
    for (lang, title) in [("ar", "القرار"), ("am", "ውሳኔ")] {
        let mut body = complaint("Parking Co", "لم يدفعوا لي / ደመወዝ አልተከፈለኝም", false);
        body["language"] = json!(lang);
        let (id, _, _) = file(&app, &sup, body).await;
        let text = approved_determination_letter(&app, (&inv, &sup), id, &[], "2026-06-30").await;
        assert!(text.contains("Determination"), "{lang}: English part: {text}");
        assert!(text.contains(title), "{lang}: worker's language part: {text}");
        assert!(text.contains("$543.20"), "{lang}: {text}");
    }
}

#[tokio::test]
async fn an_immigration_threat_costs_more_and_the_letter_names_the_finding() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (inv, sup) = staff(&app).await;
    // The calculator: the same case with one threat about immigration, then one hours cut.
    let calc = |kind: &str| {
        json!({"as_of": "2026-03-15", "work_periods": [
            {"start": "2026-03-01", "end": "2026-03-14", "hours": 80, "paid_cents": 100000}],
            "retaliation": [{"kind": kind, "instances": 1}], "retaliation_days": 10})
    };
    let total = |v: Value| v["total_cents"].as_i64().unwrap();
    let threat: Value =
        post(&app, "/api/v1/calculations", &inv, calc("immigration_threat")).await.json().await.unwrap();
    let cut: Value = post(&app, "/api/v1/calculations", &inv, calc("hours_or_pay_cut")).await.json().await.unwrap();
    // $543.20 + $1,086.40 + $5,000 + $500 + $2,000, and for the threat + $25,000 + $5,000.
    assert_eq!(total(cut.clone()), 912_960);
    assert_eq!(total(threat.clone()), 3_912_960);
    for l in threat["lines"].as_array().unwrap() {
        assert!(!l["citation"].as_str().unwrap().is_empty(), "{l}");
    }
    let res = post(&app, "/api/v1/calculations", &inv, calc("citizenship")).await;
    assert_eq!(res.status(), 422, "only the screening's kinds");

    // A confirmed threat: the determination letter names the finding in English and in the
    // worker's language.
    for (lang, found, kind) in [
        ("es", "Represalias comprobadas:", "Amenaza con inmigración o con la policía: 1 confirmado(s)"),
        ("ar", "الذي ثبت", "الهجرة"),
    ] {
        let mut body = complaint("Jardines Sur", "El jefe dijo que iba a llamar a la migra.", true);
        body["language"] = json!(lang);
        let (id, _, _) = file(&app, &sup, body).await;
        let review = json!({"kind": "immigration_threat", "decision": "confirmed", "instances": 1, "reason": "Text message seen"});
        let text = approved_determination_letter(&app, (&inv, &sup), id, &[review], "2026-03-15").await;
        assert!(text.contains("Retaliation found:"), "{lang}: {text}");
        assert!(text.contains("Threat about immigration or the police: 1 confirmed"), "{lang}: {text}");
        assert!(text.contains(found) && text.contains(kind), "{lang}: worker's language: {text}");
        assert!(text.contains("$5,000.00") && text.contains("$25,000.00"), "{lang}: {text}");
        assert!(text.contains("Sanctuary Protection Act"), "{lang}: the policy line cites the Act: {text}");
        // A finding, never a status: the letter says nothing about the worker's papers.
        assert!(!text.to_lowercase().contains("undocumented"), "{lang}");
    }
}

both_backends!(an_overdue_immigration_threat_reminds_every_supervisor_each_day, |app| {
    let (inv, sup) = staff(&app).await;
    add_user(&app, "sup2@test.example", "supervisor", None).await;
    let (threat, _, _) =
        file(&app, &sup, complaint("Granja Norte", "El mayordomo dijo que iba a llamar a la migra.", false)).await;
    let (cut, _, _) =
        file(&app, &sup, complaint("Granja Sur", "After I complained my boss cut my hours.", false)).await;
    let case = app.get_json(&format!("/api/v1/cases/{cut}"), &sup).await;
    assert_eq!(case["retaliation"]["kinds"], json!(["hours_or_pay_cut"]));

    let overdue = (chrono::Utc::now() - chrono::Duration::days(5)).date_naive();
    app.db
        .execute_unprepared(&format!(
            "UPDATE complaint SET first_contact_due = '{overdue}' WHERE id IN ({threat}, {cut})"
        ))
        .await
        .unwrap();
    let cases = app.case_service();
    let reminders = |case: i64| {
        app.count(format!(
            "SELECT COUNT(*) FROM notification WHERE complaint_id = {case} AND kind = 'first_contact_overdue'"
        ))
    };
    let now = chrono::Utc::now();
    assert_eq!(cases.remind_overdue_first_contacts(now).await.unwrap(), 1, "only the immigration threat");
    assert_eq!(reminders(threat).await, 2, "both supervisors");
    assert_eq!(reminders(cut).await, 0);
    assert_eq!(cases.remind_overdue_first_contacts(now).await.unwrap(), 0, "once a day");
    let tomorrow = now + chrono::Duration::days(1);
    assert_eq!(cases.remind_overdue_first_contacts(tomorrow).await.unwrap(), 1, "again the next day");
    assert_eq!(reminders(threat).await, 4);
    // Contacted: the case leaves `received`, and the reminders stop.
    take(&app, &inv, threat).await;
    let res = post(
        &app,
        &format!("/api/v1/cases/{threat}/transition"),
        &inv,
        json!({"to": "triage", "reason": "called her"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let later = now + chrono::Duration::days(2);
    assert_eq!(cases.remind_overdue_first_contacts(later).await.unwrap(), 0);
    // The supervisor sees the reminder in their notifications.
    let seen = app.get_json("/api/v1/notifications", &sup).await;
    assert!(seen.to_string().contains("first_contact_overdue"), "{seen}");
});

both_backends!(only_the_assignee_or_a_supervisor_works_a_case, |app| {
    let (inv, sup) = staff(&app).await;
    add_user(&app, "inv2@test.example", "investigator", None).await;
    let inv2 = login(&app, "inv2@test.example").await;
    let (id, _, _) =
        file(&app, &sup, complaint("Techos LLC", "El capataz dijo que iba a llamar a la migra.", true)).await;
    let base = format!("/api/v1/cases/{id}");
    // Unassigned: an investigator may see it and take it, but not work it quietly — no move to
    // "unfounded", no dismissed flag, no note the worker would read, no letter to the employer.
    let attempts = [
        ("transition", json!({"to": "triage", "reason": "Looks weak to me"})),
        ("notes", json!({"body": "Nothing to see", "visible_to_worker": true})),
        (
            "retaliation/review",
            json!({"kind": "immigration_threat", "decision": "dismissed", "reason": "Not credible"}),
        ),
    ];
    for (what, body) in &attempts {
        let res = post(&app, &format!("{base}/{what}"), &inv, body.clone()).await;
        assert_eq!(res.status(), 403, "{what}");
        let v: Value = res.json().await.unwrap();
        assert_eq!(v["error"]["code"], "not_assignee", "{what}");
    }
    let res =
        app.client.get(app.url(&format!("{base}/letters/notice.pdf"))).header("cookie", &inv).send().await.unwrap();
    assert_eq!(res.status(), 403, "letters are work too");
    let case = app.get_json(&base, &sup).await;
    assert_eq!(case["status"], "received");
    assert_eq!(case["priority"], "urgent", "the flag still stands");
    assert_eq!(case["notes"], json!([]));
    assert!(case["notice_sent_on"].is_null());

    // Taken: the assignee works it; another investigator no longer even sees it.
    take(&app, &inv, id).await;
    assert_eq!(post(&app, &format!("{base}/transition"), &inv, attempts[0].1.clone()).await.status(), 200);
    assert_eq!(post(&app, &format!("{base}/notes"), &inv2, attempts[1].1.clone()).await.status(), 404);
    // Supervisors may work any case.
    assert_eq!(
        post(&app, &format!("{base}/notes"), &sup, json!({"body": "Checked by supervisor"})).await.status(),
        201
    );

    // Two people for a determination: the supervisor who records one cannot approve it.
    assert_eq!(
        post(&app, &format!("{base}/transition"), &sup, json!({"to": "investigating", "reason": "notice sent"}))
            .await
            .status(),
        200
    );
    let calc = json!({"jurisdiction": "denver", "as_of": "2026-06-30", "work_periods": [
        {"start": "2026-03-01", "end": "2026-03-14", "hours": 80, "paid_cents": 100000}]});
    assert_eq!(post(&app, &format!("{base}/determination"), &sup, calc).await.status(), 201);
    let res = post(&app, &format!("{base}/determination/approve"), &sup, json!({"approve": true})).await;
    assert_eq!(res.status(), 403);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["code"], "own_determination");
    add_user(&app, "sup2@test.example", "supervisor", None).await;
    let sup2 = login(&app, "sup2@test.example").await;
    enrol_directly(&app, &sup2).await;
    assert_eq!(
        post(&app, &format!("{base}/determination/approve"), &sup2, json!({"approve": true})).await.status(),
        200
    );
});

crate::both_backends!(a_flood_of_flagged_complaints_notifies_once_an_hour, |app| {
    let (_, sup) = staff(&app).await;
    let threat = "El patrón dijo que iba a llamar a la migra.";
    let notices = || {
        app.count("SELECT COUNT(*) FROM notification WHERE kind = 'retaliation_flagged' AND user_id = (SELECT id FROM staff_user WHERE email = 'sup@test.example')")
    };
    let mails = || app.count("SELECT COUNT(*) FROM outbox WHERE template = 'retaliation_flagged'");
    // Ten from one address against one employer, and ten against ten employers from that address.
    for _ in 0..10 {
        file(&app, &sup, complaint("Granja Falsa", threat, true)).await;
    }
    for i in 0..10 {
        file(&app, &sup, complaint(&format!("Otra Empresa {i}"), threat, true)).await;
    }
    assert_eq!(notices().await, 1, "one notice for the hour");
    assert_eq!(mails().await, 1);
    // Every one is in the urgent lane all the same.
    let urgent = app.get_json("/api/v1/cases?priority=urgent&limit=50", &sup).await;
    assert_eq!(urgent["cases"].as_array().unwrap().len(), 20);
    // Within the hour, nothing more; once it is over, one notice per batch names the newest held
    // back (the employer's batch and the address's batch).
    let cases = app.case_service();
    assert_eq!(cases.flush_flag_notices(chrono::Utc::now()).await.unwrap(), 0);
    let later = chrono::Utc::now() + chrono::Duration::minutes(61);
    assert_eq!(cases.flush_flag_notices(later).await.unwrap(), 2);
    assert_eq!(notices().await, 3);
    assert_eq!(cases.flush_flag_notices(later).await.unwrap(), 0, "once");
    // Staff filing for workers are not batched by their office's address: only by employer.
    let staffed = json!({"language": "es", "employer": {"name": "Empresa Nueva"}, "violations": ["unpaid_wages"],
        "narrative": threat, "retaliation": {"immigration_threat": true}});
    let res = post(&app, "/api/v1/complaints", &sup, staffed).await;
    assert_eq!(res.status(), 201);
    assert_eq!(notices().await, 4, "a new employer, filed by staff: notified");
});
