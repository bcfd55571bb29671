//! Staff pages without JavaScript: sign-in, home, case search and view, admin users, sign-out.

use crate::helpers::{Backend, PASSWORD, TestApp, add_user, cookie_of, enrol_directly, spawn_app};

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
    cookie_of(&res)
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
    let filed = app.file_complaint(&crate::complaints::sample("Me amenazó con la migra.")).await;
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
    let filed = app.file_complaint(&crate::complaints::sample("historia")).await;
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
    enrol_directly(&app, &sup).await;
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

#[tokio::test]
async fn admins_add_organisations_and_advocates_in_the_staff_ui() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "admin@denvergov.org", "admin", None).await;
    let cookie = sign_in(&app, "admin@denvergov.org").await;
    enrol_directly(&app, &cookie).await;
    let post = |path: &'static str, form: Vec<(&'static str, &'static str)>| {
        let req = app.client.post(app.url(path)).header("cookie", &cookie).form(&form);
        async move { req.send().await.unwrap().text().await.unwrap() }
    };
    let page = post("/staff/organisations", vec![("name", "Centro Humanitario")]).await;
    assert!(page.contains("Organisation added.") && page.contains("Centro Humanitario"));
    let page = post(
        "/staff/users",
        vec![("email", "lupe@centro.org"), ("role", "advocate"), ("org", "Centro Humanitario"), ("password", "short")],
    )
    .await;
    assert!(page.contains("at least 12 characters"), "weak password refused with the reason");
    let page = post(
        "/staff/users",
        vec![("email", "lupe@centro.org"), ("role", "advocate"), ("org", "Centro Humanitario"), ("password", PASSWORD)],
    )
    .await;
    assert!(page.contains("User added.") && page.contains("lupe@centro.org"));
    let page = post("/staff/users/disable", vec![("email", "lupe@centro.org")]).await;
    assert!(page.contains("Disabled"));
    // The audit log names the admin who did both.
    use sea_orm::ConnectionTrait;
    for action in ["user_added", "user_disabled"] {
        let sql = format!("SELECT actor_email FROM audit_log WHERE action = '{action}' ORDER BY id DESC LIMIT 1");
        let row = app
            .db
            .query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            row.try_get_by_index::<Option<String>>(0).unwrap().as_deref(),
            Some("admin@denvergov.org"),
            "{action}"
        );
    }
}

#[tokio::test]
async fn the_queue_and_case_forms_work_without_javascript() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    add_user(&app, "inv@denvergov.org", "investigator", None).await;
    let cookie = sign_in(&app, "inv@denvergov.org").await;
    let filed = app.file_complaint(&crate::complaints::sample("Me amenazó con la migra.")).await;
    let tracking = filed["tracking_code"].as_str().unwrap().to_owned();
    let queue = app.client.get(app.url("/staff/cases?lang=es")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(queue.status(), 200);
    let html = queue.text().await.unwrap();
    let grouped = format!("{}-{}-{}", &tracking[..3], &tracking[3..6], &tracking[6..]);
    assert!(html.contains(&grouped), "case listed");
    assert!(html.contains("lang=\"es\""));
    let id = app.get_json(&format!("/api/v1/cases?tracking_code={tracking}"), &cookie).await["cases"][0]["id"]
        .as_i64()
        .unwrap();
    // Taking the case (the "assign to me" button) comes first: working it needs that.
    let res = app
        .client
        .post(app.url(&format!("/staff/cases/{id}/assign")))
        .header("cookie", &cookie)
        .form(&[("me", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    // A refused move: 409, the reason in the user's language, what was typed kept.
    let res = app
        .client
        .post(app.url(&format!("/staff/cases/{id}/transition")))
        .header("cookie", &cookie)
        .form(&[("to", "closed"), ("reason", "cerrar ya por favor")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("cerrar ya por favor"), "reason kept");

    // A legal move and a note redirect back to the case (post/redirect/get).
    let res = app
        .client
        .post(app.url(&format!("/staff/cases/{id}/transition")))
        .header("cookie", &cookie)
        .form(&[("to", "triage"), ("reason", "Llamé a la trabajadora")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = app
        .client
        .post(app.url(&format!("/staff/cases/{id}/notes")))
        .header("cookie", &cookie)
        .form(&[("body", "Nota interna de prueba"), ("visible_to_worker", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // The calculator without JavaScript: the server renders the lines.
    let res = app
        .client
        .post(app.url(&format!("/staff/cases/{id}/calculate")))
        .header("cookie", &cookie)
        .form(&[
            ("calc.jurisdiction", "denver"),
            ("calc.as_of", "2026-06-30"),
            ("calc.start", "2026-03-01"),
            ("calc.end", "2026-03-14"),
            ("calc.hours", "80"),
            ("calc.paid", "1000"),
            ("op", "calculate"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("$543.20"), "shortfall shown");
    assert!(html.contains("Nota interna de prueba"));
    let case = app.get_json(&format!("/api/v1/cases/{id}"), &cookie).await;
    assert_eq!(case["status"], "triage");
}
