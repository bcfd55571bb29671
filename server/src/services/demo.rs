//! `reclamo demo`: realistic demo data so a newcomer sees a living system — complaints in all
//! seven languages (some with retaliation), and demo staff accounts whose passwords are printed
//! once. Everything goes through the real services (intake, accounts), so it is encrypted and
//! screened like real data.

use crate::infra::crypto::MasterKey;
use crate::infra::db::Db;
use crate::services::auth::{AuthPolicy, AuthService, SystemClock};
use crate::services::intake::{Filer, IntakeService};
use rand::{Rng, rngs::OsRng};
use reclamo_shared::complaint::{Channel, ComplaintInput, ContactInput, EmployerInput, RetaliationInput};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use std::sync::Arc;

/// One demo complaint.
struct Sample {
    lang: &'static str,
    employer: &'static str,
    industry: &'static str,
    violations: &'static [&'static str],
    narrative: &'static str,
    immigration_threat: Option<bool>,
}

const fn sample(
    lang: &'static str,
    employer: &'static str,
    industry: &'static str,
    violations: &'static [&'static str],
    narrative: &'static str,
    immigration_threat: Option<bool>,
) -> Sample {
    Sample { lang, employer, industry, violations, narrative, immigration_threat }
}

const SAMPLES: &[Sample] = &[
    sample(
        "es",
        "Techos y Más LLC",
        "construction",
        &["unpaid_wages", "overtime"],
        "Trabajé seis semanas en un techo en Stapleton y solo me pagaron dos. Cuando le pedí el resto al capataz me dijo que si seguía reclamando iba a llamar a la migra.",
        Some(true),
    ),
    sample(
        "es",
        "Taquería La Esquina",
        "restaurant",
        &["tips", "minimum_wage"],
        "El dueño se queda con las propinas de todos los meseros y nos paga 12 dólares la hora.",
        None,
    ),
    sample(
        "en",
        "Sparkle Cleaning Services",
        "cleaning",
        &["final_pay"],
        "I quit in September and they never gave me my last paycheck for two weeks of work.",
        None,
    ),
    sample(
        "en",
        "Mile High Logistics",
        "warehouse",
        &["overtime", "breaks"],
        "We work 55 hours a week with no overtime. After I asked HR about it my shifts were cut to two days.",
        None,
    ),
    sample(
        "vi",
        "Tiệm Nail Hoa Sen",
        "other",
        &["unpaid_wages", "deductions"],
        "Chủ tiệm trừ tiền lương của tôi mỗi tuần vì 'tiền học nghề'. Khi tôi hỏi, bà ấy nói sẽ gọi sở di trú.",
        None,
    ),
    sample(
        "vi",
        "Phở Saigon Express",
        "restaurant",
        &["minimum_wage"],
        "Tôi làm bếp 50 giờ một tuần, được trả tiền mặt 400 đô.",
        None,
    ),
    sample(
        "ar",
        "مطعم الشام",
        "restaurant",
        &["unpaid_wages"],
        "لم يدفع لي صاحب المطعم راتب شهر كامل، وقال إنه سيبلغ الشرطة عني إذا اشتكيت.",
        None,
    ),
    sample(
        "ar",
        "شركة النقل السريع",
        "warehouse",
        &["misclassification", "overtime"],
        "يعاملونني كمقاول مستقل مع أنني أعمل بدوام كامل تحت إشرافهم.",
        None,
    ),
    sample("am", "አዲስ ፓርኪንግ", "other", &["unpaid_wages"], "ለሁለት ወር ደመወዝ አልተከፈለኝም። ስጠይቅ አለቃዬ ኢሚግሬሽን እደውላለሁ አለኝ።", None),
    sample("am", "ሰላም የቤት እንክብካቤ", "home_care", &["sick_leave"], "ታምሜ ሁለት ቀን ስቀር ደመወዝ ቆረጡብኝ።", None),
    sample(
        "so",
        "Hilltop Meat Packing",
        "manufacturing",
        &["overtime", "breaks"],
        "Waxaan shaqeynaa 12 saacadood maalintii nasasho la'aan, saacadaha dheeraadka ahna lama bixiyo.",
        None,
    ),
    sample(
        "so",
        "Colfax Home Care",
        "home_care",
        &["bounced_check"],
        "Jeeggii mushaharka ayaa laga celiyay bangiga. Markii aan weydiiyay manager-ka wuxuu igu yiri booliiska ayaan kuu wacayaa.",
        None,
    ),
    sample(
        "zh-Hans",
        "金龙餐馆",
        "restaurant",
        &["overtime", "tips"],
        "我每周工作六十个小时，老板不给加班费，还拿走了我们的小费。我要求补发的时候他说要打电话给移民局。",
        None,
    ),
    sample("zh-Hans", "彩虹美甲店", "other", &["deductions"], "老板每个月从工资里扣两百块说是'培训费'。", None),
];

/// Seeds the demo data; with `if_empty`, does nothing when complaints already exist.
pub async fn seed(db: &Db, master: Arc<MasterKey>, if_empty: bool) -> anyhow::Result<()> {
    if if_empty && crate::infra::entities::complaint::Entity::find().count(db).await? > 0 {
        println!("reclamo: demo data already present");
        return Ok(());
    }
    let auth = AuthService::new(db.clone(), Arc::new(SystemClock), AuthPolicy::default());
    let password = || -> String {
        const WORDS: &[&str] = &[
            "maple", "river", "salsa", "comet", "pine", "harbor", "quartz", "mesa", "tulip", "ember", "cedar", "lumen",
        ];
        (0..5).map(|_| WORDS[OsRng.gen_range(0..WORDS.len())]).collect::<Vec<_>>().join("-")
            + &OsRng.gen_range(10..99).to_string()
    };
    println!(
        "reclamo: demo staff accounts (passwords shown once; supervisors and admins set up two-factor at first sign-in):"
    );
    let mut advocate_id = None;
    for (email, role, org) in [
        ("investigator@demo.reclamo.test", "investigator", None),
        ("supervisor@demo.reclamo.test", "supervisor", None),
        ("advocate@demo.reclamo.test", "advocate", Some("Centro de Trabajadores (demo)")),
        ("admin@demo.reclamo.test", "admin", None),
    ] {
        let pw = password();
        match auth.add_user(None, email, role, None, org, &pw).await {
            Ok(id) => {
                println!("  {role:<13} {email:<34} {pw}");
                if role == "advocate" {
                    advocate_id = Some(id);
                }
            }
            Err(crate::services::auth::AccountError::Exists) => println!("  {role:<13} {email:<34} (exists)"),
            Err(e) => return Err(e.into()),
        }
    }
    let advocate_org = match advocate_id {
        Some(id) => {
            crate::infra::entities::staff_user::Entity::find_by_id(id).one(db).await?.and_then(|u| u.organisation_id)
        }
        None => None,
    };
    let intake_master = master.clone();
    let intake = IntakeService::new(db.clone(), master);
    let today = chrono::Utc::now().date_naive();
    for (i, Sample { lang, employer, industry, violations, narrative, immigration_threat: threat }) in
        SAMPLES.iter().enumerate()
    {
        let anonymous = i % 4 == 3;
        let input = ComplaintInput {
            language: Some((*lang).to_owned()),
            anonymous,
            contact: if anonymous {
                ContactInput::default()
            } else {
                ContactInput { phone: Some(format!("720-555-01{:02}", i)), sms_ok: Some(true), ..Default::default() }
            },
            employer: EmployerInput {
                name: Some((*employer).to_owned()),
                industry: Some((*industry).to_owned()),
                ..Default::default()
            },
            violations: violations.iter().map(|v| (*v).to_owned()).collect(),
            retaliation: RetaliationInput { immigration_threat: *threat, ..Default::default() },
            narrative: Some((*narrative).to_owned()),
            ..Default::default()
        };
        let complaint = input.parse(|_| true, today).map_err(|e| anyhow::anyhow!("demo sample {i}: {e:?}"))?;
        let by_advocate = i % 5 == 1;
        let filer = by_advocate.then_some(advocate_id).flatten().map(|user_id| Filer {
            user_id,
            organisation_id: advocate_org,
            advocate: true,
        });
        let channel = if filer.is_some() { Channel::Advocate } else { Channel::Web };
        intake.submit(complaint, channel, None, filer).await?;
    }
    println!("reclamo: {} demo complaints filed", SAMPLES.len());
    walk(db, intake_master).await?;
    Ok(())
}

/// Moves the demo complaints through the workflow, so every status, notes (internal and
/// visible), a pending and an approved determination and a letter exist to look at.
async fn walk(db: &Db, master: Arc<MasterKey>) -> anyhow::Result<()> {
    use crate::services::auth::{Actor, Role};
    use reclamo_shared::remedy::{CalcInput, CalcJurisdiction, WorkPeriod};
    let users = crate::infra::entities::staff_user::Entity::find().all(db).await?;
    let actor = |role: &str, r: Role| {
        users.iter().find(|u| u.role == role).map(|u| Actor {
            user_id: u.id,
            email: u.email.clone(),
            role: r,
            organisation_id: None,
            organisation: None,
            two_factor_enabled: true,
            two_factor_pending: false,
        })
    };
    let (Some(sup), Some(inv)) = (actor("supervisor", Role::Supervisor), actor("investigator", Role::Investigator))
    else {
        return Ok(());
    };
    let cases = crate::services::cases::CaseService::new(db.clone(), master);
    let ids: Vec<i64> = crate::infra::entities::complaint::Entity::find()
        .filter(crate::infra::entities::complaint::Column::Status.eq("received"))
        .order_by_asc(crate::infra::entities::complaint::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let today = chrono::Utc::now().date_naive();
    let period = |weeks: i64| CalcInput {
        jurisdiction: CalcJurisdiction::Denver,
        as_of: today,
        work_periods: vec![WorkPeriod {
            start: today - chrono::Duration::weeks(weeks + 8),
            end: today - chrono::Duration::weeks(8),
            hours_hundredths: weeks * 4500,
            overtime_hours_hundredths: weeks * 500,
            paid: reclamo_shared::money::Cents(weeks * 60_000),
            promised_hourly: None,
            tipped: false,
        }],
        retaliation: vec![],
        retaliation_instances: 0,
        retaliation_days: 0,
        employees: 1,
        written_demand_unpaid_14_days: false,
        willful: false,
        prior_violation_within_5_years: false,
        policy_escalation_percent: None,
    };
    // (steps to take, resolution at the end)
    let plans: [(&[&str], Option<&str>); 6] = [
        (&["triage"], None),
        (&["triage", "investigating"], None),
        (&["triage", "investigating", "determination"], None),
        (&["triage", "investigating", "determination", "resolved"], Some("paid")),
        (&["triage", "investigating", "resolved", "closed"], Some("paid")),
        (&["resolved"], Some("withdrawn")),
    ];
    for (id, (steps, resolution)) in ids.iter().zip(plans.iter()) {
        cases.assign(&sup, *id, &inv.email).await?;
        cases.add_note(&inv, *id, "Called the worker; they confirmed the dates and hours.", false).await?;
        for step in steps.iter() {
            if *step == "determination" {
                cases.transition(&inv, *id, step, None, "Payroll records received and reviewed.").await?;
                cases.record_determination(&inv, *id, period(6)).await?;
                if *resolution == Some("paid") {
                    cases.decide_determination(&sup, *id, true).await?;
                }
                continue;
            }
            let res = if *step == "resolved" { *resolution } else { None };
            cases.transition(&inv, *id, step, res, "Demo: next step of the investigation.").await?;
            if *step == "triage" {
                cases
                    .add_note(&inv, *id, "We received your complaint and will call you within two business days.", true)
                    .await?;
            }
        }
    }
    println!("reclamo: demo cases moved through the workflow (every status present)");
    Ok(())
}

/// A synthetic case load for benchmarks (`reclamo demo --cases N`): `n` complaints over 2,000
/// employers, in every status, language and channel, 5% flagged for retaliation, filed over
/// three years, each with two violations and a few narrative search terms. Rows are written in
/// batches straight to the tables (no narratives or contact details, so nothing to encrypt; no
/// argon2 per row), which is what makes 100,000 cases take seconds rather than an hour.
pub async fn seed_bulk(db: &Db, master: Arc<MasterKey>, n: usize) -> anyhow::Result<()> {
    use crate::infra::entities::{complaint, complaint_term, complaint_violation};
    use reclamo_shared::complaint::{CaseStatus, Violation};
    use sea_orm::{ActiveValue::Set, TransactionTrait};
    let blind_key = master.subkey(crate::services::cases::BLIND_INDEX_PURPOSE);
    let now = chrono::Utc::now();
    let mut employer_ids = Vec::with_capacity(2000);
    for i in 0..2000 {
        let name = format!("Bench Employer {i:04} LLC");
        if let Some(id) = crate::services::cases::employers::find_or_create(db, &name, None, now).await? {
            employer_ids.push((id, name));
        }
    }
    let investigators: Vec<i64> = crate::infra::entities::staff_user::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|u| u.role == "investigator")
        .map(|u| u.id)
        .collect();
    const LANGS: [&str; 7] = ["en", "es", "vi", "ar", "am", "so", "zh-Hans"];
    const WORDS: [&str; 12] = [
        "overtime",
        "propinas",
        "cash",
        "roof",
        "kitchen",
        "night",
        "warehouse",
        "paycheck",
        "tips",
        "salon",
        "migra",
        "boss",
    ];
    let start = std::time::Instant::now();
    let mut used: std::collections::HashSet<String> = crate::infra::entities::complaint::Entity::find()
        .select_only()
        .column(crate::infra::entities::complaint::Column::TrackingCode)
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut done = 0;
    while done < n {
        let batch = (n - done).min(500);
        let txn = db.begin().await?;
        let mut rows = Vec::with_capacity(batch);
        let mut codes = Vec::with_capacity(batch);
        for _ in 0..batch {
            let mut rng = OsRng;
            let status = CaseStatus::ALL[rng.gen_range(0..CaseStatus::ALL.len())];
            let flagged = rng.gen_range(0..100) < 5;
            let kinds: &[&str] = if flagged { &["immigration_threat"] } else { &[] };
            let priority = crate::services::cases::rules::priority_for(kinds, &[]);
            let created = now - chrono::Duration::minutes(rng.gen_range(0..(3 * 365 * 24 * 60)));
            let due = flagged.then(|| reclamo_shared::calendar::add_business_days(created.date_naive(), 2));
            // Codes are random (1e9 of them): at this scale a few would collide, so redraw.
            let tracking = loop {
                let t = reclamo_shared::codes::TrackingCode::generate(|| rng.gen_range(0..10));
                if used.insert(t.as_str().to_owned()) {
                    break t;
                }
            };
            let (eid, ename) = &employer_ids[rng.gen_range(0..employer_ids.len())];
            let assignee = (!investigators.is_empty() && rng.gen_range(0..3) > 0)
                .then(|| investigators[rng.gen_range(0..investigators.len())]);
            let resolution =
                (status == CaseStatus::Resolved || status == CaseStatus::Closed).then(|| "paid".to_owned());
            codes.push(tracking.as_str().to_owned());
            rows.push(complaint::ActiveModel {
                tracking_code: Set(tracking.as_str().to_owned()),
                access_code_hash: Set("!bench".into()),
                status: Set(status.code().to_owned()),
                priority: Set(priority.to_owned()),
                language: Set(LANGS[rng.gen_range(0..LANGS.len())].to_owned()),
                channel: Set(Channel::ALL[rng.gen_range(0..Channel::ALL.len())].code().to_owned()),
                filed_by: Set("worker".into()),
                anonymous: Set(true),
                employer_name: Set(ename.clone()),
                employer_id: Set(Some(*eid)),
                retaliation_flagged: Set(flagged),
                first_contact_due: Set(due),
                assignee_id: Set(assignee),
                resolution: Set(resolution),
                sort_key: Set(crate::services::cases::queue::sort_key(
                    status.code(),
                    priority,
                    due,
                    created,
                    tracking.as_str(),
                )),
                created_at: Set(created),
                updated_at: Set(created),
                ..Default::default()
            });
        }
        complaint::Entity::insert_many(rows).exec(&txn).await?;
        let ids: Vec<(i64, String)> = complaint::Entity::find()
            .filter(complaint::Column::TrackingCode.is_in(codes))
            .all(&txn)
            .await?
            .into_iter()
            .map(|c| (c.id, c.tracking_code))
            .collect();
        let mut violations = Vec::with_capacity(ids.len() * 2);
        let mut terms = Vec::with_capacity(ids.len() * 3);
        for (id, _) in &ids {
            let mut rng = OsRng;
            let a = rng.gen_range(0..Violation::ALL.len());
            let b = (a + 1 + rng.gen_range(0..Violation::ALL.len() - 1)) % Violation::ALL.len();
            for v in [a, b] {
                violations.push(complaint_violation::ActiveModel {
                    complaint_id: Set(*id),
                    code: Set(Violation::ALL[v].code().to_owned()),
                });
            }
            let mut words: Vec<i64> = (0..3)
                .map(|_| crate::services::cases::blind::term_hash(&blind_key, WORDS[rng.gen_range(0..WORDS.len())]))
                .collect();
            words.sort_unstable();
            words.dedup();
            terms.extend(
                words.into_iter().map(|t| complaint_term::ActiveModel { term: Set(t), complaint_id: Set(*id) }),
            );
        }
        complaint_violation::Entity::insert_many(violations).exec(&txn).await?;
        complaint_term::Entity::insert_many(terms).exec(&txn).await?;
        txn.commit().await?;
        done += batch;
    }
    println!("reclamo: {n} synthetic cases in {:.1} s", start.elapsed().as_secs_f64());
    Ok(())
}
