//! `GET /api/v1/openapi.json`: the API described in OpenAPI 3.1.

use axum::Json;
use serde_json::{Value, json};

fn error_schema() -> Value {
    json!({"type": "object", "properties": {"error": {"type": "object", "properties": {
        "code": {"type": "string"}, "message": {"type": "string"}}, "required": ["code", "message"]}}})
}

fn op(summary: &str, id: &str, body: Option<Value>, ok: &str) -> Value {
    let mut o = json!({
        "summary": summary, "operationId": id, "security": [{"session": []}],
        "responses": {
            ok: {"description": "OK"},
            "401": {"description": "Not signed in", "content": {"application/json": {"schema": error_schema()}}},
            "403": {"description": "Signed in, but this role may not (or two-factor set-up pending)", "content": {"application/json": {"schema": error_schema()}}},
            "404": {"description": "No such case, or not one this user may see", "content": {"application/json": {"schema": error_schema()}}},
            "409": {"description": "Refused by the workflow (code says why: illegal_transition, reason_required, resolution_required, needs_approved_determination, wrong_stage, nothing_pending)", "content": {"application/json": {"schema": error_schema()}}},
            "422": {"description": "Invalid input", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FieldErrors"}}}}
        }
    });
    if let Some(schema) = body {
        o["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": schema}}});
    }
    o
}

fn id_param() -> Value {
    json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}])
}

/// Staff paths (session cookie from `POST /session`).
fn staff_paths() -> Value {
    let s = json!({"type": "string"});
    let calc = json!({"$ref": "#/components/schemas/CalculationInput"});
    let mut list = op(
        "The case queue: open cases, urgent (retaliation) first, then first-contact deadline, then age",
        "listCases",
        None,
        "200",
    );
    list["parameters"] = json!(
        [
            "status",
            "priority",
            "flag",
            "assignee",
            "language",
            "channel",
            "violation",
            "employer",
            "from",
            "to",
            "q",
            "tracking_code",
            "cursor",
            "limit"
        ]
        .iter()
        .map(|n| json!({"name": n, "in": "query", "required": false, "schema": {"type": "string"}}))
        .collect::<Vec<_>>()
    );
    let with_id = |mut o: Value| {
        o["parameters"] = id_param();
        o
    };
    let mut letter = op(
        "A letter as PDF: notice (to the employer), demand, determination (English + the worker's language)",
        "caseLetter",
        None,
        "200",
    );
    letter["parameters"] = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
        {"name": "file", "in": "path", "required": true, "schema": {"type": "string", "enum": ["notice.pdf", "demand.pdf", "determination.pdf"]}}]);
    json!({
        "/session": {"post": op("Sign in (sets the session cookie)", "login", Some(json!({"type": "object", "required": ["email", "password"], "properties": {"email": s, "password": s, "totp": s}})), "204"),
                     "delete": op("Sign out", "logout", None, "204")},
        "/me": {"get": op("Who is signed in", "me", None, "200")},
        "/cases": {"get": list},
        "/cases/assign": {"post": op("Assign many cases (supervisors)", "assignCases", Some(json!({"type": "object", "required": ["ids", "assignee_email"], "properties": {"ids": {"type": "array", "items": {"type": "integer"}}, "assignee_email": s}})), "200")},
        "/cases/{id}": {"get": with_id(op("One case in full (personal data decrypted; the read is audited)", "getCase", None, "200"))},
        "/cases/{id}/access-log": {"get": with_id(op("Who read or changed the case (supervisors)", "caseAccessLog", None, "200"))},
        "/cases/{id}/assign": {"post": with_id(op("Assign the case", "assignCase", Some(json!({"type": "object", "required": ["assignee_email"], "properties": {"assignee_email": s}})), "200"))},
        "/cases/{id}/transition": {"post": with_id(op("Move the case through the workflow", "transitionCase", Some(json!({"type": "object", "required": ["to", "reason"], "properties": {
            "to": {"type": "string", "enum": ["received", "triage", "investigating", "determination", "resolved", "closed"]},
            "resolution": {"type": "string", "enum": ["paid", "referred_collection", "referred_agency", "withdrawn", "unfounded"]},
            "reason": s}})), "200"))},
        "/cases/{id}/notes": {"post": with_id(op("Add a note (visible_to_worker: shown on the worker's status page)", "addNote", Some(json!({"type": "object", "required": ["body"], "properties": {"body": s, "visible_to_worker": {"type": "boolean", "default": false}}})), "201"))},
        "/cases/{id}/determination": {"post": with_id(op("Record a determination from the calculator (pending until a supervisor approves)", "recordDetermination", Some(calc.clone()), "201"))},
        "/cases/{id}/determination/approve": {"post": with_id(op("Approve or return the pending determination (supervisors)", "decideDetermination", Some(json!({"type": "object", "properties": {"approve": {"type": "boolean", "default": true}}})), "200"))},
        "/cases/{id}/retaliation/review": {"post": with_id(op("Confirm or dismiss a retaliation kind, with a reason", "reviewRetaliation", Some(json!({"type": "object", "required": ["kind", "decision", "reason"], "properties": {
            "kind": {"type": "string", "enum": ["immigration_threat", "termination", "hours_or_pay_cut", "violence_or_intimidation", "blacklisting", "other_threat"]},
            "decision": {"type": "string", "enum": ["confirmed", "dismissed"]}, "instances": {"type": "integer", "minimum": 1}, "reason": s}})), "200"))},
        "/cases/{id}/letters/{file}": {"get": letter},
        "/calculations": {"post": op("The remedy calculator: lines with citations and the total (nothing stored)", "calculate", Some(calc), "200")},
        "/employers/{id}": {"get": with_id(op("An employer's record: names, addresses, related businesses, complaints, repeat count", "getEmployer", None, "200"))},
        "/employers/{id}/links": {"post": with_id(op("Link a related business (joint liability)", "linkEmployer", Some(json!({"type": "object", "required": ["related_name", "kind"], "properties": {"related_name": s, "kind": {"type": "string", "enum": ["general_contractor", "staffing_agency", "subcontractor", "client"]}}})), "201"))},
        "/employers/{id}/aliases": {"post": with_id(op("Another name the employer is known by", "addEmployerAlias", Some(json!({"type": "object", "required": ["name"], "properties": {"name": s}})), "201"))},
        "/notifications": {"get": op("This user's unread notifications", "notifications", None, "200")}
    })
}

/// The document.
pub async fn document() -> Json<Value> {
    let opt_str = json!({"type": ["string", "null"]});
    let opt_bool = json!({"type": ["boolean", "null"]});
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Reclamo API",
            "version": "1",
            "description": "Wage-theft complaints for Denver. Never asks, accepts or stores immigration status, citizenship, birthplace, passport/visa/A-number or SSN. Error messages follow Accept-Language (en, es, vi, ar, am, so, zh-Hans)."
        },
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/complaints": {"post": {
                "summary": "File a complaint",
                "operationId": "createComplaint",
                "parameters": [{"name": "Idempotency-Key", "in": "header", "required": false,
                    "description": "Retries with the same key and body return the first receipt (header Idempotent-Replayed: true); the same key with another body is 409.",
                    "schema": {"type": "string", "maxLength": 255}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ComplaintInput"}}}},
                "responses": {
                    "201": {"description": "Filed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Receipt"}}}},
                    "409": {"description": "Idempotency key reused with other content", "content": {"application/json": {"schema": error_schema()}}},
                    "422": {"description": "Invalid; nothing stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FieldErrors"}}}},
                    "429": {"description": "Too many submissions from this address (Retry-After)", "content": {"application/json": {"schema": error_schema()}}},
                    "503": {"description": "The database stayed busy past a short wait; nothing stored, retry after Retry-After seconds (code busy)", "content": {"application/json": {"schema": error_schema()}}}
                }
            }},
            "/complaints/{tracking_code}/status": {"post": {
                "summary": "Check a complaint's status",
                "operationId": "complaintStatus",
                "parameters": [{"name": "tracking_code", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9]{10}$"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["access_code"], "properties": {"access_code": {"type": "string"}}}}}},
                "responses": {
                    "200": {"description": "Status and worker-visible timeline", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Status"}}}},
                    "404": {"description": "Unknown tracking code or wrong access code (indistinguishable)", "content": {"application/json": {"schema": error_schema()}}},
                    "429": {"description": "Too many attempts (Retry-After)", "content": {"application/json": {"schema": error_schema()}}}
                }
            }},
            "/complaints/{tracking_code}/receipt": {"post": {
                "summary": "Download the receipt PDF",
                "operationId": "complaintReceipt",
                "parameters": [{"name": "tracking_code", "in": "path", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["access_code"], "properties": {
                    "access_code": {"type": "string"},
                    "language": {"type": "string", "enum": ["en", "es", "vi", "ar", "am", "so", "zh-Hans"]},
                    "include_access_code": {"type": "boolean", "default": false}}}}}},
                "responses": {
                    "200": {"description": "The receipt", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
                    "404": {"description": "Unknown tracking code or wrong access code", "content": {"application/json": {"schema": error_schema()}}},
                    "429": {"description": "Too many attempts (Retry-After)", "content": {"application/json": {"schema": error_schema()}}}
                }
            }}
        },
        "components": {"schemas": {
            "ComplaintInput": {"type": "object", "required": ["employer", "violations"], "properties": {
                "language": {"type": "string", "enum": ["en", "es", "vi", "ar", "am", "so", "zh-Hans"]},
                "anonymous": {"type": "boolean", "default": false},
                "contact": {"type": "object", "properties": {
                    "name": opt_str, "phone": opt_str, "email": opt_str,
                    "method": {"type": ["string", "null"], "enum": ["phone", "sms", "email", null]},
                    "safe_times": opt_str, "sms_ok": opt_bool, "voicemail_ok": opt_bool,
                    "share_name_with_employer": {"type": ["boolean", "null"], "description": "Absent or null means no."}}},
                "employer": {"type": "object", "required": ["name"], "properties": {
                    "name": {"type": "string", "maxLength": 200}, "address": opt_str, "phone": opt_str,
                    "industry": {"type": ["string", "null"], "enum": ["construction", "restaurant", "cleaning", "landscaping", "retail", "warehouse", "home_care", "agriculture", "manufacturing", "hotel", "auto", "other", null]},
                    "supervisor": opt_str, "staffing_agency": {"type": ["string", "null"], "enum": ["yes", "no", "unsure", null]}, "agency_name": opt_str}},
                "job": {"type": "object", "properties": {
                    "role": opt_str, "start": {"type": ["string", "null"], "format": "date"}, "end": {"type": ["string", "null"], "format": "date"},
                    "still_employed": {"type": ["string", "null"], "enum": ["yes", "no", "unsure", null]},
                    "pay_rate": {"type": ["number", "string", "null"], "description": "dollars, e.g. 18.5 or \"18.50\""},
                    "pay_basis": {"type": ["string", "null"], "enum": ["hour", "day", "piece", "salary", null]},
                    "pay_frequency": {"type": ["string", "null"], "enum": ["weekly", "biweekly", "monthly", "irregular", null]},
                    "usual_hours": {"type": ["integer", "string", "null"], "description": "hours a week, e.g. 40 or \"40\""}, "paid_cash": {"type": ["string", "null"], "enum": ["yes", "no", "unsure", null]}}},
                "violations": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": ["unpaid_wages", "minimum_wage", "overtime", "final_pay", "deductions", "tips", "misclassification", "breaks", "sick_leave", "bounced_check"]}},
                "period_start": {"type": ["string", "null"], "format": "date"},
                "period_end": {"type": ["string", "null"], "format": "date"},
                "estimated_owed": {"type": ["number", "string", "null"], "description": "dollars, e.g. 1200 or \"1200.00\""},
                "retaliation": {"type": "object", "properties": {
                    "immigration_threat": opt_bool, "status_report_threat": opt_bool, "fired": opt_bool,
                    "hours_cut": opt_bool, "violence": opt_bool, "blacklist": opt_bool, "details": opt_str}},
                "narrative": {"type": ["string", "null"], "maxLength": 10000},
                "coworkers_affected": {"type": ["integer", "string", "null"], "description": "how many coworkers, e.g. 3 or \"3\""}
            }},
            "Receipt": {"type": "object", "required": ["tracking_code", "access_code", "status"], "properties": {
                "tracking_code": {"type": "string", "description": "10 digits, the last a Damm check digit"},
                "access_code": {"type": "string", "description": "15 digits; shown once, stored only as a hash"},
                "status": {"type": "string"}}},
            "FieldErrors": {"type": "object", "properties": {"errors": {"type": "object", "additionalProperties": {
                "type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                    "expected": {"type": "string", "enum": ["text", "number", "boolean", "list", "object", "other"], "description": "with code invalid_type: the JSON type the field takes"}}}}}}},
            "Status": {"type": "object", "properties": {
                "tracking_code": {"type": "string"}, "status": {"type": "string"}, "filed_at": {"type": "string", "format": "date-time"},
                "timeline": {"type": "array", "items": {"type": "object", "properties": {
                    "at": {"type": "string", "format": "date-time"}, "kind": {"type": "string"}, "status": {"type": ["string", "null"]}}}}}}
        }}
    });
    if let (Some(paths), Value::Object(staff)) = (doc["paths"].as_object_mut(), staff_paths()) {
        paths.extend(staff);
    }
    doc["components"]["securitySchemes"] =
        json!({"session": {"type": "apiKey", "in": "cookie", "name": "reclamo_session"}});
    doc["components"]["schemas"]["CalculationInput"] = json!({"type": "object", "required": ["work_periods"], "properties": {
        "jurisdiction": {"type": "string", "enum": ["denver", "colorado"], "default": "denver"},
        "as_of": {"type": "string", "format": "date"},
        "work_periods": {"type": "array", "maxItems": 500, "items": {"type": "object", "required": ["start", "end", "hours", "paid_cents"], "properties": {
            "start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"},
            "hours": {"type": "number"}, "overtime_hours": {"type": "number"}, "paid_cents": {"type": "integer"},
            "promised_hourly_cents": {"type": "integer"}, "tipped": {"type": "boolean"}}}},
        "retaliation_instances": {"type": "integer", "minimum": 0}, "retaliation_days": {"type": "integer", "minimum": 0},
        "employees": {"type": "integer", "minimum": 1}, "written_demand_unpaid_14_days": {"type": "boolean"},
        "willful": {"type": "boolean"}, "prior_violation_within_5_years": {"type": "boolean"}}});
    Json(doc)
}
