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
footer-privacy = نحتفظ فقط بما نحتاج إليه. بياناتك الشخصية مشفّرة، ونمحوها بعد إغلاق قضيتك وانقضاء مدة الاحتفاظ. لا نشارك أي معلومات مع سلطات الهجرة أبدًا.
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
report-call-taker = أنت تقدّم الشكوى نيابةً عن متصل: اطرح كل سؤال بلغته، واقرأ عليه الرموز في النهاية.
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
done-sms-title = إرسال الرموز برسالة نصية
done-sms-phone = رقم الهاتف المحمول للمتصل (فقط إذا وافق)
done-sms-send = أرسل الرموز
done-sms-sent = أُرسلت الرموز برسالة نصية.
done-sms-off = إرسال الرسائل النصية غير مُعدّ على هذا الخادم: اقرأ الرموز على المتصل.
done-sms-failed = تعذّر إرسال الرسالة النصية: اقرأ الرموز على المتصل.
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
evidence-title = إضافة أدلة
evidence-intro = يمكنك إضافة صور لقسائم الراتب أو لجداول العمل، أو لقطات شاشة للرسائل، أو رسائل صوتية. عدد الملفات { $max } على الأكثر، وحجم كل ملف { $mb } ميغابايت على الأكثر. نحذف من الصور معلومات المكان والكاميرا قبل أن نحفظها.
evidence-file = الملف
evidence-description = ما هذا الملف؟ (اختياري)
evidence-description-hint = مثال: "رسالة من مديري يوم 3 يونيو". نقرأ ما تكتبه هنا كما نقرأ شكواك.
evidence-submit = أضف الملف
evidence-added = تمت إضافة الملف إلى شكواك.
evidence-list = الملفات التي أرسلتها
evidence-none = لا توجد ملفات بعد.
evidence-kind-image = صورة
evidence-kind-pdf = مستند PDF
evidence-kind-audio = رسالة صوتية أو تسجيل صوتي
evidence-from-worker = أرسله العامل
evidence-from-staff = أضافه الموظفون
evidence-download = تنزيل
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
error-busy = يستخدم كثير من الناس Reclamo الآن، لذلك لم يُحفظ شيء بعد. لم يضِع شيء مما كتبته. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
error-json-type = نوع هذا الحقل غير صحيح: يجب أن يكون { $expected ->
        [text] نصًا
        [number] رقمًا
        [boolean] true أو false (صح أو خطأ)
        [list] قائمة
        [object] كائنًا
       *[other] نوعًا آخر
    }
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
staff-call-title = استقبال مكالمة
staff-call-intro = أدخِل شكوى نيابةً عن شخص على الهاتف. يُفتح النموذج بلغة المتصل؛ واقرأ عليه الرموز في النهاية.
staff-call-language = لغة المتصل
staff-call-start = افتح النموذج
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

## Case management (staff)
queue-title = قائمة القضايا
queue-urgent = عاجلة
queue-unassigned = غير مُسندة
queue-any = الكل
queue-open = القضايا المفتوحة
queue-all = كل القضايا
queue-priority-urgent = عاجلة
queue-priority-normal = عادية
queue-flag-retaliation = عليها علامة انتقام
queue-assignee-me = المُسندة إليّ
queue-filter-q = بحث (رمز المتابعة، صاحب العمل، كلمات من وصف ما حدث)
queue-filter-status = الحالة
queue-filter-priority = الأولوية
queue-filter-flag = العلامة
queue-filter-assignee = مُسندة إلى
queue-filter-language = اللغة
queue-filter-channel = طريقة التقديم
queue-filter-violation = المخالفة
queue-filter-from = تاريخ التقديم من
queue-filter-to = تاريخ التقديم حتى
queue-apply = عرض القضايا
queue-next = الصفحة التالية
queue-bulk-assign = إسناد القضايا المحددة إلى
queue-select-case = تحديد القضية { $case }
queue-assigned = { $count ->
    [zero] لم تُسنَد أي قضية.
    [one] أُسندت قضية واحدة.
    [two] أُسندت قضيتان.
    [few] أُسندت { $count } قضايا.
    [many] أُسندت { $count } قضية.
   *[other] أُسندت { $count } قضية.
}
queue-col-select = تحديد
queue-col-case = القضية
queue-col-flag = العلامة
queue-col-status = الحالة
queue-col-employer = صاحب العمل
queue-col-assignee = مُسندة إلى
queue-col-language = اللغة
queue-col-due = موعد أول تواصل
queue-col-filed = تاريخ التقديم
notifications-title = جديد لك
notification-retaliation-flagged = علامة انتقام: تواصل مع العامل قبل موعد أول اتصال المحدد في القضية
notification-first-contact-overdue = تأخر أول اتصال في قضية فيها تهديد بالهجرة أو الشرطة: تواصل مع العامل اليوم
outbox-retaliation-flagged-subject = Reclamo: تنبيه بشأن الانتقام في القضية { $case }
outbox-retaliation-flagged-body = تم تمييز شكوى بوجود انتقام. يُرجى التواصل مع العامل في موعد أقصاه تاريخ التواصل الأول المحدد في القضية. افتح القضية { $case }: { $url }
outbox-first-contact-overdue-subject = Reclamo: فات موعد التواصل الأول في القضية { $case }
outbox-first-contact-overdue-body = فات موعد التواصل الأول في القضية { $case }، وهي تتضمن تهديدًا بإبلاغ سلطات الهجرة أو الشرطة. يُرجى التواصل مع العامل اليوم: { $url }
outbox-status-changed-subject = Reclamo: شكواك
outbox-status-changed-body = Reclamo: حالة شكواك الآن "{ $status }". التفاصيل في { $url } باستخدام رمزيك. أرسل STOP لإيقاف الرسائل.
outbox-note-shared-subject = Reclamo: شكواك
outbox-note-shared-body = Reclamo: لديك رسالة جديدة بشأن شكواك. اقرأها في { $url } باستخدام رمزيك. أرسل STOP لإيقاف الرسائل.
channel-web = نموذج الموقع الإلكتروني
channel-api = API
channel-phone = الهاتف
channel-sms = رسالة نصية
channel-advocate = مناصر
channel-call_taker = موظف تلقّي المكالمات
channel-open311 = Open311
case-status = الحالة
case-employer = صاحب العمل
case-assignee = مُسندة إلى
case-deadlines = المواعيد النهائية
case-workflow = تغيير حالة القضية
case-timeline = التسلسل الزمني والملاحظات
case-complaint = الشكوى
case-retaliation-title = علامة الانتقام
case-signals = سبب وضع العلامة
retaliation-kind-immigration-threat = تهديد بإبلاغ سلطات الهجرة أو الشرطة
retaliation-kind-termination = الطرد من العمل أو الإرسال إلى البيت
retaliation-kind-hours-or-pay-cut = تقليل ساعات العمل أو الأجر
retaliation-kind-violence-or-intimidation = العنف أو الترهيب
retaliation-kind-blacklisting = الإدراج في القائمة السوداء
retaliation-kind-other-threat = تهديد آخر
review-kind = نوع الانتقام
review-decision = القرار
review-confirmed = مؤكَّد
review-dismissed = مرفوض
review-instances = عدد الحالات (المؤكَّدة)
review-reason = السبب
review-submit = تسجيل المراجعة
deadline-first-contact = أول تواصل
deadline-employer-response = ردّ صاحب العمل على الإشعار (21 يومًا)
deadline-determination = الموعد المستهدف للقرار (90 يومًا)
deadline-met = تم
deadline-open = لم يُنجَز بعد
deadline-overdue = متأخر
move-to = الحالة الجديدة
move-resolution = طريقة الحل
move-resolution-hint = فقط عندما تكون الحالة الجديدة «تم الحل».
move-reason = السبب (مطلوب)
move-submit = تغيير حالة القضية
resolution-paid = تم الدفع
resolution-referred_collection = أُحيلت إلى التحصيل
resolution-referred_agency = أُحيلت إلى جهة أخرى
resolution-withdrawn = سُحبت
resolution-unfounded = لا أساس لها
assign-to = إسناد إلى (البريد الإلكتروني)
assign-submit = إسناد
assign-me = إسنادها إليّ
note-body = ملاحظة جديدة
note-visible = يمكن للعامل أن يرى هذه الملاحظة
note-visible-hint = تظهر الملاحظات المرئية في صفحة حالة الشكوى لدى العامل، بالكلمات التي تكتبها. اترك الخانة بدون تحديد للملاحظات الداخلية.
note-visible-badge = مرئية للعامل
note-submit = إضافة الملاحظة
event-note = رسالة من المحقق المسؤول عن شكواك
event-assigned = تم الإسناد
event-notice-sent = أُرسل الإشعار إلى صاحب العمل
event-determination-recorded = تم تسجيل القرار
event-determination-approved = تمت الموافقة على القرار
event-determination-returned = أُعيد القرار للتعديل
event-retaliation-reviewed = تمت مراجعة علامة الانتقام
calc-title = المبلغ المستحق
calc-intro = تعرض الحاسبة طريقة الحساب سطرًا بسطر. المبالغ المعلَّمة بعبارة «للتحقق مع المستشار القانوني» تستند إلى قواعد لم تتأكد بعد.
calc-field-jurisdiction = القواعد المطبَّقة
calc-field-as-of = الفائدة حتى تاريخ
calc-field-start = فترة العمل من
calc-field-end = فترة العمل حتى
calc-field-hours = عدد ساعات العمل
calc-field-overtime = منها: ساعات العمل الإضافي
calc-field-paid = المبلغ المدفوع عن الفترة ($)
calc-field-rate = الأجر الموعود به في الساعة ($، اتركه فارغًا لاستخدام الحد الأدنى للأجر)
calc-field-tipped = عامل يحصل على إكراميات
calc-field-instances = حالات الانتقام المؤكَّدة
calc-field-days = عدد أيام استمرار الانتقام
calc-field-employees = عدد الموظفين المتضررين
calc-field-demand = لم يُدفع بعد 14 يومًا من مطالبة كتابية بالدفع
calc-field-willful = مخالفة متعمَّدة
calc-jurisdiction-denver = دنفر (قانون المدينة وقانون الولاية)
calc-jurisdiction-colorado = كولورادو (قانون الولاية فقط)
calc-line-minimum_wage_shortfall = الفرق عن الحد الأدنى للأجر
calc-line-unpaid_wages = الأجور المتفق عليها غير المدفوعة
calc-line-overtime = علاوة العمل الإضافي
calc-line-interest = الفائدة (12% سنويًا)
calc-line-denver_treble_damages = تعويضات دنفر بثلاثة أضعاف المبلغ
calc-line-denver_retaliation_fine = غرامة دنفر على الانتقام
calc-line-denver_aggravated_fine = غرامة دنفر عن كل عامل، مع اعتبار الانتقام ظرفًا مشددًا (مقترحة)
calc-line-policy_escalation = تشديد بسبب تهديد يتعلق بالهجرة (سياسة المدينة)
calc-line-crs_8_4_109_penalty = غرامة الأجور غير المدفوعة بعد المطالبة
calc-line-crs_8_4_120_daily_penalty = غرامة الانتقام عن كل يوم
calc-line-crs_8_4_120_liquidated_damages = التعويضات المقطوعة عن الانتقام
calc-total = المجموع
calc-verify = للتحقق مع المستشار القانوني
calc-policy = سياسة المدينة، ليست قانونًا بعد
calc-invalid = تحقّق من هذا الحقل: { $field }
calc-calculate = حساب
calc-record = تسجيله كقرار
determination-state-pending = قرار في انتظار الموافقة
determination-state-approved = قرار تمت الموافقة عليه
determination-state-returned = قرار أُعيد للتعديل
determination-by = سجّله: { $who }
determination-approve = الموافقة
determination-return = إعادته للتعديل
letters-title = الرسائل
referrals-title = الإحالات
referrals-hint = عند تأكيد تهديد بإبلاغ سلطات الهجرة أو الشرطة، مع وجود أجور غير مدفوعة، يقترح النظام هذه الإحالات. يتخذ المشرف القرار؛ ولا يُرسَل أي شيء تلقائيًا أبدًا، ولا يُرسَل أي شيء إلى سلطات إنفاذ قوانين الهجرة مطلقًا.
referral-dest-colorado_ag = المدعي العام لولاية كولورادو (حماية العمال)
referral-dest-federal_forced_labor = القانون الفيدرالي بشأن العمل القسري (18 U.S.C. § 1589)
referral-state-proposed = مقترحة، في انتظار المشرف
referral-state-approved = وافق عليها: { $who }
referral-state-declined = رفضها: { $who }
referral-reason = سبب القرار
referral-approve = الموافقة على الإحالة
referral-decline = رفض
referral-letter = خطاب الإحالة (PDF)
employer-repeat = { $count ->
    [one] مخالف متكرر: مخالفة أخرى واحدة خلال 5 سنوات
    [two] مخالف متكرر: مخالفتان أخريان خلال 5 سنوات
    [few] مخالف متكرر: { $count } مخالفات أخرى خلال 5 سنوات
    [many] مخالف متكرر: { $count } مخالفة أخرى خلال 5 سنوات
   *[other] مخالف متكرر: { $count } مخالفة أخرى خلال 5 سنوات
}
employer-complaints = { $count ->
    [zero] لا توجد شكاوى
    [one] شكوى واحدة
    [two] شكويان
    [few] { $count } شكاوى
    [many] { $count } شكوى
   *[other] { $count } شكوى
}
employer-aliases = أسماء أخرى
employer-add-alias = إضافة اسم آخر
employer-add = إضافة
employer-addresses = العناوين
employer-links = المنشآت المرتبطة (المسؤولية التضامنية)
employer-link-name = اسم المنشأة
employer-link-kind = صفتها بالنسبة إلى صاحب العمل هذا
employer-cases = الشكاوى
link-general-contractor = المقاول العام
link-staffing-agency = وكالة التوظيف
link-subcontractor = المقاول من الباطن
link-client = العميل
link-general-contractor-of = صاحب العمل هذا هو المقاول العام لهذه المنشأة
link-staffing-agency-of = صاحب العمل هذا هو وكالة التوظيف لهذه المنشأة
link-subcontractor-of = صاحب العمل هذا مقاول من الباطن لهذه المنشأة
link-client-of = صاحب العمل هذا عميل لهذه المنشأة
error-forbidden = لا يسمح دورك بهذا الإجراء.
error-not-assignee = تولَّ القضية أولًا: لا يعمل عليها إلا المكلَّف بها أو مشرف.
error-own-determination = يجب أن يوافق مشرف آخر على هذا القرار: أنت من سجّله.
error-case-invalid = تحقّق مما أدخلته.
error-case-field = تحقّق من هذا الحقل: { $field }
error-move-illegal_transition = لا يمكن نقل القضية من «{ $from }» إلى «{ $to }».
error-move-resolution_required = اختر طريقة حل القضية.
error-move-resolution_not_allowed = لا تختر طريقة الحل إلا عندما تكون الحالة الجديدة «تم الحل».
error-move-resolution_not_from_here = طريقة الحل هذه غير ممكنة في هذه المرحلة.
error-move-reason_required = اكتب سبب تغيير حالة القضية.
error-needs-approval = يجب أن يوافق مشرف على القرار أولًا.
error-wrong-stage = لا يمكن تسجيل القرار إلا عندما تكون القضية قيد التحقيق أو في مرحلة اتخاذ القرار.
error-nothing-pending = لا يوجد قرار في انتظار الموافقة.
error-calc-no_periods = أدخل فترة عمل.
error-calc-period_ends_before_start = تنتهي فترة العمل قبل أن تبدأ.
error-calc-negative_hours = لا يمكن أن يكون عدد الساعات سالبًا.
error-calc-overtime_exceeds_hours = لا يمكن أن تزيد ساعات العمل الإضافي على ساعات العمل.
error-calc-no_minimum_wage = لا يوجد حد أدنى للأجر مسجَّل لتلك الفترة.
error-calc-too_many_periods = فترات العمل كثيرة جدًا.
error-calc-overflow = المبالغ كبيرة جدًا.
error-calc-too_many_instances = عدد حالات الانتقام كبير جدًا (200 على الأكثر).
error-referral-not-proposed = هذه الإحالة غير مقترحة لهذه القضية.
error-evidence-too-large = هذا الملف كبير جدًا: الحد الأقصى { $mb } ميغابايت.
error-evidence-too-many = وصلت هذه الشكوى إلى أكبر عدد مسموح به من الملفات ({ $max }).
error-evidence-unsupported = لا يمكن إضافة هذا النوع من الملفات. أرسل صورة (JPEG أو PNG أو WebP)، أو ملف PDF، أو رسالة صوتية (m4a أو aac أو ogg أو opus أو mp3 أو wav).
error-evidence-heic = لا نستطيع هنا بعدُ قراءة صور iPhone بصيغة HEIC. التقط لقطة شاشة للصورة، أو اضبط الكاميرا على "Most Compatible" (الأكثر توافقًا)، ثم أرسلها مرة أخرى.
error-evidence-damaged = تعذّرت قراءة هذا الملف. قد يكون تالفًا: حاول إرساله مرة أخرى.
error-evidence-missing = اختر ملفًا أولًا.
error-evidence-closed = لم يعد من الممكن إضافة ملفات إلى هذه الشكوى.

## Letters (PDF)
letter-notice-title = إشعار بشكوى تتعلق بالأجور
letter-demand-title = مطالبة بالدفع
letter-determination-title = القرار
letter-case = القضية: { $case }
letter-date = التاريخ: { $date }
letter-notice-intro = تلقّى مكتب العمل في دنفر (Denver Labor) شكوى تتعلق بالأجور بشأن صاحب العمل { $employer }.
letter-demand-intro = بعد التحقيق في القضية { $case }، يرى مكتب العمل في دنفر (Denver Labor) أن المبالغ الواردة أدناه مستحقة على صاحب العمل { $employer }.
letter-determination-intro = أصدر مكتب العمل في دنفر (Denver Labor) قراره في القضية { $case } المتعلقة بصاحب العمل { $employer }. تمت الموافقة على القرار بتاريخ { $date }.
letter-unknown = غير مذكور
letter-worker-named = قدّم الشكوى: { $name }.
letter-worker-described = تتعلق الشكوى بعامل كان يعمل في منصب { $role } في الفترة من { $start } إلى { $end }. ولم يُكشف عن اسم العامل.
letter-violations = ما تم الإبلاغ عنه:
letter-total = المجموع: { $amount }
letter-verify = * يستند هذا المبلغ إلى قاعدة لم يتم التحقق منها بعد مع المستشار القانوني.
letter-retaliation-found = الانتقام الذي ثبت:
letter-retaliation-finding = { $kind }: { $count } حالة مؤكدة
letter-policy = ** يستند هذا المبلغ إلى سياسة المدينة، وهي ليست قانونًا نافذًا بعد.
letter-referral-title = إحالة
letter-referral-to = إلى: { $recipient }
letter-referral-intro = يحيل مكتب العمل في دنفر (Denver Labor) إليكم القضية { $case } المتعلقة بصاحب العمل { $employer } للنظر فيها. وقد وافق مشرف على هذه الإحالة بتاريخ { $date }.
letter-referral-why = السبب: { $why }
letter-referral-owed = المبالغ التي ثبت استحقاقها في القرار المعتمد: { $amount }.
letter-referral-no-status = لا يسأل مكتب العمل في دنفر (Denver Labor) عن وضع الهجرة لأي عامل ولا يسجّله، ولا يشارك أي معلومات مع سلطات إنفاذ قوانين الهجرة. يُرجى عدم مشاركة هذه الإحالة مع سلطات الهجرة.
letter-notice-respond = أمامكم 21 يومًا من تاريخ هذا الإشعار للرد ولإرسال سجلات الأجور عن الفترة المعنية: كشوف ساعات العمل، وقسائم الأجور، وسجلات الدفع.
letter-demand-pay = يجب الدفع خلال 14 يومًا من تاريخ هذه الرسالة. بموجب C.R.S. 8-4-109، تترتب غرامات إضافية على الأجور التي لا تُدفع خلال 14 يومًا من تاريخ المطالبة الكتابية بالدفع.
letter-retaliation-warning = الانتقام من أي عامل بسبب تقديمه شكوى مخالف للقانون، بما في ذلك أي تهديد بالاتصال بسلطات الهجرة أو الشرطة. تفرض دنفر غرامة قدرها $5,000 عن كل حالة انتقام.
letter-no-status = لا يسأل هذا المكتب عن وضع الهجرة لأي شخص، ولا يسجّله.
case-language = اللغة

## Account errors (staff accounts and two-factor set-up)
error-account-password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
error-account-password-too-long = يجب ألا تزيد كلمة المرور على 256 حرفًا.
error-account-password-one-character = يجب ألا تتكون كلمة المرور من حرف واحد مكرَّر.
error-account-password-few-characters = تحتاج كلمة المرور إلى عدد أكبر من الحروف المختلفة.
error-account-password-common = كلمة المرور قريبة جدًا من كلمة مرور شائعة.
error-account-password-contains-email = يجب ألا تحتوي كلمة المرور على اسم البريد الإلكتروني (الجزء الذي يسبق @).
error-account-bad-email = هذا ليس عنوان بريد إلكتروني.
error-account-bad-role = اختر دورًا: محقق أو مشرف أو مناصر أو مدير النظام.
error-account-org-required = ينتمي المناصر إلى منظمة: أدخل اسم المنظمة.
error-account-exists = يوجد مستخدم بهذا البريد الإلكتروني بالفعل.
error-account-not-found = لا يوجد مستخدم بهذا البريد الإلكتروني.
error-account-not-allowed = لا يدير الحسابات إلا مديرو النظام.
error-account-org-name = يجب أن يكون للمنظمة اسم لا يزيد على 200 حرف.
error-account-totp-already-on = التحقق بخطوتين مفعّل بالفعل.
error-account-totp-not-started = ابدأ إعداد التحقق بخطوتين أولًا.
error-account-totp-wrong-code = هذا الرمز غير صحيح. تحقّق من الوقت في هاتفك وحاول مرة أخرى.
error-account-wrong-current-password = كلمة المرور الحالية غير صحيحة.

## Text messages (SMS door). Short: one text is 160 Latin characters or 70 in other scripts.
sms-status = Reclamo { $tracking }: { $status }
sms-latest = آخر تحديث ({ $date }): { $entry }
sms-help = Reclamo: شكاوى سرقة الأجور في دنفر. لمتابعة شكوى، أرسل رمز المتابعة ورمز الدخول. لتقديم شكوى، اتصل بالرقم { $phone }. أرسل STOP أو توقف لإيقاف الرسائل.
sms-stop = لن يرسل لك Reclamo رسائل بعد الآن. شكواك ما زالت قائمة. أرسل HELP أو مساعدة للمساعدة.
sms-not-found = Reclamo: لا توجد شكوى بهذين الرمزين. تأكد من الرمزين وحاول مرة أخرى، أو اتصل بالرقم { $phone }.
sms-usage = Reclamo: أرسل رمز المتابعة (10 أرقام) ورمز الدخول (15 رقمًا) لتعرف حالة شكواك. أرسل HELP أو مساعدة للمساعدة.
sms-rate-limited = { $minutes ->
    [one] Reclamo: محاولات كثيرة جدًا. انتظر دقيقة واحدة ثم حاول مرة أخرى.
    [two] Reclamo: محاولات كثيرة جدًا. انتظر دقيقتين ثم حاول مرة أخرى.
    [few] Reclamo: محاولات كثيرة جدًا. انتظر { $minutes } دقائق ثم حاول مرة أخرى.
   *[other] Reclamo: محاولات كثيرة جدًا. انتظر { $minutes } دقيقة ثم حاول مرة أخرى.
}
sms-busy = Reclamo مشغول جدًا الآن. يُرجى إعادة الإرسال بعد دقيقة.
sms-codes-body = Reclamo: رمز المتابعة الخاص بك هو { $tracking } ورمز الدخول الخاص بك هو { $access }. احتفظ بهما في مكان آمن: ستحتاج إليهما معًا للاطلاع على شكواك.

privacy-title = ما يحتفظ به Reclamo، وإلى متى
privacy-intro = لا يحتفظ Reclamo إلا بما يحتاج إليه العمل على الشكوى. ما يخصّك مشفّر بمفتاح قضيتك الخاص، ويُتلف بعد إغلاق قضيتك وانقضاء مدتها. في ما يلي كل نوع من البيانات التي يمكن أن تحتويها قاعدة البيانات، مقسّمًا بحسب ما يحدث له.
privacy-retention = بعد إغلاق القضية، يُحتفظ بما يخصّ العامل لمدة عدد أيامها { $days }. ثم يوافق شخصان (مشرف ومدير النظام) على إتلافه، ويُتلف مفتاح القضية.
privacy-stage-open = ما دامت القضية مفتوحة
privacy-stage-closed = بعد إغلاقها
privacy-stage-disposed = بعد الإتلاف
privacy-cell-sealed = مشفّر
privacy-cell-clear = يقرؤه الموظفون
privacy-cell-kept = محفوظ
privacy-cell-destroyed = مُتلَف
privacy-class-personal = ما يخصّك، مشفّرًا
privacy-class-personal-body = مشفّر بمفتاح قضيتك الخاص. لا يستطيع فتحه إلا الموظفون الذين يعملون على قضيتك، وكلما فتحوه يُسجَّل ذلك. عند الإتلاف يُتلف المفتاح: فلا يمكن أبدًا بعد ذلك قراءة ما شُفّر به، ويُحذف.
privacy-class-case = ما يحتاج إليه العمل
privacy-class-case-body = يقرؤه الموظفون ما دامت القضية مفتوحة وبعد إغلاقها، لأن العمل يحتاج إليه (لترتيب القضايا والعثور عليها وحساب المواعيد النهائية). يُحذف أو يُفرَّغ عند الإتلاف.
privacy-class-public = ما يُحفظ بعد الإتلاف
privacy-class-public-body = ما يبقى من القضية بعد الإتلاف: التواريخ، وحالتها ونتيجتها، وأنواع المخالفات، والمبالغ، وصاحب العمل. لا شيء عن العامل.
privacy-class-operational = ما يخصّ الموظفين والنظام
privacy-class-operational-body = حسابات الموظفين، وعمليات تسجيل الدخول، وسجلّ من اطّلع على ماذا. لا يخصّ العمال.
privacy-columns = أعمدة قاعدة البيانات في هذه المجموعة (عددها: { $count })
privacy-compelled-title = إذا صدر أمر إلى Reclamo بتسليم البيانات
privacy-compelled = سواء كانت القضية مفتوحة أو مغلقة، لا يستطيع Reclamo أن يسلّم إلا ما يقرؤه الموظفون مباشرةً دون فكّ تشفير (مجموعتا «ما يحتاج إليه العمل» و«ما يُحفظ بعد الإتلاف»)، ولا يسلّم أبدًا ما هو مشفّر، إلا إذا سُلِّم معه مفتاح المدينة الخاص أيضًا. بعد الإتلاف لا يبقى شيء عن العامل يمكن تسليمه: فالمفتاح الذي شُفّر به لم يعد موجودًا. لا يشارك Reclamo أي شيء مع سلطات إنفاذ قوانين الهجرة.
footer-privacy-link = ما نحتفظ به
error-own-proposal = يجب أن يوافق مدير نظام آخر غيرك على هذا الإتلاف: أنت من اقترحه.
error-nothing-due = لم تبلغ أي قضية مغلقة نهاية مدة الاحتفاظ بعد: لا يوجد ما يُتلف.
status-retention = عندما تُغلق قضيتك، نحتفظ بما أخبرتنا به عن نفسك لمدة عدد أيامها { $days }، ثم نمحوه.
staff-disposals-title = إتلاف القضايا المغلقة
staff-disposals-intro = بعد إغلاق القضية، تبقى البيانات الشخصية للعامل محفوظة فيها طوال مدة الاحتفاظ (عدد الأيام: { $days }). بعد ذلك يقترح مشرفٌ إتلافها، ويوافق على الإتلاف شخصٌ آخر (مدير النظام)، وفي غضون ساعة يُتلف مفتاح القضية مع كل ما كان مشفّرًا به. ما يبقى بعد ذلك موصوف في صفحة «ما نحتفظ به».
staff-disposals-propose = اقتراح إتلاف كل القضايا التي حان موعد إتلافها
staff-disposals-proposed = عدد القضايا المقترح إتلافها: { $count }. يجب أن يوافق على الإتلاف مدير نظام آخر غيرك.
staff-disposals-approve = الموافقة على الإتلاف
staff-disposals-approved = تمت الموافقة. ستُتلف هذه القضايا في غضون ساعة.
staff-disposals-batch = الدفعة
staff-disposals-proposed-by = اقترحها
staff-disposals-approved-by = وافق عليها
staff-disposals-carried-out = تاريخ التنفيذ
staff-disposals-cases = القضايا المُتلفة
staff-disposals-none = لم يُقترح أي إتلاف بعد.
staff-disposals-waiting = في انتظار الموافقة
