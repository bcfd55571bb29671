# Reclamo — Arabic (العربية). Translated from en.ftl (source locale).
# Every message here must exist in every other locale file; a test fails otherwise.
# Placeables like { $phone } must be kept as they are.

## Locale metadata
language-name = العربية
language-dir = rtl

## Layout
site-name = Reclamo
site-tagline = أبلِغ عن سرقة الأجور في دنفر، بلغتك.
skip-to-content = انتقل إلى المحتوى الرئيسي
nav-home = الرئيسية
nav-report = أبلِغ عن سرقة الأجور
nav-status = تابع شكواي
nav-rights = اعرف حقوقك
language-switcher-label = اللغة
language-switcher-submit = غيّر اللغة
promise-no-status = لا يسألك Reclamo أبدًا عن وضع الهجرة الخاص بك. قوانين الأجور في دنفر تحمي كل عامل، معه أوراق أو بدون أوراق.
footer-privacy = نحتفظ فقط بما نحتاج إليه. بياناتك الشخصية مشفّرة، ونمحوها عندما تنتهي قضيتك. لا نشارك أي معلومات مع سلطات الهجرة أبدًا.
footer-hotline = شبكة الاستجابة السريعة في كولورادو (Colorado Rapid Response Network)، 24 ساعة في اليوم: { $phone }

## Home page
home-title = ألم تحصل على أجرك كاملًا؟
home-intro = قدّم شكوى إلى مدينة دنفر مجانًا. لا تحتاج إلى حساب أو محامٍ، ويمكنك ألا تذكر اسمك.
home-action-report = أبلِغ عن سرقة الأجور
home-action-report-hint = حوالي 5 دقائق، بلغتك، من هاتفك.
home-action-status = تابع شكواي
home-action-status-hint = استخدم رمز المتابعة ورمز الدخول.
home-action-rights = اعرف حقوقك
home-action-rights-hint = ماذا يقول القانون، ومن يمكنه مساعدتك اليوم.
home-phone = لا يوجد إنترنت؟ اتصل بالرقم 311 واطلب Reclamo بلغتك.

## Know your rights
rights-title = اعرف حقوقك
rights-intro = الدستور يحمي كل شخص في الولايات المتحدة، مهما كان وضع الهجرة الخاص به.
rights-wage-title = أجرك
rights-wage-1 = قوانين الأجور في دنفر تحمي جميع العمال، مهما كان وضع الهجرة الخاص بهم.
rights-wage-2 = الحد الأدنى للأجر في دنفر في عام 2026 هو { $wage } في الساعة ({ $tipped } للعمال الذين يحصلون على إكراميات).
rights-wage-3 = يمكنك أن تقدّم شكوى، وأن تشهد، وأن تسترد ما تستحقه، دون خوف. وضع الهجرة الخاص بك لا يهم عندما تطبّق المدينة القانون.
rights-wage-4 = لا يحق لصاحب العمل أن يعاقبك لأنك اشتكيت، فهذا مخالف للقانون. التهديد بإبلاغ سلطات الهجرة (ICE) أو الشرطة عنك هو انتقام مخالف للقانون، ويزيد الغرامات التي يجب أن يدفعها صاحب العمل.
rights-ice-title = إذا جاء ضباط الهجرة (ICE)
rights-ice-silent = لك الحق في أن تبقى صامتًا. لست مضطرًا إلى الإجابة عن أسئلة عن وضع الهجرة الخاص بك.
rights-ice-sign = لا توقّع على أي شيء قبل أن تتحدث مع محامٍ، حتى لو كان مكتوبًا بلغتك.
rights-ice-warrant = اطلب أن ترى المذكرة (الأمر الرسمي). تحتاج ICE إلى مذكرة قضائية موقّعة من قاضٍ لكي تدخل بيتك. مذكرة ICE الإدارية (النموذج I-200) لا تكفي: لست مضطرًا إلى فتح الباب.
rights-ice-lawyer = لك الحق في محامٍ. اطلب أن تتحدث مع محامٍ قبل أن تجيب عن أي سؤال.
rights-hotline-title = احصل على المساعدة الآن
rights-hotline-body = شبكة الاستجابة السريعة في كولورادو (Colorado Rapid Response Network): متطوعون مدرَّبون يجيبون 24 ساعة في اليوم. اتصل إذا رأيت نشاطًا من ICE. اضغط 2 لتبلغ عن شيء حدث من قبل.
rights-hotline-call = اتصل بالرقم { $phone }
rights-family-title = جهّز عائلتك
rights-family-body = اختر وصيًّا (شخصًا يرعى أطفالك)، واحفظ المستندات المهمة معًا في مكان واحد، وضع خطة للطوارئ. تقدّم شبكة روكي ماونتن لمناصرة المهاجرين (RMIAN) ملفًا يساعد العائلات على الاستعداد.

## Errors pages
not-found-title = الصفحة غير موجودة
not-found-body = لم نجد هذه الصفحة.
back-home = العودة إلى الصفحة الرئيسية

## Report wizard
report-title = أبلِغ عن سرقة الأجور
report-step-progress = الخطوة { $current } من { $total }
report-step-what = ماذا حدث
report-step-employer = صاحب العمل
report-step-job = عملك
report-step-safety = التهديدات والعقاب
report-step-contact = كيف نتواصل معك
report-step-review = راجِع وأرسِل
report-next = متابعة
report-back = رجوع
report-send = أرسِل شكواي
report-optional = اختياري
report-errors-summary = { $count ->
    [one] يُرجى إصلاح مشكلة واحدة أدناه.
    [two] يُرجى إصلاح مشكلتين أدناه.
    [few] يُرجى إصلاح { $count } مشكلات أدناه.
    [many] يُرجى إصلاح { $count } مشكلة أدناه.
   *[other] يُرجى إصلاح { $count } مشكلة أدناه.
}
answer-yes = نعم
answer-no = لا
answer-unsure = لا أعرف

what-violations-legend = ماذا فعل صاحب العمل؟ اختر كل ما ينطبق.
violation-unpaid_wages = لم يدفع لي أجر بعض عملي أو كله
violation-minimum_wage = دفع لي أقل من الحد الأدنى للأجر
violation-overtime = لم يدفع لي أجر العمل الإضافي (أكثر من 40 ساعة في الأسبوع أو 12 ساعة في اليوم)
violation-final_pay = لم يعطني آخر أجر لي
violation-deductions = خصم من أجري مالًا لا يحق له أن يخصمه
violation-tips = أخذ الإكراميات (البقشيش) التي حصلت عليها
violation-misclassification = قال إنني متعاقد مستقل، لكنني كنت موظفًا
violation-breaks = لم يعطني فترات راحة أو وقتًا للأكل
violation-sick_leave = لم يعطني إجازة مرضية مدفوعة الأجر
violation-bounced_check = دفع لي بشيك بدون رصيد (رفضه البنك)
what-period-start = متى بدأ ذلك؟
what-period-end = متى انتهى؟ اترك الخانة فارغة إذا كان لا يزال يحدث.
what-amount = كم دولارًا تستحق تقريبًا؟
what-amount-hint = التقدير يكفي. الأداة أدناه يمكن أن تحسبه لك تقريبًا.
what-narrative = أخبرنا بما حدث، بكلماتك أنت
what-narrative-hint = اكتب بأي لغة. لا تكتب عن وضع الهجرة الخاص بك: نحن لا نحتاج إليه.
what-coworkers = كم عاملًا آخر عوملوا بالطريقة نفسها؟
estimate-title = ساعدني في التقدير
estimate-hours = عدد ساعات العمل
estimate-rate = الأجر الذي وعدوك به في الساعة، بالدولار
estimate-paid = المبلغ الذي حصلت عليه فعلًا، بالدولار
estimate-submit = احسب
estimate-result = قد تستحق حوالي { $amount }.
estimate-minimum-note = الحد الأدنى للأجر في دنفر في عام { $year } هو { $wage } في الساعة. إذا كان الأجر الذي وعدوك به أقل، استخدمنا الحد الأدنى للأجر.

employer-name = اسم الشركة أو المحل، كما تعرفه
employer-address = العنوان، أو صِف مكانه
employer-phone = هاتف صاحب العمل
employer-industry = نوع العمل
employer-industry-choose = اختر واحدًا
industry-construction = البناء
industry-restaurant = مطعم أو طعام
industry-cleaning = التنظيف وأعمال النظافة
industry-landscaping = تنسيق الحدائق
industry-retail = متجر أو بيع بالتجزئة
industry-warehouse = مستودع أو توصيل
industry-home_care = رعاية منزلية أو رعاية أطفال
industry-agriculture = عمل في مزرعة
industry-manufacturing = مصنع أو تصنيع
industry-hotel = فندق
industry-auto = غسيل سيارات أو تصليح سيارات
industry-other = غير ذلك
employer-supervisor = اسم المشرف
employer-agency = هل حصلت على العمل عن طريق وكالة توظيف أو مقاول من الباطن؟
employer-agency-name = اسم الوكالة أو المقاول

job-role = ما كان عملك؟
job-start = أول يوم عمل
job-end = آخر يوم عمل
job-still = هل ما زلت تعمل هناك؟
job-pay-rate = مقدار الأجر، بالدولار
job-pay-basis = الأجر حسب
basis-hour = الساعة
basis-day = اليوم
basis-piece = القطعة أو المهمة
basis-salary = راتب ثابت (أسبوعي أو شهري)
job-pay-frequency = كل كم من الوقت كنت تحصل على أجرك؟
freq-weekly = كل أسبوع
freq-biweekly = كل أسبوعين
freq-monthly = كل شهر
freq-irregular = بدون موعد ثابت
job-hours = عدد الساعات المعتاد في الأسبوع
job-cash = هل كنت تحصل على أجرك نقدًا؟

safety-intro = إجاباتك تساعدنا على التحرك بسرعة لحمايتك. أجب فقط عما ترتاح له.
safety-immigration_threat = هل هدّدك أحد بأن يبلّغ عنك سلطات الهجرة (ICE) أو الشرطة؟
safety-status_report_threat = هل هدّدك أحد بأن يبلّغ عنك أو عن عائلتك أي جهة بسبب أوراقك؟
safety-fired = هل طُردت من العمل أو أُرسلت إلى البيت بعد أن سألت عن أجرك؟
safety-hours_cut = هل قلّلوا ساعات عملك أو أجرك بعد أن سألت أو اشتكيت؟
safety-violence = هل هدّدك أحد بأن يؤذيك؟
safety-blacklist = هل هدّدك أحد بأن يمنعك من الحصول على عمل آخر؟
safety-details = هل هناك شيء آخر عن التهديدات أو العقاب؟

contact-intro = كل هذا اختياري. نستخدمه فقط لنتواصل معك بخصوص شكواك.
contact-anonymous = قدّم الشكوى دون ذكر اسمك
contact-anonymous-hint = لن نحتفظ باسمك أو بيانات التواصل معك. يمكنك أن تتابع شكواك برموزك، لكن لا يمكننا الاتصال بك، وبعض القضايا يصعب التحقيق فيها دون التحدث معك.
contact-name = الاسم أو اسم مستعار
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-method = أفضل طريقة للتواصل معك
method-phone = مكالمة هاتفية
method-sms = رسالة نصية
method-email = البريد الإلكتروني
contact-safe-times = متى يكون التواصل معك آمنًا؟
contact-sms-ok = هل يمكننا أن نرسل لك رسائل نصية؟
contact-voicemail-ok = هل من الآمن أن نترك لك رسالة صوتية؟
contact-share-name = هل يمكننا أن نعطي اسمك لصاحب العمل؟
contact-share-name-hint = لن نفعل ذلك إلا إذا قلت نعم. أحيانًا يحتاج التحقيق إلى اسمك، مثلًا لمراجعة سجلات أجرك؛ وسنتحدث معك أولًا.

review-intro = راجِع إجاباتك. يمكنك الرجوع وتغيير أي شيء.
review-edit = تغيير
review-none = لم يُذكر
review-anonymous = بدون اسم
review-consent = ما كتبته صحيح، على حد علمي.

done-title = استلمنا شكواك
done-tracking = رمز المتابعة
done-access = رمز الدخول
done-save = اكتب الرمزين أو احفظ الإيصال. تحتاج إلى الرمزين معًا لتتابع شكواك. لا يمكننا أن نعرض رمز الدخول مرة أخرى.
done-receipt = تنزيل الإيصال (PDF)
done-receipt-include-access = ضع رمز الدخول في الإيصال
done-next-title = ماذا يحدث بعد ذلك
done-next-1 = يراجع محقّق شكواك، عادةً خلال 5 أيام عمل.
done-next-2 = إذا أعطيتنا طريقة للتواصل معك، سنتواصل معك بلغتك. إذا كنت في خطر، سنتواصل معك بسرعة.
done-next-3 = لن نخبر صاحب العمل باسمك إلا إذا وافقت.

status-title = تابع شكواي
status-intro = أدخل الرمزين اللذين حصلت عليهما عندما قدّمت الشكوى.
status-tracking = رمز المتابعة
status-access = رمز الدخول
status-submit = تحقّق
status-not-found = لم نجد شكوى بهذين الرمزين. تأكد من الأرقام وحاول مرة أخرى.
status-current = الحالة الآن: { $status }
status-timeline = ما حدث حتى الآن
case-status-received = تم الاستلام
case-status-triage = قيد المراجعة
case-status-investigating = قيد التحقيق
case-status-determination = يجري اتخاذ القرار
case-status-resolved = تم الحل
case-status-closed = مغلقة
event-filed = تم تقديم الشكوى
event-status-changed = تغيّرت الحالة إلى: { $status }

error-required = هذا مطلوب.
error-too-long = هذا طويل جدًا. أقصى عدد من الحروف: { $max }.
error-invalid-email = هذا لا يبدو عنوان بريد إلكتروني.
error-invalid-phone = هذا لا يبدو رقم هاتف.
error-invalid-date = أدخل تاريخًا صحيحًا.
error-date-order = تاريخ النهاية قبل تاريخ البداية.
error-date-future = هذا التاريخ في المستقبل.
error-invalid-number = أدخل رقمًا.
error-out-of-range = هذا الرقم خارج الحدود المسموح بها.
error-choose-violation = اختر شيئًا واحدًا على الأقل مما حدث.
error-invalid-choice = اختر أحد الخيارات.
error-contact-when-anonymous = اخترت ألا تذكر اسمك. اترك بيانات التواصل فارغة، أو ألغِ اختيار «قدّم الشكوى دون ذكر اسمك».
error-invalid-code = تحقّق من الرمز: ربما كُتب رقم بشكل خاطئ.
error-generic = حدث خطأ من جهتنا. لم يضِع شيء مما كتبته. يُرجى المحاولة مرة أخرى.
error-rate-limited = { $minutes ->
    [one] محاولات كثيرة جدًا. يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
    [two] محاولات كثيرة جدًا. يُرجى الانتظار دقيقتين ثم المحاولة مرة أخرى.
    [few] محاولات كثيرة جدًا. يُرجى الانتظار { $minutes } دقائق ثم المحاولة مرة أخرى.
   *[other] محاولات كثيرة جدًا. يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
}
error-invalid-request = تعذّرت قراءة الطلب.
error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-signed-out = يرجى تسجيل الدخول.
error-totp-required = أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.

receipt-title = إيصال الشكوى
receipt-filed = تاريخ تقديم الشكوى: { $date }
receipt-reported = ما أبلغت عنه
receipt-keep = احفظ هذا الإيصال في مكان آمن. أي شخص معه الرمزان معًا يستطيع أن يرى حالة شكواك.

## Staff
staff-login-title = تسجيل دخول الموظفين
staff-email = بريد العمل الإلكتروني
staff-password = كلمة المرور
staff-totp = الرمز من تطبيق المصادقة، أو أحد الرموز الاحتياطية
staff-totp-hint = اترك هذا الحقل فارغًا إذا لم تكن قد أعددت التحقق بخطوتين.
staff-sign-in = تسجيل الدخول
staff-sign-out = تسجيل الخروج
staff-home-title = الصفحة الرئيسية للموظفين
staff-signed-in-as = تم تسجيل الدخول باسم { $email } ({ $role })
staff-role-investigator = محقق
staff-role-supervisor = مشرف
staff-role-advocate = مناصر
staff-role-admin = مدير النظام
staff-2fa-title = التحقق بخطوتين
staff-2fa-required = يتطلب دورك التحقق بخطوتين. أعِدّه للمتابعة.
staff-2fa-off = التحقق بخطوتين غير مفعّل في حسابك.
staff-2fa-start = إعداد التحقق بخطوتين
staff-2fa-scan = امسح هذا الرمز بتطبيق مصادقة، أو اكتب المفتاح فيه. ثم أدخل الرمز المكوّن من 6 أرقام الذي يظهره التطبيق.
staff-2fa-key = المفتاح
staff-2fa-code = الرمز المكوّن من 6 أرقام
staff-2fa-confirm = تفعيل التحقق بخطوتين
staff-2fa-enabled = التحقق بخطوتين مفعّل.
staff-2fa-recovery = الرموز الاحتياطية: كل رمز يعمل مرة واحدة فقط إذا فقدت هاتفك. احفظها في مكان آمن؛ فلن تظهر مرة أخرى.
staff-find-case = البحث عن قضية برمز المتابعة
staff-find = بحث
staff-no-cases = لم يتم العثور على أي قضية.
staff-users-title = المستخدمون
staff-user-add = إضافة مستخدم
staff-user-name = الاسم
staff-user-role = الدور
staff-user-org = المنظمة (مطلوبة للمناصرين)
staff-user-password = كلمة المرور الأولى (12 حرفًا على الأقل)
staff-user-added = تمت إضافة المستخدم.
staff-user-disable = تعطيل
staff-user-disabled = معطَّل
staff-user-active = نشط
staff-access-history = من اطّلع على هذه القضية
staff-access-when = متى
staff-access-who = مَن
staff-access-what = ماذا
staff-orgs-title = المنظمات
staff-org-name = اسم المنظمة
staff-org-add = إضافة المنظمة
staff-org-added = تمت إضافة المنظمة.
