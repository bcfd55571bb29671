//! `reclamo demo`: realistic demo data so a newcomer sees a living system — complaints in all
//! seven languages (some with retaliation), and demo staff accounts whose passwords are printed
//! once. Everything goes through the real services (intake, accounts), so it is encrypted and
//! screened like real data.

use crate::auth::{AuthPolicy, AuthService, SystemClock};
use crate::crypto::MasterKey;
use crate::intake::{Filer, IntakeService};
use rand::{Rng, rngs::OsRng};
use reclamo_shared::complaint::{Channel, ComplaintInput, ContactInput, EmployerInput, RetaliationInput};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
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
pub async fn seed(db: &DatabaseConnection, master: Arc<MasterKey>, if_empty: bool) -> anyhow::Result<()> {
    if if_empty && crate::entities::complaint::Entity::find().count(db).await? > 0 {
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
        match auth.add_user(email, role, None, org, &pw).await {
            Ok(id) => {
                println!("  {role:<13} {email:<34} {pw}");
                if role == "advocate" {
                    advocate_id = Some(id);
                }
            }
            Err(crate::auth::AccountError::Exists) => println!("  {role:<13} {email:<34} (exists)"),
            Err(e) => return Err(e.into()),
        }
    }
    let advocate_org = match advocate_id {
        Some(id) => crate::entities::staff_user::Entity::find_by_id(id).one(db).await?.and_then(|u| u.organisation_id),
        None => None,
    };
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
    Ok(())
}
