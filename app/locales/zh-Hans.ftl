# Reclamo — 简体中文 (zh-Hans). Translated from en.ftl (source locale).
# Every message here must exist in every other locale file; a test fails otherwise.
# Placeables like { $phone } must be kept as they are.

## Locale metadata
language-name = 简体中文
language-dir = ltr

## Layout
site-name = Reclamo
site-tagline = 在丹佛（Denver）举报工资盗窃（欠薪、克扣工资），使用您的语言。
skip-to-content = 跳到主要内容
nav-home = 首页
nav-report = 举报工资盗窃
nav-status = 查询我的投诉
nav-rights = 了解您的权利
language-switcher-label = 语言
language-switcher-submit = 更改语言
promise-no-status = Reclamo 从不询问您的移民身份。丹佛的工资法律保护每一位工人，无论有没有证件。
footer-privacy = 我们只保留必要的信息。您的个人信息会被加密，并在您的案件结束时销毁。我们从不与移民执法部门分享信息。
footer-hotline = Colorado Rapid Response Network，全天 24 小时：{ $phone }

## Home page
home-title = 您没有拿到应得的工资吗？
home-intro = 免费向丹佛市政府投诉。您不需要账户，也不需要律师，还可以匿名投诉。
home-action-report = 举报工资盗窃
home-action-report-hint = 大约 5 分钟，用您的语言，在手机上就能完成。
home-action-status = 查询我的投诉
home-action-status-hint = 使用您的追踪码和访问码。
home-action-rights = 了解您的权利
home-action-rights-hint = 法律是怎么规定的，以及今天谁可以帮助您。
home-phone = 没有网络？请拨打 311，要求用您的语言使用 Reclamo。

## Know your rights
rights-title = 了解您的权利
rights-intro = 美国宪法保护在美国的每一个人，不论移民身份如何。
rights-wage-title = 您的工资
rights-wage-1 = 丹佛的工资法律保护所有工人，不论其移民身份如何。
rights-wage-2 = 2026 年丹佛的最低工资是每小时 { $wage }（收小费的工人为 { $tipped }）。
rights-wage-3 = 您可以投诉、作证，并追回别人欠您的钱，不必害怕。市政府执法时，您的移民身份无关紧要。
rights-wage-4 = 雇主因为您投诉而惩罚您是违法的。威胁要向移民执法部门（ICE）或警察举报您，属于违法报复，而且会让雇主要付的罚款增加。
rights-ice-title = 如果移民执法人员（ICE）来了
rights-ice-silent = 您有权保持沉默。您不必回答关于您移民身份的问题。
rights-ice-sign = 在和律师谈话之前，不要签署任何文件，即使文件是用您的语言写的。
rights-ice-warrant = 要求查看令状（warrant）。ICE 必须有法官签名的法院令状，才能进入您的家。ICE 的行政令状（I-200 表格）是不够的：您不必开门。
rights-ice-lawyer = 您有权请律师。在回答任何问题之前，要求先和律师谈话。
rights-hotline-title = 立即获得帮助
rights-hotline-body = Colorado Rapid Response Network：受过培训的志愿者全天 24 小时接听电话。如果您看到 ICE 行动，请打电话。按 2 可以报告已经发生的事情。
rights-hotline-call = 拨打 { $phone }
rights-family-title = 为家人做好准备
rights-family-body = 为您的孩子选定一位监护人，把重要文件放在一起，并制定紧急计划。Rocky Mountain Immigrant Advocacy Network（RMIAN）提供家庭准备资料包。

## Errors pages
not-found-title = 找不到页面
not-found-body = 我们找不到这个页面。
back-home = 返回首页

## Report wizard
report-title = 举报工资盗窃
report-step-progress = 第 { $current } 步，共 { $total } 步
report-step-what = 发生了什么
report-step-employer = 您的雇主
report-step-job = 您的工作
report-step-safety = 威胁和惩罚
report-step-contact = 如何联系您
report-step-review = 检查并提交
report-next = 继续
report-back = 返回
report-send = 提交我的投诉
report-optional = 选填
report-errors-summary = { $count ->
   *[other] 请修改下面的 { $count } 个问题。
}
answer-yes = 是
answer-no = 否
answer-unsure = 我不知道

what-violations-legend = 您的雇主做了什么？请选择所有符合的情况。
violation-unpaid_wages = 我的部分或全部工作没有拿到工资
violation-minimum_wage = 给我的工资低于最低工资
violation-overtime = 没有付加班费（每周超过 40 小时或每天超过 12 小时）
violation-final_pay = 没有给我最后一次的工资
violation-deductions = 从我的工资里扣了不该扣的钱
violation-tips = 拿走了我的小费
violation-misclassification = 我是雇员，却把我当成独立承包人（contractor）
violation-breaks = 不给我休息时间或吃饭时间
violation-sick_leave = 不给我带薪病假
violation-bounced_check = 用空头支票付我工资（支票被银行退回）
what-period-start = 从什么时候开始？
what-period-end = 到什么时候结束？如果现在还在发生，请留空。
what-amount = 大约欠您多少钱（美元）？
what-amount-hint = 估计一下就可以。下面的工具可以帮您估算。
what-narrative = 用您自己的话告诉我们发生了什么
what-narrative-hint = 可以用任何语言写。请不要写您的移民身份：我们不需要这些信息。
what-coworkers = 还有多少其他工人受到同样的对待？
estimate-title = 帮我估算
estimate-hours = 工作小时数
estimate-rate = 说好的每小时工资（美元）
estimate-paid = 实际拿到的工资（美元）
estimate-submit = 估算
estimate-result = 您可能被欠了大约 { $amount }。
estimate-minimum-note = { $year } 年丹佛的最低工资是每小时 { $wage }。如果说好的工资比这还低，我们就按最低工资计算。

employer-name = 公司或店名（按您知道的写）
employer-address = 地址，或描述在哪里
employer-phone = 雇主的电话
employer-industry = 工作类型
employer-industry-choose = 请选择一项
industry-construction = 建筑
industry-restaurant = 餐馆或食品
industry-cleaning = 清洁或保洁
industry-landscaping = 园林绿化
industry-retail = 商店或零售
industry-warehouse = 仓库或送货
industry-home_care = 居家护理或照顾孩子
industry-agriculture = 农场工作
industry-manufacturing = 工厂或制造业
industry-hotel = 酒店
industry-auto = 洗车或修车
industry-other = 其他
employer-supervisor = 主管的名字
employer-agency = 您是通过劳务中介或分包商找到这份工作的吗？
employer-agency-name = 中介或承包商的名称

job-role = 您做的是什么工作？
job-start = 第一天上班的日期
job-end = 最后一天上班的日期
job-still = 您现在还在那里工作吗？
job-pay-rate = 工资多少（美元）
job-pay-basis = 工资怎么算
basis-hour = 按小时
basis-day = 按天
basis-piece = 按件或按活
basis-salary = 固定工资（按周或按月）
job-pay-frequency = 多久发一次工资？
freq-weekly = 每周
freq-biweekly = 每两周
freq-monthly = 每月
freq-irregular = 没有固定时间
job-hours = 平时每周工作几小时
job-cash = 是用现金付您工资的吗？

safety-intro = 您的回答能帮助我们尽快行动来保护您。只回答您愿意回答的问题。
safety-immigration_threat = 有人威胁要向移民执法部门（ICE）或警察举报您吗？
safety-status_report_threat = 有人因为您的证件，威胁要向任何人举报您或您的家人吗？
safety-fired = 您问起工资以后，有没有被解雇或被打发回家？
safety-hours_cut = 您询问或投诉以后，工时或工资有没有被减少？
safety-violence = 有人威胁要伤害您吗？
safety-blacklist = 有人威胁不让您找到其他工作吗？
safety-details = 关于威胁或惩罚，还有其他情况吗？

contact-intro = 这些都是选填的。我们只会用它来联系您，告诉您投诉的情况。
contact-anonymous = 匿名投诉
contact-anonymous-hint = 我们不会保留您的姓名或联系方式。您仍然可以用您的两个码查询投诉，但我们无法给您打电话；有些案件如果不和您谈话，很难调查。
contact-name = 姓名或昵称
contact-phone = 电话
contact-email = 电子邮件
contact-method = 最好的联系方式
method-phone = 打电话
method-sms = 短信
method-email = 电子邮件
contact-safe-times = 什么时候联系您比较安全？
contact-sms-ok = 我们可以给您发短信吗？
contact-voicemail-ok = 给您留语音留言安全吗？
contact-share-name = 我们可以把您的名字告诉雇主吗？
contact-share-name-hint = 除非您同意，否则我们不会告诉雇主。有时调查需要您的名字，例如为了核对您本人的工资记录；我们会先和您谈。

review-intro = 请检查您的回答。您可以返回修改任何内容。
review-edit = 修改
review-none = 未填写
review-anonymous = 匿名
review-consent = 据我所知，我写的内容是真实的。

done-title = 我们已收到您的投诉
done-tracking = 追踪码
done-access = 访问码
done-save = 请把两个码都写下来，或者保存回执。查询投诉时两个码都需要。我们无法再次显示访问码。
done-receipt = 下载回执（PDF）
done-receipt-include-access = 在回执上写上访问码
done-next-title = 接下来会怎样
done-next-1 = 调查员会审查您的投诉，通常在 5 个工作日内。
done-next-2 = 如果您给了我们联系方式，我们会用您的语言联系您。如果您有危险，我们会尽快联系您。
done-next-3 = 除非您同意，否则雇主不会知道您的名字。

status-title = 查询我的投诉
status-intro = 请输入您投诉时收到的两个码。
status-tracking = 追踪码
status-access = 访问码
status-submit = 查询
status-not-found = 找不到与这两个码相符的投诉。请检查号码后再试一次。
status-current = 当前状态：{ $status }
status-timeline = 处理经过
case-status-received = 已收到
case-status-triage = 正在审查
case-status-investigating = 正在调查
case-status-determination = 正在作出决定
case-status-resolved = 已解决
case-status-closed = 已结案
event-filed = 已提交投诉
event-status-changed = 状态已改为：{ $status }

error-required = 此项必填。
error-too-long = 太长了：最多 { $max } 个字符。
error-invalid-email = 这看起来不像电子邮件地址。
error-invalid-phone = 这看起来不像电话号码。
error-invalid-date = 请输入一个真实的日期。
error-date-order = 结束日期早于开始日期。
error-date-future = 这个日期还没到。
error-invalid-number = 请输入数字。
error-out-of-range = 这个数字超出了允许的范围。
error-choose-violation = 请至少选择一项发生过的情况。
error-invalid-choice = 请选择其中一个选项。
error-contact-when-anonymous = 您选择了匿名。请不要填写联系方式，或者取消勾选“匿名投诉”。
error-invalid-code = 请检查这个码：可能有一个数字输错了。
error-generic = 我们这边出了问题。您输入的内容没有丢失。请再试一次。
error-rate-limited = 尝试次数太多。请等 { $minutes } 分钟后再试。
error-invalid-request = 无法读取该请求。
error-invalid-credentials = 邮箱或密码错误。
error-signed-out = 请先登录。
error-totp-required = 请输入身份验证器应用中的 6 位验证码。

receipt-title = 投诉回执
receipt-filed = 提交日期：{ $date }
receipt-reported = 您举报的内容
receipt-keep = 请把这张回执放在安全的地方。任何人只要有这两个码，就能查看您投诉的状态。

## Staff
staff-login-title = 工作人员登录
staff-email = 工作邮箱
staff-password = 密码
staff-totp = 身份验证器应用中的验证码，或一个备用码
staff-totp-hint = 如果您尚未设置两步验证，请留空。
staff-sign-in = 登录
staff-sign-out = 退出登录
staff-home-title = 工作人员首页
staff-signed-in-as = 已登录：{ $email }（{ $role }）
staff-role-investigator = 调查员
staff-role-supervisor = 主管
staff-role-advocate = 维权工作者
staff-role-admin = 管理员
staff-2fa-title = 两步验证
staff-2fa-required = 您的角色必须使用两步验证。请先完成设置再继续。
staff-2fa-off = 您的账户未开启两步验证。
staff-2fa-start = 设置两步验证
staff-2fa-scan = 请用身份验证器应用扫描此码，或将密钥输入应用。然后输入应用显示的 6 位验证码。
staff-2fa-key = 密钥
staff-2fa-code = 6 位验证码
staff-2fa-confirm = 开启两步验证
staff-2fa-enabled = 两步验证已开启。
staff-2fa-recovery = 备用码：如果您的手机丢失，每个备用码可使用一次。请妥善保存；这些备用码不会再次显示。
staff-find-case = 按追踪码查找案件
staff-find = 查找
staff-no-cases = 未找到案件。
staff-users-title = 用户
staff-user-add = 添加用户
staff-user-name = 姓名
staff-user-role = 角色
staff-user-org = 机构（维权工作者必填）
staff-user-password = 初始密码（至少 12 个字符）
staff-user-added = 已添加用户。
staff-user-disable = 停用
staff-user-disabled = 已停用
staff-user-active = 已启用
staff-access-history = 谁查看过此案件
staff-access-when = 时间
staff-access-who = 人员
staff-access-what = 操作
staff-orgs-title = 组织
staff-org-name = 组织名称
staff-org-add = 添加组织
staff-org-added = 已添加组织。
