//! Referrals: proposed by the rules for a confirmed threat about immigration with wages unpaid,
//! decided by a supervisor, sealed, with a letter for a person to send; never sent, and never to
//! an immigration authority.

use crate::casework::{approved_determination_letter, complaint, file, pdf_text, post, staff};
use crate::helpers::TestApp;
use serde_json::{Value, json};

async fn get_pdf(app: &TestApp, cookie: &str, path: &str) -> (u16, String) {
    let res = app.client.get(app.url(path)).header("cookie", cookie).send().await.unwrap();
    let status = res.status().as_u16();
    let bytes = res.bytes().await.unwrap();
    (status, if status == 200 { pdf_text(&bytes) } else { String::new() })
}

crate::both_backends!(a_confirmed_immigration_threat_proposes_referrals_a_supervisor_decides, |app| {
    let (inv, sup) = staff(&app).await;
    let (id, _, _) = file(
        &app,
        &sup,
        complaint("Lácteos Norte", "El patrón dijo que iba a llamar a la migra si no me callaba.", true),
    )
    .await;
    let review =
        json!({"kind": "immigration_threat", "decision": "confirmed", "instances": 1, "reason": "Voice message heard"});
    let letter = approved_determination_letter(&app, (&inv, &sup), id, &[review], "2026-03-15").await;
    assert!(letter.contains("Retaliation found:"));
    let base = format!("/api/v1/cases/{id}");

    // Proposed, waiting for a supervisor.
    let case = app.get_json(&base, &sup).await;
    let referrals = case["retaliation"]["referrals"].as_array().unwrap().clone();
    let codes: Vec<&str> = referrals.iter().map(|r| r["destination"].as_str().unwrap()).collect();
    assert_eq!(codes, ["colorado_ag", "federal_forced_labor"]);
    assert!(referrals.iter().all(|r| r["proposed"] == true && r["approved"].is_null()));
    // No letter before the decision.
    assert_eq!(get_pdf(&app, &sup, &format!("{base}/letters/referral-colorado_ag.pdf")).await.0, 409);

    let outbox_before = app.count("SELECT COUNT(*) FROM outbox");
    let outbox_before = outbox_before.await;
    // Only supervisors decide, always with a reason; there is no other destination.
    let approve = json!({"approve": true, "reason": "Threat to call ICE while holding two weeks of pay"});
    let res = post(&app, &format!("{base}/referrals/colorado_ag"), &inv, approve.clone()).await;
    assert_eq!(res.status(), 403);
    let res = post(&app, &format!("{base}/referrals/colorado_ag"), &sup, json!({"approve": true})).await;
    assert_eq!(res.status(), 422, "a reason is required");
    for nowhere in ["ice", "immigration", "dhs", "uscis", "police"] {
        let res = post(&app, &format!("{base}/referrals/{nowhere}"), &sup, approve.clone()).await;
        assert_eq!(res.status(), 404, "{nowhere}");
    }
    let res = post(&app, &format!("{base}/referrals/colorado_ag"), &sup, approve).await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    let ag = &v["retaliation"]["referrals"][0];
    assert_eq!((ag["destination"].as_str(), ag["approved"].as_bool()), (Some("colorado_ag"), Some(true)));
    assert_eq!(ag["decided_by"], "sup@test.example");
    let decline = json!({"approve": false, "reason": "The AG referral covers it"});
    assert_eq!(post(&app, &format!("{base}/referrals/federal_forced_labor"), &sup, decline).await.status(), 200);

    // Nothing was sent: deciding queues no message.
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, outbox_before);
    // The decision is sealed: not even the destination is in clear.
    let sealed: Vec<u8> = {
        use sea_orm::ConnectionTrait;
        let row = app
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                format!("SELECT sealed_ct FROM referral WHERE complaint_id = {id} ORDER BY id LIMIT 1"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get("", "sealed_ct").unwrap()
    };
    assert!(!sealed.windows(8).any(|w| w == b"colorado") && !sealed.windows(5).any(|w| w == b"Voice"));
    assert_eq!(
        app.count(format!("SELECT COUNT(*) FROM audit_log WHERE action = 'referral_decided' AND complaint_id = {id}"))
            .await,
        2
    );

    // The approved referral's letter: to the Attorney General's office, the finding, the amounts,
    // and that nothing goes to immigration authorities. The declined one has none.
    let (status, text) = get_pdf(&app, &inv, &format!("{base}/letters/referral-colorado_ag.pdf")).await;
    assert_eq!(status, 200);
    assert!(text.contains("To: Colorado Department of Law, Office of the Attorney General"), "{text}");
    assert!(text.contains("Threat about immigration or the police: 1 confirmed"), "{text}");
    assert!(text.contains("C.R.S. 8-4-120"), "{text}");
    assert!(text.contains("$39,129.60") || text.contains("$38,629.60"), "the approved total: {text}");
    assert!(text.contains("Please do not share this referral with immigration authorities."), "{text}");
    assert_eq!(get_pdf(&app, &inv, &format!("{base}/letters/referral-federal_forced_labor.pdf")).await.0, 409);
    assert_eq!(get_pdf(&app, &inv, &format!("{base}/letters/referral-ice.pdf")).await.0, 404);

    // The staff page shows the referrals and their state.
    let page = app.page_text(&format!("/staff/cases/{id}"), &sup).await;
    assert!(
        page.contains("Colorado Attorney General (worker protection)") && page.contains("Approved by sup@test.example")
    );
    assert!(page.contains("referral-colorado_ag.pdf"));
});

crate::both_backends!(no_referral_without_a_confirmed_immigration_threat, |app| {
    let (inv, sup) = staff(&app).await;
    let (id, _, _) = file(&app, &sup, complaint("Lácteos Sur", "After I complained they cut my hours.", false)).await;
    let review =
        json!({"kind": "hours_or_pay_cut", "decision": "confirmed", "instances": 1, "reason": "Schedules show it"});
    approved_determination_letter(&app, (&inv, &sup), id, &[review], "2026-03-15").await;
    let base = format!("/api/v1/cases/{id}");
    assert_eq!(app.get_json(&base, &sup).await["retaliation"]["referrals"], json!([]));
    let res =
        post(&app, &format!("{base}/referrals/colorado_ag"), &sup, json!({"approve": true, "reason": "try"})).await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "referral_not_proposed");
});

/// No source file names an immigration enforcement body's address or full name outside the
/// screening's lexicon (which must recognise them in a worker's words): so no code path can have
/// one as a recipient. The referral destinations themselves are checked in `shared`.
#[test]
fn no_code_names_an_immigration_authority_as_a_recipient() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let names = [
        "ice.gov",
        "dhs.gov",
        "uscis.gov",
        "cbp.gov",
        "immigration and customs enforcement",
        "enforcement and removal operations",
        "customs and border protection",
    ];
    let mut checked = 0;
    let mut stack = vec![root.join("server/src"), root.join("shared/src"), root.join("app/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("retaliation/lexicon.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
            for name in names {
                // The referral module lists these names only to refuse them.
                if path.ends_with("shared/src/referral.rs") && text.contains("never_recipients") {
                    continue;
                }
                assert!(!text.contains(name), "{} names {name}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "read the sources ({checked} files)");
}
