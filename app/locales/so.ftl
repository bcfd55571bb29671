# Reclamo — Somali (Soomaali). Translated from en.ftl (source locale).
# Every message here must exist in every other locale file; a test fails otherwise.
# Placeables like { $phone } must be kept as they are.

## Locale metadata
language-name = Soomaali
language-dir = ltr

## Layout
site-name = Reclamo
site-tagline = Ka warbixi xatooyada mushaharka ee Denver, luqaddaada.
skip-to-content = U gudub qaybta ugu muhiimsan
nav-home = Bogga hore
nav-report = Ka warbixi xatooyada mushaharka
nav-status = Eeg cabashadayda
nav-rights = Ogow xuquuqdaada
language-switcher-label = Luqadda
language-switcher-submit = Beddel luqadda
promise-no-status = Reclamo marna kuma weydiiyo xaaladdaada socdaalka. Sharciyada mushaharka ee Denver waxay ilaaliyaan shaqaale kasta, kan waraaqo haysta iyo kan aan haysan labadaba.
footer-privacy = Waxaan haynaa oo keliya waxa aan u baahanahay. Macluumaadkaaga shakhsiga ah waa la sir-qariyaa, waana la tirtiraa marka kiiskaagu dhammaado. Marna macluumaad lama wadaagno hay'adaha socdaalka.
footer-hotline = Colorado Rapid Response Network, 24 saacadood maalintii: { $phone }

## Home page
home-title = Miyaan laguu bixin lacagtii aad shaqaysatay?
home-intro = Cabasho u gudbi Magaalada Denver, bilaash. Uma baahnid akoon ama qareen, waxaadna awoodaa inaadan magacaaga sheegin.
home-action-report = Ka warbixi xatooyada mushaharka
home-action-report-hint = Qiyaastii 5 daqiiqo, luqaddaada, taleefankaaga.
home-action-status = Eeg cabashadayda
home-action-status-hint = Isticmaal koodhka la-socodka iyo koodhka gelitaanka.
home-action-rights = Ogow xuquuqdaada
home-action-rights-hint = Waxa sharcigu leeyahay, iyo cidda maanta ku caawin karta.
home-phone = Internet ma haysid? Wac 311 oo weydiiso Reclamo luqaddaada.

## Know your rights
rights-title = Ogow xuquuqdaada
rights-intro = Dastuurku wuxuu ilaaliyaa qof kasta oo jooga Maraykanka, xaaladdiisa socdaalka si kasta oo ay tahay.
rights-wage-title = Mushaharkaaga
rights-wage-1 = Sharciyada mushaharka ee Denver waxay ilaaliyaan dhammaan shaqaalaha, xaaladdooda socdaalka si kasta oo ay tahay.
rights-wage-2 = Mushaharka ugu yar ee Denver sannadka 2026 waa { $wage } saacaddii ({ $tipped } shaqaalaha hela tiibka ama bakhshiishka).
rights-wage-3 = Waxaad cabasho gudbin kartaa, markhaati furi kartaa, oo dib u heli kartaa lacagta xaqaaga ah, adigoon cabsan. Xaaladdaada socdaalka muhiim ma aha marka magaaladu fulinayso sharciga.
rights-wage-4 = Sharci-darro ayay tahay in loo-shaqeeyuhu ku ciqaabo sababtoo ah waad cabatay. Ku hanjabidda in socdaalka (ICE) ama booliska laguugu yeero waa aargoosi sharci-darro ah, waxayna kordhisaa ganaaxa uu loo-shaqeeyuhu bixinayo.
rights-ice-title = Haddii sarkaallada socdaalka (ICE) yimaadaan
rights-ice-silent = Waxaad xaq u leedahay inaad aamusnaato. Kuma khasbanid inaad ka jawaabto su'aalaha ku saabsan xaaladdaada socdaalka.
rights-ice-sign = Waxba ha saxiixin ka hor intaadan la hadlin qareen, xitaa haddii lagu qoray luqaddaada.
rights-ice-warrant = Weydiiso inaad aragto waaranka (amarka). ICE waxay u baahan tahay waaran maxkamadeed oo uu saxiixay garsoore si ay u gasho gurigaaga. Waaranka maamulka ee ICE (Foomka I-200) kuma filna: kuma khasbanid inaad albaabka furto.
rights-ice-lawyer = Waxaad xaq u leedahay qareen. Weydiiso inaad la hadasho qareen ka hor intaadan ka jawaabin su'aal kasta.
rights-hotline-title = Hel caawimaad hadda
rights-hotline-body = Colorado Rapid Response Network: mutadawiciin tababaran ayaa ka jawaaba 24 saacadood maalintii. Wac haddii aad aragto dhaqdhaqaaq ICE. Riix 2 si aad uga warbixiso wax horay u dhacay.
rights-hotline-call = Wac { $phone }
rights-family-title = U diyaari qoyskaaga
rights-family-body = U dooro carruurtaada qof mas'uul ka noqda (ilaaliye), dukumentiyada muhiimka ah meel isku dhig, oo samee qorshe xaalad degdeg ah. Rocky Mountain Immigrant Advocacy Network (RMIAN) waxay bixisaa xirmo lagu diyaargaroobo oo qoysaska loogu talagalay.

## Errors pages
not-found-title = Boggan lama helin
not-found-body = Ma aanu heli karin boggaas.
back-home = Ku noqo bogga hore

## Report wizard
report-title = Ka warbixi xatooyada mushaharka
report-step-progress = Tallaabada { $current } ee { $total }
report-step-what = Maxaa dhacay
report-step-employer = Loo-shaqeeyahaaga
report-step-job = Shaqadaada
report-step-safety = Hanjabaad iyo ciqaab
report-step-contact = Sida laguula xiriiro
report-step-review = Dib u eeg oo dir
report-next = Sii wad
report-back = Dib u noqo
report-send = Dir cabashadayda
report-optional = ikhtiyaari
report-errors-summary = { $count ->
    [one] Fadlan hagaaji hal dhibaato oo hoos ku qoran.
   *[other] Fadlan hagaaji { $count } dhibaato oo hoos ku qoran.
}
answer-yes = Haa
answer-no = Maya
answer-unsure = Ma garanayo

what-violations-legend = Maxuu sameeyay loo-shaqeeyahaagu? Dooro dhammaan kuwa ku habboon.
violation-unpaid_wages = Ima siin lacagta qayb ka mid ah shaqadayda ama dhammaanteed
violation-minimum_wage = Wuxuu i siiyay lacag ka yar mushaharka ugu yar
violation-overtime = Ima siin lacagta saacadaha dheeraadka ah (in ka badan 40 saacadood toddobaadkii ama 12 saacadood maalintii)
violation-final_pay = Ima siin mushaharkaygii ugu dambeeyay
violation-deductions = Wuxuu mushaharkayga ka jaray lacag aanu xaq u lahayn
violation-tips = Wuu iska haystay tiibkaygii (bakhshiishkaygii)
violation-misclassification = Wuxuu igu tiriyay qandaraasle, anigoo ahaa shaqaale
violation-breaks = Ima siin waqti nasasho ama waqti cunto
violation-sick_leave = Ima siin fasax jirro oo lacag leh
violation-bounced_check = Wuxuu i siiyay jeeg aan lacag lahayn (bangigu wuu celiyay)
what-period-start = Goorma ayay bilaabatay?
what-period-end = Goorma ayay dhammaatay? Banaan ka tag haddii ay weli socoto.
what-amount = Qiyaastii imisa doollar ayaad ku leedahay?
what-amount-hint = Qiyaas ayaa ku filan. Qalabka hoose ayaa kuu qiyaasi kara.
what-narrative = Noo sheeg waxa dhacay, erayadaada
what-narrative-hint = Ku qor luqad kasta. Ha ku qorin wax ku saabsan xaaladdaada socdaalka: uma baahnin.
what-coworkers = Imisa shaqaale kale ayaa sidaas oo kale loola dhaqmay?
estimate-title = I caawi inaan qiyaaso
estimate-hours = Saacadaha aad shaqaysay
estimate-rate = Lacagta saacaddii laguu ballanqaaday, doollar ahaan
estimate-paid = Lacagta dhab ahaan lagu siiyay, doollar ahaan
estimate-submit = Qiyaas
estimate-result = Waxaa suurtagal ah inaad ku leedahay qiyaastii { $amount }.
estimate-minimum-note = Mushaharka ugu yar ee Denver sannadka { $year } waa { $wage } saacaddii. Haddii lacagta laguu ballanqaaday ay ka yarayd, waxaan isticmaalnay mushaharka ugu yar.

employer-name = Magaca ganacsiga, sida aad u taqaanno
employer-address = Cinwaanka, ama sharax meesha uu ku yaal
employer-phone = Taleefanka loo-shaqeeyaha
employer-industry = Nooca shaqada
employer-industry-choose = Mid dooro
industry-construction = Dhismo
industry-restaurant = Maqaayad ama cunto
industry-cleaning = Nadiifin
industry-landscaping = Beer-qurxin iyo daryeelka dhulka
industry-retail = Dukaan ama iibin tafaariiq
industry-warehouse = Bakhaar ama gaarsiin
industry-home_care = Daryeel guri ama daryeel carruur
industry-agriculture = Shaqo beereed
industry-manufacturing = Warshad ama wax-soo-saar
industry-hotel = Hudheel
industry-auto = Dhaqidda baabuurta ama dayactirka baabuurta
industry-other = Kale
employer-supervisor = Magaca kormeeraha
employer-agency = Ma waxaa lagugu shaqaaleysiiyay hay'ad shaqaale keenta ama qandaraasle hoose?
employer-agency-name = Magaca hay'adda ama qandaraaslaha

job-role = Maxay ahayd shaqadaadu?
job-start = Maalintii ugu horreysay ee shaqada
job-end = Maalintii ugu dambeysay ee shaqada
job-still = Weli ma ka shaqaysaa halkaas?
job-pay-rate = Qaddarka lacagta, doollar ahaan
job-pay-basis = Lacagta waxaa lagu xisaabin jiray
basis-hour = Saacaddii
basis-day = Maalintii
basis-piece = Xabbaddii ama shaqadii
basis-salary = Mushahar go'an (toddobaadkii ama bishii)
job-pay-frequency = Intee jeer ayaa lacag laguu bixin jiray?
freq-weekly = Toddobaad kasta
freq-biweekly = Labadii toddobaadba mar
freq-monthly = Bil kasta
freq-irregular = Waqti go'an ma lahayn
job-hours = Saacadaha caadiga ah ee toddobaadkii
job-cash = Ma lacag caddaan ah ayaa laguu bixin jiray?

safety-intro = Jawaabahaagu waxay naga caawinayaan inaan si degdeg ah u dhaqaaqno si aan kuu ilaalino. Ka jawaab oo keliya waxa aad ku raaxaysan tahay.
safety-immigration_threat = Qof ma kugu hanjabay inuu socdaalka (ICE) ama booliska kuugu yeerayo?
safety-status_report_threat = Qof ma kugu hanjabay inuu adiga ama qoyskaaga cid u sheegayo waraaqahaaga darteed?
safety-fired = Ma lagu eryay shaqada ama guriga ma laguu celiyay kadib markii aad wax ka weydiisay lacagtaada?
safety-hours_cut = Ma laga dhimay saacadahaaga ama lacagtaada kadib markii aad wax weydiisay ama cabatay?
safety-violence = Qof ma kugu hanjabay inuu ku dhaawacayo?
safety-blacklist = Qof ma kugu hanjabay inuu kaa hor istaagayo inaad hesho shaqooyin kale?
safety-details = Wax kale ma jiraan oo ku saabsan hanjabaad ama ciqaab?

contact-intro = Waxan oo dhan waa ikhtiyaari. Waxaan u isticmaalnaa oo keliya inaan kula soo xiriirno arrinta cabashadaada.
contact-anonymous = Cabasho gudbi adigoon magacaaga sheegin
contact-anonymous-hint = Ma kaydin doonno magacaaga ama xogtaada xiriirka. Weli waxaad ku eegi kartaa cabashadaada koodhadhkaaga, laakiin kuma soo wici karno, kiisaska qaarkoodna way adag tahay in la baaro iyadoon lala hadlin adiga.
contact-name = Magac ama naanays
contact-phone = Taleefan
contact-email = Iimayl
contact-method = Habka ugu fiican ee laguula xiriiro
method-phone = Wicitaan taleefan
method-sms = Fariin qoraal ah
method-email = Iimayl
contact-safe-times = Goorma ayay ammaan tahay in laguula soo xiriiro?
contact-sms-ok = Ma kuu soo diri karnaa fariimo qoraal ah?
contact-voicemail-ok = Ma ammaan baa inaan kuu dhaafno fariin cod ah?
contact-share-name = Ma siin karnaa magacaaga loo-shaqeeyaha?
contact-share-name-hint = Ma samayn doonno, haddii aadan haa dhihin mooyee. Mararka qaarkood baaritaanku wuu u baahan yahay, tusaale ahaan si loo hubiyo diiwaannada lacag-bixintaada; marka hore ayaan kula hadli doonnaa.

review-intro = Hubi jawaabahaaga. Waxaad dib u noqon kartaa oo beddeli kartaa wax kasta.
review-edit = Beddel
review-none = Lama bixin
review-anonymous = Magac la'aan
review-consent = Waxa aan qoray waa run, inta aan ogahay.

done-title = Waan helnay cabashadaada
done-tracking = Koodhka la-socodka
done-access = Koodhka gelitaanka
done-save = Qor labada koodh ama kaydi rasiidka. Labadaba waad u baahan tahay si aad u eegto cabashadaada. Ma awoodno inaan mar kale ku tusno koodhka gelitaanka.
done-receipt = Soo deji rasiidka (PDF)
done-receipt-include-access = Ku dar koodhka gelitaanka rasiidka
done-next-title = Maxaa xiga
done-next-1 = Baare ayaa eegi doona cabashadaada, badanaa 5 maalmood oo shaqo gudahood.
done-next-2 = Haddii aad na siisay hab aan kula soo xiriiri karno, waxaan kula soo xiriiri doonnaa luqaddaada. Haddii aad khatar ku jirto, si degdeg ah ayaan kula soo xiriiri doonnaa.
done-next-3 = Loo-shaqeeyaha looma sheego magacaaga, haddii aadan oggolaan mooyee.

status-title = Eeg cabashadayda
status-intro = Geli labada koodh ee aad heshay markii aad gudbisay cabashada.
status-tracking = Koodhka la-socodka
status-access = Koodhka gelitaanka
status-submit = Hubi
status-not-found = Ma aanu helin cabasho leh koodhadhkaas. Hubi lambarrada oo mar kale isku day.
status-current = Xaaladda hadda: { $status }
status-timeline = Waxa dhacay
case-status-received = Waa la helay
case-status-triage = Dib ayaa loo eegayaa
case-status-investigating = Baaritaan ayaa socda
case-status-determination = Go'aan ayaa la gaarayaa
case-status-resolved = Waa la xalliyay
case-status-closed = Waa la xiray
event-filed = Cabashada waa la gudbiyay
event-status-changed = Xaaladda waxaa loo beddelay: { $status }

error-required = Tan waa loo baahan yahay.
error-too-long = Tani aad bay u dheer tahay: ugu badnaan { $max } xaraf.
error-invalid-email = Tani uma eka cinwaan iimayl.
error-invalid-phone = Tani uma eka lambar taleefan.
error-invalid-date = Geli taariikh sax ah.
error-date-order = Taariikhda dhammaadku waxay ka horreysaa taariikhda bilowga.
error-date-future = Taariikhdani weli ma iman.
error-invalid-number = Geli lambar.
error-out-of-range = Lambarkani wuu ka baxsan yahay xadka la oggol yahay.
error-choose-violation = Dooro ugu yaraan hal shay oo dhacay.
error-invalid-choice = Dooro mid ka mid ah doorashooyinka.
error-contact-when-anonymous = Waxaad dooratay inaadan magacaaga sheegin. Xogta xiriirka banaan ka tag, ama ka saar calaamadda "Cabasho gudbi adigoon magacaaga sheegin".
error-invalid-code = Hubi koodhka: waxaa laga yaabaa in lambar si khalad ah loo qoray.
error-generic = Khalad ayaa dhinaceenna ka dhacay. Waxaad qortay waxba kama lumin. Fadlan mar kale isku day.
error-busy = Dad badan ayaa hadda isticmaalaya Reclamo, sidaa darteed weli waxba lama kaydin. Waxaad qortay waxba kama lumin. Fadlan dhowr ilbiriqsi kadib mar kale isku day.
error-json-type = Goobtan nooceeda waa khalad: waa inay noqotaa { $expected ->
        [text] qoraal
        [number] tiro
        [boolean] true ama false (haa ama maya)
        [list] liis
        [object] shay (object)
       *[other] nooc kale
    }
error-rate-limited = Isku day aad u badan. Fadlan sug { $minutes } daqiiqo oo mar kale isku day.
error-invalid-request = Codsiga lama akhrin karin.
error-invalid-credentials = Iimaylka ama furaha sirta ah waa khalad.
error-signed-out = Fadlan gal.
error-totp-required = Geli koodhka 6-da god ah ee ka yimid barnaamijka xaqiijinta.

receipt-title = Rasiidka cabashada
receipt-filed = La gudbiyay { $date }
receipt-reported = Waxa aad ka warbixisay
receipt-keep = Rasiidkan meel ammaan ah ku hay. Qof kasta oo haysta labada koodh wuxuu arki karaa xaaladda cabashadaada.

## Staff
staff-login-title = Gelitaanka shaqaalaha
staff-email = Iimaylka shaqada
staff-password = Furaha sirta ah
staff-totp = Koodhka barnaamijka xaqiijinta, ama koodh kayd ah
staff-totp-hint = Bannaan ka tag haddii aadan dejin xaqiijinta laba-tallaabo.
staff-sign-in = Gal
staff-sign-out = Ka bax
staff-home-title = Bogga hore ee shaqaalaha
staff-signed-in-as = Waxaad ku gashay { $email } ({ $role })
staff-role-investigator = Baare
staff-role-supervisor = Kormeere
staff-role-advocate = U-doode
staff-role-admin = Maamule
staff-2fa-title = Xaqiijinta laba-tallaabo
staff-2fa-required = Doorkaagu wuxuu u baahan yahay xaqiijinta laba-tallaabo. Deji si aad u sii wadato.
staff-2fa-off = Xaqiijinta laba-tallaabo kama shaqeyso akoonkaaga.
staff-2fa-start = Deji xaqiijinta laba-tallaabo
staff-2fa-scan = Koodhkan ku iskaan garee barnaamij xaqiijin, ama furaha ku qor. Kadib geli koodhka 6-da god ah ee uu ku tuso.
staff-2fa-key = Furaha
staff-2fa-code = Koodh 6 god ah
staff-2fa-confirm = Daar xaqiijinta laba-tallaabo
staff-2fa-enabled = Xaqiijinta laba-tallaabo waa daaran tahay.
staff-2fa-recovery = Koodhadhka kaydka ah: mid kastaa hal mar ayuu shaqeeyaa haddii aad lumiso taleefankaaga. Meel ammaan ah ku hay; mar dambe lama tusi doono.
staff-find-case = Ku raadi kiis koodhka la-socodka
staff-find = Raadi
staff-no-cases = Wax kiis ah lama helin.
staff-users-title = Isticmaalayaasha
staff-user-add = Ku dar isticmaale
staff-user-name = Magaca
staff-user-role = Doorka
staff-user-org = Hay'adda (waa qasab u-doodayaasha)
staff-user-password = Furaha sirta ah ee koowaad (ugu yaraan 12 xaraf)
staff-user-added = Isticmaalaha waa la daray.
staff-user-disable = Jooji
staff-user-disabled = La joojiyay
staff-user-active = Firfircoon
staff-access-history = Cidda aragtay kiiskan
staff-access-when = Goorma
staff-access-who = Yaa
staff-access-what = Maxay
staff-orgs-title = Ururada
staff-org-name = Magaca ururka
staff-org-add = Ku dar ururka
staff-org-added = Ururka waa lagu daray.

## Case management (staff)
queue-title = Safka kiisaska
queue-urgent = Degdeg
queue-unassigned = Aan cidna loo xilsaarin
queue-any = Mid kasta
queue-open = Kiisaska furan
queue-all = Dhammaan kiisaska
queue-priority-urgent = Degdeg
queue-priority-normal = Caadi
queue-flag-retaliation = Loo calaamadeeyay aargoosi
queue-assignee-me = Kuwa la ii xilsaaray
queue-filter-q = Raadi (koodhka la-socodka, loo-shaqeeyaha, erayo ku jira sharaxaadda)
queue-filter-status = Xaaladda
queue-filter-priority = Mudnaanta
queue-filter-flag = Calaamadda
queue-filter-assignee = Loo xilsaaray
queue-filter-language = Luqadda
queue-filter-channel = Habka loo soo gudbiyay
queue-filter-violation = Xadgudubka
queue-filter-from = La gudbiyay laga bilaabo
queue-filter-to = La gudbiyay ilaa
queue-apply = Tus kiisaska
queue-next = Bogga xiga
queue-bulk-assign = Kiisaska la doortay u xilsaar
queue-select-case = Dooro kiiska { $case }
queue-assigned = { $count ->
    [one] Hal kiis ayaa la xilsaaray.
   *[other] { $count } kiis ayaa la xilsaaray.
}
queue-col-select = Dooro
queue-col-case = Kiiska
queue-col-flag = Calaamadda
queue-col-status = Xaaladda
queue-col-employer = Loo-shaqeeyaha
queue-col-assignee = Loo xilsaaray
queue-col-language = Luqadda
queue-col-due = Muddada xiriirka koowaad
queue-col-filed = La gudbiyay
notifications-title = Wax cusub oo adiga kuu socda
notification-retaliation-flagged = Aargoosi ayaa la calaamadeeyay: la xiriir shaqaalaha ka hor taariikhda xiriirka koowaad ee kiiska
notification-first-contact-overdue = Xiriirka koowaad waa dib u dhacay kiis ay ku jirto hanjabaad socdaal ama boolis: maanta la xiriir shaqaalaha
channel-web = Foomka websaydka
channel-api = API
channel-phone = Taleefan
channel-sms = Fariin qoraal ah (SMS)
channel-advocate = U-doode
channel-call_taker = Qaabilaha wicitaannada
channel-open311 = Open311
case-status = Xaaladda
case-employer = Loo-shaqeeyaha
case-assignee = Loo xilsaaray
case-deadlines = Waqtiyada kama dambaysta ah
case-workflow = Beddel xaaladda kiiska
case-timeline = Taxanaha dhacdooyinka iyo qoraallada
case-complaint = Cabashada
case-retaliation-title = Calaamadda aargoosiga
case-signals = Sababta loo calaamadeeyay
retaliation-kind-immigration-threat = Hanjabaad ku saabsan socdaalka ama booliska
retaliation-kind-termination = Laga eryay shaqada ama guriga loo diray
retaliation-kind-hours-or-pay-cut = Saacadaha ama lacagta oo la dhimay
retaliation-kind-violence-or-intimidation = Rabshad ama cabsi-gelin
retaliation-kind-blacklisting = Liis madow (ka hor istaagid shaqooyin kale)
retaliation-kind-other-threat = Hanjabaad kale
review-kind = Nooca aargoosiga
review-decision = Go'aanka
review-confirmed = La xaqiijiyay
review-dismissed = La diiday
review-instances = Tirada dhacdooyinka (la xaqiijiyay)
review-reason = Sababta
review-submit = Diiwaangeli dib-u-eegista
deadline-first-contact = Xiriirka koowaad
deadline-employer-response = Jawaabta loo-shaqeeyaha ee ogeysiiska (21 maalmood)
deadline-determination = Waqtiga go'aanka la higsanayo (90 maalmood)
deadline-met = la dhammeeyay
deadline-open = furan
deadline-overdue = waqtigii wuu dhaafay
move-to = Xaaladda cusub
move-resolution = Sida loo xalliyay
move-resolution-hint = Oo keliya marka xaaladda cusub ay tahay "Waa la xalliyay".
move-reason = Sababta (waa qasab)
move-submit = Beddel xaaladda kiiska
resolution-paid = waa la bixiyay
resolution-referred_collection = loo gudbiyay ururinta deynta
resolution-referred_agency = loo gudbiyay hay'ad kale
resolution-withdrawn = cabashada waa laga noqday
resolution-unfounded = sal ma leh
assign-to = U xilsaar (iimayl)
assign-submit = U xilsaar
assign-me = Aniga ii xilsaar
note-body = Qoraal cusub
note-visible = Shaqaaluhu wuu arki karaa qoraalkan
note-visible-hint = Qoraallada la arki karo waxay ka muuqdaan bogga xaaladda ee shaqaalaha, iyagoo ah erayada aad adigu qortay. Calaamad ha saarin haddii qoraalku yahay mid gudaha ah.
note-visible-badge = shaqaaluhu wuu arki karaa
note-submit = Ku dar qoraalka
event-note = Fariin ka timid baarahaaga
event-assigned = Waa la xilsaaray
event-notice-sent = Ogeysiis ayaa loo diray loo-shaqeeyaha
event-determination-recorded = Go'aanka waa la diiwaangeliyay
event-determination-approved = Go'aanka waa la ansixiyay
event-determination-returned = Go'aanka waa la celiyay
event-retaliation-reviewed = Calaamadda aargoosiga dib ayaa loo eegay
calc-title = Lacagta deynta ah
calc-intro = Xisaabiyuhu wuxuu muujiyaa xisaabtiisa sadar-sadar. Lacagaha lagu calaamadeeyay "la hubi qareen" waxay ku salaysan yihiin xeerar aan weli la xaqiijin.
calc-field-jurisdiction = Sharciga lagu dabaqayo
calc-field-as-of = Dulsaarka ilaa
calc-field-start = Muddada shaqada laga bilaabo
calc-field-end = Muddada shaqada ilaa
calc-field-hours = Saacadaha la shaqeeyay
calc-field-overtime = Kuwaas waxaa ka mid ah, saacadaha dheeraadka ah
calc-field-paid = Lacagta la bixiyay muddadaas ($)
calc-field-rate = Lacagta saacaddii la ballanqaaday ($, banaan u dhaaf mushaharka ugu yar)
calc-field-tipped = Shaqaale hela tiib (bakhshiish)
calc-field-instances = Tirada dhacdooyinka aargoosi ee la xaqiijiyay
calc-field-days = Maalmaha uu aargoosigu socday
calc-field-employees = Shaqaalaha ay saamaysay
calc-field-demand = Lama bixin 14 maalmood kadib dalab qoraal ah
calc-field-willful = Xadgudub ula kac ah
calc-jurisdiction-denver = Denver (xeerka magaalada iyo sharciga gobolka)
calc-jurisdiction-colorado = Colorado (sharciga gobolka oo keliya)
calc-line-minimum_wage_shortfall = Farqiga mushaharka ugu yar
calc-line-unpaid_wages = Mushaharka la isku afgartay ee aan la bixin
calc-line-overtime = Lacagta dheeraadka ah ee saacadaha dheeraadka ah
calc-line-interest = Dulsaar (12% sannadkii)
calc-line-denver_treble_damages = Magdhawga saddex-laab ee Denver
calc-line-denver_retaliation_fine = Ganaaxa aargoosiga ee Denver
calc-line-denver_aggravated_fine = Ganaaxa Denver ee shaqaale kasta, aargoosiga oo ah arrin culeys kordhisa (la soo jeediyay)
calc-line-policy_escalation = Kordhin hanjabaad la xiriirta socdaalka dartiis (siyaasadda magaalada)
calc-line-crs_8_4_109_penalty = Ganaaxa mushaharka aan la bixin kadib dalab
calc-line-crs_8_4_120_daily_penalty = Ganaaxa aargoosiga maalintii
calc-line-crs_8_4_120_liquidated_damages = Magdhaw go'an oo aargoosi (liquidated damages)
calc-total = Wadarta
calc-verify = la hubi qareen
calc-policy = siyaasadda magaalada, weli sharci ma aha
calc-invalid = Hubi goobtan: { $field }
calc-calculate = Xisaabi
calc-record = U diiwaangeli go'aan ahaan
determination-state-pending = Go'aanku wuxuu sugayaa ansixin
determination-state-approved = Go'aan la ansixiyay
determination-state-returned = Go'aan la celiyay
determination-by = Waxaa diiwaangeliyay { $who }
determination-approve = Ansixi
determination-return = U celi si wax looga beddelo
letters-title = Warqadaha
referrals-title = Gudbinta kiisaska
referrals-hint = Marka la xaqiijiyo hanjabaad ku saabsan socdaalka ama booliska, oo uu jiro mushahar aan la bixin, nidaamku wuxuu soo jeedinayaa gudbintan. Kormeere ayaa go'aan ka gaara; waxba si otomaatig ah looma diro, marnaba looma diro hay'adaha fulinta sharciga socdaalka.
referral-dest-colorado_ag = Xeer-ilaaliyaha Guud ee Colorado (ilaalinta shaqaalaha)
referral-dest-federal_forced_labor = Sharciga federaalka ee ka dhanka ah shaqo qasab ah (18 U.S.C. § 1589)
referral-state-proposed = La soo jeediyay, wuxuu sugayaa kormeere
referral-state-approved = Waxaa ansixiyay { $who }
referral-state-declined = Waxaa diiday { $who }
referral-reason = Sababta go'aanka
referral-approve = Ansixi gudbinta
referral-decline = Diid
referral-letter = Warqadda gudbinta (PDF)
employer-repeat = { $count ->
    [one] Xadgudbe soo noqnoqda: 1 xadgudub kale 5 sano gudahood
   *[other] Xadgudbe soo noqnoqda: { $count } xadgudub oo kale 5 sano gudahood
}
employer-complaints = { $count ->
    [one] 1 cabasho
   *[other] { $count } cabasho
}
employer-aliases = Magacyo kale
employer-add-alias = Ku dar magac kale
employer-add = Ku dar
employer-addresses = Cinwaannada
employer-links = Ganacsiyada la xiriira (mas'uuliyad wadaag ah)
employer-link-name = Magaca ganacsiga
employer-link-kind = Waxa uu u yahay loo-shaqeeyahan
employer-cases = Cabashooyinka
link-general-contractor = qandaraaslaha guud
link-staffing-agency = hay'adda shaqaale keenta
link-subcontractor = qandaraasle hoose
link-client = macmiil
link-general-contractor-of = qandaraaslaha guud ee
link-staffing-agency-of = hay'adda shaqaale keenta ee
link-subcontractor-of = qandaraaslaha hoose ee
link-client-of = macmiilka
error-forbidden = Doorkaagu kuuma oggola inaad tan samayso.
error-not-assignee = Marka hore kiiska qaado: kaliya qofka loo xilsaaray ama kormeere ayaa ka shaqeyn kara.
error-own-determination = Kormeere kale ayaa ansixin kara go'aankan: adiga ayaa diiwaangeliyay.
error-case-invalid = Hubi waxa aad gelisay.
error-case-field = Hubi goobtan: { $field }
error-move-illegal_transition = Kiis looma beddeli karo "{ $to }" marka uu ku jiro "{ $from }".
error-move-resolution_required = Dooro sida kiiska loo xalliyay.
error-move-resolution_not_allowed = Dooro habka xallinta oo keliya marka xaaladda cusub ay tahay "Waa la xalliyay".
error-move-resolution_not_from_here = Xallintaas laguma dabaqi karo heerkan.
error-move-reason_required = Qor sababta aad u beddelayso xaaladda kiiska.
error-needs-approval = Kormeere waa inuu marka hore ansixiyaa go'aanka.
error-wrong-stage = Go'aan waxaa la diiwaangelin karaa oo keliya marka kiisku baaritaan ku jiro ama go'aan laga gaarayo.
error-nothing-pending = Ma jiro go'aan sugaya ansixin.
error-calc-no_periods = Geli muddo shaqo.
error-calc-period_ends_before_start = Muddada shaqadu waxay dhammaanaysaa ka hor inta aysan bilaaban.
error-calc-negative_hours = Saacaduhu ma noqon karaan tiro taban.
error-calc-overtime_exceeds_hours = Saacadaha dheeraadka ahi kama badnaan karaan saacadaha la shaqeeyay.
error-calc-no_minimum_wage = Ma jiro mushahar ugu yar oo loo diiwaangeliyay muddadaas.
error-calc-too_many_periods = Muddooyin shaqo oo aad u badan.
error-calc-overflow = Lacaguhu aad bay u badan yihiin.
error-calc-too_many_instances = Dhacdooyinka aargoosiga aad bay u badan yihiin (ugu badnaan 200).
error-referral-not-proposed = Gudbintan looma soo jeedin kiiskan.

## Letters (PDF)
letter-notice-title = Ogeysiis cabasho mushahar
letter-demand-title = Dalab lacag-bixin
letter-determination-title = Go'aan
letter-case = Kiiska: { $case }
letter-date = Taariikhda: { $date }
letter-notice-intro = Denver Labor (xafiiska shaqada ee Magaalada Denver) waxay heshay cabasho mushahar oo ku saabsan { $employer }.
letter-demand-intro = Kadib markii ay baartay kiiska { $case }, Denver Labor (xafiiska shaqada ee Magaalada Denver) waxay ogaatay in { $employer } uu waajib ku yahay bixinta lacagaha hoos ku qoran.
letter-determination-intro = Denver Labor (xafiiska shaqada ee Magaalada Denver) waxay go'aan ka gaartay kiiska { $case } ee ku saabsan { $employer }. Waxaa la ansixiyay { $date }.
letter-unknown = lama sheegin
letter-worker-named = Cabashada waxaa gudbiyay { $name }.
letter-worker-described = Cabashadu waxay khusaysaa shaqaale (shaqada: { $role }; muddada: { $start } ilaa { $end }). Magaca shaqaalaha waa la qariyay.
letter-violations = Waxa la soo sheegay:
letter-total = Wadarta: { $amount }
letter-verify = * Lacagtan waxay ku salaysan tahay xeer weli u baahan in lala hubiyo qareen.
letter-retaliation-found = Aargoosi la xaqiijiyay:
letter-retaliation-finding = { $kind }: { $count } la xaqiijiyay
letter-policy = ** Lacagtan waxay ku salaysan tahay siyaasadda magaalada, oo aan weli sharci noqon.
letter-referral-title = Gudbin
letter-referral-to = Ku: { $recipient }
letter-referral-intro = Denver Labor (xafiiska shaqada ee Magaalada Denver) waxay idiin soo gudbinaysaa kiiska { $case } ee ku saabsan { $employer } si aad dib ugu eegtaan. Kormeere ayaa ansixiyay gudbintan taariikhda { $date }.
letter-referral-why = Sababta: { $why }
letter-referral-owed = Lacagaha lagu ogaaday in lagu leeyahay go'aanka la ansixiyay: { $amount }.
letter-referral-no-status = Denver Labor (xafiiska shaqada ee Magaalada Denver) ma weydiiso, mana diiwaangeliso, xaaladda socdaalka shaqaale kasta, waxna lama wadaagto hay'adaha fulinta sharciga socdaalka. Fadlan gudbintan ha la wadaagina hay'adaha socdaalka.
letter-notice-respond = Waxaad haysataa 21 maalmood laga bilaabo taariikhda ogeysiiskan si aad uga jawaabto oo aad u soo dirto diiwaannada mushaharka ee muddadaas: xaashiyaha waqtiga, warqadaha mushaharka (pay stubs) iyo diiwaannada lacag-bixinta.
letter-demand-pay = Bixi 14 maalmood gudahood laga bilaabo taariikhda warqaddan. Sida uu dhigayo C.R.S. 8-4-109, mushaharka aan la bixin 14 maalmood gudahood kadib dalab qoraal ah wuxuu keenaa ganaaxyo dheeraad ah.
letter-retaliation-warning = Sharci-darro ayay tahay in laga aargoosto shaqaale kasta oo cabtay, oo ay ku jirto hanjabaad kasta oo ah in loo yeerayo hay'adaha socdaalka ama booliska. Denver waxay ku ganaaxdaa $5,000 dhacdo kasta oo aargoosi ah.
letter-no-status = Xafiiskani ma weydiiyo, mana diiwaangeliyo, xaaladda socdaalka qofna.
case-language = Luqadda

## Account errors (staff accounts and two-factor set-up)
error-account-password-too-short = Furaha sirta ah waa inuu lahaadaa ugu yaraan 12 xaraf.
error-account-password-too-long = Furaha sirta ah waa inuu lahaadaa ugu badnaan 256 xaraf.
error-account-password-one-character = Furaha sirta ah ma noqon karo hal xaraf oo keliya oo soo noqnoqda.
error-account-password-few-characters = Furaha sirta ah wuxuu u baahan yahay xarfo kala duwan oo intaa ka badan.
error-account-password-common = Furaha sirta ah aad buu ugu eg yahay fure sir ah oo dad badani isticmaalaan.
error-account-password-contains-email = Magaca iimaylka (qaybta ka horreysa @) waa inaanu ku jirin furaha sirta ah.
error-account-bad-email = Tani ma aha cinwaan iimayl.
error-account-bad-role = Dooro door: baare, kormeere, u-doode ama maamule.
error-account-org-required = U-doodaha wuxuu ka tirsan yahay urur: geli magaca ururka.
error-account-exists = Horay ayaa u jiray isticmaale leh iimaylkan.
error-account-not-found = Ma jiro isticmaale leh iimaylkan.
error-account-not-allowed = Maamulayaasha oo keliya ayaa maamuli kara akoonnada.
error-account-org-name = Ururku wuxuu u baahan yahay magac aan ka badnayn 200 xaraf.
error-account-totp-already-on = Xaqiijinta laba-tallaabo mar hore ayay daaran tahay.
error-account-totp-not-started = Marka hore bilow dejinta xaqiijinta laba-tallaabo.
error-account-totp-wrong-code = Koodhkaasi sax ma aha. Hubi saacadda taleefankaaga oo mar kale isku day.
error-account-wrong-current-password = Furaha sirta ah ee hadda sax ma aha.

## Text messages (SMS door). Short: one text is 160 Latin characters or 70 in other scripts.
sms-status = Reclamo { $tracking }: { $status }
sms-latest = Wixii ugu dambeeyay ({ $date }): { $entry }
sms-help = Reclamo: cabashooyinka xatooyada mushaharka ee Denver. Si aad u eegto cabasho, soo dir koodhka la-socodka iyo koodhka gelitaanka. Si aad cabasho u gudbiso, wac { $phone }. Soo dir STOP ama JOOJI si aadan fariimo kale u helin.
sms-stop = Reclamo fariimo kale kuuma soo diri doono. Cabashadaadu way sii socotaa. Soo dir HELP ama CAAWIMO si aad u hesho caawimo.
sms-not-found = Reclamo: ma jirto cabasho leh koodhadhkaas. Hubi labada koodh oo mar kale isku day, ama wac { $phone }.
sms-usage = Reclamo: soo dir koodhka la-socodka (10 god) iyo koodhka gelitaanka (15 god) si aad u aragto xaaladda cabashadaada. Soo dir HELP ama CAAWIMO si aad u hesho caawimo.
sms-rate-limited = Reclamo: isku day aad u badan. Sug { $minutes } daqiiqo oo mar kale isku day.
sms-busy = Reclamo hadda aad buu u mashquulsan yahay. Fadlan mar kale soo dir daqiiqad kadib.
