//! `GET /api/v1/openapi.json`: the API described in OpenAPI 3.1.

use axum::Json;
use serde_json::{Value, json};

fn error_schema() -> Value {
    json!({"type": "object", "properties": {"error": {"type": "object", "properties": {
        "code": {"type": "string"}, "message": {"type": "string"}}, "required": ["code", "message"]}}})
}

/// The document.
pub async fn document() -> Json<Value> {
    let opt_str = json!({"type": ["string", "null"]});
    let opt_bool = json!({"type": ["boolean", "null"]});
    Json(json!({
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
                    "429": {"description": "Too many submissions from this address (Retry-After)", "content": {"application/json": {"schema": error_schema()}}}
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
                    "pay_rate": {"type": ["string", "null"], "description": "dollars, e.g. \"18.50\""},
                    "pay_basis": {"type": ["string", "null"], "enum": ["hour", "day", "piece", "salary", null]},
                    "pay_frequency": {"type": ["string", "null"], "enum": ["weekly", "biweekly", "monthly", "irregular", null]},
                    "usual_hours": opt_str, "paid_cash": {"type": ["string", "null"], "enum": ["yes", "no", "unsure", null]}}},
                "violations": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": ["unpaid_wages", "minimum_wage", "overtime", "final_pay", "deductions", "tips", "misclassification", "breaks", "sick_leave", "bounced_check"]}},
                "period_start": {"type": ["string", "null"], "format": "date"},
                "period_end": {"type": ["string", "null"], "format": "date"},
                "estimated_owed": {"type": ["string", "null"], "description": "dollars"},
                "retaliation": {"type": "object", "properties": {
                    "immigration_threat": opt_bool, "status_report_threat": opt_bool, "fired": opt_bool,
                    "hours_cut": opt_bool, "violence": opt_bool, "blacklist": opt_bool, "details": opt_str}},
                "narrative": {"type": ["string", "null"], "maxLength": 10000},
                "coworkers_affected": opt_str
            }},
            "Receipt": {"type": "object", "required": ["tracking_code", "access_code", "status"], "properties": {
                "tracking_code": {"type": "string", "description": "10 digits, the last a Damm check digit"},
                "access_code": {"type": "string", "description": "15 digits; shown once, stored only as a hash"},
                "status": {"type": "string"}}},
            "FieldErrors": {"type": "object", "properties": {"errors": {"type": "object", "additionalProperties": {
                "type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}}}},
            "Status": {"type": "object", "properties": {
                "tracking_code": {"type": "string"}, "status": {"type": "string"}, "filed_at": {"type": "string", "format": "date-time"},
                "timeline": {"type": "array", "items": {"type": "object", "properties": {
                    "at": {"type": "string", "format": "date-time"}, "kind": {"type": "string"}, "status": {"type": ["string", "null"]}}}}}}
        }}
    }))
}
