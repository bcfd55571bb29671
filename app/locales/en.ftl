# Reclamo — English (source locale).
# Every message here must exist in every other locale file; a test fails otherwise.
# Placeables like { $phone } must be kept as they are.

## Locale metadata
language-name = English
language-dir = ltr

## Layout
site-name = Reclamo
site-tagline = Report wage theft in Denver, in your language.
skip-to-content = Skip to main content
nav-home = Home
nav-report = Report wage theft
nav-status = Check my complaint
nav-rights = Know your rights
language-switcher-label = Language
language-switcher-submit = Change language
promise-no-status = Reclamo never asks your immigration status. Denver's wage laws protect every worker, with or without papers.
footer-privacy = We keep only what we need. Your personal details are encrypted and destroyed when your case ends. We never share information with immigration authorities.
footer-hotline = Colorado Rapid Response Network, 24 hours a day: { $phone }

## Home page
home-title = Were you not paid what you earned?
home-intro = File a complaint with the City of Denver for free. You do not need an account or a lawyer, and you can stay anonymous.
home-action-report = Report wage theft
home-action-report-hint = About 5 minutes, in your language, on your phone.
home-action-status = Check my complaint
home-action-status-hint = Use your tracking code and access code.
home-action-rights = Know your rights
home-action-rights-hint = What the law says, and who can help today.
home-phone = No internet? Call 311 and ask for Reclamo in your language.

## Know your rights
rights-title = Know your rights
rights-intro = The Constitution protects everyone in the United States, regardless of immigration status.
rights-wage-title = Your pay
rights-wage-1 = Denver's wage laws protect all workers, whatever their immigration status.
rights-wage-2 = The minimum wage in Denver in 2026 is { $wage } an hour ({ $tipped } for tipped workers).
rights-wage-3 = You can file a complaint, testify and get back what you are owed without fear. Your immigration status does not matter in city enforcement.
rights-wage-4 = It is illegal for an employer to punish you for complaining. A threat to call immigration (ICE) or the police on you is illegal retaliation, and it raises the penalties the employer must pay.
rights-ice-title = If immigration agents (ICE) come
rights-ice-silent = You have the right to remain silent. You do not have to answer questions about your immigration status.
rights-ice-sign = Do not sign anything before you talk to a lawyer, even if it is written in your language.
rights-ice-warrant = Ask to see a warrant. ICE needs a judicial warrant signed by a judge to enter your home. An ICE administrative warrant (Form I-200) is not enough: you do not have to open the door.
rights-ice-lawyer = You have the right to a lawyer. Ask to speak with a lawyer before you answer any questions.
rights-hotline-title = Get help now
rights-hotline-body = Colorado Rapid Response Network: trained volunteers answer 24 hours a day. Call if you see ICE activity. Press 2 to report something that already happened.
rights-hotline-call = Call { $phone }
rights-family-title = Prepare your family
rights-family-body = Choose a guardian for your children, keep important documents together, and make an emergency plan. The Rocky Mountain Immigrant Advocacy Network (RMIAN) offers a family preparedness packet.

## Errors pages
not-found-title = Page not found
not-found-body = We could not find that page.
back-home = Back to the home page

## Report wizard
report-title = Report wage theft
report-step-progress = Step { $current } of { $total }
report-step-what = What happened
report-step-employer = Your employer
report-step-job = Your job
report-step-safety = Threats and punishment
report-step-contact = How to reach you
report-step-review = Review and send
report-next = Continue
report-back = Back
report-send = Send my complaint
report-optional = optional
report-errors-summary = { $count ->
    [one] Please fix one problem below.
   *[other] Please fix { $count } problems below.
}
answer-yes = Yes
answer-no = No
answer-unsure = I don't know

what-violations-legend = What did your employer do? Choose all that apply.
violation-unpaid_wages = Did not pay me for some or all of my work
violation-minimum_wage = Paid me less than the minimum wage
violation-overtime = Did not pay overtime (more than 40 hours a week or 12 hours a day)
violation-final_pay = Did not give me my last paycheck
violation-deductions = Took money out of my pay that they should not have
violation-tips = Kept my tips
violation-misclassification = Called me a contractor when I was an employee
violation-breaks = Did not give me rest or meal breaks
violation-sick_leave = Did not give me paid sick leave
violation-bounced_check = Paid me with a check that bounced
what-period-start = When did it start?
what-period-end = When did it end? Leave empty if it is still happening.
what-amount = About how much are you owed, in dollars?
what-amount-hint = A guess is fine. The helper below can estimate it.
what-narrative = Tell us what happened, in your own words
what-narrative-hint = Write in any language. Do not write about your immigration status: we do not need it.
what-coworkers = How many other workers were treated the same way?
estimate-title = Help me estimate
estimate-hours = Hours worked
estimate-rate = Promised pay per hour, in dollars
estimate-paid = What you were actually paid, in dollars
estimate-submit = Estimate
estimate-result = You may be owed about { $amount }.
estimate-minimum-note = Denver's minimum wage in { $year } is { $wage } an hour. If your promised pay was lower, we used the minimum wage.

employer-name = Business name, as you know it
employer-address = Address, or describe where it is
employer-phone = Employer's phone
employer-industry = Type of work
employer-industry-choose = Choose one
industry-construction = Construction
industry-restaurant = Restaurant or food
industry-cleaning = Cleaning or janitorial
industry-landscaping = Landscaping
industry-retail = Store or retail
industry-warehouse = Warehouse or delivery
industry-home_care = Home care or childcare
industry-agriculture = Farm work
industry-manufacturing = Factory or manufacturing
industry-hotel = Hotel
industry-auto = Car wash or auto repair
industry-other = Other
employer-supervisor = Supervisor's name
employer-agency = Were you hired through a staffing agency or a subcontractor?
employer-agency-name = Name of the agency or contractor

job-role = What was your job?
job-start = First day of work
job-end = Last day of work
job-still = Do you still work there?
job-pay-rate = Pay rate, in dollars
job-pay-basis = Paid by
basis-hour = The hour
basis-day = The day
basis-piece = The piece or the job
basis-salary = Salary (week or month)
job-pay-frequency = How often were you paid?
freq-weekly = Every week
freq-biweekly = Every two weeks
freq-monthly = Every month
freq-irregular = Not on a regular schedule
job-hours = Usual hours a week
job-cash = Were you paid in cash?

safety-intro = Your answers help us act fast to protect you. Answer only what you are comfortable with.
safety-immigration_threat = Did anyone threaten to call immigration (ICE) or the police on you?
safety-status_report_threat = Did anyone threaten to report you or your family to anyone because of your papers?
safety-fired = Were you fired or sent home after you asked about your pay?
safety-hours_cut = Were your hours or pay cut after you asked or complained?
safety-violence = Did anyone threaten to hurt you?
safety-blacklist = Did anyone threaten to stop you from getting other jobs?
safety-details = Anything else about threats or punishment?

contact-intro = All of this is optional. We use it only to reach you about your complaint.
contact-anonymous = File anonymously
contact-anonymous-hint = We will not keep your name or contact details. You can still check your complaint with your codes, but we cannot call you, and some cases are hard to investigate without talking to you.
contact-name = Name or nickname
contact-phone = Phone
contact-email = Email
contact-method = Best way to reach you
method-phone = Phone call
method-sms = Text message
method-email = Email
contact-safe-times = When is it safe to contact you?
contact-sms-ok = May we send you text messages?
contact-voicemail-ok = Is it safe to leave a voice message?
contact-share-name = May we give your name to the employer?
contact-share-name-hint = We will not, unless you say yes. Sometimes an investigation needs it, for example to check your own pay records; we will talk with you first.

review-intro = Check your answers. You can go back and change anything.
review-edit = Change
review-none = Not given
review-anonymous = Anonymous
review-consent = What I wrote is true, as far as I know.

done-title = We received your complaint
done-tracking = Tracking code
done-access = Access code
done-save = Write both codes down or save the receipt. You need both to check your complaint. We cannot show the access code again.
done-receipt = Download the receipt (PDF)
done-receipt-include-access = Put the access code in the receipt
done-next-title = What happens next
done-next-1 = An investigator reviews your complaint, usually within 5 business days.
done-next-2 = If you gave us a way to reach you, we will contact you in your language. If you are in danger, we will contact you quickly.
done-next-3 = The employer is not told your name unless you agreed.

status-title = Check my complaint
status-intro = Enter the two codes you received when you filed.
status-tracking = Tracking code
status-access = Access code
status-submit = Check
status-not-found = We could not find a complaint with those codes. Check the numbers and try again.
status-current = Current status: { $status }
status-timeline = What has happened
case-status-received = Received
case-status-triage = Being reviewed
case-status-investigating = Under investigation
case-status-determination = Decision being made
case-status-resolved = Resolved
case-status-closed = Closed
event-filed = Complaint filed
event-status-changed = Status changed to: { $status }

error-required = This is required.
error-too-long = This is too long: at most { $max } characters.
error-invalid-email = This does not look like an email address.
error-invalid-phone = This does not look like a phone number.
error-invalid-date = Enter a real date.
error-date-order = The end date is before the start date.
error-date-future = This date is in the future.
error-invalid-number = Enter a number.
error-out-of-range = This number is out of range.
error-choose-violation = Choose at least one thing that happened.
error-invalid-choice = Choose one of the options.
error-contact-when-anonymous = You chose to stay anonymous. Leave the contact details empty, or uncheck "File anonymously".
error-invalid-code = Check the code: a digit may be mistyped.
error-generic = Something went wrong on our side. Nothing you typed is lost. Please try again.
error-busy = Many people are using Reclamo right now, so nothing was saved yet. Nothing you typed is lost. Please try again in a few seconds.
error-json-type = This field has the wrong type: it should be { $expected ->
        [text] text
        [number] a number
        [boolean] true or false
        [list] a list
        [object] an object
       *[other] another type
    }
error-rate-limited = Too many tries. Please wait { $minutes } minutes and try again.
error-invalid-request = The request could not be read.
error-invalid-credentials = Wrong email or password.
error-signed-out = Please sign in.
error-totp-required = Enter the 6-digit code from your authenticator app.

receipt-title = Complaint receipt
receipt-filed = Filed on { $date }
receipt-reported = What you reported
receipt-keep = Keep this receipt somewhere safe. Anyone with both codes can see the status of your complaint.

## Staff
staff-login-title = Staff sign-in
staff-email = Work email
staff-password = Password
staff-totp = Code from your authenticator app, or a recovery code
staff-totp-hint = Leave empty if you have not set up two-factor sign-in.
staff-sign-in = Sign in
staff-sign-out = Sign out
staff-home-title = Staff home
staff-signed-in-as = Signed in as { $email } ({ $role })
staff-role-investigator = Investigator
staff-role-supervisor = Supervisor
staff-role-advocate = Advocate
staff-role-admin = Administrator
staff-2fa-title = Two-factor sign-in
staff-2fa-required = Your role requires two-factor sign-in. Set it up to continue.
staff-2fa-off = Two-factor sign-in is off for your account.
staff-2fa-start = Set up two-factor sign-in
staff-2fa-scan = Scan this code with an authenticator app, or type the key into it. Then enter the 6-digit code it shows.
staff-2fa-key = Key
staff-2fa-code = 6-digit code
staff-2fa-confirm = Turn on two-factor sign-in
staff-2fa-enabled = Two-factor sign-in is on.
staff-2fa-recovery = Recovery codes: each one works once if you lose your phone. Keep them somewhere safe; they will not be shown again.
staff-find-case = Find a case by tracking code
staff-find = Find
staff-no-cases = No case found.
staff-users-title = Users
staff-user-add = Add a user
staff-user-name = Name
staff-user-role = Role
staff-user-org = Organisation (required for advocates)
staff-user-password = First password (at least 12 characters)
staff-user-added = User added.
staff-user-disable = Disable
staff-user-disabled = Disabled
staff-user-active = Active
staff-access-history = Who has seen this case
staff-access-when = When
staff-access-who = Who
staff-access-what = What
staff-orgs-title = Organisations
staff-org-name = Organisation name
staff-org-add = Add the organisation
staff-org-added = Organisation added.

## Case management (staff)
queue-title = Case queue
queue-urgent = Urgent
queue-unassigned = Unassigned
queue-any = Any
queue-open = Open cases
queue-all = All cases
queue-priority-urgent = Urgent
queue-priority-normal = Normal
queue-flag-retaliation = Retaliation flagged
queue-assignee-me = Assigned to me
queue-filter-q = Search (tracking code, employer, words in the narrative)
queue-filter-status = Status
queue-filter-priority = Priority
queue-filter-flag = Flag
queue-filter-assignee = Assigned to
queue-filter-language = Language
queue-filter-channel = Channel
queue-filter-violation = Violation
queue-filter-from = Filed from
queue-filter-to = Filed until
queue-apply = Show cases
queue-next = Next page
queue-bulk-assign = Assign the selected cases to
queue-select-case = Select case { $case }
queue-assigned = { $count ->
    [one] One case assigned.
   *[other] { $count } cases assigned.
}
queue-col-select = Select
queue-col-case = Case
queue-col-flag = Flag
queue-col-status = Status
queue-col-employer = Employer
queue-col-assignee = Assigned to
queue-col-language = Language
queue-col-due = First contact due
queue-col-filed = Filed
notifications-title = New for you
notification-retaliation-flagged = Retaliation flagged: contact the worker by the first-contact date on the case
notification-first-contact-overdue = First contact overdue on a case with a threat about immigration or the police: contact the worker today
channel-web = Web form
channel-api = API
channel-phone = Phone
channel-sms = SMS
channel-advocate = Advocate
channel-call_taker = Call-taker
channel-open311 = Open311
case-status = Status
case-employer = Employer
case-assignee = Assigned to
case-deadlines = Deadlines
case-workflow = Move the case
case-timeline = Timeline and notes
case-complaint = The complaint
case-retaliation-title = Retaliation flag
case-signals = Why it was flagged
retaliation-kind-immigration-threat = Threat about immigration or the police
retaliation-kind-termination = Fired or sent home
retaliation-kind-hours-or-pay-cut = Hours or pay cut
retaliation-kind-violence-or-intimidation = Violence or intimidation
retaliation-kind-blacklisting = Blacklisting
retaliation-kind-other-threat = Other threat
review-kind = Kind of retaliation
review-decision = Decision
review-confirmed = Confirmed
review-dismissed = Dismissed
review-instances = Number of instances (confirmed)
review-reason = Reason
review-submit = Record the review
deadline-first-contact = First contact
deadline-employer-response = Employer's answer to the notice (21 days)
deadline-determination = Determination target (90 days)
deadline-met = done
deadline-open = open
deadline-overdue = overdue
move-to = New status
move-resolution = How it was resolved
move-resolution-hint = Only when the new status is "Resolved".
move-reason = Why (required)
move-submit = Move the case
resolution-paid = paid
resolution-referred_collection = referred to collection
resolution-referred_agency = referred to another agency
resolution-withdrawn = withdrawn
resolution-unfounded = unfounded
assign-to = Assign to (email)
assign-submit = Assign
assign-me = Assign to me
note-body = New note
note-visible = The worker may see this note
note-visible-hint = Visible notes appear on the worker's status page, in the words you write. Leave unchecked for internal notes.
note-visible-badge = visible to the worker
note-submit = Add the note
event-note = Message from your investigator
event-assigned = Assigned
event-notice-sent = Notice sent to the employer
event-determination-recorded = Determination recorded
event-determination-approved = Determination approved
event-determination-returned = Determination returned
event-retaliation-reviewed = Retaliation flag reviewed
calc-title = What is owed
calc-intro = The calculator shows its work line by line. Amounts marked "verify with counsel" rest on rules not yet confirmed.
calc-field-jurisdiction = Rules of
calc-field-as-of = Interest up to
calc-field-start = Work period from
calc-field-end = Work period until
calc-field-hours = Hours worked
calc-field-overtime = Of those, overtime hours
calc-field-paid = Paid for the period ($)
calc-field-rate = Promised hourly rate ($, empty for minimum wage)
calc-field-tipped = Tipped worker
calc-field-instances = Confirmed instances of retaliation
calc-field-days = Days the retaliation lasted
calc-field-employees = Employees affected
calc-field-demand = Unpaid 14 days after a written demand
calc-field-willful = Willful violation
calc-jurisdiction-denver = Denver (city ordinance and state law)
calc-jurisdiction-colorado = Colorado (state law only)
calc-line-minimum_wage_shortfall = Minimum wage shortfall
calc-line-unpaid_wages = Unpaid agreed wages
calc-line-overtime = Overtime premium
calc-line-interest = Interest (12% a year)
calc-line-denver_treble_damages = Denver treble damages
calc-line-denver_retaliation_fine = Denver retaliation fine
calc-line-denver_aggravated_fine = Denver fine per worker, retaliation as aggravating factor (proposed)
calc-line-policy_escalation = Escalation for a threat about immigration (city policy)
calc-line-crs_8_4_109_penalty = Penalty for unpaid wages after demand
calc-line-crs_8_4_120_daily_penalty = Retaliation penalty per day
calc-line-crs_8_4_120_liquidated_damages = Retaliation liquidated damages
calc-total = Total
calc-verify = verify with counsel
calc-policy = city policy, not yet law
calc-invalid = Check this field: { $field }
calc-calculate = Calculate
calc-record = Record as the determination
determination-state-pending = Determination waiting for approval
determination-state-approved = Approved determination
determination-state-returned = Returned determination
determination-by = Recorded by { $who }
determination-approve = Approve
determination-return = Return for changes
letters-title = Letters
referrals-title = Referrals
referrals-hint = A confirmed threat about immigration or the police, with wages unpaid, proposes these referrals. A supervisor decides; nothing is ever sent automatically, and never to immigration enforcement.
referral-dest-colorado_ag = Colorado Attorney General (worker protection)
referral-dest-federal_forced_labor = Federal forced-labor statute (18 U.S.C. § 1589)
referral-state-proposed = Proposed, waiting for a supervisor
referral-state-approved = Approved by { $who }
referral-state-declined = Declined by { $who }
referral-reason = Reason for the decision
referral-approve = Approve the referral
referral-decline = Decline
referral-letter = Referral letter (PDF)
employer-repeat = { $count ->
    [one] Repeat offender: 1 other violation in 5 years
   *[other] Repeat offender: { $count } other violations in 5 years
}
employer-complaints = { $count ->
    [one] 1 complaint
   *[other] { $count } complaints
}
employer-aliases = Other names
employer-add-alias = Add another name
employer-add = Add
employer-addresses = Addresses
employer-links = Related businesses (joint liability)
employer-link-name = Business name
employer-link-kind = It is this employer's
employer-cases = Complaints
link-general-contractor = general contractor
link-staffing-agency = staffing agency
link-subcontractor = subcontractor
link-client = client
link-general-contractor-of = general contractor of
link-staffing-agency-of = staffing agency of
link-subcontractor-of = subcontractor of
link-client-of = client of
error-forbidden = Your role cannot do this.
error-not-assignee = Take the case first: only its assignee or a supervisor can work on it.
error-own-determination = Another supervisor must approve this determination: you recorded it.
error-case-invalid = Check what you entered.
error-case-field = Check this field: { $field }
error-move-illegal_transition = A case cannot go from "{ $from }" to "{ $to }".
error-move-resolution_required = Choose how the case was resolved.
error-move-resolution_not_allowed = Choose a resolution only when the new status is "Resolved".
error-move-resolution_not_from_here = That resolution is not possible at this stage.
error-move-reason_required = Write why you are moving the case.
error-needs-approval = A supervisor must approve the determination first.
error-wrong-stage = Record a determination while the case is under investigation or being decided.
error-nothing-pending = There is no determination waiting for approval.
error-calc-no_periods = Enter a work period.
error-calc-period_ends_before_start = The work period ends before it starts.
error-calc-negative_hours = Hours cannot be negative.
error-calc-overtime_exceeds_hours = Overtime hours cannot exceed the hours worked.
error-calc-no_minimum_wage = There is no minimum wage on record for that period.
error-calc-too_many_periods = Too many work periods.
error-calc-overflow = The amounts are too large.
error-calc-too_many_instances = Too many instances of retaliation (at most 200).
error-referral-not-proposed = This referral is not proposed for this case.

## Letters (PDF)
letter-notice-title = Notice of wage complaint
letter-demand-title = Demand for payment
letter-determination-title = Determination
letter-case = Case: { $case }
letter-date = Date: { $date }
letter-notice-intro = Denver Labor has received a wage complaint about { $employer }.
letter-demand-intro = After investigating case { $case }, Denver Labor finds that { $employer } owes the amounts below.
letter-determination-intro = Denver Labor has decided case { $case } about { $employer }. Approved on { $date }.
letter-unknown = not stated
letter-worker-named = The complaint was filed by { $name }.
letter-worker-described = The complaint concerns a worker employed as { $role } from { $start } to { $end }. The worker's name is withheld.
letter-violations = What was reported:
letter-total = Total: { $amount }
letter-verify = * This amount rests on a rule still to be verified with counsel.
letter-retaliation-found = Retaliation found:
letter-retaliation-finding = { $kind }: { $count } confirmed
letter-policy = ** This amount rests on the city's policy, not yet enacted law.
letter-referral-title = Referral
letter-referral-to = To: { $recipient }
letter-referral-intro = Denver Labor refers case { $case } about { $employer } for your review. A supervisor approved this referral on { $date }.
letter-referral-why = Why: { $why }
letter-referral-owed = Amounts found owed in the approved determination: { $amount }.
letter-referral-no-status = Denver Labor does not ask about or record any worker's immigration status and shares nothing with immigration enforcement. Please do not share this referral with immigration authorities.
letter-notice-respond = You have 21 days from the date of this notice to answer and to send payroll records for the period: time sheets, pay stubs and records of payment.
letter-demand-pay = Pay within 14 days of this letter. Under C.R.S. 8-4-109, wages not paid within 14 days of a written demand carry further penalties.
letter-retaliation-warning = Retaliation against any worker for complaining is illegal, including any threat to call immigration authorities or the police. Denver fines $5,000 for each instance of retaliation.
letter-no-status = This office does not ask about or record anyone's immigration status.
case-language = Language

## Account errors (staff accounts and two-factor set-up)
error-account-password-too-short = The password must be at least 12 characters.
error-account-password-too-long = The password must be at most 256 characters.
error-account-password-one-character = The password must not repeat one character.
error-account-password-few-characters = The password needs more different characters.
error-account-password-common = The password is too close to a common password.
error-account-password-contains-email = The password must not contain the email name.
error-account-bad-email = This is not an email address.
error-account-bad-role = Choose a role: investigator, supervisor, advocate or admin.
error-account-org-required = An advocate belongs to an organisation: enter its name.
error-account-exists = A user with this email already exists.
error-account-not-found = There is no user with this email.
error-account-not-allowed = Only administrators manage accounts.
error-account-org-name = An organisation needs a name of at most 200 characters.
error-account-totp-already-on = Two-factor sign-in is already on.
error-account-totp-not-started = Start the two-factor set-up first.
error-account-totp-wrong-code = That code is not right. Check the time on your phone and try again.
error-account-wrong-current-password = The current password is not right.

## Text messages (SMS door). Short: one text is 160 Latin characters or 70 in other scripts.
sms-status = Reclamo { $tracking }: { $status }
sms-latest = Latest ({ $date }): { $entry }
sms-help = Reclamo, Denver wage theft complaints. To check a complaint, text your tracking code and access code. To file, call { $phone }. Text STOP to get no more texts.
sms-stop = Reclamo will send you no more texts. Your complaint goes on. Text HELP for help.
sms-not-found = Reclamo: no complaint matches those codes. Check both codes and try again, or call { $phone }.
sms-usage = Reclamo: text your tracking code (10 digits) and your access code (15 digits) to see your complaint's status. Text HELP for help.
sms-rate-limited = Reclamo: too many tries. Wait { $minutes } minutes and try again.
sms-busy = Reclamo is very busy. Please text again in a minute.
