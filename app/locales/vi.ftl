# Reclamo — Tiếng Việt (vi). Translated from en.ftl (source locale).
# Every message here must exist in every other locale file; a test fails otherwise.
# Placeables like { $phone } must be kept as they are.

## Locale metadata
language-name = Tiếng Việt
language-dir = ltr

## Layout
site-name = Reclamo
site-tagline = Báo cáo trộm cắp tiền lương ở Denver, bằng ngôn ngữ của bạn.
skip-to-content = Chuyển đến nội dung chính
nav-home = Trang chủ
nav-report = Báo cáo trộm cắp tiền lương
nav-status = Xem đơn khiếu nại của tôi
nav-rights = Biết quyền của bạn
language-switcher-label = Ngôn ngữ
language-switcher-submit = Đổi ngôn ngữ
promise-no-status = Reclamo không bao giờ hỏi về tình trạng di trú của bạn. Luật tiền lương của Denver bảo vệ mọi người lao động, dù có giấy tờ hay không.
footer-privacy = Chúng tôi chỉ giữ những thông tin cần thiết. Thông tin cá nhân của bạn được mã hóa và sẽ bị hủy khi hồ sơ của bạn kết thúc. Chúng tôi không bao giờ chia sẻ thông tin với cơ quan di trú.
footer-hotline = Colorado Rapid Response Network, 24 giờ mỗi ngày: { $phone }

## Home page
home-title = Bạn không được trả đủ tiền công mình đã làm?
home-intro = Nộp đơn khiếu nại với Thành phố Denver, miễn phí. Bạn không cần tài khoản hay luật sư, và bạn có thể giấu tên.
home-action-report = Báo cáo trộm cắp tiền lương
home-action-report-hint = Khoảng 5 phút, bằng ngôn ngữ của bạn, ngay trên điện thoại.
home-action-status = Xem đơn khiếu nại của tôi
home-action-status-hint = Dùng mã theo dõi và mã truy cập của bạn.
home-action-rights = Biết quyền của bạn
home-action-rights-hint = Luật nói gì, và ai có thể giúp bạn ngay hôm nay.
home-phone = Không có internet? Hãy gọi số 311 và xin dùng Reclamo bằng ngôn ngữ của bạn.

## Know your rights
rights-title = Biết quyền của bạn
rights-intro = Hiến pháp bảo vệ mọi người ở Hoa Kỳ, bất kể tình trạng di trú.
rights-wage-title = Tiền lương của bạn
rights-wage-1 = Luật tiền lương của Denver bảo vệ mọi người lao động, bất kể tình trạng di trú.
rights-wage-2 = Lương tối thiểu ở Denver năm 2026 là { $wage } một giờ ({ $tipped } cho người lao động có nhận tiền tip).
rights-wage-3 = Bạn có thể nộp đơn khiếu nại, làm chứng và lấy lại số tiền người ta còn nợ bạn mà không phải sợ. Khi thành phố thực thi luật, tình trạng di trú của bạn không quan trọng.
rights-wage-4 = Chủ lao động trừng phạt bạn vì bạn khiếu nại là phạm luật. Đe dọa báo bạn cho cơ quan di trú (ICE) hoặc cảnh sát là hành vi trả thù bất hợp pháp, và làm tăng số tiền phạt mà chủ lao động phải trả.
rights-ice-title = Nếu nhân viên di trú (ICE) đến
rights-ice-silent = Bạn có quyền giữ im lặng. Bạn không phải trả lời các câu hỏi về tình trạng di trú của mình.
rights-ice-sign = Đừng ký bất cứ giấy tờ gì trước khi nói chuyện với luật sư, kể cả khi giấy đó viết bằng tiếng của bạn.
rights-ice-warrant = Yêu cầu được xem lệnh (trát). ICE phải có lệnh của tòa án, có chữ ký của thẩm phán, thì mới được vào nhà bạn. Lệnh hành chính của ICE (Mẫu I-200) là không đủ: bạn không phải mở cửa.
rights-ice-lawyer = Bạn có quyền có luật sư. Hãy xin được nói chuyện với luật sư trước khi trả lời bất kỳ câu hỏi nào.
rights-hotline-title = Nhận giúp đỡ ngay
rights-hotline-body = Colorado Rapid Response Network: các tình nguyện viên đã được huấn luyện trả lời điện thoại 24 giờ mỗi ngày. Hãy gọi nếu bạn thấy ICE đang hoạt động. Bấm số 2 để báo cáo việc đã xảy ra.
rights-hotline-call = Gọi số { $phone }
rights-family-title = Chuẩn bị cho gia đình bạn
rights-family-body = Chọn người giám hộ cho con bạn, để các giấy tờ quan trọng ở cùng một chỗ, và lập kế hoạch khẩn cấp. Rocky Mountain Immigrant Advocacy Network (RMIAN) có bộ tài liệu giúp gia đình chuẩn bị.

## Errors pages
not-found-title = Không tìm thấy trang
not-found-body = Chúng tôi không tìm thấy trang đó.
back-home = Quay lại trang chủ

## Report wizard
report-title = Báo cáo trộm cắp tiền lương
report-step-progress = Bước { $current } trên { $total }
report-step-what = Chuyện gì đã xảy ra
report-step-employer = Chủ lao động của bạn
report-step-job = Công việc của bạn
report-step-safety = Đe dọa và trừng phạt
report-step-contact = Cách liên lạc với bạn
report-step-review = Xem lại và gửi
report-next = Tiếp tục
report-back = Quay lại
report-send = Gửi đơn khiếu nại của tôi
report-optional = không bắt buộc
report-errors-summary = { $count ->
   *[other] Vui lòng sửa { $count } lỗi bên dưới.
}
answer-yes = Có
answer-no = Không
answer-unsure = Tôi không biết

what-violations-legend = Chủ lao động của bạn đã làm gì? Chọn tất cả những điều đã xảy ra.
violation-unpaid_wages = Không trả tiền cho một phần hoặc toàn bộ công việc tôi đã làm
violation-minimum_wage = Trả tôi thấp hơn lương tối thiểu
violation-overtime = Không trả tiền làm thêm giờ (hơn 40 giờ một tuần hoặc hơn 12 giờ một ngày)
violation-final_pay = Không trả kỳ lương cuối cùng cho tôi
violation-deductions = Trừ tiền trong lương của tôi khi không được phép trừ
violation-tips = Giữ lấy tiền tip của tôi
violation-misclassification = Coi tôi là thầu độc lập (contractor) trong khi tôi là nhân viên
violation-breaks = Không cho tôi nghỉ giải lao hoặc nghỉ ăn
violation-sick_leave = Không cho tôi nghỉ bệnh có lương
violation-bounced_check = Trả lương cho tôi bằng chi phiếu (séc) bị ngân hàng trả lại vì không đủ tiền
what-period-start = Việc này bắt đầu khi nào?
what-period-end = Việc này kết thúc khi nào? Để trống nếu vẫn còn đang xảy ra.
what-amount = Người ta còn nợ bạn khoảng bao nhiêu tiền (đô la)?
what-amount-hint = Đoán cũng được. Công cụ bên dưới có thể giúp bạn ước tính.
what-narrative = Kể cho chúng tôi chuyện đã xảy ra, bằng lời của bạn
what-narrative-hint = Bạn có thể viết bằng bất kỳ ngôn ngữ nào. Đừng viết về tình trạng di trú của bạn: chúng tôi không cần thông tin đó.
what-coworkers = Có bao nhiêu người lao động khác cũng bị đối xử như vậy?
estimate-title = Giúp tôi ước tính
estimate-hours = Số giờ đã làm
estimate-rate = Tiền lương mỗi giờ đã được hứa, tính bằng đô la
estimate-paid = Số tiền bạn thật sự được trả, tính bằng đô la
estimate-submit = Ước tính
estimate-result = Có thể người ta còn nợ bạn khoảng { $amount }.
estimate-minimum-note = Lương tối thiểu ở Denver năm { $year } là { $wage } một giờ. Nếu tiền lương đã hứa thấp hơn mức này, chúng tôi dùng mức lương tối thiểu.

employer-name = Tên tiệm hoặc công ty, theo bạn biết
employer-address = Địa chỉ, hoặc mô tả nơi đó ở đâu
employer-phone = Số điện thoại của chủ lao động
employer-industry = Loại công việc
employer-industry-choose = Chọn một
industry-construction = Xây dựng
industry-restaurant = Nhà hàng hoặc đồ ăn
industry-cleaning = Dọn dẹp hoặc vệ sinh tòa nhà
industry-landscaping = Làm vườn, chăm sóc cảnh quan
industry-retail = Cửa hàng, bán lẻ
industry-warehouse = Kho hàng hoặc giao hàng
industry-home_care = Chăm sóc tại nhà hoặc giữ trẻ
industry-agriculture = Làm nông trại
industry-manufacturing = Nhà máy hoặc sản xuất
industry-hotel = Khách sạn
industry-auto = Rửa xe hoặc sửa xe
industry-other = Khác
employer-supervisor = Tên người giám sát
employer-agency = Bạn có được thuê qua một công ty cung ứng lao động (agency) hoặc một nhà thầu phụ không?
employer-agency-name = Tên công ty cung ứng lao động hoặc nhà thầu

job-role = Công việc của bạn là gì?
job-start = Ngày đầu tiên đi làm
job-end = Ngày cuối cùng đi làm
job-still = Bạn vẫn còn làm ở đó không?
job-pay-rate = Mức lương, tính bằng đô la
job-pay-basis = Cách trả lương
basis-hour = Theo giờ
basis-day = Theo ngày
basis-piece = Theo sản phẩm hoặc theo từng việc
basis-salary = Lương cố định (theo tuần hoặc theo tháng)
job-pay-frequency = Bạn được trả lương bao lâu một lần?
freq-weekly = Mỗi tuần
freq-biweekly = Hai tuần một lần
freq-monthly = Mỗi tháng
freq-irregular = Không theo lịch cố định
job-hours = Số giờ thường làm mỗi tuần
job-cash = Bạn có được trả bằng tiền mặt không?

safety-intro = Câu trả lời của bạn giúp chúng tôi hành động nhanh để bảo vệ bạn. Chỉ trả lời những gì bạn thấy thoải mái.
safety-immigration_threat = Có ai dọa báo bạn cho cơ quan di trú (ICE) hoặc cảnh sát không?
safety-status_report_threat = Có ai dọa tố cáo bạn hoặc gia đình bạn với bất kỳ ai vì chuyện giấy tờ của bạn không?
safety-fired = Bạn có bị đuổi việc hoặc bị cho về nhà sau khi hỏi về tiền lương không?
safety-hours_cut = Bạn có bị cắt giờ làm hoặc cắt lương sau khi hỏi hoặc khiếu nại không?
safety-violence = Có ai dọa làm hại bạn không?
safety-blacklist = Có ai dọa làm cho bạn không tìm được việc khác không?
safety-details = Còn điều gì khác về việc bị đe dọa hoặc trừng phạt không?

contact-intro = Tất cả phần này đều không bắt buộc. Chúng tôi chỉ dùng để liên lạc với bạn về đơn khiếu nại.
contact-anonymous = Nộp đơn giấu tên
contact-anonymous-hint = Chúng tôi sẽ không giữ tên hay thông tin liên lạc của bạn. Bạn vẫn có thể xem đơn khiếu nại bằng các mã của mình, nhưng chúng tôi không thể gọi cho bạn, và có những vụ việc rất khó điều tra nếu không nói chuyện với bạn.
contact-name = Tên hoặc biệt danh
contact-phone = Điện thoại
contact-email = Email
contact-method = Cách tốt nhất để liên lạc với bạn
method-phone = Gọi điện thoại
method-sms = Tin nhắn
method-email = Email
contact-safe-times = Lúc nào liên lạc với bạn thì an toàn?
contact-sms-ok = Chúng tôi có thể gửi tin nhắn cho bạn không?
contact-voicemail-ok = Để lại tin nhắn thoại cho bạn có an toàn không?
contact-share-name = Chúng tôi có thể cho chủ lao động biết tên bạn không?
contact-share-name-hint = Chúng tôi sẽ không làm vậy, trừ khi bạn đồng ý. Đôi khi cuộc điều tra cần tên bạn, ví dụ để kiểm tra hồ sơ trả lương của chính bạn; chúng tôi sẽ nói chuyện với bạn trước.

review-intro = Kiểm tra lại các câu trả lời. Bạn có thể quay lại và sửa bất cứ điều gì.
review-edit = Sửa
review-none = Không cung cấp
review-anonymous = Giấu tên
review-consent = Những gì tôi viết là sự thật, theo như tôi biết.

done-title = Chúng tôi đã nhận được đơn khiếu nại của bạn
done-tracking = Mã theo dõi
done-access = Mã truy cập
done-save = Hãy ghi lại cả hai mã hoặc lưu biên nhận. Bạn cần cả hai mã để xem đơn khiếu nại. Chúng tôi không thể hiện lại mã truy cập.
done-receipt = Tải biên nhận (PDF)
done-receipt-include-access = Ghi mã truy cập vào biên nhận
done-next-title = Điều gì sẽ xảy ra tiếp theo
done-next-1 = Một điều tra viên sẽ xem xét đơn khiếu nại của bạn, thường trong vòng 5 ngày làm việc.
done-next-2 = Nếu bạn đã cho chúng tôi cách liên lạc, chúng tôi sẽ liên lạc với bạn bằng ngôn ngữ của bạn. Nếu bạn đang gặp nguy hiểm, chúng tôi sẽ liên lạc với bạn thật nhanh.
done-next-3 = Chủ lao động sẽ không được biết tên bạn, trừ khi bạn đã đồng ý.

status-title = Xem đơn khiếu nại của tôi
status-intro = Nhập hai mã bạn đã nhận khi nộp đơn.
status-tracking = Mã theo dõi
status-access = Mã truy cập
status-submit = Xem
status-not-found = Chúng tôi không tìm thấy đơn khiếu nại nào với các mã này. Hãy kiểm tra lại các số và thử lại.
status-current = Tình trạng hiện tại: { $status }
status-timeline = Những gì đã xảy ra
case-status-received = Đã nhận
case-status-triage = Đang xem xét
case-status-investigating = Đang điều tra
case-status-determination = Đang ra quyết định
case-status-resolved = Đã giải quyết
case-status-closed = Đã đóng hồ sơ
event-filed = Đã nộp đơn khiếu nại
event-status-changed = Tình trạng đã đổi thành: { $status }

error-required = Phần này là bắt buộc.
error-too-long = Quá dài: tối đa { $max } ký tự.
error-invalid-email = Đây có vẻ không phải là địa chỉ email.
error-invalid-phone = Đây có vẻ không phải là số điện thoại.
error-invalid-date = Hãy nhập một ngày có thật.
error-date-order = Ngày kết thúc đang ở trước ngày bắt đầu.
error-date-future = Ngày này ở trong tương lai.
error-invalid-number = Hãy nhập một con số.
error-out-of-range = Số này nằm ngoài giới hạn cho phép.
error-choose-violation = Hãy chọn ít nhất một việc đã xảy ra.
error-invalid-choice = Hãy chọn một trong các lựa chọn.
error-contact-when-anonymous = Bạn đã chọn giấu tên. Hãy để trống thông tin liên lạc, hoặc bỏ chọn "Nộp đơn giấu tên".
error-invalid-code = Kiểm tra lại mã: có thể bạn đã gõ sai một chữ số.
error-generic = Hệ thống của chúng tôi gặp lỗi. Những gì bạn đã nhập không bị mất. Vui lòng thử lại.
error-rate-limited = Bạn đã thử quá nhiều lần. Vui lòng đợi { $minutes } phút rồi thử lại.
error-invalid-request = Không thể đọc yêu cầu.
error-invalid-credentials = Email hoặc mật khẩu không đúng.
error-signed-out = Vui lòng đăng nhập.
error-totp-required = Nhập mã 6 chữ số từ ứng dụng xác thực của bạn.

receipt-title = Biên nhận đơn khiếu nại
receipt-filed = Nộp ngày { $date }
receipt-reported = Những gì bạn đã báo cáo
receipt-keep = Hãy cất biên nhận này ở nơi an toàn. Bất kỳ ai có cả hai mã đều có thể xem tình trạng đơn khiếu nại của bạn.

## Staff
staff-login-title = Đăng nhập dành cho nhân viên
staff-email = Email công việc
staff-password = Mật khẩu
staff-totp = Mã từ ứng dụng xác thực của bạn, hoặc một mã dự phòng
staff-totp-hint = Để trống nếu bạn chưa thiết lập xác minh 2 bước.
staff-sign-in = Đăng nhập
staff-sign-out = Đăng xuất
staff-home-title = Trang chủ nhân viên
staff-signed-in-as = Đã đăng nhập với tư cách { $email } ({ $role })
staff-role-investigator = Điều tra viên
staff-role-supervisor = Giám sát viên
staff-role-advocate = Người hỗ trợ
staff-role-admin = Quản trị viên
staff-2fa-title = Xác minh 2 bước
staff-2fa-required = Vai trò của bạn bắt buộc phải dùng xác minh 2 bước. Hãy thiết lập để tiếp tục.
staff-2fa-off = Xác minh 2 bước đang tắt đối với tài khoản của bạn.
staff-2fa-start = Thiết lập xác minh 2 bước
staff-2fa-scan = Quét mã này bằng ứng dụng xác thực, hoặc nhập khóa vào ứng dụng. Sau đó nhập mã 6 chữ số mà ứng dụng hiển thị.
staff-2fa-key = Khóa
staff-2fa-code = Mã 6 chữ số
staff-2fa-confirm = Bật xác minh 2 bước
staff-2fa-enabled = Xác minh 2 bước đã được bật.
staff-2fa-recovery = Mã dự phòng: mỗi mã chỉ dùng được một lần nếu bạn bị mất điện thoại. Hãy cất giữ các mã này ở nơi an toàn; chúng sẽ không được hiển thị lại.
staff-find-case = Tìm hồ sơ theo mã theo dõi
staff-find = Tìm
staff-no-cases = Không tìm thấy hồ sơ nào.
staff-users-title = Người dùng
staff-user-add = Thêm người dùng
staff-user-name = Tên
staff-user-role = Vai trò
staff-user-org = Tổ chức (bắt buộc đối với người hỗ trợ)
staff-user-password = Mật khẩu ban đầu (ít nhất 12 ký tự)
staff-user-added = Đã thêm người dùng.
staff-user-disable = Vô hiệu hóa
staff-user-disabled = Đã vô hiệu hóa
staff-user-active = Đang hoạt động
staff-access-history = Ai đã xem hồ sơ này
staff-access-when = Khi nào
staff-access-who = Ai
staff-access-what = Việc gì
staff-orgs-title = Tổ chức
staff-org-name = Tên tổ chức
staff-org-add = Thêm tổ chức
staff-org-added = Đã thêm tổ chức.
