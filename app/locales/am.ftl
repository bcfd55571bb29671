# Reclamo — Amharic (አማርኛ). Translated from en.ftl (source locale).
# Every message here must exist in every other locale file; a test fails otherwise.
# Placeables like { $phone } must be kept as they are.

## Locale metadata
language-name = አማርኛ
language-dir = ltr

## Layout
site-name = Reclamo
site-tagline = በዴንቨር የደመወዝ ስርቆትን በቋንቋዎ ያሳውቁ።
skip-to-content = ወደ ዋናው ይዘት ይሂዱ
nav-home = መነሻ
nav-report = የደመወዝ ስርቆትን ያሳውቁ
nav-status = የአቤቱታዬ ሁኔታ
nav-rights = መብቶችዎን ይወቁ
language-switcher-label = ቋንቋ
language-switcher-submit = ቋንቋ ቀይር
promise-no-status = Reclamo የኢሚግሬሽን ሁኔታዎን በፍጹም አይጠይቅም። የዴንቨር የደመወዝ ሕጎች እያንዳንዱን ሠራተኛ ይጠብቃሉ፤ ወረቀት ያለውንም የሌለውንም።
footer-privacy = የምንይዘው የሚያስፈልገንን ብቻ ነው። የግል መረጃዎ ተመስጥሮ ይቀመጣል፤ ጉዳይዎ ሲያበቃም ይደመሰሳል። መረጃን ለኢሚግሬሽን ባለሥልጣናት በፍጹም አናጋራም።
footer-hotline = Colorado Rapid Response Network (የኮሎራዶ ፈጣን ምላሽ መረብ)፣ በቀን 24 ሰዓት፦ { $phone }

## Home page
home-title = ለሠሩት ሥራ የሚገባዎትን ክፍያ አላገኙም?
home-intro = ለዴንቨር ከተማ በነጻ አቤቱታ ያቅርቡ። አካውንት ወይም ጠበቃ አያስፈልግዎትም፤ ስምዎን ሳይገልጹም ማቅረብ ይችላሉ።
home-action-report = የደመወዝ ስርቆትን ያሳውቁ
home-action-report-hint = 5 ደቂቃ ያህል፣ በቋንቋዎ፣ በስልክዎ።
home-action-status = የአቤቱታዬ ሁኔታ
home-action-status-hint = የመከታተያ ኮድዎን እና የመግቢያ ኮድዎን ይጠቀሙ።
home-action-rights = መብቶችዎን ይወቁ
home-action-rights-hint = ሕጉ ምን እንደሚል፣ እና ዛሬ ማን ሊረዳዎ እንደሚችል።
home-phone = ኢንተርኔት የለዎትም? ወደ 311 ይደውሉ እና Reclamoን በቋንቋዎ ይጠይቁ።

## Know your rights
rights-title = መብቶችዎን ይወቁ
rights-intro = ሕገ መንግሥቱ በዩናይትድ ስቴትስ ያለን ሰው ሁሉ ይጠብቃል፤ የኢሚግሬሽን ሁኔታው ምንም ይሁን ምን።
rights-wage-title = ክፍያዎ
rights-wage-1 = የዴንቨር የደመወዝ ሕጎች ሁሉንም ሠራተኞች ይጠብቃሉ፤ የኢሚግሬሽን ሁኔታቸው ምንም ይሁን ምን።
rights-wage-2 = በ2026 በዴንቨር ዝቅተኛው ደመወዝ በሰዓት { $wage } ነው (ቲፕ ለሚያገኙ ሠራተኞች { $tipped })።
rights-wage-3 = ያለ ፍርሃት አቤቱታ ማቅረብ፣ መመስከር እና የሚገባዎትን ገንዘብ ማስመለስ ይችላሉ። ከተማው ሕጉን ሲያስፈጽም የኢሚግሬሽን ሁኔታዎ ቦታ የለውም።
rights-wage-4 = አሠሪ ቅሬታ ስላቀረቡ እርስዎን መቅጣቱ ሕገ ወጥ ነው። በእርስዎ ላይ ኢሚግሬሽንን (ICE) ወይም ፖሊስን እንደሚጠራ ማስፈራራት ሕገ ወጥ የበቀል እርምጃ ነው፤ አሠሪው የሚከፍለውንም ቅጣት ይጨምራል።
rights-ice-title = የኢሚግሬሽን ወኪሎች (ICE) ቢመጡ
rights-ice-silent = ዝም የማለት መብት አለዎት። ስለ ኢሚግሬሽን ሁኔታዎ ለሚቀርቡ ጥያቄዎች መልስ ለመስጠት አይገደዱም።
rights-ice-sign = ከጠበቃ ጋር ከመነጋገርዎ በፊት ምንም ነገር አይፈርሙ፤ በቋንቋዎ የተጻፈ ቢሆንም እንኳ።
rights-ice-warrant = ማዘዣ (warrant) እንዲያሳዩዎት ይጠይቁ። ICE ወደ ቤትዎ ለመግባት በዳኛ የተፈረመ የፍርድ ቤት ማዘዣ ያስፈልገዋል። ICE የሚያቀርበው አስተዳደራዊ ማዘዣ (ቅጽ I-200) በቂ አይደለም፤ በሩን ለመክፈት አይገደዱም።
rights-ice-lawyer = ጠበቃ የማግኘት መብት አለዎት። ማንኛውንም ጥያቄ ከመመለስዎ በፊት ከጠበቃ ጋር ለመነጋገር ይጠይቁ።
rights-hotline-title = አሁን እርዳታ ያግኙ
rights-hotline-body = Colorado Rapid Response Network (የኮሎራዶ ፈጣን ምላሽ መረብ)፦ የሠለጠኑ በጎ ፈቃደኞች በቀን 24 ሰዓት ስልክ ያነሳሉ። የICE እንቅስቃሴ ካዩ ይደውሉ። ቀድሞ የተፈጸመን ነገር ለማሳወቅ 2 ይጫኑ።
rights-hotline-call = ወደ { $phone } ይደውሉ
rights-family-title = ቤተሰብዎን ያዘጋጁ
rights-family-body = ለልጆችዎ አሳዳጊ ይምረጡ፣ አስፈላጊ ሰነዶችን በአንድ ቦታ ያስቀምጡ፣ እና የአደጋ ጊዜ እቅድ ያውጡ። Rocky Mountain Immigrant Advocacy Network (RMIAN) ቤተሰቦች እንዲዘጋጁ የሚረዳ የመረጃ ጥቅል ያቀርባል።

## Errors pages
not-found-title = ገጹ አልተገኘም
not-found-body = ያንን ገጽ ማግኘት አልቻልንም።
back-home = ወደ መነሻ ገጽ ተመለስ

## Report wizard
report-title = የደመወዝ ስርቆትን ያሳውቁ
report-step-progress = ደረጃ { $current } ከ{ $total }
report-step-what = ምን ተፈጠረ
report-step-employer = አሠሪዎ
report-step-job = ሥራዎ
report-step-safety = ማስፈራሪያ እና ቅጣት
report-step-contact = እንዴት እናግኝዎ
report-step-review = ይገምግሙ እና ይላኩ
report-next = ቀጥል
report-back = ተመለስ
report-send = አቤቱታዬን ላክ
report-optional = ግዴታ አይደለም
report-errors-summary = { $count ->
    [one] እባክዎ ከታች ያለውን አንድ ችግር ያስተካክሉ።
   *[other] እባክዎ ከታች ያሉትን { $count } ችግሮች ያስተካክሉ።
}
answer-yes = አዎ
answer-no = አይ
answer-unsure = አላውቅም

what-violations-legend = አሠሪዎ ምን አደረገ? የሚመለከቱትን ሁሉ ይምረጡ።
violation-unpaid_wages = ለሠራሁት ሥራ በከፊል ወይም ሙሉ በሙሉ አልከፈለኝም
violation-minimum_wage = ከዝቅተኛው ደመወዝ ያነሰ ከፈለኝ
violation-overtime = የትርፍ ሰዓት ክፍያ አልከፈለኝም (በሳምንት ከ40 ሰዓት ወይም በቀን ከ12 ሰዓት በላይ)
violation-final_pay = የመጨረሻ ደመወዜን አልሰጠኝም
violation-deductions = ከደመወዜ መቁረጥ የሌለበትን ገንዘብ ቆረጠ
violation-tips = ቲፔን (ጉርሻዬን) ወሰደብኝ
violation-misclassification = ተቀጣሪ ሠራተኛ ሆኜ ሳለ ኮንትራክተር (ተቋራጭ) እንደሆንኩ አድርጎ ቆጠረኝ
violation-breaks = የእረፍት ወይም የምግብ ሰዓት አልሰጠኝም
violation-sick_leave = የሚከፈልበት የሕመም ፈቃድ አልሰጠኝም
violation-bounced_check = ገንዘብ የሌለው ቼክ ከፈለኝ (ባንኩ መለሰው)
what-period-start = መቼ ጀመረ?
what-period-end = መቼ አበቃ? አሁንም እየሆነ ከሆነ ባዶ ይተዉት።
what-amount = በግምት ምን ያህል ዶላር ይገባዎታል?
what-amount-hint = ግምት በቂ ነው። ከታች ያለው መሣሪያ ሊገምትልዎ ይችላል።
what-narrative = የተፈጠረውን በራስዎ ቃላት ይንገሩን
what-narrative-hint = በማንኛውም ቋንቋ ይጻፉ። ስለ ኢሚግሬሽን ሁኔታዎ አይጻፉ፤ አያስፈልገንም።
what-coworkers = ሌሎች ምን ያህል ሠራተኞች ተመሳሳይ ነገር ደረሰባቸው?
estimate-title = ለመገመት እርዱኝ
estimate-hours = የሠሩባቸው ሰዓቶች
estimate-rate = ቃል የተገባልዎ የሰዓት ክፍያ፣ በዶላር
estimate-paid = በእርግጥ የተከፈለዎት፣ በዶላር
estimate-submit = አስላ
estimate-result = ወደ { $amount } ገደማ ሊገባዎት ይችላል።
estimate-minimum-note = በ{ $year } የዴንቨር ዝቅተኛ ደመወዝ በሰዓት { $wage } ነው። ቃል የተገባልዎ ክፍያ ከዚህ ያነሰ ከሆነ፣ ዝቅተኛውን ደመወዝ ተጠቅመናል።

employer-name = የድርጅቱ ስም፣ እርስዎ እንደሚያውቁት
employer-address = አድራሻ፣ ወይም ያለበትን ቦታ ይግለጹ
employer-phone = የአሠሪው ስልክ
employer-industry = የሥራ ዓይነት
employer-industry-choose = አንዱን ይምረጡ
industry-construction = ግንባታ
industry-restaurant = ምግብ ቤት ወይም ምግብ
industry-cleaning = ጽዳት
industry-landscaping = የግቢ እና የአትክልት እንክብካቤ
industry-retail = ሱቅ ወይም ችርቻሮ ንግድ
industry-warehouse = መጋዘን ወይም ዕቃ ማድረስ
industry-home_care = የቤት ውስጥ እንክብካቤ ወይም የሕፃናት እንክብካቤ
industry-agriculture = የእርሻ ሥራ
industry-manufacturing = ፋብሪካ ወይም ማምረቻ
industry-hotel = ሆቴል
industry-auto = የመኪና እጥበት ወይም ጋራዥ
industry-other = ሌላ
employer-supervisor = የተቆጣጣሪው (የአለቃው) ስም
employer-agency = የተቀጠሩት በሠራተኛ አቅራቢ ኤጀንሲ ወይም በንዑስ ተቋራጭ በኩል ነው?
employer-agency-name = የኤጀንሲው ወይም የተቋራጩ ስም

job-role = ሥራዎ ምን ነበር?
job-start = የመጀመሪያ የሥራ ቀን
job-end = የመጨረሻ የሥራ ቀን
job-still = አሁንም እዚያ ይሠራሉ?
job-pay-rate = የክፍያ መጠን፣ በዶላር
job-pay-basis = ክፍያው የሚሰላው
basis-hour = በሰዓት
basis-day = በቀን
basis-piece = በቁራጭ ወይም በሥራ
basis-salary = ቋሚ ደመወዝ (በሳምንት ወይም በወር)
job-pay-frequency = ምን ያህል ጊዜ ይከፈልዎ ነበር?
freq-weekly = በየሳምንቱ
freq-biweekly = በየሁለት ሳምንቱ
freq-monthly = በየወሩ
freq-irregular = የተወሰነ ጊዜ የለውም
job-hours = በሳምንት የተለመደው የሥራ ሰዓት
job-cash = የተከፈለዎት በጥሬ ገንዘብ ነበር?

safety-intro = መልሶችዎ እርስዎን ለመጠበቅ በፍጥነት እንድንሠራ ይረዱናል። መመለስ የሚመችዎትን ብቻ ይመልሱ።
safety-immigration_threat = ማንም ሰው በእርስዎ ላይ ኢሚግሬሽንን (ICE) ወይም ፖሊስን እንደሚጠራ አስፈራርቶዎታል?
safety-status_report_threat = ማንም ሰው በወረቀትዎ ምክንያት እርስዎን ወይም ቤተሰብዎን ለማንም እንደሚጠቁም አስፈራርቶዎታል?
safety-fired = ስለ ክፍያዎ ከጠየቁ በኋላ ከሥራ ተባረሩ ወይም ወደ ቤት ተላኩ?
safety-hours_cut = ከጠየቁ ወይም ቅሬታ ካቀረቡ በኋላ የሥራ ሰዓትዎ ወይም ክፍያዎ ተቀነሰ?
safety-violence = ማንም ሰው ጉዳት እንደሚያደርስብዎ አስፈራርቶዎታል?
safety-blacklist = ማንም ሰው ሌላ ሥራ እንዳያገኙ እንደሚያደርግ አስፈራርቶዎታል?
safety-details = ስለ ማስፈራሪያ ወይም ቅጣት ሌላ የሚሉት ነገር አለ?

contact-intro = ይህ ሁሉ ግዴታ አይደለም። የምንጠቀምበት ስለ አቤቱታዎ እርስዎን ለማግኘት ብቻ ነው።
contact-anonymous = ስሜን ሳልገልጽ አቀርባለሁ
contact-anonymous-hint = ስምዎን ወይም የመገኛ መረጃዎን አናስቀምጥም። አቤቱታዎን በኮዶችዎ መከታተል ይችላሉ፤ ነገር ግን ልንደውልልዎ አንችልም፣ እና አንዳንድ ጉዳዮችን ከእርስዎ ጋር ሳንነጋገር መመርመር ከባድ ነው።
contact-name = ስም ወይም ቅጽል ስም
contact-phone = ስልክ
contact-email = ኢሜይል
contact-method = እርስዎን ለማግኘት የተሻለው መንገድ
method-phone = የስልክ ጥሪ
method-sms = የጽሑፍ መልእክት
method-email = ኢሜይል
contact-safe-times = እርስዎን ማግኘት መቼ ደህንነቱ የተጠበቀ ነው?
contact-sms-ok = የጽሑፍ መልእክት ልንልክልዎ እንችላለን?
contact-voicemail-ok = የድምፅ መልእክት መተው ደህንነቱ የተጠበቀ ነው?
contact-share-name = ስምዎን ለአሠሪው መስጠት እንችላለን?
contact-share-name-hint = አዎ ካላሉ በስተቀር አንሰጥም። አንዳንድ ጊዜ ምርመራው ስምዎን ይፈልጋል፤ ለምሳሌ የራስዎን የክፍያ መዝገብ ለማጣራት። ከዚያ በፊት ከእርስዎ ጋር እንነጋገራለን።

review-intro = መልሶችዎን ያረጋግጡ። ተመልሰው ማንኛውንም ነገር መቀየር ይችላሉ።
review-edit = ቀይር
review-none = አልተሰጠም
review-anonymous = ስም አልተገለጸም
review-consent = የጻፍኩት እኔ እስከማውቀው ድረስ እውነት ነው።

done-title = አቤቱታዎ ደርሶናል
done-tracking = የመከታተያ ኮድ
done-access = የመግቢያ ኮድ
done-save = ሁለቱንም ኮዶች ይጻፉ ወይም ደረሰኙን ያስቀምጡ። አቤቱታዎን ለመከታተል ሁለቱም ያስፈልግዎታል። የመግቢያ ኮዱን ዳግመኛ ማሳየት አንችልም።
done-receipt = ደረሰኙን አውርድ (PDF)
done-receipt-include-access = የመግቢያ ኮዱ በደረሰኙ ላይ ይካተት
done-next-title = ቀጥሎ ምን ይሆናል
done-next-1 = አንድ መርማሪ አቤቱታዎን ይመለከታል፤ ብዙውን ጊዜ በ5 የሥራ ቀናት ውስጥ።
done-next-2 = እርስዎን የምናገኝበትን መንገድ ከሰጡን በቋንቋዎ እናገኝዎታለን። አደጋ ላይ ከሆኑ በፍጥነት እናገኝዎታለን።
done-next-3 = እርስዎ ካልፈቀዱ በስተቀር ስምዎ ለአሠሪው አይነገርም።

status-title = የአቤቱታዬ ሁኔታ
status-intro = አቤቱታውን ሲያቀርቡ የተቀበሏቸውን ሁለት ኮዶች ያስገቡ።
status-tracking = የመከታተያ ኮድ
status-access = የመግቢያ ኮድ
status-submit = ተመልከት
status-not-found = በእነዚህ ኮዶች አቤቱታ ማግኘት አልቻልንም። ቁጥሮቹን አረጋግጠው እንደገና ይሞክሩ።
status-current = የአሁኑ ሁኔታ፦ { $status }
status-timeline = እስካሁን የሆነው
case-status-received = ደርሷል
case-status-triage = እየታየ ነው
case-status-investigating = በምርመራ ላይ
case-status-determination = ውሳኔ እየተሰጠ ነው
case-status-resolved = ተፈቷል
case-status-closed = ተዘግቷል
event-filed = አቤቱታው ቀርቧል
event-status-changed = ሁኔታው ተቀይሯል፦ { $status }

error-required = ይህ ያስፈልጋል።
error-too-long = ይህ በጣም ረጅም ነው፤ ቢበዛ { $max } ፊደላት።
error-invalid-email = ይህ የኢሜይል አድራሻ አይመስልም።
error-invalid-phone = ይህ የስልክ ቁጥር አይመስልም።
error-invalid-date = ትክክለኛ ቀን ያስገቡ።
error-date-order = የማብቂያው ቀን ከመጀመሪያው ቀን በፊት ነው።
error-date-future = ይህ ቀን ገና ያልደረሰ ነው።
error-invalid-number = ቁጥር ያስገቡ።
error-out-of-range = ይህ ቁጥር ከተፈቀደው ክልል ውጭ ነው።
error-choose-violation = ከተፈጠሩት ነገሮች ቢያንስ አንዱን ይምረጡ።
error-invalid-choice = ከአማራጮቹ አንዱን ይምረጡ።
error-contact-when-anonymous = ስምዎን ሳይገልጹ ለማቅረብ መርጠዋል። የመገኛ መረጃውን ባዶ ይተዉት፣ ወይም «ስሜን ሳልገልጽ አቀርባለሁ» የሚለውን ምልክት ያንሱ።
error-invalid-code = ኮዱን ያረጋግጡ፤ አንድ አሃዝ በስህተት ተጽፎ ሊሆን ይችላል።
error-generic = በእኛ በኩል ችግር ተፈጥሯል። የጻፉት ምንም ነገር አልጠፋም። እባክዎ እንደገና ይሞክሩ።
error-busy = አሁን ብዙ ሰዎች Reclamoን እየተጠቀሙ ስለሆነ ገና ምንም አልተቀመጠም። የጻፉት ምንም ነገር አልጠፋም። እባክዎ ከጥቂት ሰከንዶች በኋላ እንደገና ይሞክሩ።
error-json-type = የዚህ መስክ አይነት ትክክል አይደለም፤ መሆን ያለበት { $expected ->
        [text] ጽሑፍ
        [number] ቁጥር
        [boolean] true ወይም false (አዎ ወይም አይደለም)
        [list] ዝርዝር
        [object] ነገር (object)
       *[other] ሌላ አይነት
    }
error-rate-limited = በጣም ብዙ ሙከራዎች። እባክዎ { $minutes } ደቂቃ ጠብቀው እንደገና ይሞክሩ።
error-invalid-request = ጥያቄው ሊነበብ አልቻለም።
error-invalid-credentials = ኢሜይል ወይም የይለፍ ቃል ትክክል አይደለም።
error-signed-out = እባክዎ ይግቡ።
error-totp-required = ከማረጋገጫ መተግበሪያዎ ባለ 6 አሃዝ ኮዱን ያስገቡ።

receipt-title = የአቤቱታ ደረሰኝ
receipt-filed = የቀረበበት ቀን፦ { $date }
receipt-reported = ያሳወቁት ጉዳይ
receipt-keep = ይህን ደረሰኝ ደህንነቱ በተጠበቀ ቦታ ያስቀምጡ። ሁለቱንም ኮዶች የያዘ ማንኛውም ሰው የአቤቱታዎን ሁኔታ ማየት ይችላል።

## Staff
staff-login-title = የሠራተኞች መግቢያ
staff-email = የሥራ ኢሜይል
staff-password = የይለፍ ቃል
staff-totp = ከማረጋገጫ መተግበሪያዎ የሚገኝ ኮድ፣ ወይም የመጠባበቂያ ኮድ
staff-totp-hint = ባለሁለት ደረጃ ማረጋገጫን ካላዘጋጁ ባዶ ይተዉት።
staff-sign-in = ግባ
staff-sign-out = ውጣ
staff-home-title = የሠራተኞች መነሻ
staff-signed-in-as = እንደ { $email } ({ $role }) ገብተዋል
staff-role-investigator = መርማሪ
staff-role-supervisor = ተቆጣጣሪ
staff-role-advocate = ተሟጋች
staff-role-admin = አስተዳዳሪ
staff-2fa-title = ባለሁለት ደረጃ ማረጋገጫ
staff-2fa-required = የእርስዎ ሚና ባለሁለት ደረጃ ማረጋገጫን ይጠይቃል። ለመቀጠል ያዘጋጁት።
staff-2fa-off = ለመለያዎ ባለሁለት ደረጃ ማረጋገጫ ጠፍቷል።
staff-2fa-start = ባለሁለት ደረጃ ማረጋገጫን አዘጋጅ
staff-2fa-scan = ይህን ኮድ በማረጋገጫ መተግበሪያ ይቃኙት፣ ወይም ቁልፉን በመተግበሪያው ውስጥ ይጻፉት። ከዚያ መተግበሪያው የሚያሳየውን ባለ 6 አሃዝ ኮድ ያስገቡ።
staff-2fa-key = ቁልፍ
staff-2fa-code = ባለ 6 አሃዝ ኮድ
staff-2fa-confirm = ባለሁለት ደረጃ ማረጋገጫን አብራ
staff-2fa-enabled = ባለሁለት ደረጃ ማረጋገጫ በርቷል።
staff-2fa-recovery = የመጠባበቂያ ኮዶች፦ ስልክዎን ቢያጡ እያንዳንዳቸው አንድ ጊዜ ብቻ ያገለግላሉ። ደህንነቱ በተጠበቀ ቦታ ያስቀምጧቸው፤ ዳግመኛ አይታዩም።
staff-find-case = ጉዳይን በመከታተያ ኮድ ፈልግ
staff-find = ፈልግ
staff-no-cases = ምንም ጉዳይ አልተገኘም።
staff-users-title = ተጠቃሚዎች
staff-user-add = ተጠቃሚ አክል
staff-user-name = ስም
staff-user-role = ሚና
staff-user-org = ድርጅት (ለተሟጋቾች ግዴታ ነው)
staff-user-password = የመጀመሪያ የይለፍ ቃል (ቢያንስ 12 ፊደላት)
staff-user-added = ተጠቃሚው ታክሏል።
staff-user-disable = አሰናክል
staff-user-disabled = ተሰናክሏል
staff-user-active = ንቁ
staff-access-history = ይህንን ጉዳይ ያዩት
staff-access-when = መቼ
staff-access-who = ማን
staff-access-what = ምን
staff-orgs-title = ድርጅቶች
staff-org-name = የድርጅቱ ስም
staff-org-add = ድርጅቱን ጨምር
staff-org-added = ድርጅቱ ተጨምሯል።

## Case management (staff)
queue-title = የጉዳዮች ወረፋ
queue-urgent = አስቸኳይ
queue-unassigned = ያልተመደበ
queue-any = ማንኛውም
queue-open = ክፍት ጉዳዮች
queue-all = ሁሉም ጉዳዮች
queue-priority-urgent = አስቸኳይ
queue-priority-normal = መደበኛ
queue-flag-retaliation = የበቀል ምልክት የተደረገበት
queue-assignee-me = ለእኔ የተመደቡ
queue-filter-q = ፈልግ (የመከታተያ ኮድ፣ አሠሪ፣ በትረካው ውስጥ ያሉ ቃላት)
queue-filter-status = ሁኔታ
queue-filter-priority = ቅድሚያ
queue-filter-flag = ምልክት
queue-filter-assignee = የተመደበለት
queue-filter-language = ቋንቋ
queue-filter-channel = የቀረበበት መንገድ
queue-filter-violation = ጥሰት
queue-filter-from = የቀረበበት ቀን ከ
queue-filter-to = የቀረበበት ቀን እስከ
queue-apply = ጉዳዮቹን አሳይ
queue-next = ቀጣይ ገጽ
queue-bulk-assign = የተመረጡትን ጉዳዮች ለዚህ ሰው መድብ
queue-select-case = ጉዳይ { $case } ምረጥ
queue-assigned = { $count ->
    [one] አንድ ጉዳይ ተመድቧል።
   *[other] { $count } ጉዳዮች ተመድበዋል።
}
queue-col-select = ምረጥ
queue-col-case = ጉዳይ
queue-col-flag = ምልክት
queue-col-status = ሁኔታ
queue-col-employer = አሠሪ
queue-col-assignee = የተመደበለት
queue-col-language = ቋንቋ
queue-col-due = የመጀመሪያ ግንኙነት የመጨረሻ ቀን
queue-col-filed = የቀረበበት ቀን
notifications-title = ለእርስዎ አዲስ
notification-retaliation-flagged = የበቀል ምልክት ተደርጓል፦ በጉዳዩ ላይ ከተቀመጠው የመጀመሪያ ግንኙነት ቀን በፊት ሠራተኛውን ያግኙ
notification-first-contact-overdue = ስለ ኢሚግሬሽን ወይም ፖሊስ ማስፈራሪያ ባለው ጉዳይ የመጀመሪያው ግንኙነት ጊዜው አልፏል፦ ሠራተኛውን ዛሬ ያግኙ
channel-web = የድር ቅጽ
channel-api = API
channel-phone = ስልክ
channel-sms = የጽሑፍ መልእክት (SMS)
channel-advocate = ተሟጋች
channel-call_taker = ጥሪ ተቀባይ
channel-open311 = Open311
case-status = ሁኔታ
case-employer = አሠሪ
case-assignee = የተመደበለት
case-deadlines = የጊዜ ገደቦች
case-workflow = የጉዳዩን ሁኔታ ቀይር
case-timeline = የሆነው ሁሉ እና ማስታወሻዎች
case-complaint = አቤቱታው
case-retaliation-title = የበቀል ምልክት
case-signals = ምልክት የተደረገበት ምክንያት
retaliation-kind-immigration-threat = ስለ ኢሚግሬሽን ወይም ስለ ፖሊስ ማስፈራሪያ
retaliation-kind-termination = ከሥራ መባረር ወይም ወደ ቤት መላክ
retaliation-kind-hours-or-pay-cut = የሥራ ሰዓት ወይም ክፍያ መቀነስ
retaliation-kind-violence-or-intimidation = ጥቃት ወይም ማስፈራራት
retaliation-kind-blacklisting = ሌላ ሥራ እንዳያገኝ ማገድ (ጥቁር መዝገብ)
retaliation-kind-other-threat = ሌላ ማስፈራሪያ
review-kind = የበቀሉ ዓይነት
review-decision = ውሳኔ
review-confirmed = ተረጋግጧል
review-dismissed = ውድቅ ተደርጓል
review-instances = የተፈጸመባቸው ጊዜያት ብዛት (የተረጋገጡ)
review-reason = ምክንያት
review-submit = ግምገማውን መዝግብ
deadline-first-contact = የመጀመሪያ ግንኙነት
deadline-employer-response = አሠሪው ለማስታወቂያው የሚሰጠው መልስ (21 ቀናት)
deadline-determination = ውሳኔ የሚሰጥበት የታቀደ ጊዜ (90 ቀናት)
deadline-met = ተፈጽሟል
deadline-open = ክፍት
deadline-overdue = ጊዜው አልፏል
move-to = አዲስ ሁኔታ
move-resolution = እንዴት እንደተፈታ
move-resolution-hint = አዲሱ ሁኔታ «ተፈቷል» ሲሆን ብቻ።
move-reason = ምክንያት (ግዴታ ነው)
move-submit = የጉዳዩን ሁኔታ ቀይር
resolution-paid = ተከፍሏል
resolution-referred_collection = ለዕዳ አሰባሳቢ ተላልፏል
resolution-referred_agency = ለሌላ መሥሪያ ቤት ተላልፏል
resolution-withdrawn = በአቤቱታ አቅራቢው ተነስቷል
resolution-unfounded = መሠረተ ቢስ ሆኖ ተገኝቷል
assign-to = የሚመደብለት (ኢሜይል)
assign-submit = መድብ
assign-me = ለእኔ መድብ
note-body = አዲስ ማስታወሻ
note-visible = ሠራተኛው ይህን ማስታወሻ ማየት ይችላል
note-visible-hint = የሚታዩ ማስታወሻዎች እርስዎ በጻፏቸው ቃላት በሠራተኛው የሁኔታ ገጽ ላይ ይታያሉ። ለውስጣዊ ማስታወሻዎች ምልክት ሳያደርጉ ይተዉት።
note-visible-badge = ለሠራተኛው የሚታይ
note-submit = ማስታወሻውን አክል
event-note = ከመርማሪዎ የተላከ መልእክት
event-assigned = ተመድቧል
event-notice-sent = ለአሠሪው ማስታወቂያ ተልኳል
event-determination-recorded = ውሳኔ ተመዝግቧል
event-determination-approved = ውሳኔ ጸድቋል
event-determination-returned = ውሳኔ ተመልሷል
event-retaliation-reviewed = የበቀል ምልክቱ ተገምግሟል
calc-title = የሚገባው ክፍያ
calc-intro = ማስሊያው ስሌቱን መስመር በመስመር ያሳያል። «ከሕግ አማካሪ ጋር ያረጋግጡ» የሚል ምልክት ያላቸው መጠኖች ገና ባልተረጋገጡ ሕጎች ላይ የተመሠረቱ ናቸው።
calc-field-jurisdiction = ተፈጻሚ ሕግ
calc-field-as-of = ወለድ የሚታሰበው እስከ
calc-field-start = የሥራው ጊዜ መጀመሪያ
calc-field-end = የሥራው ጊዜ መጨረሻ
calc-field-hours = የተሠሩ ሰዓቶች
calc-field-overtime = ከእነዚህ ውስጥ የትርፍ ሰዓቶች
calc-field-paid = ለዚያ ጊዜ የተከፈለ ($)
calc-field-rate = ቃል የተገባ የሰዓት ክፍያ ($፤ ለዝቅተኛው ደመወዝ ባዶ ይተዉት)
calc-field-tipped = ቲፕ የሚያገኝ ሠራተኛ
calc-field-instances = የተረጋገጡ የበቀል እርምጃዎች ብዛት
calc-field-days = በቀሉ የቆየባቸው ቀናት
calc-field-employees = የተጎዱ ሠራተኞች
calc-field-demand = የጽሑፍ ጥያቄ ከቀረበ ከ14 ቀናት በኋላም አልተከፈለም
calc-field-willful = ሆን ተብሎ የተፈጸመ ጥሰት
calc-jurisdiction-denver = ዴንቨር (የከተማ ደንብ እና የክፍለ ግዛት ሕግ)
calc-jurisdiction-colorado = ኮሎራዶ (የክፍለ ግዛት ሕግ ብቻ)
calc-line-minimum_wage_shortfall = የዝቅተኛ ደመወዝ ጉድለት
calc-line-unpaid_wages = ያልተከፈለ የተስማሙበት ደመወዝ
calc-line-overtime = የትርፍ ሰዓት ተጨማሪ ክፍያ
calc-line-interest = ወለድ (በዓመት 12%)
calc-line-denver_treble_damages = የዴንቨር ሦስት እጥፍ ካሣ
calc-line-denver_retaliation_fine = የዴንቨር የበቀል ቅጣት
calc-line-denver_aggravated_fine = የዴንቨር ቅጣት ለእያንዳንዱ ሠራተኛ፣ በቀሉ እንደ አባባሽ ሁኔታ (የቀረበ)
calc-line-policy_escalation = ስለ ኢሚግሬሽን ማስፈራሪያ ተጨማሪ ቅጣት (የከተማው ፖሊሲ)
calc-line-crs_8_4_109_penalty = ከጥያቄ በኋላ ላልተከፈለ ደመወዝ ቅጣት
calc-line-crs_8_4_120_daily_penalty = የበቀል ቅጣት በቀን
calc-line-crs_8_4_120_liquidated_damages = ለበቀል የሚከፈል አስቀድሞ የተወሰነ ካሣ (liquidated damages)
calc-total = ድምር
calc-verify = ከሕግ አማካሪ ጋር ያረጋግጡ
calc-policy = የከተማ ፖሊሲ፣ ገና ሕግ አልሆነም
calc-invalid = ይህን መስክ ያረጋግጡ፦ { $field }
calc-calculate = አስላ
calc-record = እንደ ውሳኔ መዝግብ
determination-state-pending = ውሳኔው ማጽደቅን እየጠበቀ ነው
determination-state-approved = የጸደቀ ውሳኔ
determination-state-returned = የተመለሰ ውሳኔ
determination-by = የመዘገበው፦ { $who }
determination-approve = አጽድቅ
determination-return = ለማስተካከያ መልስ
letters-title = ደብዳቤዎች
referrals-title = ጉዳዮችን ማስተላለፍ
referrals-hint = ያልተከፈለ ደመወዝ ባለበት ሁኔታ ስለ ኢሚግሬሽን ወይም ስለ ፖሊስ የተደረገ ማስፈራሪያ ሲረጋገጥ፣ ሥርዓቱ እነዚህን ማስተላለፎች ያቀርባል። ውሳኔውን የሚሰጠው ተቆጣጣሪ ነው፤ ምንም ነገር በራስ-ሰር አይላክም፤ ለኢሚግሬሽን ሕግ አስከባሪ አካላትም በፍጹም አይላክም።
referral-dest-colorado_ag = የኮሎራዶ ጠቅላይ ዐቃቤ ሕግ (የሠራተኞች ጥበቃ)
referral-dest-federal_forced_labor = የግዳጅ ሥራን የሚመለከተው የፌዴራል ሕግ (18 U.S.C. § 1589)
referral-state-proposed = የቀረበ፣ ተቆጣጣሪን በመጠበቅ ላይ
referral-state-approved = ያጸደቀው፦ { $who }
referral-state-declined = ውድቅ ያደረገው፦ { $who }
referral-reason = የውሳኔው ምክንያት
referral-approve = ማስተላለፉን አጽድቅ
referral-decline = ውድቅ አድርግ
referral-letter = የማስተላለፊያ ደብዳቤ (PDF)
employer-repeat = { $count ->
    [one] ተደጋጋሚ ጥሰት ፈጻሚ፦ በ5 ዓመታት ውስጥ 1 ሌላ ጥሰት
   *[other] ተደጋጋሚ ጥሰት ፈጻሚ፦ በ5 ዓመታት ውስጥ { $count } ሌሎች ጥሰቶች
}
employer-complaints = { $count ->
    [one] 1 አቤቱታ
   *[other] { $count } አቤቱታዎች
}
employer-aliases = ሌሎች ስሞች
employer-add-alias = ሌላ ስም አክል
employer-add = አክል
employer-addresses = አድራሻዎች
employer-links = ተዛማጅ ድርጅቶች (የጋራ ተጠያቂነት)
employer-link-name = የንግድ ድርጅቱ ስም
employer-link-kind = ለዚህ አሠሪ ያለው ሚና
employer-cases = አቤቱታዎች
link-general-contractor = ዋና ተቋራጭ
link-staffing-agency = የሠራተኛ አቅራቢ ኤጀንሲ
link-subcontractor = ንዑስ ተቋራጭ
link-client = ደንበኛ
link-general-contractor-of = ዋና ተቋራጭ ለ
link-staffing-agency-of = የሠራተኛ አቅራቢ ኤጀንሲ ለ
link-subcontractor-of = ንዑስ ተቋራጭ ለ
link-client-of = ደንበኛ ለ
error-forbidden = የእርስዎ ሚና ይህን እንዲያደርጉ አይፈቅድም።
error-not-assignee = መጀመሪያ ጉዳዩን ይረከቡ፤ በጉዳዩ ላይ መሥራት የሚችሉት የተመደበለት ሰው ወይም ተቆጣጣሪ ብቻ ናቸው።
error-own-determination = ይህን ውሳኔ ሌላ ተቆጣጣሪ ማጽደቅ አለበት፤ ውሳኔውን የመዘገቡት እርስዎ ነዎት።
error-case-invalid = ያስገቡትን ያረጋግጡ።
error-case-field = ይህን መስክ ያረጋግጡ፦ { $field }
error-move-illegal_transition = ጉዳይ «{ $from }» ላይ ሆኖ ወደ «{ $to }» ሊሸጋገር አይችልም።
error-move-resolution_required = ጉዳዩ እንዴት እንደተፈታ ይምረጡ።
error-move-resolution_not_allowed = የአፈታት መንገድ የሚመርጡት አዲሱ ሁኔታ «ተፈቷል» ሲሆን ብቻ ነው።
error-move-resolution_not_from_here = ያ የአፈታት መንገድ በዚህ ደረጃ አይቻልም።
error-move-reason_required = የጉዳዩን ሁኔታ ለምን እንደሚቀይሩ ይጻፉ።
error-needs-approval = በመጀመሪያ አንድ ተቆጣጣሪ ውሳኔውን ማጽደቅ አለበት።
error-wrong-stage = ውሳኔ መመዝገብ የሚቻለው ጉዳዩ በምርመራ ላይ ሳለ ወይም ውሳኔ እየተሰጠበት ሳለ ብቻ ነው።
error-nothing-pending = ማጽደቅን የሚጠብቅ ውሳኔ የለም።
error-calc-no_periods = የሥራ ጊዜ ያስገቡ።
error-calc-period_ends_before_start = የሥራው ጊዜ ከመጀመሩ በፊት ያበቃል።
error-calc-negative_hours = ሰዓቶች ከዜሮ በታች ሊሆኑ አይችሉም።
error-calc-overtime_exceeds_hours = የትርፍ ሰዓቶች ከተሠሩት ሰዓቶች ሊበልጡ አይችሉም።
error-calc-no_minimum_wage = ለዚያ ጊዜ የተመዘገበ ዝቅተኛ ደመወዝ የለም።
error-calc-too_many_periods = በጣም ብዙ የሥራ ጊዜያት።
error-calc-overflow = መጠኖቹ በጣም ትልቅ ናቸው።
error-calc-too_many_instances = የበቀል ድርጊቶች ብዛት በጣም ብዙ ነው (ቢበዛ 200)።
error-referral-not-proposed = ይህ ማስተላለፍ ለዚህ ጉዳይ አልቀረበም።

## Letters (PDF)
letter-notice-title = የደመወዝ አቤቱታ ማስታወቂያ
letter-demand-title = የክፍያ ጥያቄ
letter-determination-title = ውሳኔ
letter-case = ጉዳይ፦ { $case }
letter-date = ቀን፦ { $date }
letter-notice-intro = Denver Labor (የዴንቨር ከተማ የሠራተኛ ጉዳዮች ቢሮ) ስለ { $employer } የደመወዝ አቤቱታ ደርሶታል።
letter-demand-intro = Denver Labor (የዴንቨር ከተማ የሠራተኛ ጉዳዮች ቢሮ) በጉዳይ ቁጥር { $case } ላይ ምርመራ ካደረገ በኋላ፣ { $employer } ከታች የተዘረዘሩትን መጠኖች መክፈል እንዳለበት አረጋግጧል።
letter-determination-intro = Denver Labor (የዴንቨር ከተማ የሠራተኛ ጉዳዮች ቢሮ) ስለ { $employer } በቀረበው ጉዳይ ቁጥር { $case } ላይ ውሳኔ ሰጥቷል። ውሳኔው በ{ $date } ጸድቋል።
letter-unknown = አልተገለጸም
letter-worker-named = አቤቱታውን ያቀረቡት { $name } ናቸው።
letter-worker-described = አቤቱታው የሚመለከተው አንድ ተቀጣሪ ሠራተኛን ነው (የሥራ መደብ፦ { $role }፤ የሥራ ጊዜ፦ ከ{ $start } እስከ { $end })። የሠራተኛው ስም በምስጢር ተይዟል።
letter-violations = በአቤቱታው የተገለጸው፦
letter-total = ድምር፦ { $amount }
letter-verify = * ይህ መጠን ገና ከሕግ አማካሪ ጋር መረጋገጥ ባለበት ሕግ ላይ የተመሠረተ ነው።
letter-retaliation-found = የተረጋገጠ በቀል፦
letter-retaliation-finding = { $kind }፦ { $count } ተረጋግጧል
letter-policy = ** ይህ መጠን ገና ሕግ ባልሆነው የከተማው ፖሊሲ ላይ የተመሠረተ ነው።
letter-referral-title = የጉዳይ ማስተላለፊያ
letter-referral-to = ለ፦ { $recipient }
letter-referral-intro = Denver Labor (የዴንቨር ከተማ የሠራተኛ ጉዳዮች ቢሮ) ስለ { $employer } የቀረበውን ጉዳይ ቁጥር { $case } ለመሥሪያ ቤትዎ ግምገማ ያስተላልፋል። አንድ ተቆጣጣሪ ይህንን ማስተላለፍ በ{ $date } አጽድቋል።
letter-referral-why = ምክንያት፦ { $why }
letter-referral-owed = በጸደቀው ውሳኔ መሠረት መከፈል አለባቸው ተብለው የተገኙ መጠኖች፦ { $amount }።
letter-referral-no-status = Denver Labor (የዴንቨር ከተማ የሠራተኛ ጉዳዮች ቢሮ) የማንኛውንም ሠራተኛ የኢሚግሬሽን ሁኔታ አይጠይቅም፤ አይመዘግብምም፤ ለኢሚግሬሽን ሕግ አስከባሪ አካላትም ምንም ነገር አያጋራም። እባክዎ ይህንን የማስተላለፊያ ሰነድ ለኢሚግሬሽን ባለሥልጣናት አያጋሩ።
letter-notice-respond = መልስ ለመስጠት እና የዚያን ጊዜ የደመወዝ መዝገቦች (የሥራ ሰዓት መመዝገቢያ ወረቀቶች፣ የደመወዝ ክፍያ ማስረጃዎች እና የክፍያ መዝገቦች) ለመላክ ከዚህ ማስታወቂያ ቀን ጀምሮ 21 ቀናት አለዎት።
letter-demand-pay = ይህ ደብዳቤ ከተጻፈበት ቀን ጀምሮ በ14 ቀናት ውስጥ ይክፈሉ። በC.R.S. 8-4-109 መሠረት፣ የጽሑፍ ጥያቄ ከቀረበ በኋላ በ14 ቀናት ውስጥ ያልተከፈለ ደመወዝ ተጨማሪ ቅጣቶችን ያስከትላል።
letter-retaliation-warning = ቅሬታ በማቅረባቸው ምክንያት በማንኛውም ሠራተኛ ላይ የበቀል እርምጃ መውሰድ ሕገ ወጥ ነው፤ ይህም የኢሚግሬሽን ባለሥልጣናትን ወይም ፖሊስን እንደሚጠሩ ማስፈራራትን ይጨምራል። ዴንቨር ለእያንዳንዱ የበቀል እርምጃ $5,000 ይቀጣል።
letter-no-status = ይህ ቢሮ የማንንም ሰው የኢሚግሬሽን ሁኔታ አይጠይቅም፤ አይመዘግብምም።
case-language = ቋንቋ

## Account errors (staff accounts and two-factor set-up)
error-account-password-too-short = የይለፍ ቃሉ ቢያንስ 12 ፊደላት መሆን አለበት።
error-account-password-too-long = የይለፍ ቃሉ ቢበዛ 256 ፊደላት መሆን አለበት።
error-account-password-one-character = የይለፍ ቃሉ አንድን ፊደል ብቻ በመደጋገም የተሠራ መሆን የለበትም።
error-account-password-few-characters = የይለፍ ቃሉ ተጨማሪ የተለያዩ ፊደላት ያስፈልጉታል።
error-account-password-common = የይለፍ ቃሉ ከተለመደ የይለፍ ቃል ጋር በጣም ይመሳሰላል።
error-account-password-contains-email = የይለፍ ቃሉ የኢሜይሉን ስም (ከ@ በፊት ያለውን ክፍል) መያዝ የለበትም።
error-account-bad-email = ይህ የኢሜይል አድራሻ አይደለም።
error-account-bad-role = ሚና ይምረጡ፦ መርማሪ፣ ተቆጣጣሪ፣ ተሟጋች ወይም አስተዳዳሪ።
error-account-org-required = ተሟጋች የአንድ ድርጅት አባል ነው፤ የድርጅቱን ስም ያስገቡ።
error-account-exists = በዚህ ኢሜይል የተመዘገበ ተጠቃሚ አስቀድሞ አለ።
error-account-not-found = በዚህ ኢሜይል የተመዘገበ ተጠቃሚ የለም።
error-account-not-allowed = መለያዎችን የሚያስተዳድሩት አስተዳዳሪዎች ብቻ ናቸው።
error-account-org-name = ድርጅቱ ቢበዛ 200 ፊደላት ያለው ስም ሊኖረው ይገባል።
error-account-totp-already-on = ባለሁለት ደረጃ ማረጋገጫ አስቀድሞ በርቷል።
error-account-totp-not-started = መጀመሪያ ባለሁለት ደረጃ ማረጋገጫን ማዘጋጀት ይጀምሩ።
error-account-totp-wrong-code = ያ ኮድ ትክክል አይደለም። በስልክዎ ላይ ያለውን ሰዓት ያረጋግጡና እንደገና ይሞክሩ።
error-account-wrong-current-password = የአሁኑ የይለፍ ቃል ትክክል አይደለም።

## Text messages (SMS door). Short: one text is 160 Latin characters or 70 in other scripts.
sms-status = Reclamo { $tracking }፦ { $status }
sms-latest = የቅርብ ጊዜው ({ $date })፦ { $entry }
sms-help = Reclamo፦ የዴንቨር የደመወዝ ስርቆት አቤቱታዎች። አቤቱታን ለማየት የመከታተያ ኮድዎንና የመግቢያ ኮድዎን ይላኩ። አቤቱታ ለማቅረብ ወደ { $phone } ይደውሉ። ተጨማሪ መልእክት ላለመቀበል STOP ወይም አቁም ይላኩ።
sms-stop = Reclamo ከእንግዲህ መልእክት አይልክልዎትም። አቤቱታዎ ግን ይቀጥላል። ለእርዳታ HELP ወይም እርዳታ ይላኩ።
sms-not-found = Reclamo፦ በእነዚህ ኮዶች አቤቱታ አልተገኘም። ሁለቱንም ኮዶች አረጋግጠው እንደገና ይሞክሩ፣ ወይም ወደ { $phone } ይደውሉ።
sms-usage = Reclamo፦ የአቤቱታዎን ሁኔታ ለማየት የመከታተያ ኮድዎን (10 አሃዝ) እና የመግቢያ ኮድዎን (15 አሃዝ) ይላኩ። ለእርዳታ HELP ወይም እርዳታ ይላኩ።
sms-rate-limited = Reclamo፦ በጣም ብዙ ሙከራዎች። { $minutes } ደቂቃ ጠብቀው እንደገና ይሞክሩ።
sms-busy = Reclamo አሁን በጣም ተጨናንቋል። እባክዎ ከአንድ ደቂቃ በኋላ እንደገና ይላኩ።
