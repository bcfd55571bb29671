//! The intake wizard's form: raw `name=value` pairs as posted by a browser (with or without
//! JavaScript), and which fields each step asks. Input names are the API's dotted field names,
//! so validation errors map onto inputs with no translation table.

use crate::complaint::{
    ComplaintInput, ContactInput, EmployerInput, JobInput, RETALIATION_QUESTIONS, RetaliationInput,
};

/// Posted pairs, in order (checkbox groups repeat a name).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormValues(pub Vec<(String, String)>);

/// A wizard step: its key (also its translation id suffix `report-step-<key>`) and its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// `what`, `employer`, `job`, `safety`, `contact`, `review`.
    pub key: &'static str,
    /// Input names asked on this step.
    pub fields: &'static [&'static str],
}

/// The steps, in order. The last one (review) asks nothing new.
pub const STEPS: [Step; 6] = [
    Step {
        key: "what",
        fields: &["violations", "period_start", "period_end", "estimated_owed", "narrative", "coworkers_affected"],
    },
    Step {
        key: "employer",
        fields: &[
            "employer.name",
            "employer.address",
            "employer.phone",
            "employer.industry",
            "employer.supervisor",
            "employer.staffing_agency",
            "employer.agency_name",
        ],
    },
    Step {
        key: "job",
        fields: &[
            "job.role",
            "job.start",
            "job.end",
            "job.still_employed",
            "job.pay_rate",
            "job.pay_basis",
            "job.pay_frequency",
            "job.usual_hours",
            "job.paid_cash",
        ],
    },
    Step {
        key: "safety",
        fields: &[
            "retaliation.immigration_threat",
            "retaliation.status_report_threat",
            "retaliation.fired",
            "retaliation.hours_cut",
            "retaliation.violence",
            "retaliation.blacklist",
            "retaliation.details",
        ],
    },
    Step {
        key: "contact",
        fields: &[
            "anonymous",
            "contact.name",
            "contact.phone",
            "contact.email",
            "contact.method",
            "contact.safe_times",
            "contact.sms_ok",
            "contact.voicemail_ok",
            "contact.share_name_with_employer",
        ],
    },
    Step { key: "review", fields: &[] },
];

/// Index (0-based) of the step that asks `field`, if any.
pub fn step_of(field: &str) -> Option<usize> {
    STEPS.iter().position(|s| s.fields.contains(&field))
}

fn yes_no(v: Option<&str>) -> Option<bool> {
    match v {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    }
}

impl FormValues {
    /// The first non-empty value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, v)| k == name && !v.trim().is_empty()).map(|(_, v)| v.as_str())
    }

    /// Every value of `name` (checkbox groups).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }

    /// Whether `name` has the value `value` (for checked/selected states).
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && v == value)
    }

    /// Keeps only the pairs whose names a step asks (drops controls and unknown names).
    pub fn only_fields(&self) -> FormValues {
        FormValues(self.0.iter().filter(|(k, _)| step_of(k).is_some()).cloned().collect())
    }

    /// Replaces every value of the named fields with the pairs of `other` for those fields.
    pub fn replace_fields(&mut self, fields: &[&str], other: &FormValues) {
        self.0.retain(|(k, _)| !fields.contains(&k.as_str()));
        self.0.extend(other.0.iter().filter(|(k, _)| fields.contains(&k.as_str())).cloned());
    }

    fn opt(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_owned)
    }

    /// The complaint these answers describe, for validation and filing.
    pub fn to_input(&self, language: &str) -> ComplaintInput {
        let mut retaliation = RetaliationInput { details: self.opt("retaliation.details"), ..Default::default() };
        for q in RETALIATION_QUESTIONS {
            let v = yes_no(self.get(&format!("retaliation.{q}")));
            match q {
                "immigration_threat" => retaliation.immigration_threat = v,
                "status_report_threat" => retaliation.status_report_threat = v,
                "fired" => retaliation.fired = v,
                "hours_cut" => retaliation.hours_cut = v,
                "violence" => retaliation.violence = v,
                _ => retaliation.blacklist = v,
            }
        }
        ComplaintInput {
            language: Some(language.to_owned()),
            anonymous: self.get("anonymous").is_some(),
            contact: ContactInput {
                name: self.opt("contact.name"),
                phone: self.opt("contact.phone"),
                email: self.opt("contact.email"),
                method: self.opt("contact.method"),
                safe_times: self.opt("contact.safe_times"),
                sms_ok: yes_no(self.get("contact.sms_ok")),
                voicemail_ok: yes_no(self.get("contact.voicemail_ok")),
                share_name_with_employer: yes_no(self.get("contact.share_name_with_employer")),
            },
            employer: EmployerInput {
                name: self.opt("employer.name"),
                address: self.opt("employer.address"),
                phone: self.opt("employer.phone"),
                industry: self.opt("employer.industry"),
                supervisor: self.opt("employer.supervisor"),
                staffing_agency: self.opt("employer.staffing_agency"),
                agency_name: self.opt("employer.agency_name"),
            },
            job: JobInput {
                role: self.opt("job.role"),
                start: self.opt("job.start"),
                end: self.opt("job.end"),
                still_employed: self.opt("job.still_employed"),
                pay_rate: self.opt("job.pay_rate"),
                pay_basis: self.opt("job.pay_basis"),
                pay_frequency: self.opt("job.pay_frequency"),
                usual_hours: self.opt("job.usual_hours"),
                paid_cash: self.opt("job.paid_cash"),
            },
            violations: self.all("violations").into_iter().map(str::to_owned).collect(),
            period_start: self.opt("period_start"),
            period_end: self.opt("period_end"),
            estimated_owed: self.opt("estimated_owed"),
            retaliation,
            narrative: self.opt("narrative"),
            coworkers_affected: self.opt("coworkers_affected"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(p: &[(&str, &str)]) -> FormValues {
        FormValues(p.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn every_input_field_belongs_to_exactly_one_step() {
        let mut seen = std::collections::HashSet::new();
        for s in STEPS {
            for f in s.fields {
                assert!(seen.insert(*f), "{f} asked twice");
            }
        }
        for f in ["violations", "employer.name", "retaliation.immigration_threat", "contact.share_name_with_employer"] {
            assert!(step_of(f).is_some(), "{f}");
        }
    }

    #[test]
    fn form_pairs_become_a_complaint_input() {
        let f = pairs(&[
            ("violations", "overtime"),
            ("violations", "tips"),
            ("employer.name", "Pho 99"),
            ("retaliation.immigration_threat", "yes"),
            ("retaliation.fired", "no"),
            ("contact.share_name_with_employer", "no"),
            ("step", "3"),
            ("anonymous", "on"),
        ]);
        let input = f.to_input("vi");
        assert_eq!(input.violations, vec!["overtime", "tips"]);
        assert_eq!(input.employer.name.as_deref(), Some("Pho 99"));
        assert_eq!(input.retaliation.immigration_threat, Some(true));
        assert_eq!(input.retaliation.fired, Some(false));
        assert_eq!(input.retaliation.violence, None);
        assert!(input.anonymous);
        assert_eq!(input.language.as_deref(), Some("vi"));
        assert_eq!(f.only_fields().0.len(), 7, "controls dropped");
    }

    #[test]
    fn replacing_a_steps_fields_drops_unchecked_boxes() {
        let mut saved = pairs(&[("violations", "overtime"), ("violations", "tips"), ("employer.name", "A")]);
        let posted = pairs(&[("violations", "tips")]);
        saved.replace_fields(STEPS[0].fields, &posted);
        assert_eq!(saved.all("violations"), vec!["tips"]);
        assert_eq!(saved.get("employer.name"), Some("A"));
    }
}
