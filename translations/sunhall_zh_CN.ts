<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceReceiptDocument</name>
    <message>
        <source>The case %1 is not accepted yet: an acceptance receipt is printed once the application is accepted.</source>
        <translation>办件%1尚未受理：申请受理后才会打印受理回执。</translation>
    </message>
    <message>
        <source>The case summary given is not the summary of case %1.</source>
        <translation>所提供的办件摘要不是办件%1的摘要。</translation>
    </message>
    <message>
        <source>To check progress, enter case number %1 at %2 or call %3.</source>
        <translation>查询办理进度：请登录%2输入受理编号%1，或拨打%3。</translation>
    </message>
    <message>
        <source>To check progress, enter case number %1 at %2.</source>
        <translation>查询办理进度：请登录%2输入受理编号%1。</translation>
    </message>
    <message>
        <source>To check progress, call %1 and give case number %2.</source>
        <translation>查询办理进度：请拨打%1并提供受理编号%2。</translation>
    </message>
    <message>
        <source>To check progress, bring or quote case number %1 at any window of the hall.</source>
        <translation>查询办理进度：请在本大厅任一窗口出示或报出受理编号%1。</translation>
    </message>
    <message>
        <source>Not known yet: the hall&apos;s working calendar does not reach that far. The hall will tell you the date.</source>
        <translation>暂无法确定：本大厅的工作日历尚未覆盖到该日期，具体日期由大厅另行告知。</translation>
    </message>
    <message>
        <source>%1, decided on the spot</source>
        <translation>%1，当场办结</translation>
    </message>
    <message numerus="yes">
        <source>%1, within %n working day(s)</source>
        <translation>
            <numerusform>%1，%n个工作日内</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>item code and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>applicant name and ID</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>No materials were handed in.</source>
        <translation>未提交任何材料。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Hall address: %1</source>
        <translation>大厅地址：%1</translation>
    </message>
    <message>
        <source>Keep this receipt: you will need it to collect the result.</source>
        <translation>请妥善保管本回执，领取办理结果时需出示。</translation>
    </message>
    <message>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签名：____________</translation>
    </message>
    <message>
        <source>Window %1 · %2</source>
        <comment>window and clerk</comment>
        <translation>窗口%1 · %2</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>The hall folder to create (empty or new).</source>
        <translation>要创建的大厅数据目录（须为空目录或新目录）。</translation>
    </message>
    <message>
        <source>The hall&apos;s name, e.g. 青岛市行政服务中心.</source>
        <translation>大厅名称，例如“青岛市行政服务中心”。</translation>
    </message>
    <message>
        <source>A file whose first line is the password of the administrator &quot;admin&quot; (at least 8 characters).</source>
        <translation>密码文件，其第一行为系统管理员“admin”的密码（至少8个字符）。</translation>
    </message>
    <message>
        <source>A host name or IP address the server is reached at, besides localhost and 127.0.0.1 (repeatable).</source>
        <translation>除localhost和127.0.0.1之外，用于访问服务器的主机名或IP地址（可重复指定）。</translation>
    </message>
    <message>
        <source>The hall&apos;s code in case, receipt and certificate numbers: six of 0-9 and A-Z (default %1).</source>
        <translation>受理编号、票据号码和证照编号中使用的大厅代码：由0-9和A-Z组成的六位字符（默认为%1）。</translation>
    </message>
    <message>
        <source>Also publish the demo catalogue and add one demo user per role, with the administrator&apos;s password.</source>
        <translation>同时发布演示事项目录，并为每个角色添加一个演示用户，密码与系统管理员相同。</translation>
    </message>
    <message>
        <source>Creates a hall in DIR: its certificate authority (DIR/ca), the server&apos;s TLS certificate (DIR/server), the server&apos;s SM2 checkpoint key (DIR/server-sign), the store with the official working-day calendars, and the administrator &quot;admin&quot;. No catalogue is published: import one with &apos;sunhallctl catalog import&apos;. Refuses a folder or a database that already holds a hall.</source>
        <translation>在DIR中创建大厅：包括证书颁发机构（DIR/ca）、服务器TLS证书（DIR/server）、服务器用于签署检查点的SM2密钥（DIR/server-sign）、载有官方工作日日历的数据库，以及系统管理员“admin”。不会发布事项目录，请使用“sunhallctl catalog import”导入。如目录或数据库中已有大厅，则拒绝创建。</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot; (code %2) created in %3</source>
        <translation>已在%3中创建大厅“%1”（代码%2）</translation>
    </message>
    <message>
        <source>Next: enroll each workstation with &apos;sunhallctl workstation enroll --dir %1 --name W01 --out PROFILE&apos;.</source>
        <translation>下一步：请使用“sunhallctl workstation enroll --dir %1 --name W01 --out PROFILE”逐台注册工作站。</translation>
    </message>
    <message>
        <source>Create a hall: its CA, keys and store</source>
        <translation>创建大厅：CA、密钥和数据库</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The request is not valid HTTP: %1.</source>
        <translation>请求不是有效的HTTP请求：%1。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>请求正文不是有效的JSON：第%2字节处出错（%1）。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message>
        <source>The request line and headers are longer than %1 bytes.</source>
        <translation>请求行和请求头超过%1字节。</translation>
    </message>
    <message>
        <source>The request body of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>请求正文为%1字节，超过了%2字节的上限。</translation>
    </message>
    <message>
        <source>A request body must be sent with a Content-Length; chunked bodies are not accepted.</source>
        <translation>发送请求正文时必须带有Content-Length；不接受分块（chunked）传输的正文。</translation>
    </message>
    <message>
        <source>The HTTP version &quot;%1&quot; is not supported; use HTTP/1.1.</source>
        <translation>不支持HTTP版本“%1”，请使用HTTP/1.1。</translation>
    </message>
    <message>
        <source>The request was not complete within %1 seconds.</source>
        <translation>请求未在%1秒内发送完整。</translation>
    </message>
    <message>
        <source>There is nothing at &quot;%1&quot; on this server.</source>
        <translation>本服务器上不存在“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used with &quot;%2&quot;.</source>
        <translation>“%2”不支持“%1”请求方法。</translation>
    </message>
    <message>
        <source>You are not logged in, or your session has ended. Please log in again.</source>
        <translation>您尚未登录，或会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>The workstation &quot;%1&quot; has been revoked and may no longer connect. Ask the hall&apos;s administrator.</source>
        <translation>工作站“%1”已被吊销，不能再连接服务器。请联系大厅的系统管理员。</translation>
    </message>
    <message>
        <source>The server is stopping. Please try again in a moment.</source>
        <translation>服务器正在停止运行，请稍后重试。</translation>
    </message>
    <message>
        <source>The server could not complete the request because of an internal fault. The fault has been logged; please try again or call the hall&apos;s IT.</source>
        <translation>服务器内部故障，无法完成请求。故障已记入日志，请重试或联系大厅的信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ApplicantCheck</name>
    <message>
        <source>%1 is a citizen ID number, but the applicant is set as an organisation.</source>
        <translation>%1是居民身份证号码，但申请人类型选择的是法人或其他组织。</translation>
    </message>
    <message>
        <source>%1 is the unified social credit code of an organisation, but the applicant is set as a person.</source>
        <translation>%1是法人或其他组织的统一社会信用代码，但申请人类型选择的是自然人。</translation>
    </message>
    <message>
        <source>Unified social credit code · region %1</source>
        <translation>统一社会信用代码 · 行政区划代码%1</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Citizen ID number · born %1 · %2</source>
        <comment>birth date, sex</comment>
        <translation>居民身份证号码 · 出生日期%1 · %2</translation>
    </message>
    <message>
        <source>No phone number was entered.</source>
        <translation>未填写联系电话。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it may hold only digits, spaces and hyphens.</source>
        <translation>“%1”不是有效的电话号码：只能包含数字、空格和连字符。</translation>
    </message>
    <message>
        <source>“%1” has %2 digits; a mobile number has 11 and starts with 13 to 19.</source>
        <translation>“%1”共%2位数字；手机号码应为11位，且以13至19开头。</translation>
    </message>
    <message>
        <source>“%1” is not a landline number: after the area code (0 and two or three digits) it needs seven or eight digits.</source>
        <translation>“%1”不是有效的固定电话号码：区号（0加两位或三位数字）之后应为七位或八位号码。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: a mobile number starts with 1 and has 11 digits, a landline starts with its area code (0…).</source>
        <translation>“%1”不是有效的电话号码：手机号码以1开头，共11位；固定电话号码以区号（0…）开头。</translation>
    </message>
</context>
<context>
    <name>AttachmentApi</name>
    <message>
        <source>An attachment is named by the SHA-256 of its bytes: 64 hexadecimal digits.</source>
        <translation>附件以其内容的SHA-256摘要命名：64位十六进制数字。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建目录</translation>
    </message>
    <message>
        <source>The upload continues at byte %1, not at byte %2.</source>
        <translation>续传应从第%1字节开始，而不是第%2字节。</translation>
    </message>
    <message>
        <source>An attachment may be at most %1 MiB.</source>
        <translation>附件大小不能超过%1 MiB。</translation>
    </message>
    <message>
        <source>Only PDF, JPEG, PNG and TIFF files can be attached; this file is none of them.</source>
        <translation>只能上传PDF、JPEG、PNG和TIFF格式的附件，该文件不属于其中任何一种。</translation>
    </message>
    <message>
        <source>The uploaded bytes do not have the SHA-256 %1; the upload was dropped, send it again.</source>
        <translation>上传内容的SHA-256摘要不是%1，本次上传已丢弃，请重新发送。</translation>
    </message>
    <message>
        <source>the file cannot be moved into place</source>
        <translation>无法将文件移到存放位置</translation>
    </message>
    <message>
        <source>The server cannot store the attachment in %1: %2</source>
        <translation>服务器无法将附件保存到%1：%2</translation>
    </message>
    <message>
        <source>There is no attachment %1 on the server.</source>
        <translation>服务器上没有附件%1。</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Event %1 is missing from the audit chain (the next stored event is %2): rows were deleted.</source>
        <translation>审计链中缺少事件%1（下一个已存储的事件为%2）：有记录被删除。</translation>
    </message>
    <message>
        <source>Event %1 is event %2 of case %3, but the event of that case before it is event %4: events were reordered or removed.</source>
        <translation>事件%1是办件%3的第%2个事件，但该办件在它之前的事件是第%4个：事件顺序被调换或有事件被删除。</translation>
    </message>
    <message>
        <source>Event %1 (event %2 of case %3) does not match its audit hash: its stored bytes were changed.</source>
        <translation>事件%1（办件%3的第%2个事件）与其审计哈希值不符：其存储内容已被改动。</translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1 does not match the chain: events up to %1 were changed after it was signed.</source>
        <translation>事件%1处的已签名检查点与审计链不符：签名后，事件%1及之前的事件被改动过。</translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1 is beyond the last stored event %2: events at the end were deleted.</source>
        <translation>事件%1处的已签名检查点超出了最后一个已存储的事件%2：末尾的事件被删除。</translation>
    </message>
    <message>
        <source>The signature of the checkpoint at event %1 does not verify with the server&apos;s public key: the checkpoint was forged or altered.</source>
        <translation>事件%1处检查点的签名无法用服务器公钥验证通过：该检查点被伪造或篡改。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verifies the hall&apos;s audit chain: recomputes the SM3 chain over every stored event and checks each signed checkpoint with the server&apos;s public key. Names the first bad serverSeq when a byte was changed, a row deleted or rows reordered.</source>
        <translation>校验大厅的审计链：对所有已存储的事件重新计算SM3链，并用服务器公钥验证每个已签名的检查点。如有字节被改动、记录被删除或顺序被调换，则指出第一个出错的serverSeq。</translation>
    </message>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>The hall&apos;s PostgreSQL store, postgresql://USER:PASSWORD@HOST:PORT/DATABASE (default: HALL/hall.db).</source>
        <translation>大厅的PostgreSQL数据库，格式为postgresql://USER:PASSWORD@HOST:PORT/DATABASE（默认：HALL/hall.db）。</translation>
    </message>
    <message>
        <source>The server&apos;s SM2 public key (default: HALL/server-sign/public.pem).</source>
        <translation>服务器的SM2公钥（默认：HALL/server-sign/public.pem）。</translation>
    </message>
    <message>
        <source>%1 holds no hall store (hall.db).</source>
        <translation>%1中没有大厅数据库（hall.db）。</translation>
    </message>
    <message>
        <source>cannot read the public key %1: %2</source>
        <translation>无法读取公钥%1：%2</translation>
    </message>
    <message>
        <source>%1 is not the server&apos;s SM2 public key: %2</source>
        <translation>%1不是服务器的SM2公钥：%2</translation>
    </message>
    <message>
        <source>Audit chain broken at serverSeq %1: %2</source>
        <translation>审计链在serverSeq %1处断裂：%2</translation>
    </message>
    <message>
        <source>Audit chain verified: %1 events, %2 checkpoints</source>
        <translation>审计链校验通过：共%1个事件，%2个检查点</translation>
    </message>
    <message>
        <source>The checkpoints&apos; signatures were not checked: no public key (give --key, or put it at HALL/server-sign/public.pem).</source>
        <translation>未验证检查点签名：没有公钥（请用--key指定，或将公钥放在HALL/server-sign/public.pem）。</translation>
    </message>
    <message>
        <source>Verify the hall&apos;s audit chain</source>
        <translation>校验大厅审计链</translation>
    </message>
</context>
<context>
    <name>CaseAggregate</name>
    <message>
        <source>The case is not registered; register the application at a window first.</source>
        <translation>该办件尚未登记，请先在窗口登记申请。</translation>
    </message>
    <message>
        <source>Case %1 is already registered.</source>
        <translation>办件%1已登记。</translation>
    </message>
    <message>
        <source>Case %1 is %2: nothing more can be recorded on it, so it cannot %3.</source>
        <translation>办件%1的状态为“%2”，不能再办理任何业务，因此无法%3。</translation>
    </message>
    <message>
        <source>Case %1 is not suspended, so it cannot resume.</source>
        <translation>办件%1未处于特别程序中，无法恢复办理。</translation>
    </message>
    <message>
        <source>Case %1 is waiting for the supplement already asked for; tick the materials as they are handed in before you %2.</source>
        <translation>办件%1正在等待申请人补正材料，请在申请人提交补正材料时逐项勾选，然后再%2。</translation>
    </message>
    <message>
        <source>Case %1 has not been accepted yet, so it cannot %2. Accept it at the window first.</source>
        <translation>办件%1尚未受理，无法%2。请先在窗口受理。</translation>
    </message>
    <message>
        <source>Case %1 is already accepted, so it cannot %2.</source>
        <translation>办件%1已受理，无法%2。</translation>
    </message>
    <message>
        <source>Case %1 is suspended for a special procedure; resume it before you %2.</source>
        <translation>办件%1正处于特别程序中，请先恢复办理，再%2。</translation>
    </message>
    <message>
        <source>Case %1 is already decided, so it cannot %2.</source>
        <translation>办件%1已作出审批决定，无法%2。</translation>
    </message>
    <message>
        <source>Case %1 has no decision yet, so it cannot %2.</source>
        <translation>办件%1尚未作出审批决定，无法%2。</translation>
    </message>
    <message>
        <source>The command names no case.</source>
        <translation>操作指令未指明办件。</translation>
    </message>
    <message>
        <source>The command has no valid time.</source>
        <translation>操作指令没有有效的时间。</translation>
    </message>
    <message>
        <source>The command names no user.</source>
        <translation>操作指令未指明操作人。</translation>
    </message>
    <message>
        <source>The command is for another case than case %1.</source>
        <translation>该操作指令针对的是其他办件，而不是办件%1。</translation>
    </message>
    <message>
        <source>Case %1 runs under item %2 version %3, but item %4 version %5 was given.</source>
        <translation>办件%1按事项%2第%3版办理，但提供的是事项%4第%5版。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something that can be done to a case.</source>
        <translation>“%1”不是可对办件执行的操作。</translation>
    </message>
    <message>
        <source>Case %1 is already suspended; resume it before a new suspension.</source>
        <translation>办件%1已处于特别程序中，请先恢复办理，再启动新的特别程序。</translation>
    </message>
</context>
<context>
    <name>CaseProjector</name>
    <message>
        <source>A case without events has no read-model row.</source>
        <translation>没有事件的办件在查询视图中没有记录。</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>A catalogue version (default: the latest).</source>
        <translation>事项目录版本（默认：最新版本）。</translation>
    </message>
    <message>
        <source>Validates a catalogue file (JSON) and publishes it as the hall&apos;s next catalogue version. Nothing is stored when it is invalid.</source>
        <translation>校验事项目录文件（JSON），并将其发布为本大厅的下一个目录版本。文件无效时不保存任何内容。</translation>
    </message>
    <message>
        <source>The catalogue JSON file.</source>
        <translation>事项目录JSON文件。</translation>
    </message>
    <message>
        <source>give exactly one catalogue file</source>
        <translation>请只指定一个事项目录文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than the 32 MiB a catalogue may be</source>
        <translation>%1超过了事项目录文件的大小上限（32 MiB）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Published catalogue version %1: %n item(s).</source>
        <translation>
            <numerusform>已发布事项目录第%1版，共%n个事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hall in %1 has no catalogue yet: import one with &apos;sunhallctl catalog import&apos;.</source>
        <translation>%1中的大厅尚未发布事项目录，请使用“sunhallctl catalog import”导入。</translation>
    </message>
    <message>
        <source>Writes a catalogue version as JSON, to --out or standard output.</source>
        <translation>将某一版本的事项目录以JSON格式写入--out指定的文件或标准输出。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Catalogue version %1 written to %2.</source>
        <translation>事项目录第%1版已写入%2。</translation>
    </message>
    <message>
        <source>Lists the items of a catalogue version: code, name, department, kind, promised and legal limits, and standard fee.</source>
        <translation>列出某一版本事项目录中的事项：事项编码、名称、部门、办件类型、承诺时限、法定时限和收费标准。</translation>
    </message>
    <message>
        <source>%1 — catalogue version %2, published %3 by %4</source>
        <translation>%1 — 事项目录第%2版，由%4于%3发布</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s), %1 item(s)</source>
        <translation>
            <numerusform>%n个部门，%1个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>promised %1 / legal %2 working days</source>
        <translation>承诺%1个工作日 / 法定%2个工作日</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Validate and publish a catalogue</source>
        <translation>校验并发布事项目录</translation>
    </message>
    <message>
        <source>Write a catalogue version as JSON</source>
        <translation>以JSON格式导出事项目录</translation>
    </message>
    <message>
        <source>List the items of the catalogue</source>
        <translation>列出事项目录中的事项</translation>
    </message>
    <message>
        <source>The administrator publishing it (a user of the hall with the administrator role); recorded with the version.</source>
        <translation>发布人（本大厅具有系统管理员角色的用户），将随版本一并记录。</translation>
    </message>
</context>
<context>
    <name>CatalogueJson</name>
    <message>
        <source>this field is unknown; check its spelling</source>
        <translation>无法识别该字段，请检查拼写</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1不是整数</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1超出允许范围</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>“%1”不是YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with its UTC offset, such as 2025-03-01T09:00:00+08:00</source>
        <translation>“%1”不是带UTC时差的日期时间，正确格式如2025-03-01T09:00:00+08:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是以下取值之一：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>缺少该必填字段</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true或false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>The catalogue file is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>事项目录文件大小为%1字节，最多允许%2字节。</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1 at byte %2.</source>
        <translation>事项目录不是有效的JSON：第%2字节处出错（%1）。</translation>
    </message>
    <message>
        <source>The catalogue must be a JSON object with version, hallName, departments and items.</source>
        <translation>事项目录必须是包含version、hallName、departments和items字段的JSON对象。</translation>
    </message>
</context>
<context>
    <name>CatalogueValidator</name>
    <message>
        <source>(without code)</source>
        <translation>（无编码）</translation>
    </message>
    <message>
        <source>Item %1 has no name.</source>
        <translation>事项%1未填写名称。</translation>
    </message>
    <message>
        <source>Item %1 belongs to department &quot;%2&quot;, which is not in the catalogue.</source>
        <translation>事项%1所属部门“%2”不在事项目录中。</translation>
    </message>
    <message>
        <source>Item %1: the legal time limit is %2 working days; it cannot be negative.</source>
        <translation>事项%1：法定时限为%2个工作日，不能为负数。</translation>
    </message>
    <message>
        <source>Item %1: the promised time limit is %2 working days; it cannot be negative.</source>
        <translation>事项%1：承诺时限为%2个工作日，不能为负数。</translation>
    </message>
    <message>
        <source>Item %1: the promised time limit (%2 working days) is longer than the legal time limit (%3 working days).</source>
        <translation>事项%1：承诺时限（%2个工作日）超过了法定时限（%3个工作日）。</translation>
    </message>
    <message>
        <source>Item %1 is an immediate item and is decided the same day, so its promised time limit must be 0 working days, not %2.</source>
        <translation>事项%1为即办件，当日作出决定，承诺时限应为0个工作日，而不是%2个工作日。</translation>
    </message>
    <message>
        <source>Item %1: an extension of %2 working days is not allowed; a joint item may be extended by 0 to %3 working days.</source>
        <translation>事项%1：不允许延期%2个工作日；联办件可延期0至%3个工作日。</translation>
    </message>
    <message>
        <source>Item %1: an extension of %2 working days is not allowed; an item may be extended once by 0 to %3 working days.</source>
        <translation>事项%1：不允许延期%2个工作日；事项只能延期一次，可延期0至%3个工作日。</translation>
    </message>
    <message>
        <source>Item %1: fee &quot;%2&quot; has no fee code.</source>
        <translation>事项%1：收费项目“%2”没有收费编码。</translation>
    </message>
    <message>
        <source>Item %1: fee code %2 is used more than once.</source>
        <translation>事项%1：收费编码%2重复使用。</translation>
    </message>
    <message>
        <source>Item %1: fee %2 has no name.</source>
        <translation>事项%1：收费项目%2没有名称。</translation>
    </message>
    <message>
        <source>Item %1: fee %2 (&quot;%3&quot;) has a negative amount.</source>
        <translation>事项%1：收费项目%2（“%3”）的金额为负数。</translation>
    </message>
    <message>
        <source>Item %1: material &quot;%2&quot; has no id.</source>
        <translation>事项%1：申报材料“%2”没有标识（id）。</translation>
    </message>
    <message>
        <source>Item %1: material id %2 is used more than once.</source>
        <translation>事项%1：材料标识%2重复使用。</translation>
    </message>
    <message>
        <source>Item %1: material %2 has no name.</source>
        <translation>事项%1：材料%2没有名称。</translation>
    </message>
    <message>
        <source>Item %1: material &quot;%2&quot; asks for %3 copies; at least 1 is needed.</source>
        <translation>事项%1：材料“%2”要求提交%3份，至少应为1份。</translation>
    </message>
    <message>
        <source>Item %1: the blue warning comes when a share of the time limit is used; the share must be above 0 and at most 1, not %2.</source>
        <translation>事项%1：蓝色预警在时限用去一定比例时触发，该比例须大于0且不超过1，不能为%2。</translation>
    </message>
    <message>
        <source>Item %1: the yellow warning comes with a number of working days left; it cannot be %2.</source>
        <translation>事项%1：黄色预警按剩余工作日数触发，该天数不能为%2。</translation>
    </message>
    <message>
        <source>Item %1 issues a certificate without a name.</source>
        <translation>事项%1颁发的证照未填写名称。</translation>
    </message>
    <message>
        <source>Item %1: the certificate is valid for %2 years; use 0 for no expiry or a positive number.</source>
        <translation>事项%1：证照有效期%2年无效。长期有效请填0，否则请填正数。</translation>
    </message>
    <message>
        <source>Item %1: the flow version is %2; it must be 1 or more.</source>
        <translation>事项%1：流程版本为%2，必须大于或等于1。</translation>
    </message>
    <message>
        <source>Item %1 has no flow steps.</source>
        <translation>事项%1的流程没有任何环节。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; has no id.</source>
        <translation>事项%1：环节“%2”没有标识（id）。</translation>
    </message>
    <message>
        <source>Item %1: step id %2 is used more than once.</source>
        <translation>事项%1：环节标识%2重复使用。</translation>
    </message>
    <message>
        <source>Item %1: the flow must start with acceptance by a window clerk, but its first step &quot;%2&quot; is %3 by %4.</source>
        <translation>事项%1：流程必须以窗口受理员受理开始，但第一个环节“%2”是由%4办理的%3环节。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; is a second acceptance; a case is accepted once, at the first step.</source>
        <translation>事项%1：环节“%2”是重复的受理环节；办件只在第一个环节受理一次。</translation>
    </message>
    <message>
        <source>Item %1: the flow of an escalated item may have at most one sign-off step; it has %2.</source>
        <translation>事项%1：上报件的流程最多只能有一个审批环节，当前有%2个。</translation>
    </message>
    <message>
        <source>Item %1: the flow must have exactly one sign-off step, where the decision is made; it has %2.</source>
        <translation>事项%1：流程必须有且只有一个作出决定的审批环节，当前有%2个。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; (%3) comes before the decision; a case is concluded and its certificate printed and issued only after the sign-off.</source>
        <translation>事项%1：环节“%2”（%3）位于审批决定之前；办结、制证和发证只能在审批之后进行。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; (%3) comes after the decision; only conclusion, fee collection and certificate printing and issuing may follow it.</source>
        <translation>事项%1：环节“%2”（%3）位于审批决定之后；审批之后只能安排办结、收费、制证和发证环节。</translation>
    </message>
    <message>
        <source>Item %1 has a fee collection step &quot;%2&quot; but no fees.</source>
        <translation>事项%1设有收费环节“%2”，但没有收费项目。</translation>
    </message>
    <message>
        <source>Item %1 has fees but its flow has no fee collection step.</source>
        <translation>事项%1设有收费项目，但流程中没有收费环节。</translation>
    </message>
    <message>
        <source>Item %1 has a certificate step &quot;%2&quot; but issues no certificate.</source>
        <translation>事项%1设有证照环节“%2”，但不颁发证照。</translation>
    </message>
    <message>
        <source>Item %1 issues &quot;%2&quot; but its flow has no step that hands it over.</source>
        <translation>事项%1颁发“%2”，但流程中没有发证环节。</translation>
    </message>
    <message>
        <source>Item %1: the certificate is handed over before it is printed.</source>
        <translation>事项%1：流程中发证环节排在制证环节之前，应先制证再发证。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; is a %3 step, which cannot be done by the role %4.</source>
        <translation>事项%1：环节“%2”是%3环节，不能由%4角色办理。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; is done by department &quot;%3&quot;, which is not in the catalogue.</source>
        <translation>事项%1：环节“%2”的办理部门“%3”不在事项目录中。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; is reviewed in parallel by department &quot;%3&quot;, which is not in the catalogue.</source>
        <translation>事项%1：环节“%2”的并联审批部门“%3”不在事项目录中。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; is reviewed by several departments in parallel, which only a joint item may do.</source>
        <translation>事项%1：环节“%2”由多个部门并联审批，只有联办件才能这样设置。</translation>
    </message>
    <message>
        <source>Item %1: the parallel step &quot;%2&quot; names only one department; it needs at least two.</source>
        <translation>事项%1：并联环节“%2”只指定了一个部门，至少需要两个。</translation>
    </message>
    <message>
        <source>Item %1: the parallel step &quot;%2&quot; names a department more than once.</source>
        <translation>事项%1：并联环节“%2”重复指定了同一部门。</translation>
    </message>
    <message>
        <source>Item %1 is a joint item, but no step of its flow is reviewed by several departments in parallel.</source>
        <translation>事项%1是联办件，但其流程中没有由多个部门并联审批的环节。</translation>
    </message>
    <message>
        <source>Item %1: step &quot;%2&quot; has a time budget of %3 working days; it cannot be negative.</source>
        <translation>事项%1：环节“%2”的环节时限为%3个工作日，不能为负数。</translation>
    </message>
    <message>
        <source>Item %1: the steps&apos; time budgets add up to %2 working days, more than the promised time limit of %3 working days.</source>
        <translation>事项%1：各环节时限合计%2个工作日，超过了承诺时限%3个工作日。</translation>
    </message>
    <message>
        <source>The catalogue version is %1; it must be 1 or more.</source>
        <translation>事项目录版本为%1，必须大于或等于1。</translation>
    </message>
    <message>
        <source>Department &quot;%1&quot; has no code.</source>
        <translation>部门“%1”没有部门编码。</translation>
    </message>
    <message>
        <source>Department code %1 is used more than once.</source>
        <translation>部门编码%1重复使用。</translation>
    </message>
    <message>
        <source>Department %1 has no name.</source>
        <translation>部门%1没有名称。</translation>
    </message>
    <message>
        <source>Item %1 (&quot;%2&quot;) has no item code.</source>
        <translation>事项%1（“%2”）没有事项编码。</translation>
    </message>
    <message>
        <source>Item code %1 is used by more than one item.</source>
        <translation>事项编码%1被多个事项重复使用。</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has no item code.</source>
        <translation>事项“%1”没有事项编码。</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1：无法读取%2：%3</translation>
    </message>
    <message>
        <source>--%1: %2 is larger than %3 KiB</source>
        <translation>--%1：%2超过%3 KiB</translation>
    </message>
    <message>
        <source>--record: %1 is not a JSON object (%2)</source>
        <translation>--record：%1不是JSON对象（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The certificate number %1 belongs to the hall %2, not to this hall (%3).</source>
        <translation>证照编号%1属于大厅%2，不属于本大厅（%3）。</translation>
    </message>
    <message>
        <source>Signs a certificate record (JSON, see docs/certificate-qr.md) with the SM2 key of its issuing department in DIR/department-keys and prints the text of its QR code. Without issuedAt, the certificate is issued now.</source>
        <translation>使用签发部门在DIR/department-keys中的SM2密钥对证照记录（JSON格式，参见docs/certificate-qr.md）签名，并输出其二维码文本。未指定issuedAt时，以当前时间作为发证时间。</translation>
    </message>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>The certificate record (JSON).</source>
        <translation>证照记录（JSON）。</translation>
    </message>
    <message>
        <source>Print the QR text with the record as signed, as JSON.</source>
        <translation>以JSON格式输出二维码文本及签名时的证照记录。</translation>
    </message>
    <message>
        <source>Note: the content was shortened to fit the QR code; the printed certificate shows it in full.</source>
        <translation>注意：为适应二维码容量，内容已被缩短；打印的证照上显示完整内容。</translation>
    </message>
    <message>
        <source>long-term from %1</source>
        <translation>自%1起长期有效</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 (in force today)</source>
        <translation>%1（今日有效）</translation>
    </message>
    <message>
        <source>%1 (not yet in force)</source>
        <translation>%1（尚未生效）</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证照：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持证人：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>发证机关：</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1（%2），于%3签发</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <source>What the code claims (not confirmed):</source>
        <translation>二维码所载内容（未经确认）：</translation>
    </message>
    <message>
        <source>Checks the text of a certificate&apos;s QR code against the department keys and the revocation list of a hall (--dir) or of a key set file (--keys, from &apos;sunhallctl department keys --json&apos;), and prints whether it is valid, altered, revoked or unknown, and what it says. Exit status 0 only when it is valid.</source>
        <translation>根据大厅（--dir）或密钥集文件（--keys，由“sunhallctl department keys --json”生成）中的部门密钥和注销清单，核验证照二维码文本，并输出核验结果（有效、被篡改、已注销或无法确认）及其所载内容。仅当证照有效时退出状态为0。</translation>
    </message>
    <message>
        <source>The text of the QR code (SHC1.…).</source>
        <translation>二维码文本（SHC1.…）。</translation>
    </message>
    <message>
        <source>A key set file (JSON) instead of a hall.</source>
        <translation>密钥集文件（JSON），用于代替大厅。</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>以JSON格式输出结果。</translation>
    </message>
    <message>
        <source>give either --dir DIR or --keys FILE</source>
        <translation>请指定--dir DIR或--keys FILE，二者只能选其一</translation>
    </message>
    <message>
        <source>--db needs --dir</source>
        <translation>--db须与--dir一起使用</translation>
    </message>
    <message>
        <source>Sign a certificate record: its QR text</source>
        <translation>对证照记录签名：生成其二维码文本</translation>
    </message>
    <message>
        <source>Verify a certificate&apos;s QR text</source>
        <translation>核验证照的二维码文本</translation>
    </message>
</context>
<context>
    <name>CertificateBytes</name>
    <message>
        <source>line %1 should be the field &quot;%2&quot;</source>
        <translation>第%1行应为字段“%2”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2025-03-04T09:30:00+08:00</source>
        <translation>“%1”不是形如2025-03-04T09:30:00+08:00的日期时间</translation>
    </message>
    <message>
        <source>The certificate data are not in the SUNHALL-CERT/1 format: %1.</source>
        <translation>证照数据不符合SUNHALL-CERT/1格式：%1。</translation>
    </message>
    <message>
        <source>%1 bytes is more than a certificate holds</source>
        <translation>%1字节超出了证照可容纳的数据量</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的UTF-8</translation>
    </message>
    <message>
        <source>the last line does not end with a line feed</source>
        <translation>最后一行未以换行符结尾</translation>
    </message>
    <message>
        <source>the first line is not &quot;%1&quot;</source>
        <translation>第一行不是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case id in lower-case UUID form</source>
        <translation>“%1”不是小写UUID格式的办件标识</translation>
    </message>
    <message>
        <source>a content line has no &apos;=&apos; between its heading and its text</source>
        <translation>某一内容行的标题与文本之间缺少“=”</translation>
    </message>
    <message>
        <source>there is more text after the field &quot;ki&quot;</source>
        <translation>字段“ki”之后还有多余文本</translation>
    </message>
    <message>
        <source>a value is not written in its one canonical form</source>
        <translation>某个值未采用唯一的规范写法</translation>
    </message>
</context>
<context>
    <name>CertificateContent</name>
    <message>
        <source>The department code &quot;%1&quot; must be 1 to %2 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>部门编码“%1”必须由1至%2个字母、数字、“-”或“_”组成。</translation>
    </message>
    <message>
        <source>The key id must be the SM3 fingerprint of the signing key: 64 lower-case hexadecimal digits.</source>
        <translation>密钥标识必须是签名密钥的SM3指纹：64位小写十六进制数字。</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>证照编号：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate number written as ZZ, hall code, year, serial and check character without separators.</source>
        <translation>“%1”不是有效的证照编号：证照编号应依次由ZZ、大厅代码、年份、流水号和校验码组成，中间不含分隔符。</translation>
    </message>
    <message>
        <source>The certificate does not name its case.</source>
        <translation>证照未指明所属办件。</translation>
    </message>
    <message>
        <source>The certificate has no date and time of issue.</source>
        <translation>证照缺少发证日期和时间。</translation>
    </message>
    <message>
        <source>Holder&apos;s ID number: %1</source>
        <translation>持证人证件号码：%1</translation>
    </message>
    <message>
        <source>The holder&apos;s ID number must be written as %1.</source>
        <translation>持证人证件号码应写作%1。</translation>
    </message>
    <message>
        <source>The certificate&apos;s name</source>
        <translation>证照名称</translation>
    </message>
    <message>
        <source>The item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>The item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>The holder&apos;s name</source>
        <translation>持证人名称</translation>
    </message>
    <message>
        <source>The department&apos;s name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 fit on a certificate.</source>
        <translation>%1共%2个字符，证照上最多只能容纳%3个。</translation>
    </message>
    <message>
        <source>The certificate has %1 content lines; at most %2 are allowed.</source>
        <translation>证照有%1行内容，最多允许%2行。</translation>
    </message>
    <message>
        <source>Content line %1</source>
        <translation>第%1行内容</translation>
    </message>
    <message>
        <source>%1 needs both a heading and a text.</source>
        <translation>%1须同时包含标题和文本。</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters of heading and %3 of text.</source>
        <translation>%1过长：标题最多%2个字符，文本最多%3个字符。</translation>
    </message>
    <message>
        <source>%1: the heading &quot;%2&quot; must not contain &apos;=&apos;.</source>
        <translation>%1：标题“%2”不能包含“=”。</translation>
    </message>
    <message>
        <source>The certificate needs the first day of its validity.</source>
        <translation>证照须注明有效期的起始日期。</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity ends on %1, before it begins on %2.</source>
        <translation>证照有效期的截止日期%1早于起始日期%2。</translation>
    </message>
    <message>
        <source>The certificate&apos;s date of issue is out of range.</source>
        <translation>证照的发证日期超出有效范围。</translation>
    </message>
    <message>
        <source>%1 must not begin or end with a space.</source>
        <translation>%1的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <source>%1 contains a line break or another control character.</source>
        <translation>%1含有换行符或其他控制字符。</translation>
    </message>
    <message>
        <source>The field %1 must be a date such as 2030-03-03 or &quot;long-term&quot;.</source>
        <translation>字段%1必须是日期（例如2030-03-03）或“long-term”。</translation>
    </message>
    <message>
        <source>The field %1 must be a date such as 2025-03-04.</source>
        <translation>字段%1必须是日期，例如2025-03-04。</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>The case %1 is not approved: there is no certificate to print.</source>
        <translation>办件%1未获批准，没有可打印的证照。</translation>
    </message>
    <message>
        <source>Item %1 issues no certificate.</source>
        <translation>事项%1不颁发证照。</translation>
    </message>
    <message>
        <source>No certificate number is recorded for the case %1 yet: record the print first.</source>
        <translation>办件%1尚未记录证照编号：请先登记制证信息。</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked (%2) and cannot be printed.</source>
        <translation>证照%1已注销（%2），不能打印。</translation>
    </message>
    <message>
        <source>Approved: %1 (item %2)</source>
        <translation>核准事项：%1（事项编码%2）</translation>
    </message>
    <message>
        <source>From %1, no expiry</source>
        <translation>自%1起，长期有效</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Scan to verify this certificate</source>
        <translation>扫码核验本证照</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>Case %1 has no approved certificate with a number to sign.</source>
        <translation>办件%1没有已核准并已编号的证照可供签名。</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be signed: %2</source>
        <translation>无法对证照%1签名：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be signed: department %2 has no certificate key yet. An administrator must create it with &apos;sunhallctl department keygen --dir %3 --department %4&apos;; then print the certificate again.</source>
        <translation>无法对证照%1签名：部门%2尚无证照签名密钥。请系统管理员使用“sunhallctl department keygen --dir %3 --department %4”创建密钥，然后重新打印证照。</translation>
    </message>
    <message>
        <source>its private key is not the one of public.pem</source>
        <translation>其私钥与public.pem不匹配</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be signed: the certificate key of department %2 cannot be opened (%3). An administrator must check %4.</source>
        <translation>无法对证照%1签名：无法打开部门%2的证照签名密钥（%3）。请系统管理员检查%4。</translation>
    </message>
</context>
<context>
    <name>CertificateKeySet</name>
    <message>
        <source>The reason has %1 characters; at most %2 are kept.</source>
        <translation>原因共%1个字符，最多保留%2个字符。</translation>
    </message>
    <message>
        <source>The key %1 is already the key of department %2, so it cannot also be a key of %3.</source>
        <translation>密钥%1已是部门%2的密钥，不能同时作为部门%3的密钥。</translation>
    </message>
    <message>
        <source>A key set holds at most %1 keys.</source>
        <translation>一个密钥集最多包含%1个密钥。</translation>
    </message>
    <message>
        <source>There is no department key with the fingerprint %1.</source>
        <translation>不存在指纹为%1的部门密钥。</translation>
    </message>
    <message>
        <source>A key is revoked from a date and time; none was given.</source>
        <translation>吊销密钥须指定自何日何时起吊销，但未提供。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate number.</source>
        <translation>“%1”不是证照编号。</translation>
    </message>
    <message>
        <source>Certificate %1 has no date and time of revocation.</source>
        <translation>证照%1缺少注销日期和时间。</translation>
    </message>
    <message>
        <source>The key set has %1 MiB; at most %2 MiB are read.</source>
        <translation>密钥集大小为%1 MiB，最多只读取%2 MiB。</translation>
    </message>
    <message>
        <source>The key set is not a JSON object (%1).</source>
        <translation>密钥集不是JSON对象（%1）。</translation>
    </message>
    <message>
        <source>wrong top-level type</source>
        <translation>顶层类型错误</translation>
    </message>
    <message>
        <source>This is not a Sunhall certificate key set of version %1.</source>
        <translation>这不是第%1版的Sunhall证照密钥集。</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>公钥不是有效的base64编码。</translation>
    </message>
    <message>
        <source>The fingerprint %1 is not the SM3 fingerprint of the key beside it (%2).</source>
        <translation>指纹%1与所附密钥的SM3指纹（%2）不符。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CertificateQr</name>
    <message>
        <source>The certificate code is damaged or incomplete: %1.</source>
        <translation>证照二维码已损坏或不完整：%1。</translation>
    </message>
    <message>
        <source>This certificate code has format version %1, which this version of Sunhall cannot read.</source>
        <translation>该证照二维码的格式版本为%1，当前版本的Sunhall无法读取。</translation>
    </message>
    <message>
        <source>This is not the code of a Sunhall certificate.</source>
        <translation>这不是Sunhall证照的二维码。</translation>
    </message>
    <message>
        <source>it has %1 characters, more than any certificate</source>
        <translation>其长度为%1个字符，超过了任何证照的长度</translation>
    </message>
    <message>
        <source>it does not have exactly two parts after &quot;SHC1.&quot;</source>
        <translation>“SHC1.”之后不是恰好两个部分</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>数据部分</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>签名部分</translation>
    </message>
    <message>
        <source>%1 is empty or has characters outside base64url</source>
        <translation>%1为空或含有base64url以外的字符</translation>
    </message>
    <message>
        <source>%1 is cut off or not valid base64url</source>
        <translation>%1被截断或不是有效的base64url</translation>
    </message>
</context>
<context>
    <name>CertificateSigner</name>
    <message>
        <source>The certificate holds too much text for its QR code, even with its content shortened: %1 bytes, at most %2. Shorten the holder&apos;s name, the certificate&apos;s name or the department&apos;s name.</source>
        <translation>证照文字过多，即使缩短内容后仍无法放入二维码：%1字节，最多%2字节。请缩短持证人名称、证照名称或部门名称。</translation>
    </message>
    <message>
        <source>The certificate cannot be written into its QR code: %1</source>
        <translation>无法将证照写入二维码：%1</translation>
    </message>
    <message>
        <source>a value does not read back unchanged.</source>
        <translation>某个值读回后发生了变化。</translation>
    </message>
</context>
<context>
    <name>CertificateVerification</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>被篡改</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>无法确认</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The certificate code is damaged or incomplete. Scan it again; if it still fails, do not accept the certificate. (%1)</source>
        <translation>证照二维码已损坏或不完整。请重新扫描；如仍无法识别，请勿采信该证照。（%1）</translation>
    </message>
    <message>
        <source>The certificate code has been damaged or altered. Do not accept the certificate. (%1)</source>
        <translation>证照二维码已损坏或被篡改。请勿采信该证照。（%1）</translation>
    </message>
    <message>
        <source>This certificate names %1 as its issuer, but it was signed with a key this computer does not know (%2…). Connect to the hall server to update the department keys and scan it again; until then it cannot be confirmed.</source>
        <translation>该证照注明的发证机关为%1，但签名所用的密钥本机无法识别（%2…）。请连接大厅服务器更新部门密钥后重新扫描；在此之前无法确认该证照的真伪。</translation>
    </message>
    <message>
        <source>This certificate names %1 as its issuer, but it was signed with a key of department %2. Do not accept it.</source>
        <translation>该证照注明的发证机关为%1，但签名所用的是部门%2的密钥。请勿采信该证照。</translation>
    </message>
    <message>
        <source>The signature in the certificate code is damaged. Scan it again; if it still fails, do not accept the certificate.</source>
        <translation>证照二维码中的签名已损坏。请重新扫描；如仍无法识别，请勿采信该证照。</translation>
    </message>
    <message>
        <source>The certificate code has been altered: its signature does not match what it says. Do not accept the certificate.</source>
        <translation>证照二维码已被篡改：签名与其所载内容不符。请勿采信该证照。</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked on %2: %3. It is no longer valid.</source>
        <translation>证照%1已于%2注销：%3。该证照已失效。</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>This certificate was signed on %1 with a key of %2 that had been withdrawn on %3 (%4). Do not accept it.</source>
        <translation>该证照于%1使用%2的密钥签名，而该密钥已于%3吊销（%4）。请勿采信该证照。</translation>
    </message>
    <message>
        <source>Genuine: certificate %1 was issued by %2 on %3 and has not been revoked.</source>
        <translation>真实有效：证照%1由%2于%3签发，未被注销。</translation>
    </message>
</context>
<context>
    <name>ClientCommand</name>
    <message>
        <source>The workstation&apos;s profile folder (made by &apos;sunhallctl workstation enroll&apos;).</source>
        <translation>工作站配置目录（由“sunhallctl workstation enroll”生成）。</translation>
    </message>
    <message>
        <source>The server to use instead of the one in the profile.</source>
        <translation>要使用的服务器（代替配置中指定的服务器）。</translation>
    </message>
    <message>
        <source>How long to wait for the server, in seconds (default 30).</source>
        <translation>等待服务器响应的时间，单位为秒（默认30）。</translation>
    </message>
    <message>
        <source>--timeout must be at least 1 second</source>
        <translation>--timeout不能小于1秒</translation>
    </message>
    <message>
        <source>Nobody is logged in on this workstation: run &apos;sunhallctl client login&apos; first.</source>
        <translation>本工作站尚无用户登录，请先运行“sunhallctl client login”。</translation>
    </message>
    <message>
        <source>Logs USER in at the hall&apos;s server from this workstation and keeps the session in the profile; leases number ranges and fetches the catalogue, calendar and users, so that work can go on offline. When the server cannot be reached, a user who has logged in here before is logged in offline: their work waits until the server answers again.</source>
        <translation>在本工作站以USER身份登录大厅服务器，并将会话保存在配置中；同时领用号段，获取事项目录、工作日日历和用户信息，以便离线时也能继续办理。无法连接服务器时，曾在本工作站登录过的用户将以离线方式登录，其办理的业务暂存在本工作站，待服务器恢复响应后再上传。</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>密码文件，其第一行为密码。</translation>
    </message>
    <message>
        <source>Logged in offline as %1 on %2: the server %3 cannot be reached; work waits on this workstation until it can.</source>
        <translation>已在%2以%1身份离线登录：无法连接服务器%3，办理的业务将暂存在本工作站，待连接恢复后再上传。</translation>
    </message>
    <message>
        <source>Logged in as %1 on %2 at %3; %4 case numbers leased.</source>
        <translation>已在%2以%1身份登录服务器%3；可用受理编号%4个。</translation>
    </message>
    <message>
        <source>Registers an application for item CODE with every required material ticked, as a window clerk does after checking them, and accepts it with a case number from this workstation&apos;s leased range. Prints the case number. Works offline: the commands wait in the outbox until &apos;sunhallctl client sync&apos;.</source>
        <translation>为事项CODE登记申请并勾选全部必需材料（与窗口受理员核对材料后的操作相同），再使用本工作站已领用号段中的受理编号予以受理，并输出受理编号。可离线使用：操作指令会保存在待上传队列中，直到运行“sunhallctl client sync”。</translation>
    </message>
    <message>
        <source>The item&apos;s code.</source>
        <translation>事项编码。</translation>
    </message>
    <message>
        <source>The applicant&apos;s citizen ID number or unified social credit code.</source>
        <translation>申请人的居民身份证号码或统一社会信用代码。</translation>
    </message>
    <message>
        <source>The applicant&apos;s name.</source>
        <translation>申请人姓名或名称。</translation>
    </message>
    <message>
        <source>The applicant&apos;s phone number.</source>
        <translation>申请人联系电话。</translation>
    </message>
    <message>
        <source>The window taking the application (default: the workstation&apos;s name).</source>
        <translation>受理窗口（默认：工作站名称）。</translation>
    </message>
    <message>
        <source>Sends the commands waiting on this workstation to the server, fetches what changed there and tops up the leased number ranges. Prints the counts and every command the server rejected, with its reason. Exit status 0 only when nothing is left unsent and nothing was rejected.</source>
        <translation>将本工作站待上传的操作指令发送到服务器，拉取服务器上的更新，并补足已领用的号段。输出各项数量，以及被服务器拒绝的每条操作指令及其原因。只有全部发送完毕且没有操作指令被拒绝时，退出状态才为0。</translation>
    </message>
    <message>
        <source>After printing the rejected commands, mark them as seen, so that the next sync does not report them again.</source>
        <translation>输出被拒绝的操作指令后，将其标记为已查看，下次同步时不再报告。</translation>
    </message>
    <message>
        <source>waiting: %1, rejected: %2, pulled up to: %3</source>
        <translation>待上传：%1，被拒绝：%2，已拉取至：%3</translation>
    </message>
    <message>
        <source>rejected: %1 of case %2 (command %3): %4 [%5]</source>
        <translation>被拒绝：%1（办件%2，操作指令%3）：%4 [%5]</translation>
    </message>
    <message>
        <source>Lists the cases this workstation holds: its read model, with the work not yet confirmed by the server marked as pending. Needs no server.</source>
        <translation>列出本工作站保存的办件（即其查询视图），尚未经服务器确认的业务标为待确认。无需连接服务器。</translation>
    </message>
    <message>
        <source>Print a JSON array of the read model&apos;s rows (each with &quot;pending&quot; and the whole &quot;summary&quot;).</source>
        <translation>以JSON数组输出查询视图中的记录（每条均含“pending”和完整的“summary”）。</translation>
    </message>
    <message>
        <source>  (pending)</source>
        <translation>  （待确认）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共%n个办件</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows whether the server answers (GET /v1/health), who is logged in, how many commands wait or were rejected, how far the workstation has pulled and how many case numbers are left. Exit status 0 when the server answers, 1 when it does not.</source>
        <translation>显示服务器是否响应（GET /v1/health）、当前登录用户、待上传和被拒绝的操作指令数量、本工作站已拉取到的位置，以及剩余受理编号的数量。服务器有响应时退出状态为0，无响应时为1。</translation>
    </message>
    <message>
        <source>Print the status as a JSON object.</source>
        <translation>以JSON对象输出状态。</translation>
    </message>
    <message>
        <source>server: %1 (%2)</source>
        <translation>服务器：%1（%2）</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>hall: %1, workstation: %2</source>
        <translation>大厅：%1，工作站：%2</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>nobody is logged in</source>
        <translation>无用户登录</translation>
    </message>
    <message>
        <source>%1, logged in offline</source>
        <translation>%1（离线登录）</translation>
    </message>
    <message>
        <source>waiting: %1, rejected: %2</source>
        <translation>待上传：%1，被拒绝：%2</translation>
    </message>
    <message>
        <source>pulled up to: %1%2</source>
        <translation>已拉取至：%1%2</translation>
    </message>
    <message>
        <source> (server at %1)</source>
        <translation>（服务器当前为%1）</translation>
    </message>
    <message>
        <source>case numbers left: %1</source>
        <translation>剩余受理编号：%1</translation>
    </message>
    <message>
        <source>Log in at the server from a workstation</source>
        <translation>从工作站登录服务器</translation>
    </message>
    <message>
        <source>Register and accept a case at a workstation (offline too)</source>
        <translation>在工作站登记并受理办件（支持离线）</translation>
    </message>
    <message>
        <source>Send waiting work, fetch what changed</source>
        <translation>上传待发送的业务，拉取更新</translation>
    </message>
    <message>
        <source>List the cases a workstation holds</source>
        <translation>列出工作站保存的办件</translation>
    </message>
    <message>
        <source>Show a workstation&apos;s connection and sync state</source>
        <translation>显示工作站的连接和同步状态</translation>
    </message>
    <message>
        <source>sunhallctl client: unknown command &quot;%1&quot;</source>
        <translation>sunhallctl client：未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: sunhallctl client --profile PROFILE [--server https://HOST:PORT] COMMAND [options]</source>
        <translation>用法：sunhallctl client --profile PROFILE [--server https://HOST:PORT] COMMAND [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;sunhallctl client COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“sunhallctl client COMMAND --help”可查看各命令的选项。</translation>
    </message>
    <message>
        <source>Work as a workstation: login, case-accept, sync, cases, status</source>
        <translation>以工作站身份办理业务：login、case-accept、sync、cases、status</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>The workstation profile has no readable %1 (%2): %3</source>
        <translation>工作站配置中缺少可读取的%1（%2）：%3</translation>
    </message>
    <message>
        <source>The file %1 of the workstation profile is too large to be what it should be.</source>
        <translation>工作站配置中的文件%1过大，不是应有的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address of the form https://HOST:PORT.</source>
        <translation>“%1”不是https://HOST:PORT格式的服务器地址。</translation>
    </message>
    <message>
        <source>The workstation profile folder %1 does not exist.</source>
        <translation>工作站配置目录%1不存在。</translation>
    </message>
    <message>
        <source>profile.json in %1 must be a JSON object naming the workstation (&quot;workstation&quot;) and the server (&quot;server&quot;).</source>
        <translation>%1中的profile.json必须是指明工作站（“workstation”）和服务器（“server”）的JSON对象。</translation>
    </message>
    <message>
        <source>cert.pem in %1 holds no PEM certificate.</source>
        <translation>%1中的cert.pem不含PEM格式的证书。</translation>
    </message>
    <message>
        <source>key.pem in %1 holds no ECDSA private key in PEM form.</source>
        <translation>%1中的key.pem不含PEM格式的ECDSA私钥。</translation>
    </message>
    <message>
        <source>ca.pem in %1 holds no PEM certificate of the hall&apos;s CA.</source>
        <translation>%1中的ca.pem不含PEM格式的大厅CA证书。</translation>
    </message>
</context>
<context>
    <name>ClockRules</name>
    <message>
        <source>An extension of %1 working days is not possible; extend by at least one working day.</source>
        <translation>不能延期%1个工作日，延期至少为1个工作日。</translation>
    </message>
    <message>
        <source>An extension of %1 working days is more than item %2 allows: at most %3 working days.</source>
        <translation>延期%1个工作日超出了事项%2允许的范围：最多可延期%3个工作日。</translation>
    </message>
    <message>
        <source>Case %1 cannot resume on %2: its suspension began on %3.</source>
        <translation>办件%1不能于%2恢复办理：其特别程序开始于%3。</translation>
    </message>
    <message>
        <source>The time limit of case %1 was already extended by %2 working days; it can be extended only once.</source>
        <translation>办件%1的办理时限已延期%2个工作日，只能延期一次。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助信息。</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>必须指定选项--%1</translation>
    </message>
    <message>
        <source>Try &apos;sunhallctl %1 --help&apos;.</source>
        <translation>请运行“sunhallctl %1 --help”查看帮助。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>--%1：“%2”不是YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to %3</source>
        <translation>--%1：“%2”不是0至%3之间的整数</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1：无法读取%2：%3</translation>
    </message>
    <message>
        <source>--%1: %2 is empty</source>
        <translation>--%1：%2为空</translation>
    </message>
</context>
<context>
    <name>CommandProcessor</name>
    <message>
        <source>The workstation sequence of a command starts at 1; %1 was sent.</source>
        <translation>操作指令的工作站序号从1开始，但发送的是%1。</translation>
    </message>
    <message>
        <source>The command is dated %1, more than a day after the server&apos;s time %2: the workstation&apos;s clock is wrong. Correct the clock and do the work again.</source>
        <translation>操作指令的时间为%1，比服务器时间%2晚了一天以上，说明工作站的时钟有误。请校正时钟后重新办理。</translation>
    </message>
    <message>
        <source>The command says it comes from workstation %1, but it was sent from workstation %2.</source>
        <translation>操作指令标明来自工作站%1，但实际由工作站%2发送。</translation>
    </message>
    <message>
        <source>The command says it was made by %1, but %2 is logged in on this workstation.</source>
        <translation>操作指令标明由%1发出，但本工作站当前登录的是%2。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号%1已停用。</translation>
    </message>
    <message>
        <source>This hall requires every command to be signed, but %1 has no signing key yet; an administrator must register one.</source>
        <translation>本大厅要求每条操作指令都须签名，但%1尚无签名密钥，须由系统管理员为其登记。</translation>
    </message>
    <message>
        <source>The signing key registered for %1 cannot be read (%2); an administrator must register it again.</source>
        <translation>为%1登记的签名密钥无法读取（%2），须由系统管理员重新登记。</translation>
    </message>
    <message>
        <source>The command carries no signature, but %1 has a signing key: the command must be signed with it.</source>
        <translation>操作指令未签名，但%1已有签名密钥，必须使用该密钥签名。</translation>
    </message>
    <message>
        <source>The signature of the command does not match the signing key of %1: the command was changed after it was signed, or signed with another key.</source>
        <translation>操作指令的签名与%1的签名密钥不符：指令在签名后被改动过，或使用了其他密钥签名。</translation>
    </message>
</context>
<context>
    <name>CounterDocuments</name>
    <message>
        <source>The item %1 of this case is not in the workstation&apos;s catalogue; synchronise and print again.</source>
        <translation>本办件的事项%1不在本工作站的事项目录中；请同步后重新打印。</translation>
    </message>
    <message>
        <source>This document cannot be printed here.</source>
        <translation>无法在此处打印该文书。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
</context>
<context>
    <name>CryptoCommand</name>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1：无法读取%2：%3</translation>
    </message>
    <message>
        <source>--%1: %2 is larger than %3 MiB</source>
        <translation>--%1：%2超过%3 MiB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Creates an SM2 key pair: DIR/private.pem (encrypted PKCS#8 under the passphrase) and DIR/public.pem.</source>
        <translation>生成SM2密钥对：DIR/private.pem（以口令加密的PKCS#8私钥）和DIR/public.pem（公钥）。</translation>
    </message>
    <message>
        <source>The folder to write the keys to.</source>
        <translation>密钥的写入目录。</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase.</source>
        <translation>口令文件，其第一行为口令。</translation>
    </message>
    <message>
        <source>%1 already exists; a key is never overwritten</source>
        <translation>%1已存在；密钥文件不会被覆盖</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建目录%1</translation>
    </message>
    <message>
        <source>SM2 key pair written: %1 (encrypted), %2</source>
        <translation>已写入SM2密钥对：%1（已加密），%2</translation>
    </message>
    <message>
        <source>Fingerprint (SM3): %1</source>
        <translation>指纹（SM3）：%1</translation>
    </message>
    <message>
        <source>Signs a file with SM2 over SM3 (distinguishing ID 1234567812345678) and writes the DER signature.</source>
        <translation>使用SM2算法（杂凑算法SM3，用户身份标识1234567812345678）对文件签名，并写出DER编码的签名。</translation>
    </message>
    <message>
        <source>The encrypted private key (PEM).</source>
        <translation>加密的私钥（PEM）。</translation>
    </message>
    <message>
        <source>The file to sign.</source>
        <translation>要签名的文件。</translation>
    </message>
    <message>
        <source>The signature file to write.</source>
        <translation>要写出的签名文件。</translation>
    </message>
    <message>
        <source>Signed %1: %2</source>
        <translation>已签名%1：%2</translation>
    </message>
    <message>
        <source>Verifies a DER SM2/SM3 signature of a file with a public key. Exit status 0 when it verifies, 1 when it does not.</source>
        <translation>使用公钥验证文件的DER编码SM2/SM3签名。验证通过时退出状态为0，未通过时为1。</translation>
    </message>
    <message>
        <source>The public key (PEM).</source>
        <translation>公钥（PEM）。</translation>
    </message>
    <message>
        <source>The signed file.</source>
        <translation>已签名的文件。</translation>
    </message>
    <message>
        <source>The signature (DER).</source>
        <translation>签名（DER）。</translation>
    </message>
    <message>
        <source>Signature verified (key %1).</source>
        <translation>签名验证通过（密钥%1）。</translation>
    </message>
    <message>
        <source>Create an SM2 key pair</source>
        <translation>生成SM2密钥对</translation>
    </message>
    <message>
        <source>Sign a file with SM2/SM3</source>
        <translation>使用SM2/SM3对文件签名</translation>
    </message>
    <message>
        <source>Verify an SM2/SM3 signature</source>
        <translation>验证SM2/SM3签名</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>Usage: sunhallctl COMMAND [options]</source>
        <translation>用法：sunhallctl COMMAND [选项]</translation>
    </message>
    <message>
        <source>The administrators&apos; and scripts&apos; interface to a Sunhall hall.</source>
        <translation>供系统管理员和脚本使用的Sunhall大厅管理工具。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;sunhallctl COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“sunhallctl COMMAND --help”可查看各命令的选项。</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 no or invalid, 2 usage error.</source>
        <translation>退出状态：0 表示完成，1 表示结果为否或数据无效，2 表示用法错误。</translation>
    </message>
    <message>
        <source>sunhallctl: unknown command &quot;%1&quot;</source>
        <translation>sunhallctl：未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database address is not a valid URL (%1). Write it as %2.</source>
        <translation>数据库地址不是有效的URL（%1），请按%2的格式填写。</translation>
    </message>
    <message>
        <source>The database address must start with postgresql:// (it starts with &quot;%1:&quot;). Write it as %2.</source>
        <translation>数据库地址必须以postgresql://开头（当前以“%1:”开头），请按%2的格式填写。</translation>
    </message>
    <message>
        <source>The database address names no host. Write it as %1.</source>
        <translation>数据库地址未指定主机，请按%1的格式填写。</translation>
    </message>
    <message>
        <source>The database address has port 0; give a port from 1 to 65535.</source>
        <translation>数据库地址的端口为0，请指定1至65535之间的端口。</translation>
    </message>
    <message>
        <source>The database address names no database after the host. Write it as %1.</source>
        <translation>数据库地址在主机之后未指定数据库名，请按%1的格式填写。</translation>
    </message>
    <message>
        <source>The database address names the database &quot;%1&quot;, which contains &quot;/&quot;; a database name is one word after the host.</source>
        <translation>数据库地址中的数据库名“%1”含有“/”；数据库名应为主机之后的一个单词。</translation>
    </message>
    <message>
        <source>The database address names no user. Write it as %1.</source>
        <translation>数据库地址未指定用户，请按%1的格式填写。</translation>
    </message>
    <message>
        <source>The database address has a part after &quot;#&quot;, which means nothing to PostgreSQL; remove it.</source>
        <translation>数据库地址中“#”之后的部分对PostgreSQL无意义，请删除。</translation>
    </message>
    <message>
        <source>The database address sets &quot;%1&quot;, which Sunhall does not pass on; only %2 may be set after &quot;?&quot;.</source>
        <translation>数据库地址设置了“%1”，Sunhall不会传递该参数；“?”之后只能设置%2。</translation>
    </message>
    <message>
        <source>The database address sets %1 to &quot;%2&quot;; use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; only.</source>
        <translation>数据库地址将%1设为“%2”；只能使用字母、数字、“.”、“-”和“_”。</translation>
    </message>
</context>
<context>
    <name>DeadlineClock</name>
    <message>
        <source>The clock has no valid start date.</source>
        <translation>计时没有有效的起算日期。</translation>
    </message>
    <message>
        <source>A time limit of %1 working days is not possible: it must be between 0 and %2.</source>
        <translation>时限不能为%1个工作日：应在0至%2个工作日之间。</translation>
    </message>
    <message>
        <source>An extension of %1 working days is not possible: it must be between 0 and %2.</source>
        <translation>不能延期%1个工作日：延期天数应在0至%2之间。</translation>
    </message>
    <message>
        <source>Suspension %1 has no valid start date.</source>
        <translation>第%1次特别程序没有有效的开始日期。</translation>
    </message>
    <message>
        <source>Suspension %1 resumes on %2, before it started on %3.</source>
        <translation>第%1次特别程序的恢复日期%2早于其开始日期%3。</translation>
    </message>
    <message>
        <source>The clock is suspended since %1 for a special procedure; it has no due date until the case resumes.</source>
        <translation>自%1起因特别程序暂停计时，恢复办理前没有到期日。</translation>
    </message>
    <message>
        <source>The clock cannot be read at an invalid time.</source>
        <translation>时间无效，无法读取计时。</translation>
    </message>
</context>
<context>
    <name>DeliveryRules</name>
    <message>
        <source>Item %1 (%2) issues no certificate.</source>
        <translation>事项%1（%2）不颁发证照。</translation>
    </message>
    <message>
        <source>Case %1 was not approved, so it has no certificate.</source>
        <translation>办件%1未获批准，没有证照。</translation>
    </message>
    <message>
        <source>The certificate %1 of case %2 is revoked.</source>
        <translation>办件%2的证照%1已注销。</translation>
    </message>
    <message>
        <source>Enter the certificate number of the blank being printed.</source>
        <translation>请输入正在打印的空白证照的证照编号。</translation>
    </message>
    <message>
        <source>A reprint keeps the certificate number %1; %2 is another number.</source>
        <translation>补打证照须沿用原证照编号%1；%2是另一个编号。</translation>
    </message>
    <message>
        <source>The certificate %1 of case %2 was already handed over.</source>
        <translation>办件%2的证照%1已发放。</translation>
    </message>
    <message>
        <source>The certificate of case %1 has not been printed yet; print it before handing it over.</source>
        <translation>办件%1的证照尚未打印，请先制证再发证。</translation>
    </message>
    <message>
        <source>Case %1 has no printed certificate to revoke.</source>
        <translation>办件%1没有已打印的证照，无法注销。</translation>
    </message>
    <message>
        <source>Case %1 was already evaluated; each case is evaluated once.</source>
        <translation>办件%1已评价，每个办件只能评价一次。</translation>
    </message>
</context>
<context>
    <name>DepartmentCommand</name>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>The hall in %1 has no catalogue yet, so it has no departments: import one with &apos;sunhallctl catalog import&apos;.</source>
        <translation>%1中的大厅尚无事项目录，因此没有任何部门：请使用“sunhallctl catalog import”导入事项目录。</translation>
    </message>
    <message>
        <source>--department: the hall&apos;s catalogue (version %1) has no department &quot;%2&quot;; its departments are %3.</source>
        <translation>--department：本大厅的事项目录（第%1版）中没有部门“%2”；现有部门为%3。</translation>
    </message>
    <message>
        <source>Creates the SM2 key a department signs its certificates with, in DIR/department-keys/CODE: private.pem encrypted under a random passphrase kept beside it, both readable by you only, and public.pem. The department must be in the hall&apos;s catalogue. A department that has a key keeps it: revoke it first with &apos;sunhallctl department revoke-key&apos;.</source>
        <translation>在DIR/department-keys/CODE中创建部门用于签发证照的SM2密钥：private.pem使用随机口令加密，口令保存在其旁边，两者均仅您本人可读；另生成public.pem。该部门必须在本大厅的事项目录中。已有密钥的部门将保留原密钥：如需更换，请先使用“sunhallctl department revoke-key”吊销。</translation>
    </message>
    <message>
        <source>The department&apos;s code in the catalogue, e.g. SJ (repeatable).</source>
        <translation>事项目录中的部门编码，例如SJ（可重复指定）。</translation>
    </message>
    <message>
        <source>Create a key for every department of the catalogue that has none.</source>
        <translation>为事项目录中所有尚无密钥的部门创建密钥。</translation>
    </message>
    <message>
        <source>give either --department CODE or --all</source>
        <translation>请指定--department CODE或--all，二者只能选其一</translation>
    </message>
    <message>
        <source>Every department of the catalogue already has a certificate key.</source>
        <translation>事项目录中的所有部门均已有证照签名密钥。</translation>
    </message>
    <message>
        <source>Certificate key of %1 (%2) created in %3</source>
        <translation>已为%1（%2）创建证照签名密钥，位于%3</translation>
    </message>
    <message>
        <source>  fingerprint (SM3): %1</source>
        <translation>  指纹（SM3）：%1</translation>
    </message>
    <message>
        <source>No department has a certificate key yet; create them with &apos;sunhallctl department keygen --all&apos;.</source>
        <translation>尚无任何部门拥有证照签名密钥；请使用“sunhallctl department keygen --all”创建。</translation>
    </message>
    <message>
        <source>revoked from %1: %2</source>
        <translation>自%1起吊销：%2</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Revoked certificates: %1</source>
        <translation>已注销的证照：%1</translation>
    </message>
    <message>
        <source>Prints the hall&apos;s certificate key set: every department&apos;s public keys, in use or revoked, and the revoked certificates. With --json, prints it as the JSON key set that &apos;sunhallctl cert verify --keys&apos; and the clients verify with (docs/certificate-qr.md).</source>
        <translation>输出本大厅的证照密钥集：各部门的公钥（包括使用中和已吊销的）以及已注销的证照。指定--json时，以JSON密钥集格式输出，供“sunhallctl cert verify --keys”和各客户端核验使用（参见docs/certificate-qr.md）。</translation>
    </message>
    <message>
        <source>Print the key set as JSON.</source>
        <translation>以JSON格式输出密钥集。</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date (2025-07-01) or a date and time (2025-07-01T08:00 or 2025-07-01T08:00:00+08:00)</source>
        <translation>--since：“%1”不是日期（2025-07-01）或日期时间（2025-07-01T08:00或2025-07-01T08:00:00+08:00）</translation>
    </message>
    <message>
        <source>Withdraws a department&apos;s certificate key: certificates it signed from --since on no longer verify, those signed before stay valid. Its private key and passphrase are deleted and its public key kept in DIR/department-keys/CODE/revoked. Then create its successor with &apos;sunhallctl department keygen&apos;.</source>
        <translation>吊销部门的证照签名密钥：该密钥自--since起签发的证照将无法通过核验，此前签发的证照仍然有效。其私钥和口令将被删除，公钥保留在DIR/department-keys/CODE/revoked中。之后请使用“sunhallctl department keygen”创建新密钥。</translation>
    </message>
    <message>
        <source>The department&apos;s code, e.g. SJ.</source>
        <translation>部门编码，例如SJ。</translation>
    </message>
    <message>
        <source>Why: routine replacement, or the key may have been stolen.</source>
        <translation>吊销原因：例行更换，或密钥可能已被窃取。</translation>
    </message>
    <message>
        <source>From when the key is no longer valid (default: now); for a stolen key, the earliest moment it may have been misused.</source>
        <translation>密钥自何时起失效（默认：当前时间）；如密钥被窃取，请填写其可能被滥用的最早时间。</translation>
    </message>
    <message>
        <source>Certificate key %1 of department %2 revoked from %3.</source>
        <translation>部门%2的证照签名密钥%1已自%3起吊销。</translation>
    </message>
    <message>
        <source>Certificates it signed before then stay valid. Create its successor with &apos;sunhallctl department keygen --dir %1 --department %2&apos;.</source>
        <translation>此前由该密钥签发的证照仍然有效。请使用“sunhallctl department keygen --dir %1 --department %2”创建新密钥。</translation>
    </message>
    <message>
        <source>Create a department&apos;s certificate key</source>
        <translation>创建部门证照签名密钥</translation>
    </message>
    <message>
        <source>Print the certificate key set (--json for clients)</source>
        <translation>输出证照密钥集（--json供客户端使用）</translation>
    </message>
    <message>
        <source>Withdraw a department&apos;s certificate key</source>
        <translation>吊销部门证照签名密钥</translation>
    </message>
</context>
<context>
    <name>DepartmentKeyFolder</name>
    <message>
        <source>Department %1 has no certificate key; create one with &apos;sunhallctl department keygen --department %1&apos;.</source>
        <translation>部门%1没有证照签名密钥；请使用“sunhallctl department keygen --department %1”创建。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建目录%1。</translation>
    </message>
    <message>
        <source>Department %1 already has a certificate key in %2; revoke it before creating another.</source>
        <translation>部门%1在%2中已有证照签名密钥；如需创建新密钥，请先吊销原密钥。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the public key is unreadable or its fingerprint is not the one written beside it.</source>
        <translation>%1：公钥无法读取，或其指纹与旁边记录的指纹不符。</translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>票据号码</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>“%1” has %2 characters; a case, receipt or certificate number has 21.</source>
        <translation>“%1”共%2位；受理编号、票据号码和证照编号均为21位。</translation>
    </message>
    <message>
        <source>“%1” is not allowed at position %2 of the number “%3”: it has only digits and capital letters.</source>
        <translation>编号“%3”第%2位的“%1”不是有效字符：编号只能由数字和大写字母组成。</translation>
    </message>
    <message>
        <source>The hall code “%1” cannot stand in a number: it must be six digits or capital letters.</source>
        <translation>大厅代码“%1”不能用于编号：必须由六位数字或大写字母组成。</translation>
    </message>
    <message>
        <source>The year %1 cannot stand in a number: it must have four digits.</source>
        <translation>年份%1不能用于编号：必须是四位数字。</translation>
    </message>
    <message>
        <source>The serial %1 cannot stand in a number: it must be from 1 to %2.</source>
        <translation>流水号%1不能用于编号：必须在1至%2之间。</translation>
    </message>
    <message>
        <source>No number was entered.</source>
        <translation>未输入编号。</translation>
    </message>
    <message>
        <source>“%1” does not start with SL (case), PJ (receipt) or ZZ (certificate).</source>
        <translation>“%1”不是以SL（受理编号）、PJ（票据号码）或ZZ（证照编号）开头。</translation>
    </message>
    <message>
        <source>In “%1” the year (characters 9 to 12) and the serial (13 to 20) must be digits.</source>
        <translation>“%1”中的年份（第9至12位）和流水号（第13至20位）必须是数字。</translation>
    </message>
    <message>
        <source>“%1” is not a valid number: its check character does not match, so the number was mistyped.</source>
        <translation>“%1”不是有效编号：校验位不符，编号输入有误，请核对后重新输入。</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>A PDF for printing needs at least %1 dots per inch, not %2.</source>
        <translation>用于打印的PDF分辨率至少应为每英寸%1点，当前为%2。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>PDF title: document, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>无法写入PDF文件%1。请检查该目录是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>%1 · %2</source>
        <comment>footer: document title, number</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>The document could not be printed or saved: the printer or the file cannot be opened.</source>
        <translation>无法打印或保存文书：打印机或文件无法打开。</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 mm票据卷纸</translation>
    </message>
    <message>
        <source>REPRINT %1 · a copy, not the original</source>
        <comment>band on every page of a reprint</comment>
        <translation>第%1次重印 · 副本，非原件</translation>
    </message>
    <message>
        <source>A reprint count cannot be negative (%1).</source>
        <translation>重印次数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>The printer does not take the page size of this document.</source>
        <translation>打印机不支持本文书的纸张尺寸。</translation>
    </message>
    <message>
        <source>The printer does not take an 80 mm receipt roll.</source>
        <translation>打印机不支持80 mm票据卷纸。</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date and weekday</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>material form and how many copies</comment>
        <translation>%1%2份</translation>
    </message>
    <message>
        <source>of %1 for %2</source>
        <comment>a case without a number: applicant, item</comment>
        <translation>“%1申请的事项%2”</translation>
    </message>
    <message>
        <source>Item %1 is not the item of case %2 (%3); the document was not made.</source>
        <translation>事项%1不是办件%2的事项（%3），未生成文书。</translation>
    </message>
</context>
<context>
    <name>FeeCollection</name>
    <message>
        <source>Collect the standard fee. If the applicant is entitled to a reduction or exemption, enter the amount reduced and its legal basis.</source>
        <translation>请按收费标准收费。如申请人依法可享受减免，请填写减免金额及其法律依据。</translation>
    </message>
    <message>
        <source>Enter the reduction exactly as the legal basis grants it, with the name and number of the document that grants it.</source>
        <translation>请严格按照法律依据规定的额度填写减免金额，并注明给予减免的文件名称和文号。</translation>
    </message>
    <message>
        <source>Nothing is left to collect on this case.</source>
        <translation>本办件已无待收费用。</translation>
    </message>
    <message>
        <source>Write why the receipt is voided, for example &quot;amount printed wrongly&quot;.</source>
        <translation>请填写票据作废原因，例如“金额打印错误”。</translation>
    </message>
    <message>
        <source>Ask the hall&apos;s administrator to give you the cashier role.</source>
        <translation>请联系大厅系统管理员为您分配收费员角色。</translation>
    </message>
    <message>
        <source>Connect the workstation to the hall server once so that it can lease new receipt numbers.</source>
        <translation>请将本工作站连接大厅服务器一次，以便领取新的票据号码段。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>refusal, then what to do</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FeeReceiptDocument</name>
    <message>
        <source>The case %1 has no receipt numbered %2.</source>
        <translation>办件%1没有票据号码为%2的票据。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Fee receipt</source>
        <translation>收费票据</translation>
    </message>
    <message>
        <source>VOID</source>
        <comment>across a voided receipt</comment>
        <translation>作废</translation>
    </message>
    <message>
        <source>VOID: this receipt was cancelled (%1) and is not proof of payment.</source>
        <translation>作废：本票据已作废（%1），不能作为缴费凭证。</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>票据号码</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>RMB %1</source>
        <comment>amount in Chinese capitals</comment>
        <translation>人民币%1</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <source>Fees are collected only at the hall&apos;s cashier window, against this machine-printed receipt.</source>
        <translation>费用仅由本大厅收费窗口统一收取，以本机打票据为凭。</translation>
    </message>
</context>
<context>
    <name>FeeReceiptPrintLog</name>
    <message>
        <source>The count of printed receipts in %1 cannot be read; reprints may not be marked. Ask the hall&apos;s IT to restore the file.</source>
        <translation>无法读取%1中的票据打印次数记录，重印的票据可能无法标注为重印。请联系大厅信息技术人员恢复该文件。</translation>
    </message>
    <message>
        <source>The receipt was printed, but the count of printed receipts could not be saved in %1, so the next copy may not be marked as a reprint.</source>
        <translation>票据已打印，但无法在%1中保存票据打印次数，下次打印的副本可能不会标注为重印。</translation>
    </message>
</context>
<context>
    <name>FeeRules</name>
    <message>
        <source>no fee</source>
        <translation>无收费</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No fee has been assessed for case %1 yet; the department assesses the fee before the cashier collects it.</source>
        <translation>办件%1尚未核定收费，请先由部门核定收费，再由收费员收费。</translation>
    </message>
    <message>
        <source>Receipt number %1 is already recorded on case %2; every receipt number is used only once, even when voided.</source>
        <translation>票据号码%1已在办件%2中使用；每个票据号码只能使用一次，作废后也不能再用。</translation>
    </message>
    <message>
        <source>Nothing is due on case %1: the fee of %2 is paid.</source>
        <translation>办件%1无应收费用：费用%2已缴清。</translation>
    </message>
    <message>
        <source>The amount collected, %1, is not the amount due on case %2, %3. Collect exactly the amount due.</source>
        <translation>实收金额%1与办件%2的应收金额%3不符，请按应收金额收取。</translation>
    </message>
    <message>
        <source>The fee of case %1 is already assessed at %2.</source>
        <translation>办件%1已核定收费%2。</translation>
    </message>
    <message>
        <source>The fee assessed for case %1 differs from the standard fee of item %2: expected %3, given %4. Only the published standard fee may be charged.</source>
        <translation>办件%1核定的费用与事项%2的收费标准不符：应为%3，实为%4。只能按公布的收费标准收费。</translation>
    </message>
    <message>
        <source>Receipt %1 of case %2 is already voided.</source>
        <translation>办件%2的票据%1已作废。</translation>
    </message>
    <message>
        <source>Case %1 has no receipt numbered %2.</source>
        <translation>办件%1没有号码为%2的票据。</translation>
    </message>
    <message>
        <source>A reduction of %1 on case %2 needs its legal basis: name the law, regulation or notice that grants it.</source>
        <translation>办件%2减免%1，须注明减免的依据：请写明给予减免的法律、法规或文件。</translation>
    </message>
    <message>
        <source>The reduction, %1, is more than the amount due on case %2, %3.</source>
        <translation>减免金额%1超过了办件%2的应收金额%3。</translation>
    </message>
    <message>
        <source>The amount collected, %1, and the reduction, %2, do not make the amount due on case %3, %4. Collect %5.</source>
        <translation>实收金额%1与减免金额%2之和不等于办件%3的应收金额%4。请收取%5。</translation>
    </message>
</context>
<context>
    <name>FileSmsGateway</name>
    <message>
        <source>cannot create the folder %1 for the SMS messages</source>
        <translation>无法创建用于存放短信的目录%1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>HallCa</name>
    <message>
        <source>The hall name must be 1 to %1 characters long; &quot;%2&quot; is not.</source>
        <translation>大厅名称长度须为1至%1个字符，“%2”不符合要求。</translation>
    </message>
    <message>
        <source>Could not create the hall&apos;s certificate authority (OpenSSL: %1).</source>
        <translation>无法创建大厅的证书颁发机构（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate (OpenSSL: %1).</source>
        <translation>CA证书不是PEM格式的证书（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; is not a certificate authority&apos;s.</source>
        <translation>“%1”的证书不是证书颁发机构（CA）证书。</translation>
    </message>
    <message>
        <source>The CA key is not an unencrypted PEM private key (OpenSSL: %1).</source>
        <translation>CA密钥不是未加密的PEM格式私钥（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The CA key does not belong to the certificate of &quot;%1&quot;.</source>
        <translation>CA密钥与“%1”的证书不匹配。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a workstation&apos;s name: use 1 to %2 of the letters A–Z and a–z, the digits 0–9, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>“%1”不能用作工作站名称：请使用1至%2个字符，只能包含字母A–Z和a–z、数字0–9、“_”和“-”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name (letters, digits, hyphens and dots) that the server&apos;s certificate can name.</source>
        <translation>“%1”既不是IP地址，也不是可写入服务器证书的主机名（由字母、数字、连字符和点组成）。</translation>
    </message>
    <message>
        <source>Could not issue a certificate for &quot;%1&quot; (OpenSSL: %2).</source>
        <translation>无法为“%1”签发证书（OpenSSL：%2）。</translation>
    </message>
</context>
<context>
    <name>HallCommand</name>
    <message>
        <source>The hall folder to create.</source>
        <translation>要创建的大厅数据目录。</translation>
    </message>
    <message>
        <source>Replace a hall already in DIR.</source>
        <translation>替换DIR中已有的大厅。</translation>
    </message>
    <message>
        <source>%1 already holds a hall; use --force to replace it.</source>
        <translation>%1中已有大厅；如需替换，请使用--force。</translation>
    </message>
    <message>
        <source>Demo hall &quot;%1&quot; created in %2</source>
        <translation>已在%2中创建演示大厅“%1”</translation>
    </message>
    <message>
        <source>Create the demo hall</source>
        <translation>创建演示大厅</translation>
    </message>
    <message>
        <source>Creates the demo hall in DIR, as &apos;hall init --demo&apos; does: its certificate authority and server keys, a store with the official working-day calendars, the demo catalogue, the administrator &quot;admin&quot; and one demo user per role. The password of all of them is generated and written to DIR/demo-password.</source>
        <translation>在DIR中创建演示大厅，效果与“hall init --demo”相同：包括证书颁发机构和服务器密钥、载有官方工作日日历的数据库、演示事项目录、系统管理员“admin”以及每个角色一个演示用户。所有用户的密码均自动生成，并写入DIR/demo-password。</translation>
    </message>
    <message>
        <source>  password of admin and the demo users: in %1</source>
        <translation>  admin和演示用户的密码：见%1</translation>
    </message>
</context>
<context>
    <name>HallFolder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be what the hall keeps there.</source>
        <translation>%1过大，不是大厅在此存放的文件。</translation>
    </message>
    <message>
        <source>%1 holds no hall (no hall.json). Create one first with &apos;sunhallctl hall init --dir %1&apos;.</source>
        <translation>%1中没有大厅（缺少hall.json）。请先使用“sunhallctl hall init --dir %1”创建大厅。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a JSON object with the hall&apos;s &quot;name&quot;.</source>
        <translation>%1已损坏：不是包含大厅名称（“name”）的JSON对象。</translation>
    </message>
    <message>
        <source>%1 does not hold %2.</source>
        <translation>%1中没有%2。</translation>
    </message>
    <message>
        <source>the hall&apos;s CA certificate</source>
        <translation>大厅CA证书</translation>
    </message>
    <message>
        <source>the server&apos;s certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>an unencrypted ECDSA private key</source>
        <translation>未加密的ECDSA私钥</translation>
    </message>
</context>
<context>
    <name>HallSetup</name>
    <message>
        <source>--%1: the password has %2 characters; it needs at least %3.</source>
        <translation>--%1：密码只有%2个字符，至少需要%3个。</translation>
    </message>
    <message>
        <source>Cannot read the demo catalogue %1: %2</source>
        <translation>无法读取演示事项目录%1：%2</translation>
    </message>
    <message>
        <source>--name: the hall&apos;s name must be 1 to %1 characters long.</source>
        <translation>--name：大厅名称长度须为1至%1个字符。</translation>
    </message>
    <message>
        <source>--code: %1</source>
        <translation>--code：%1</translation>
    </message>
    <message>
        <source>--host: %1</source>
        <translation>--host：%1</translation>
    </message>
    <message>
        <source>%1 already holds a hall (%2 exists); choose another folder.</source>
        <translation>%1中已有大厅（%2已存在），请选择其他目录。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建目录%1。</translation>
    </message>
    <message>
        <source>The database already holds the hall &quot;%1&quot;; give an empty database to --db.</source>
        <translation>该数据库中已有大厅“%1”，请为--db指定一个空数据库。</translation>
    </message>
    <message>
        <source>  store: %1 (schema %2)</source>
        <translation>  数据库：%1（结构版本%2）</translation>
    </message>
    <message>
        <source>  calendars: %1</source>
        <translation>  工作日日历：%1</translation>
    </message>
    <message>
        <source>  certificate authority: %1 (%2), SHA-256 fingerprint %3</source>
        <translation>  证书颁发机构：%1（%2），SHA-256指纹%3</translation>
    </message>
    <message>
        <source>  its key, readable by you only: %1</source>
        <translation>  CA密钥（仅您本人可读）：%1</translation>
    </message>
    <message>
        <source>  server certificate: %1 for %2</source>
        <translation>  服务器证书：%1，适用于%2</translation>
    </message>
    <message>
        <source>  checkpoint signing key (SM2): %1</source>
        <translation>  检查点签名密钥（SM2）：%1</translation>
    </message>
    <message>
        <source>  administrator: %1</source>
        <translation>  系统管理员：%1</translation>
    </message>
    <message>
        <source>  catalogue version %1: %2 items in %3 departments</source>
        <translation>  事项目录第%1版：%3个部门，%2个事项</translation>
    </message>
    <message>
        <source>  catalogue: none yet; publish one with &apos;sunhallctl catalog import --dir %1 FILE&apos;</source>
        <translation>  事项目录：尚未发布，请使用“sunhallctl catalog import --dir %1 FILE”发布</translation>
    </message>
    <message>
        <source>  demo users (with the administrator&apos;s password):</source>
        <translation>  演示用户（密码与系统管理员相同）：</translation>
    </message>
    <message>
        <source>  departments&apos; certificate keys: none yet; create them with &apos;sunhallctl department keygen --dir %1 --all&apos;</source>
        <translation>  部门证照签名密钥：尚未创建；请使用“sunhallctl department keygen --dir %1 --all”创建</translation>
    </message>
</context>
<context>
    <name>HallStore</name>
    <message>
        <source>The hall&apos;s PostgreSQL database (postgresql://USER:PASSWORD@HOST:PORT/DB) instead of the one hall.json names, or of SQLite in DIR/hall.db.</source>
        <translation>大厅的PostgreSQL数据库（postgresql://USER:PASSWORD@HOST:PORT/DB），用于代替hall.json中指定的数据库或DIR/hall.db中的SQLite数据库。</translation>
    </message>
    <message>
        <source>%1 holds no hall (no hall.json). Create one first with &apos;sunhallctl hall init --dir %1&apos; or &apos;sunhallctl demo init --dir %1&apos;.</source>
        <translation>%1中没有大厅（缺少hall.json）。请先使用“sunhallctl hall init --dir %1”或“sunhallctl demo init --dir %1”创建大厅。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a JSON object with the hall&apos;s &quot;name&quot;.</source>
        <translation>%1已损坏：不是包含大厅名称（“name”）的JSON对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enabled administrator of this hall; name one with --by (see &apos;sunhallctl user list&apos;).</source>
        <translation>“%1”不是本大厅已启用的系统管理员，请用--by指定一名系统管理员（可运行“sunhallctl user list”查看）。</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>the headers do not end with an empty line</source>
        <translation>请求头未以空行结束</translation>
    </message>
    <message>
        <source>more than %1 header lines</source>
        <translation>请求头超过%1行</translation>
    </message>
    <message>
        <source>the request line is not &quot;METHOD /path HTTP/1.1&quot;</source>
        <translation>请求行不是“METHOD /path HTTP/1.1”格式</translation>
    </message>
    <message>
        <source>the method is not a valid name</source>
        <translation>请求方法名称无效</translation>
    </message>
    <message>
        <source>the request line does not end with HTTP/1.1</source>
        <translation>请求行未以HTTP/1.1结尾</translation>
    </message>
    <message>
        <source>the request target does not start with &quot;/&quot;</source>
        <translation>请求目标不是以“/”开头</translation>
    </message>
    <message>
        <source>the request target holds a control character</source>
        <translation>请求目标中含有控制字符</translation>
    </message>
    <message>
        <source>the path is not valid percent-encoded UTF-8</source>
        <translation>路径不是有效的百分号编码UTF-8</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>不接受折行的请求头</translation>
    </message>
    <message>
        <source>a header line is not &quot;Name: value&quot;</source>
        <translation>请求头行不是“Name: value”格式</translation>
    </message>
    <message>
        <source>a header value holds a control character</source>
        <translation>请求头的值中含有控制字符</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request needs exactly one Host header</source>
        <translation>HTTP/1.1请求必须有且只有一个Host请求头</translation>
    </message>
    <message>
        <source>the Content-Length is not one whole number</source>
        <translation>Content-Length不是单个整数</translation>
    </message>
</context>
<context>
    <name>HttpSmsGateway</name>
    <message>
        <source>Cannot read the SMS gateway&apos;s CA certificate %1: %2</source>
        <translation>无法读取短信网关的CA证书%1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate for the SMS gateway&apos;s CA.</source>
        <translation>%1中没有短信网关CA的PEM证书。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>“%1” has %2 characters; a citizen ID number has 18.</source>
        <translation>“%1”共%2位；居民身份证号码应为18位。</translation>
    </message>
    <message>
        <source>“%1” is not allowed at position %2 of the citizen ID number “%3”: it has 17 digits and then a digit or X.</source>
        <translation>居民身份证号码“%3”第%2位的“%1”不是有效字符：号码由17位数字加1位数字或X组成。</translation>
    </message>
    <message>
        <source>The citizen ID number “%1” starts with %2, which is no region of China: the first digit is 1 to 8.</source>
        <translation>居民身份证号码“%1”以%2开头，不是有效的行政区划：首位应为1至8。</translation>
    </message>
    <message>
        <source>The citizen ID number “%1” gives the birth date %2, which is not a real date.</source>
        <translation>居民身份证号码“%1”中的出生日期%2不是有效日期。</translation>
    </message>
    <message>
        <source>The citizen ID number “%1” gives the birth date %2, which is before 1900.</source>
        <translation>居民身份证号码“%1”中的出生日期%2早于1900年。</translation>
    </message>
    <message>
        <source>The citizen ID number “%1” gives the birth date %2, which is after today (%3).</source>
        <translation>居民身份证号码“%1”中的出生日期%2晚于今天（%3）。</translation>
    </message>
    <message>
        <source>“%1” has %2 characters; a unified social credit code has 18.</source>
        <translation>“%1”共%2位；统一社会信用代码应为18位。</translation>
    </message>
    <message>
        <source>“%1” is not allowed at position %2 of the unified social credit code “%3”: it uses digits and the capital letters A to Y except I, O, S and V.</source>
        <translation>统一社会信用代码“%3”第%2位的“%1”不是有效字符：代码只能由数字和大写字母A至Y（不含I、O、S、V）组成。</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” starts with %2, which is no registration authority (the first character is one of %3).</source>
        <translation>统一社会信用代码“%1”以%2开头，不是有效的登记管理部门代码（首位应为%3之一）。</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” has organisation type %2 (second character), which registration authority %3 does not use: its types are %4.</source>
        <translation>统一社会信用代码“%1”的机构类别代码为%2（第2位），登记管理部门%3不使用该类别，其机构类别为%4。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code “%1” are a region code of six digits, but they are %2.</source>
        <translation>统一社会信用代码“%1”的第3至8位应为六位数字的行政区划码，实际为%2。</translation>
    </message>
    <message>
        <source>The last character of the citizen ID number “%1” is %2 but should be %3: the number was mistyped.</source>
        <translation>居民身份证号码“%1”的校验码为%2，应为%3：号码输入有误，请核对。</translation>
    </message>
    <message>
        <source>The last character of the unified social credit code “%1” is %2 but should be %3: the code was mistyped.</source>
        <translation>统一社会信用代码“%1”的校验码为%2，应为%3：代码输入有误，请核对。</translation>
    </message>
    <message>
        <source>No identity number was entered.</source>
        <translation>未输入证件号码。</translation>
    </message>
    <message>
        <source>“%1” has %2 characters; a citizen ID number and a unified social credit code both have 18.</source>
        <translation>“%1”共%2位；居民身份证号码和统一社会信用代码均为18位。</translation>
    </message>
</context>
<context>
    <name>IntakeRules</name>
    <message>
        <source>Item %1 (%2) has no material &quot;%3&quot; on its list.</source>
        <translation>事项%1（%2）的材料清单中没有材料“%3”。</translation>
    </message>
    <message>
        <source>The application names item %1, but the catalogue entry given is item %2 (%3).</source>
        <translation>申请所选事项为%1，但提供的目录条目是事项%2（%3）。</translation>
    </message>
    <message>
        <source>The application names version %1 of item %2, but the flow given is version %3.</source>
        <translation>申请对应事项%2第%1版，但提供的流程是第%3版。</translation>
    </message>
    <message>
        <source>Item %1 (%2) is not eligible for the green channel; register the case without it.</source>
        <translation>事项%1（%2）不适用绿色通道，请按普通办件登记。</translation>
    </message>
    <message>
        <source>A green-channel case needs a named coordinator; enter who coordinates it.</source>
        <translation>绿色通道办件须指定协调人，请填写协调人。</translation>
    </message>
    <message>
        <source>%1 is the credit code of an organisation, but the applicant is registered as a person.</source>
        <translation>%1是法人或其他组织的统一社会信用代码，但申请人登记为自然人。</translation>
    </message>
    <message>
        <source>%1 is a citizen ID number, but the applicant is registered as an organisation.</source>
        <translation>%1是居民身份证号码，但申请人登记为法人或其他组织。</translation>
    </message>
    <message>
        <source>Say what is wrong with the material &quot;%1&quot;, so that the applicant can put it right at once.</source>
        <translation>请写明材料“%1”存在的问题，以便申请人一次补正到位。</translation>
    </message>
    <message>
        <source>The material &quot;%1&quot; was not in the supplement notice already given for case %2. Everything missing must be asked for at once (一次性告知); only materials already named can be asked again.</source>
        <translation>材料“%1”不在已向办件%2出具的补正告知书中。所缺材料必须一次性告知；只能对已告知的材料再次要求补正。</translation>
    </message>
    <message>
        <source>Case %1 cannot be accepted: the required material %2 has not been handed in. Tick each material when it is handed in, or ask for a supplement.</source>
        <translation>办件%1不能受理：必需材料“%2”尚未提交。请在申请人提交材料时逐项勾选，或要求补正。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The supplement notice for case %1 lists no material. List every missing or deficient material, all at once.</source>
        <translation>办件%1的补正告知书未列出任何材料。请一次性列明所有缺少或不符合要求的材料。</translation>
    </message>
</context>
<context>
    <name>IntakeSubmission</name>
    <message>
        <source>the new case</source>
        <translation>新办件</translation>
    </message>
    <message>
        <source>The application of %1 was recorded, but not all of the outcome: %2</source>
        <translation>%1的申请已登记，但办理结果未能全部记录：%2</translation>
    </message>
</context>
<context>
    <name>ItemDescription</name>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%1, valid for %n year(s)</source>
        <translation>
            <numerusform>%1，有效期%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no expiry</source>
        <translation>%1，长期有效</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Promised limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Longest extension</source>
        <translation>最长延期</translation>
    </message>
    <message>
        <source>No extension</source>
        <translation>不可延期</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>No materials are required.</source>
        <translation>无需提交申报材料。</translation>
    </message>
    <message>
        <source>Form to fill in: %1</source>
        <translation>需填写表格：%1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Free: this item charges no fee.</source>
        <translation>免费：本事项不收取任何费用。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <source>No flow is published for this item.</source>
        <translation>本事项尚未发布办理流程。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>办理角色</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>环节时限</translation>
    </message>
    <message>
        <source>In parallel: %1</source>
        <comment>joint review by several departments</comment>
        <translation>并联审批：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between department names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Unknown department %1</source>
        <translation>未知部门%1</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>当日</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>the body is empty</source>
        <translation>请求正文为空</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>请求正文不是JSON对象</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>字段“%1”必须是文本。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>字段“%1”为空。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>字段“%1”超过%2个字符。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>字段“%1”必须是%2至%3之间的整数。</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>参数“%1”必须是%2至%3之间的整数。</translation>
    </message>
</context>
<context>
    <name>LoadPreparation</name>
    <message>
        <source>The hall has no catalogue yet, so the windows have no item to register cases for. Publish one first with &apos;sunhallctl catalog import&apos;.</source>
        <translation>大厅尚未发布事项目录，窗口没有可登记的事项。请先用“sunhallctl catalog import”发布目录。</translation>
    </message>
    <message>
        <source>No item of catalogue version %1 is accepted by a window clerk; name one with --item.</source>
        <translation>第%1版事项目录中没有由窗口受理员受理的事项，请用--item指定一个。</translation>
    </message>
    <message>
        <source>Catalogue version %1 has no item %2.</source>
        <translation>第%1版事项目录中没有事项%2。</translation>
    </message>
</context>
<context>
    <name>LoadReport</name>
    <message>
        <source>p50 %1, p90 %2, p99 %3, max %4 ms</source>
        <translation>p50 %1，p90 %2，p99 %3，最大 %4 毫秒</translation>
    </message>
    <message>
        <source>loadgen pg-notify: %1 LISTEN/NOTIFY round trips on %2</source>
        <translation>loadgen pg-notify：在%2上进行%1次LISTEN/NOTIFY往返</translation>
    </message>
    <message>
        <source>  round trip: %1</source>
        <translation>  往返：%1</translation>
    </message>
    <message>
        <source>loadgen empty-pull: %1 connections for %2 s against %3</source>
        <translation>loadgen empty-pull：%1个连接，持续%2秒，目标%3</translation>
    </message>
    <message>
        <source>  ready: %1 of %2 clients, prepared in %3 s</source>
        <translation>  就绪：%2个客户端中%1个就绪，准备用时%3秒</translation>
    </message>
    <message>
        <source>  requests: %1 in %2 s, %3 per second; %4</source>
        <translation>  请求：%2秒内%1个，每秒%3个；%4</translation>
    </message>
    <message>
        <source>loadgen push: %1 windows and %2 screens for %3 s against %4 (%5), %6 commands, item %7</source>
        <translation>loadgen push：%1个窗口、%2块监察屏，持续%3秒，目标%4（%5），%6条操作指令，事项%7</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>  commands: %1 sent, %2 applied, %3 rejected, %4 unanswered</source>
        <translation>  操作指令：已发送%1，已执行%2，被拒绝%3，未应答%4</translation>
    </message>
    <message>
        <source>  applied: %1 commands per second over %2 s (%3)</source>
        <translation>  执行：%2秒内每秒%1条（%3）</translation>
    </message>
    <message>
        <source>paced at %1 commands per second</source>
        <translation>限速为每秒%1条</translation>
    </message>
    <message>
        <source>each window pushing as soon as answered</source>
        <translation>各窗口收到应答后立即再次推送</translation>
    </message>
    <message>
        <source>  push requests: %1, %2 per second; %3</source>
        <translation>  推送请求：%1个，每秒%2个；%3</translation>
    </message>
    <message>
        <source>  per command, made to answered: %1</source>
        <translation>  每条指令从生成到应答：%1</translation>
    </message>
    <message>
        <source>  propagation, window to screen: %1 (%2 samples, %3 missed)</source>
        <translation>  从窗口到监察屏的传播：%1（%2个样本，遗漏%3个）</translation>
    </message>
    <message>
        <source>  screen pulls: %1 with %2 events; %3</source>
        <translation>  监察屏拉取：%1次，共%2个事件；%3</translation>
    </message>
    <message>
        <source>  rejected %1: %2</source>
        <translation>  被拒绝 %1：%2</translation>
    </message>
    <message>
        <source>  errors: none</source>
        <translation>  错误：无</translation>
    </message>
    <message>
        <source>  error %1: %2 (the first: %3)</source>
        <translation>  错误 %1：%2（首个：%3）</translation>
    </message>
</context>
<context>
    <name>LoadgenCommand</name>
    <message>
        <source>push (default): windows pushing cases while screens follow them live; empty-pull: connections asking for nothing new as fast as answered; pg-notify: PostgreSQL LISTEN/NOTIFY round trips.</source>
        <translation>push（默认）：窗口推送办件，监察屏实时跟随；empty-pull：多个连接在收到应答后立即请求（没有新数据的）拉取；pg-notify：PostgreSQL LISTEN/NOTIFY往返。</translation>
    </message>
    <message>
        <source>The hall folder (its CA issues the certificates).</source>
        <translation>大厅数据目录（由其CA签发证书）。</translation>
    </message>
    <message>
        <source>The hall&apos;s server on this machine, https://127.0.0.1:PORT. Start it with --max-connections-per-peer above the number of clients: all of them come from one address.</source>
        <translation>本机上的大厅服务器，https://127.0.0.1:PORT。启动服务器时请将--max-connections-per-peer设为大于客户端数量：所有客户端都来自同一地址。</translation>
    </message>
    <message>
        <source>empty-pull: GET this address on this machine instead of the hall&apos;s pull, with no session (nginx serving a file, for comparison); the clients still present certificates from the hall&apos;s CA.</source>
        <translation>empty-pull：改为不带会话地GET本机上的这个地址（用于对比，例如由nginx提供的文件），而不是大厅的拉取接口；客户端仍出示大厅CA签发的证书。</translation>
    </message>
    <message>
        <source>push: the windows, each a clerk at a workstation of its own (default 10).</source>
        <translation>push：窗口数量，每个窗口是一名在各自工作站上的受理员（默认10）。</translation>
    </message>
    <message>
        <source>push: the supervision screens (default 2).</source>
        <translation>push：监察屏数量（默认2）。</translation>
    </message>
    <message>
        <source>empty-pull: the connections (default 10).</source>
        <translation>empty-pull：连接数量（默认10）。</translation>
    </message>
    <message>
        <source>Seconds of load (default 10).</source>
        <translation>加压秒数（默认10）。</translation>
    </message>
    <message>
        <source>push: commands per second in all, spread over the windows; 0 (default): each window pushes again as soon as it is answered.</source>
        <translation>push：每秒操作指令总数，分摊到各窗口；0（默认）：各窗口收到应答后立即再次推送。</translation>
    </message>
    <message>
        <source>push without --rate: cases (a register and an accept each) per push (default 1).</source>
        <translation>push且未指定--rate时：每次推送的办件数（每件包括一次登记和一次受理，默认1）。</translation>
    </message>
    <message>
        <source>pg-notify: round trips (default 1000).</source>
        <translation>pg-notify：往返次数（默认1000）。</translation>
    </message>
    <message>
        <source>Seconds to wait for any one answer (default 30).</source>
        <translation>等待单个应答的秒数（默认30）。</translation>
    </message>
    <message>
        <source>Clients logging in at once while preparing (default 4).</source>
        <translation>准备阶段同时登录的客户端数（默认4）。</translation>
    </message>
    <message>
        <source>push: the item the windows register cases for (default: the first that a window clerk accepts).</source>
        <translation>push：窗口登记办件所用的事项（默认：第一个由窗口受理员受理的事项）。</translation>
    </message>
    <message>
        <source>push: sign every command with its clerk&apos;s SM2 key even when the hall does not require signatures (it is always done when it does).</source>
        <translation>push：即使大厅不要求签名，也用受理员的SM2密钥为每条操作指令签名（大厅要求时总会签名）。</translation>
    </message>
    <message>
        <source>Print the figures as one JSON object.</source>
        <translation>以一个JSON对象输出各项数据。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an https:// address on this machine (127.0.0.1, ::1 or localhost); loadgen talks to this machine only.</source>
        <translation>--%1：“%2”不是本机（127.0.0.1、::1或localhost）的https://地址；loadgen只与本机通信。</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not one of %2</source>
        <translation>--mode：“%1”不是%2之一</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1：“%2”不是%3到%4之间的整数</translation>
    </message>
    <message>
        <source>Puts a hall&apos;s server on this machine under load and measures it (DESIGN.md §7). push: windows register and accept cases, pushing real commands (signed when the hall requires it or --sign is given) over mutual TLS, each with its own workstation certificate, session and sequence, while supervision screens hold the live feed open and pull on every poke; it reports commands applied per second, push latency per request and per command, and how long a change took to reach every screen. empty-pull: requests per second of pulls that find nothing new, or of a static address (--url). pg-notify: LISTEN/NOTIFY round trips of a PostgreSQL server. The workstations (LGW0001…, LGS0001…) and users (loadgen.window.0001…, loadgen.screen.0001…) are enrolled and set up in the hall each run, with new certificates, a new password and new keys. Runs for a bounded time and stops by itself. Exit status 0 when nothing failed, 1 otherwise, 2 usage error.</source>
        <translation>对本机上的大厅服务器加压并测量其性能（DESIGN.md §7）。push：各窗口登记并受理办件，通过双向TLS推送真实的操作指令（大厅要求签名或指定--sign时签名），每个窗口使用各自的工作站证书、会话和序号；同时各监察屏保持实时通道并在每次通知后拉取。报告每秒执行的操作指令数、每个请求和每条指令的推送延迟，以及一次变更传到所有监察屏所用的时间。empty-pull：没有新数据的拉取（或--url指定的静态地址）每秒可处理的请求数。pg-notify：PostgreSQL服务器的LISTEN/NOTIFY往返。每次运行都会在大厅中注册并设置工作站（LGW0001…、LGS0001…）和用户（loadgen.window.0001…、loadgen.screen.0001…），使用新的证书、新的密码和新的密钥。运行时间有上限，到时自动停止。退出状态：全部成功为0，否则为1，用法错误为2。</translation>
    </message>
    <message>
        <source>The server %1 does not answer GET /v1/health: %2 %3</source>
        <translation>服务器%1未应答GET /v1/health：%2 %3</translation>
    </message>
    <message>
        <source>loadgen: enrolling %1 workstations in %2…</source>
        <translation>loadgen：正在%2中注册%1个工作站……</translation>
    </message>
    <message>
        <source>loadgen: logging %1 clients in, then %2 s of load…</source>
        <translation>loadgen：正在登录%1个客户端，随后加压%2秒……</translation>
    </message>
    <message>
        <source>loadgen: load started with %1 clients ready, for %2 s</source>
        <translation>loadgen：已有%1个客户端就绪，开始加压，持续%2秒</translation>
    </message>
    <message>
        <source>Simulate windows and screens against a server, for benchmarks</source>
        <translation>模拟窗口和监察屏对服务器加压，用于性能测试</translation>
    </message>
</context>
<context>
    <name>LocalCertificates</name>
    <message>
        <source>The certificate keys kept on this workstation cannot be read (%1); synchronise with the server to fetch them again.</source>
        <translation>无法读取本工作站保存的证照密钥（%1）；请与服务器同步，重新获取密钥。</translation>
    </message>
    <message>
        <source>This workstation has no certificate keys yet: connect to the hall server once so that certificates can be checked, also offline.</source>
        <translation>本工作站尚无证照密钥：请连接大厅服务器一次，以便核验证照（离线时也可核验）。</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The folder for the store does not exist: %1</source>
        <translation>数据库所在目录不存在：%1</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>无法打开数据库%1：%2</translation>
    </message>
    <message>
        <source>The store %1 failed while %2: %3</source>
        <translation>数据库%1在%2时出错：%3</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>saving the %1 calendar</source>
        <translation>保存%1年工作日日历</translation>
    </message>
    <message>
        <source>saving a local closure</source>
        <translation>保存本地闭厅日</translation>
    </message>
    <message>
        <source>reading the calendars</source>
        <translation>读取工作日日历</translation>
    </message>
    <message>
        <source>reading the local closures</source>
        <translation>读取本地闭厅日</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue was not published: %n problem(s) found.
%1</source>
        <translation>
            <numerusform>事项目录未发布：发现%n个问题。
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>publishing the catalogue</source>
        <translation>发布事项目录</translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation>读取事项目录</translation>
    </message>
    <message>
        <source>The store has no catalogue version %1.</source>
        <translation>数据库中没有事项目录第%1版。</translation>
    </message>
    <message>
        <source>applying events</source>
        <translation>应用事件</translation>
    </message>
    <message>
        <source>storing event %1 of case %2</source>
        <translation>保存办件%2的第%1个事件</translation>
    </message>
    <message>
        <source>updating the read model of case %1</source>
        <translation>更新办件%1的查询视图</translation>
    </message>
    <message>
        <source>reading the events of a case</source>
        <translation>读取办件事件</translation>
    </message>
    <message>
        <source>counting events</source>
        <translation>统计事件数量</translation>
    </message>
    <message>
        <source>reading the events</source>
        <translation>读取事件</translation>
    </message>
    <message>
        <source>reading the cases</source>
        <translation>读取办件</translation>
    </message>
    <message>
        <source>reading a case</source>
        <translation>读取办件</translation>
    </message>
    <message>
        <source>searching cases</source>
        <translation>查询办件</translation>
    </message>
    <message>
        <source>rebuilding the read model</source>
        <translation>重建查询视图</translation>
    </message>
    <message>
        <source>queueing a command for the server</source>
        <translation>将操作指令加入待上传服务器的队列</translation>
    </message>
    <message>
        <source>counting queued commands</source>
        <translation>统计待上传的操作指令</translation>
    </message>
    <message>
        <source>The number range %1–%2 is empty or starts below 1.</source>
        <translation>号段%1–%2为空或起始号小于1。</translation>
    </message>
    <message>
        <source>checking number ranges</source>
        <translation>检查号段</translation>
    </message>
    <message>
        <source>The number range %1–%2 overlaps the range %3–%4 already leased.</source>
        <translation>号段%1–%2与已领用的号段%3–%4重叠。</translation>
    </message>
    <message>
        <source>saving a number range</source>
        <translation>保存号段</translation>
    </message>
    <message>
        <source>taking a number</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>No %1 numbers are left for %2 in %3: ask the server for a new range.</source>
        <translation>大厅%2在%3年的%1编号已用完，请向服务器申请新的号段。</translation>
    </message>
    <message>
        <source>reading an item</source>
        <translation>读取事项</translation>
    </message>
    <message>
        <source>No item %1 with flow version %2 was ever published in this hall.</source>
        <translation>本大厅从未发布过流程版本为第%2版的事项%1。</translation>
    </message>
    <message>
        <source>counting the numbers left</source>
        <translation>统计剩余编号</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>提交事务</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>读取待上传队列</translation>
    </message>
    <message>
        <source>The command was numbered %1 for the server, but the next number in the outbox is %2.</source>
        <translation>操作指令的上传序号为%1，但待上传队列中的下一个序号为%2。</translation>
    </message>
    <message>
        <source>marking command %1 as sent</source>
        <translation>将操作指令%1标记为已发送</translation>
    </message>
    <message>
        <source>recording the server&apos;s answer</source>
        <translation>记录服务器的答复</translation>
    </message>
    <message>
        <source>The server answered for command %1, which is not in the outbox.</source>
        <translation>服务器答复了操作指令%1，但待上传队列中没有该指令。</translation>
    </message>
    <message>
        <source>reading the rejected commands</source>
        <translation>读取被拒绝的操作指令</translation>
    </message>
    <message>
        <source>dismissing a rejected command</source>
        <translation>将被拒绝的操作指令标记为已查看</translation>
    </message>
    <message>
        <source>dropping the unconfirmed events of case %1</source>
        <translation>丢弃办件%1未经确认的事件</translation>
    </message>
    <message>
        <source>reading the unconfirmed events</source>
        <translation>读取未经确认的事件</translation>
    </message>
    <message>
        <source>removing case %1 from the read model</source>
        <translation>从查询视图中删除办件%1</translation>
    </message>
    <message>
        <source>saving the sync state</source>
        <translation>保存同步状态</translation>
    </message>
    <message>
        <source>ending the session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>storing catalogue version %1</source>
        <translation>保存事项目录第%1版</translation>
    </message>
    <message>
        <source>storing item %1</source>
        <translation>保存事项%1</translation>
    </message>
    <message>
        <source>storing department %1</source>
        <translation>保存部门%1</translation>
    </message>
    <message>
        <source>replacing the calendars</source>
        <translation>替换工作日日历</translation>
    </message>
    <message>
        <source>saving the users</source>
        <translation>保存用户</translation>
    </message>
    <message>
        <source>saving user %1</source>
        <translation>保存用户%1</translation>
    </message>
    <message>
        <source>reading user %1</source>
        <translation>读取用户%1</translation>
    </message>
</context>
<context>
    <name>MaterialScanArchive</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件%1：%2</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件%1为空。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB; scan it again at a lower resolution.</source>
        <translation>文件%1超过%2 MiB，请降低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, JPEG, PNG or TIFF file; only these can be attached.</source>
        <translation>文件%1不是PDF、JPEG、PNG或TIFF文件；只能添加这几种格式的文件。</translation>
    </message>
    <message>
        <source>The copy of %1 cannot be kept in %2: %3</source>
        <translation>无法将%1的副本保存到%2：%3</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The store cannot be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>This store was created by a newer version of Sunhall (schema %1; this program knows schema %2 at most). It was left unchanged: install the newer Sunhall to open it.</source>
        <translation>该数据库由更高版本的Sunhall创建（结构版本%1；本程序最高支持结构版本%2）。数据库未作任何改动，请安装新版Sunhall后再打开。</translation>
    </message>
    <message>
        <source>Cannot start the upgrade of the store to schema %1: %2</source>
        <translation>无法开始将数据库升级到结构版本%1：%2</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation>将数据库升级到结构版本%1失败：%2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>No amount was entered.</source>
        <translation>未输入金额。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: it has more than one decimal point.</source>
        <translation>“%1”不是有效金额：含有多个小数点。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: “%2” is not allowed. Write digits, with at most one decimal point.</source>
        <translation>“%1”不是有效金额：不允许使用“%2”。请输入数字，最多包含一个小数点。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write digits on both sides of the decimal point.</source>
        <translation>“%1”不是有效金额：小数点两侧都应有数字。</translation>
    </message>
    <message>
        <source>“%1” has %2 decimal places; an amount in yuan has at most two (jiao and fen).</source>
        <translation>“%1”有%2位小数；以元为单位的金额最多保留两位小数（角、分）。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: the thousands separators are misplaced.</source>
        <translation>“%1”不是有效金额：千位分隔符位置不正确。</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount.</source>
        <translation>“%1”金额过大。</translation>
    </message>
    <message>
        <source>“%1” is negative; the amount must not be below zero.</source>
        <translation>“%1”为负数；金额不能小于零。</translation>
    </message>
</context>
<context>
    <name>NoticeComposer</name>
    <message>
        <source>The applicant gave no phone number.</source>
        <translation>申请人未提供联系电话。</translation>
    </message>
    <message>
        <source>The applicant&apos;s phone number %1 is not a mobile number.</source>
        <translation>申请人的联系电话%1不是手机号码。</translation>
    </message>
</context>
<context>
    <name>NoticeOutbox</name>
    <message>
        <source>reading the notice cursor</source>
        <translation>读取通知游标</translation>
    </message>
    <message>
        <source>writing SMS notices to the outbox</source>
        <translation>将短信通知写入发件箱</translation>
    </message>
    <message>
        <source>reading the SMS notices due</source>
        <translation>读取到期待发的短信通知</translation>
    </message>
    <message>
        <source>taking SMS notices to send</source>
        <translation>取出待发送的短信通知</translation>
    </message>
    <message>
        <source>recording what became of SMS notices</source>
        <translation>记录短信通知的发送结果</translation>
    </message>
    <message>
        <source>queueing the failed SMS notices again</source>
        <translation>将发送失败的短信通知重新加入发送队列</translation>
    </message>
    <message>
        <source>counting the SMS notices</source>
        <translation>统计短信通知</translation>
    </message>
    <message>
        <source>reading when the next SMS notice is due</source>
        <translation>读取下一条短信通知的发送时间</translation>
    </message>
    <message>
        <source>reading the latest SMS notices</source>
        <translation>读取最近的短信通知</translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>The template is empty: write the text of the message.</source>
        <translation>模板为空：请填写短信内容。</translation>
    </message>
    <message>
        <source>The template has %1 characters; at most %2 are allowed.</source>
        <translation>模板共%1个字符，最多允许%2个字符。</translation>
    </message>
    <message>
        <source>The braces in the template do not pair up: each placeholder is a name between { and }, such as {applicant}.</source>
        <translation>模板中的花括号不成对：每个占位符都是位于{和}之间的名称，例如{applicant}。</translation>
    </message>
    <message>
        <source>The template uses {%1}, which is not a placeholder. The placeholders are %2.</source>
        <translation>模板中使用了{%1}，但它不是占位符。可用的占位符为%2。</translation>
    </message>
</context>
<context>
    <name>NoticeWriter</name>
    <message>
        <source>The item %1 (version %2) of the case is not in the hall&apos;s catalogue.</source>
        <translation>该办件的事项%1（第%2版）不在本大厅的事项目录中。</translation>
    </message>
    <message>
        <source>The certificate was handed over before the notice was written.</source>
        <translation>生成通知之前，证照已经发放。</translation>
    </message>
</context>
<context>
    <name>NotifyCommand</name>
    <message>
        <source>sunhallctl notify template: unknown command &quot;%1&quot;</source>
        <translation>sunhallctl notify template：未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: sunhallctl notify template list --dir HALL</source>
        <translation>用法：sunhallctl notify template list --dir HALL</translation>
    </message>
    <message>
        <source>       sunhallctl notify template set --dir HALL --kind KIND (--text TEXT | --file FILE | --default)</source>
        <translation>       sunhallctl notify template set --dir HALL --kind KIND (--text TEXT | --file FILE | --default)</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>通知类型：%1</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>Counts the SMS notices in the hall&apos;s outbox: queued (waiting to be sent or tried again), sent, failed (given up) and skipped (no mobile number); with --list, the latest notices.</source>
        <translation>统计本大厅发件箱中的短信通知：待发送（等待发送或重试）、已发送、发送失败（已放弃）和已跳过（无手机号码）；指定--list时，同时列出最近的通知。</translation>
    </message>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>Also list the latest N notices.</source>
        <translation>同时列出最近的N条通知。</translation>
    </message>
    <message>
        <source>queued: %1</source>
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>发送失败：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>next attempt: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message>
        <source>Queues the failed SMS notices again: the server tries each at once.</source>
        <translation>将发送失败的短信通知重新加入发送队列：服务器将立即逐条重新发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed notice(s) queued again.</source>
        <translation>
            <numerusform>已将%n条发送失败的通知重新加入发送队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the text of each SMS notice to applicants, the hall&apos;s own or the default.</source>
        <translation>显示发送给申请人的各类短信通知的内容（本大厅自定义内容或默认内容）。</translation>
    </message>
    <message>
        <source>the hall&apos;s own</source>
        <translation>本大厅自定义</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Sets the text of one kind of SMS notice to applicants. The next notice of that kind uses it. Placeholders: %1.</source>
        <translation>设置发送给申请人的某一类短信通知的内容，该类通知自下一条起即采用新内容。占位符：%1。</translation>
    </message>
    <message>
        <source>Which notice: %1.</source>
        <translation>通知类型：%1。</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>新的通知内容。</translation>
    </message>
    <message>
        <source>Read the new text from a UTF-8 file.</source>
        <translation>从UTF-8文件中读取新的通知内容。</translation>
    </message>
    <message>
        <source>Go back to the default text.</source>
        <translation>恢复为默认内容。</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a kind of notice; the kinds are %2</source>
        <translation>--kind：“%1”不是通知类型；可用的通知类型为%2</translation>
    </message>
    <message>
        <source>The %1 notice now reads:</source>
        <translation>%1通知的内容现为：</translation>
    </message>
    <message>
        <source>give exactly one of --text, --file and --default</source>
        <translation>请在--text、--file和--default中指定且仅指定一项</translation>
    </message>
    <message>
        <source>--file: cannot read %1</source>
        <translation>--file：无法读取%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>已尝试%n次</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the texts of the SMS notices</source>
        <translation>显示或设置短信通知的内容</translation>
    </message>
    <message>
        <source>Count the SMS notices by state</source>
        <translation>按状态统计短信通知</translation>
    </message>
    <message>
        <source>Queue the failed SMS notices again</source>
        <translation>将发送失败的短信通知重新加入发送队列</translation>
    </message>
</context>
<context>
    <name>NumberLease</name>
    <message>
        <source>The number lease has no whole number for “%1”.</source>
        <translation>号段中的“%1”不是整数。</translation>
    </message>
    <message>
        <source>The number lease names no workstation.</source>
        <translation>号段未指定工作站。</translation>
    </message>
    <message>
        <source>The number lease is for the year %1, which does not have four digits.</source>
        <translation>号段的年份%1不是四位数字。</translation>
    </message>
    <message>
        <source>The number lease starts at serial %1, which is not from 1 to %2.</source>
        <translation>号段的起始流水号%1不在1至%2之间。</translation>
    </message>
    <message>
        <source>The number lease ends at serial %1, which is not from its first serial %2 to %3.</source>
        <translation>号段的结束流水号%1不在起始流水号%2至%3之间。</translation>
    </message>
    <message>
        <source>The number lease&apos;s next serial %1 is outside its range %2 to %3.</source>
        <translation>号段的下一个流水号%1超出了号段范围%2至%3。</translation>
    </message>
    <message>
        <source>Workstation %1 has used every %2 of its range (hall %3, year %4, serials %5 to %6); it needs a new range from the server.</source>
        <translation>工作站%1已用完其号段内的全部%2（大厅%3，%4年，流水号%5至%6），需要向服务器申请新的号段。</translation>
    </message>
    <message>
        <source>The number lease is for “%1”, which is not case, receipt or certificate.</source>
        <translation>号段的编号类型“%1”无效，应为受理编号、票据号码或证照编号。</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>%1 passes (allowed: 1 to %2)</source>
        <translation>迭代%1次（允许1至%2次）</translation>
    </message>
    <message>
        <source>%1 lanes (allowed: 1 to %2)</source>
        <translation>并行度%1（允许1至%2）</translation>
    </message>
    <message>
        <source>%1 KiB of memory (allowed: %2 to %3 KiB)</source>
        <translation>内存%1 KiB（允许%2至%3 KiB）</translation>
    </message>
    <message>
        <source>The password hashing settings are out of range: %1.</source>
        <translation>密码哈希参数超出范围：%1。</translation>
    </message>
    <message>
        <source>Could not get random bytes for the password salt (OpenSSL: %1).</source>
        <translation>无法为密码盐值生成随机数（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>Could not hash the password (Argon2: %1).</source>
        <translation>无法计算密码哈希（Argon2：%1）。</translation>
    </message>
    <message>
        <source>Could not check the password against the stored hash (Argon2: %1).</source>
        <translation>无法根据已存储的哈希校验密码（Argon2：%1）。</translation>
    </message>
    <message>
        <source>The stored password hash is damaged or is not an Argon2id hash, so the password cannot be checked. An administrator must reset this password.</source>
        <translation>已存储的密码哈希已损坏或不是Argon2id哈希，无法校验密码。请由系统管理员重置该密码。</translation>
    </message>
    <message>
        <source>The stored password hash asks for %1, beyond what this system accepts, so the password cannot be checked. An administrator must reset this password.</source>
        <translation>已存储的密码哈希要求%1，超出本系统允许的范围，无法校验密码。请由系统管理员重置该密码。</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>The field %1 names the role &quot;%2&quot;, which does not exist.</source>
        <translation>字段%1中的角色“%2”不存在。</translation>
    </message>
    <message>
        <source>The field %1 must be %2.</source>
        <translation>字段%1必须是%2。</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64编码</translation>
    </message>
    <message>
        <source>The field %1 must be a SHA-256 digest: 64 lowercase hexadecimal digits.</source>
        <translation>字段%1必须是SHA-256摘要：64位小写十六进制数字。</translation>
    </message>
    <message>
        <source>The field %1 has the value &quot;%2&quot;, which is not one of the allowed values.</source>
        <translation>字段%1的值“%2”不是允许的取值。</translation>
    </message>
    <message>
        <source>The field %1 is required but was not given.</source>
        <translation>缺少必填字段%1。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The field %1 must not be blank.</source>
        <translation>字段%1不能为空。</translation>
    </message>
    <message>
        <source>The field %1 has %2 characters; at most %3 are allowed.</source>
        <translation>字段%1有%2个字符，最多允许%3个。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>The field %1 is %2; it must be between %3 and %4.</source>
        <translation>字段%1的值为%2，必须在%3至%4之间。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true或false</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>a date and time such as 2025-01-20T09:30:00+08:00</source>
        <translation>日期时间（如2025-01-20T09:30:00+08:00）</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>对象列表</translation>
    </message>
    <message>
        <source>The level %1 is not on the %2-level scale.</source>
        <translation>评价等级%1不在%2级评价标准范围内。</translation>
    </message>
</context>
<context>
    <name>PemFile</name>
    <message>
        <source>%1 already exists; Sunhall never overwrites a key or certificate file.</source>
        <translation>%1已存在；Sunhall不会覆盖密钥或证书文件。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 KiB a key or certificate file may be.</source>
        <translation>%1超过了密钥或证书文件的大小上限（%2 KiB）。</translation>
    </message>
</context>
<context>
    <name>PgNotifyProbe</name>
    <message>
        <source>The PostgreSQL driver of Qt is not installed, so %1 cannot be opened. Install the package libqt6sql6-psql.</source>
        <translation>未安装Qt的PostgreSQL驱动，无法打开%1。请安装软件包libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库%1：%2</translation>
    </message>
    <message>
        <source>LISTEN %1 failed: %2</source>
        <translation>LISTEN %1失败：%2</translation>
    </message>
    <message>
        <source>no notification within %1 ms</source>
        <translation>%1毫秒内未收到通知</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation>没有可放入二维码的文本。</translation>
    </message>
    <message>
        <source>The text for the QR code contains a NUL character, which a QR code cannot carry here.</source>
        <translation>二维码文本中含有NUL字符，此处的二维码无法承载该字符。</translation>
    </message>
    <message>
        <source>The text for the QR code is %1 bytes long; a QR code holds at most %2 bytes. Shorten the text.</source>
        <translation>二维码文本长度为%1字节；二维码最多可容纳%2字节。请缩短文本。</translation>
    </message>
    <message>
        <source>The text for the QR code is too long for a QR code (%1 bytes). Shorten the text.</source>
        <translation>二维码文本过长，无法生成二维码（%1字节）。请缩短文本。</translation>
    </message>
    <message>
        <source>The QR code could not be made (error %1).</source>
        <translation>无法生成二维码（错误%1）。</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <source>No receipt numbered %1 is recorded at this workstation.</source>
        <translation>本工作站没有票据号码为%1的票据记录。</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
</context>
<context>
    <name>ReferenceApi</name>
    <message>
        <source>There is no catalogue version %1; the latest is %2.</source>
        <translation>没有事项目录第%1版，最新版本为第%2版。</translation>
    </message>
    <message>
        <source>No catalogue has been published in this hall yet.</source>
        <translation>本大厅尚未发布事项目录。</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The closure %1 of the server&apos;s calendar is not a date.</source>
        <translation>服务器日历中的闭厅日%1不是有效日期。</translation>
    </message>
    <message>
        <source>The server leased the empty range %1–%2.</source>
        <translation>服务器分配的号段%1–%2为空。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate key set cannot be read: %1</source>
        <translation>无法读取服务器的证照密钥集：%1</translation>
    </message>
</context>
<context>
    <name>RefusalDecisionDocument</name>
    <message>
        <source>The case %1 was not refused, so there is no refusal decision to print.</source>
        <translation>办件%1并非不予受理，没有可打印的不予受理决定书。</translation>
    </message>
    <message>
        <source>the administrative review body</source>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <source>a people&apos;s court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>If you do not accept this decision, you may apply to %1 for administrative review within 60 days of receiving it, under the Administrative Reconsideration Law of the People&apos;s Republic of China, or bring an administrative lawsuit before %2 within 6 months of receiving it, under the Administrative Litigation Law of the People&apos;s Republic of China.</source>
        <translation>如不服本决定，可以自收到本决定书之日起60日内依照《中华人民共和国行政复议法》向%1申请行政复议，或者自收到本决定书之日起6个月内依照《中华人民共和国行政诉讼法》向%2提起行政诉讼。</translation>
    </message>
    <message>
        <source>Decision not to accept an application</source>
        <translation>不予受理决定书</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>item code and applicant</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <comment>salutation: applicant name and ID</comment>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>On %1 you applied for &quot;%2&quot; (item %3). Having examined the application, %4 has decided not to accept it, for the following reason:</source>
        <translation>你（单位）于%1申请办理“%2”（事项编码%3）。经审查，%4决定不予受理，理由如下：</translation>
    </message>
    <message>
        <source>This decision is made under Article 32 of the Administrative Licensing Law of the People&apos;s Republic of China.</source>
        <translation>本决定依据《中华人民共和国行政许可法》第三十二条作出。</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Window %1 · %2</source>
        <comment>window and clerk</comment>
        <translation>窗口%1 · %2</translation>
    </message>
    <message>
        <source>Received by the applicant: ____________    Date: __________</source>
        <translation>申请人签收：____________    日期：__________</translation>
    </message>
</context>
<context>
    <name>RuleContext</name>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>(not yet registered)</source>
        <translation>（尚未登记）</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>（申请人：%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Case %1 cannot do &quot;%2&quot; now: no step of its flow is running.</source>
        <translation>办件%1当前不能办理“%2”：流程中没有正在办理的环节。</translation>
    </message>
    <message>
        <source>Case %1 cannot do &quot;%2&quot; now: the current step is %3. Steps are done in the order of the published flow.</source>
        <translation>办件%1当前不能办理“%2”：当前环节为%3。各环节须按已发布的流程顺序办理。</translation>
    </message>
    <message>
        <source>The branch of department %1 of step &quot;%2&quot; of case %3 is already done; the branches still open are %4.</source>
        <translation>办件%3“%2”环节中部门%1的分支已办理完毕；尚未办理的分支为：%4。</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; of case %2 has no open branch for department %3; the open branches are %4.</source>
        <translation>办件%2的“%1”环节中没有部门%3待办理的分支；待办理的分支为：%4。</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; of case %2 runs in parallel in the departments %3; say which department&apos;s branch this is.</source>
        <translation>办件%2的“%1”环节由部门%3并联办理，请指明本次办理的是哪个部门的分支。</translation>
    </message>
    <message>
        <source>%1 is a %2 but not in department %3, which handles step &quot;%4&quot; of case %5.</source>
        <translation>%1是%2，但不属于负责办件%5“%4”环节的部门%3。</translation>
    </message>
    <message>
        <source>%1 cannot act on step &quot;%2&quot; of case %3: it needs the role %4 in department %5.</source>
        <translation>%1无权办理办件%3的“%2”环节：需要具有部门%5的%4角色。</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; of case %2 was claimed by %3; only they can act on it now.</source>
        <translation>办件%2的“%1”环节已由%3认领，目前只有该人员可以办理。</translation>
    </message>
    <message>
        <source>%1 cannot %2 for case %3: it needs the role %4.</source>
        <translation>%1无权对办件%3%2：需要具有%4角色。</translation>
    </message>
    <message>
        <source>%1 cannot %2 for case %3: it needs the role %4 in department %5.</source>
        <translation>%1无权对办件%3%2：需要具有部门%5的%4角色。</translation>
    </message>
    <message>
        <source>A written reason is required to %1 (case %2). Write the reason and try again.</source>
        <translation>%1须写明理由（办件%2）。请填写理由后重试。</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3.</source>
        <translation>%1是%2，不是%3。</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>(default: %1)</source>
        <translation>（默认：%1）</translation>
    </message>
    <message>
        <source>The Sunhall hall server: the hall&apos;s store, sync, live feed and audit chain over HTTPS with mutual TLS. Logs one line per event to stderr; stops cleanly on SIGTERM or SIGINT. Exit status: 0 stopped cleanly, 1 could not start or stop cleanly, 2 usage error.</source>
        <translation>Sunhall大厅服务器：通过双向TLS认证的HTTPS提供大厅数据库、同步、实时推送和审计链服务。每个事件向stderr输出一行日志；收到SIGTERM或SIGINT时正常停止。退出状态：0 表示正常停止，1 表示无法启动或未能正常停止，2 表示用法错误。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助信息。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>The hall folder made by &apos;sunhallctl hall init&apos; (required).</source>
        <translation>由“sunhallctl hall init”创建的大厅数据目录（必填）。</translation>
    </message>
    <message>
        <source>The address and port to listen on; port 0 picks a free one (the log names it).</source>
        <translation>监听的地址和端口；端口为0时自动选择空闲端口（日志中会注明）。</translation>
    </message>
    <message>
        <source>The hall&apos;s PostgreSQL database (postgresql://USER:PASS@HOST:PORT/DB) instead of the one hall.json names, or of SQLite in HALL/hall.db.</source>
        <translation>大厅的PostgreSQL数据库（postgresql://USER:PASS@HOST:PORT/DB），用于代替hall.json中指定的数据库或HALL/hall.db中的SQLite数据库。</translation>
    </message>
    <message>
        <source>Seconds a client has to finish the TLS handshake.</source>
        <translation>客户端完成TLS握手的时限（秒）。</translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request.</source>
        <translation>客户端发送完整请求的时限（秒）。</translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive connection stays open.</source>
        <translation>空闲的keep-alive连接保持打开的时间（秒）。</translation>
    </message>
    <message>
        <source>Seconds a response may wait for a client that stops reading.</source>
        <translation>客户端停止读取时，响应最多等待的时间（秒）。</translation>
    </message>
    <message>
        <source>Seconds requests in flight get to finish when stopping.</source>
        <translation>停止服务时，留给处理中请求完成的时间（秒）。</translation>
    </message>
    <message>
        <source>Connections open at once, in all.</source>
        <translation>同时打开的连接总数上限。</translation>
    </message>
    <message>
        <source>Connections open at once from one address.</source>
        <translation>来自同一地址的同时连接数上限。</translation>
    </message>
    <message>
        <source>Events between two signed audit checkpoints.</source>
        <translation>两个已签名审计检查点之间的事件数。</translation>
    </message>
    <message>
        <source>Seconds between two sweeps that close the connections of revoked workstations.</source>
        <translation>两次清理之间的间隔（秒），每次清理都会关闭已吊销工作站的连接。</translation>
    </message>
    <message>
        <source>Try &apos;sunhall-server --help&apos;.</source>
        <translation>请运行“sunhall-server --help”查看帮助。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>the option --dir is required</source>
        <translation>必须指定选项--dir</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not HOST:PORT</source>
        <translation>--listen：“%1”不是HOST:PORT格式</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number of seconds</source>
        <translation>--%1：“%2”不是有效的秒数</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 1 to 1000000</source>
        <translation>--%1：“%2”不是1至1000000之间的整数</translation>
    </message>
    <message>
        <source>Also answer certificate verification (GET /v1/verify?qr=…) on this address and port, over HTTPS without a client certificate, read-only and rate-limited; port 0 picks a free one (the log names it). Off unless given.</source>
        <translation>同时在此地址和端口上提供证照核验服务（GET /v1/verify?qr=…）：通过HTTPS提供，无需客户端证书，只读且限制请求频率；端口为0时自动选择空闲端口（日志中会注明）。未指定时不开启。</translation>
    </message>
    <message>
        <source>Where SMS notices to applicants go: &quot;file&quot; appends them to HALL/sms-outbox/YYYY-MM-DD.jsonl, &quot;http&quot; posts them to --sms-url.</source>
        <translation>发送给申请人的短信通知的去向：“file”表示追加写入HALL/sms-outbox/YYYY-MM-DD.jsonl，“http”表示以POST方式发送至--sms-url。</translation>
    </message>
    <message>
        <source>The address the HTTP gateway posts each SMS notice to (http:// or https://).</source>
        <translation>使用HTTP网关时，每条短信通知以POST方式发送到的地址（http://或https://）。</translation>
    </message>
    <message>
        <source>The CA certificate(s) the HTTPS gateway is trusted by (default: the hall&apos;s CA, HALL/ca/ca.pem).</source>
        <translation>用于信任HTTPS网关的CA证书（默认：本大厅的CA，即HALL/ca/ca.pem）。</translation>
    </message>
    <message>
        <source>Seconds the SMS gateway has to answer.</source>
        <translation>短信网关的应答时限（秒）。</translation>
    </message>
    <message>
        <source>Seconds before an SMS notice the gateway did not take is tried again; the wait doubles with each attempt.</source>
        <translation>网关未接收的短信通知在重试前等待的秒数；每尝试一次，等待时间加倍。</translation>
    </message>
    <message>
        <source>The longest wait between two attempts, in seconds.</source>
        <translation>两次尝试之间的最长等待时间（秒）。</translation>
    </message>
    <message>
        <source>Attempts before an SMS notice is given up (it stays on record as failed).</source>
        <translation>放弃发送短信通知前的尝试次数（放弃后该通知仍记录为发送失败）。</translation>
    </message>
    <message>
        <source>--sms-gateway: &quot;%1&quot; is neither &quot;file&quot; nor &quot;http&quot;</source>
        <translation>--sms-gateway：“%1”既不是“file”也不是“http”</translation>
    </message>
    <message>
        <source>--sms-gateway http needs --sms-url</source>
        <translation>--sms-gateway http须与--sms-url一起使用</translation>
    </message>
    <message>
        <source>--sms-url: &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>--sms-url：“%1”不是http://或https://地址</translation>
    </message>
    <message>
        <source>--sms-attempts: &quot;%1&quot; is not a whole number from 1 to 1000</source>
        <translation>--sms-attempts：“%1”不是1至1000之间的整数</translation>
    </message>
    <message>
        <source>--public-verify: &quot;%1&quot; is not HOST:PORT</source>
        <translation>--public-verify：“%1”不是HOST:PORT格式</translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>signal %1 received</source>
        <translation>收到信号%1</translation>
    </message>
    <message>
        <source>cannot install the SIGTERM and SIGINT handlers</source>
        <translation>无法安装SIGTERM和SIGINT信号处理程序</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>The hall store %1 cannot be read: %2</source>
        <translation>无法读取大厅数据库%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Sunhall hall store (it may be a client&apos;s store or another program&apos;s database). It was left unchanged.</source>
        <translation>%1不是Sunhall大厅数据库（可能是客户端数据库或其他程序的数据库），未作任何改动。</translation>
    </message>
    <message>
        <source>The hall store %1 was created by a newer version of Sunhall (schema %2; this program knows schema %3 at most). It was left unchanged: install the newer Sunhall to open it.</source>
        <translation>大厅数据库%1由更高版本的Sunhall创建（结构版本%2；本程序最高支持结构版本%3）。数据库未作任何改动，请安装新版Sunhall后再打开。</translation>
    </message>
    <message>
        <source>upgrading its schema</source>
        <translation>升级数据库结构</translation>
    </message>
    <message>
        <source>Upgrading the hall store %1 to schema %2 failed: %3</source>
        <translation>将大厅数据库%1升级到结构版本%2失败：%3</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>updating the reference data version</source>
        <translation>更新基础数据版本</translation>
    </message>
    <message>
        <source>The hall folder %1 does not exist.</source>
        <translation>大厅数据目录%1不存在。</translation>
    </message>
    <message>
        <source>The hall store %1 cannot be opened: %2</source>
        <translation>无法打开大厅数据库%1：%2</translation>
    </message>
    <message>
        <source>setting it up</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed, so %1 cannot be opened. Install the package libqt6sql6-psql.</source>
        <translation>未安装Qt的PostgreSQL驱动，无法打开%1。请安装软件包libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation>保存设置%1</translation>
    </message>
    <message>
        <source>saving the %1 calendar</source>
        <translation>保存%1年工作日日历</translation>
    </message>
    <message>
        <source>saving the local closure on %1</source>
        <translation>保存%1的本地闭厅日</translation>
    </message>
    <message>
        <source>reading the calendars</source>
        <translation>读取工作日日历</translation>
    </message>
    <message>
        <source>reading the local closures</source>
        <translation>读取本地闭厅日</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue was not published: %n problem(s) found.
%1</source>
        <translation>
            <numerusform>事项目录未发布：发现%n个问题。
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>publishing the catalogue</source>
        <translation>发布事项目录</translation>
    </message>
    <message>
        <source>publishing catalogue version %1</source>
        <translation>发布事项目录第%1版</translation>
    </message>
    <message>
        <source>reading catalogue version %1</source>
        <translation>读取事项目录第%1版</translation>
    </message>
    <message>
        <source>The hall has no catalogue version %1.</source>
        <translation>本大厅没有事项目录第%1版。</translation>
    </message>
    <message>
        <source>reading the item %1</source>
        <translation>读取事项%1</translation>
    </message>
    <message>
        <source>No item %1 with flow version %2 was ever published in this hall.</source>
        <translation>本大厅从未发布过流程版本为第%2版的事项%1。</translation>
    </message>
    <message>
        <source>reading the last command of workstation %1</source>
        <translation>读取工作站%1的最后一条操作指令</translation>
    </message>
    <message>
        <source>reading command %1 of workstation %2</source>
        <translation>读取工作站%2的操作指令%1</translation>
    </message>
    <message>
        <source>recording command %1 of workstation %2</source>
        <translation>记录工作站%2的操作指令%1</translation>
    </message>
    <message>
        <source>checking a command</source>
        <translation>检查操作指令</translation>
    </message>
    <message>
        <source>Workstation %1 sent command number %2, but the server expects number %3 next: the commands in between are missing. Send them first.</source>
        <translation>工作站%1发送的是第%2号操作指令，但服务器期待的下一条是第%3号：中间的操作指令缺失，请先发送这些指令。</translation>
    </message>
    <message>
        <source>Workstation %1 already sent another command as number %2, or this command (%3) was already recorded under another number; it was not recorded again.</source>
        <translation>工作站%1已用第%2号发送过另一条操作指令，或本操作指令（%3）已用其他序号记录过；本次未重复记录。</translation>
    </message>
    <message>
        <source>The events decided for case %1 do not follow its stored events; nothing was recorded.</source>
        <translation>为办件%1生成的事件与其已存储的事件不衔接，未记录任何内容。</translation>
    </message>
    <message>
        <source>storing event %1 of case %2</source>
        <translation>保存办件%2的第%1个事件</translation>
    </message>
    <message>
        <source>storing the result of command %1 of workstation %2</source>
        <translation>保存工作站%2操作指令%1的处理结果</translation>
    </message>
    <message>
        <source>reading the events of case %1</source>
        <translation>读取办件%1的事件</translation>
    </message>
    <message>
        <source>reading the departments of case %1</source>
        <translation>读取办件%1的部门</translation>
    </message>
    <message>
        <source>recording the departments of case %1</source>
        <translation>记录办件%1的部门</translation>
    </message>
    <message>
        <source>reading events after %1</source>
        <translation>读取%1之后的事件</translation>
    </message>
    <message>
        <source>reading the last event number</source>
        <translation>读取最后一个事件序号</translation>
    </message>
    <message>
        <source>reading the end of the audit chain</source>
        <translation>读取审计链末尾</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of number; use case, receipt or certificate.</source>
        <translation>“%1”不是有效的编号类型，请使用case（受理编号）、receipt（票据号码）或certificate（证照编号）。</translation>
    </message>
    <message>
        <source>A number range holds 1 to 1000 numbers, not %1.</source>
        <translation>号段包含的编号数应为1至1000个，不能为%1个。</translation>
    </message>
    <message>
        <source>%1 is not a year numbers can be leased for.</source>
        <translation>不能领用%1年的号段。</translation>
    </message>
    <message>
        <source>The hall has no hall code for its numbers yet; an administrator sets it when the hall is set up.</source>
        <translation>本大厅尚未设置编号所用的大厅代码，应由系统管理员在创建大厅时设置。</translation>
    </message>
    <message>
        <source>leasing %1 numbers</source>
        <translation>领用号段（%1）</translation>
    </message>
    <message>
        <source>Every %1 number of %2 has been leased; no range is left.</source>
        <translation>%2年的编号（%1）已全部领用，没有剩余号段。</translation>
    </message>
    <message>
        <source>reading the audit chain</source>
        <translation>读取审计链</translation>
    </message>
    <message>
        <source>storing the audit checkpoint at event %1</source>
        <translation>保存事件%1处的审计检查点</translation>
    </message>
    <message>
        <source>reading the audit checkpoints</source>
        <translation>读取审计检查点</translation>
    </message>
    <message>
        <source>A user needs a login name.</source>
        <translation>用户必须有登录名。</translation>
    </message>
    <message>
        <source>adding the user %1</source>
        <translation>添加用户%1</translation>
    </message>
    <message>
        <source>A user with the login name %1 already exists.</source>
        <translation>登录名为%1的用户已存在。</translation>
    </message>
    <message>
        <source>updating the user %1</source>
        <translation>更新用户%1</translation>
    </message>
    <message>
        <source>There is no user with the login name %1.</source>
        <translation>没有登录名为%1的用户。</translation>
    </message>
    <message>
        <source>reading the user %1</source>
        <translation>读取用户%1</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <source>A workstation needs a name and a certificate serial.</source>
        <translation>工作站必须有名称和证书序列号。</translation>
    </message>
    <message>
        <source>enrolling the workstation %1</source>
        <translation>注册工作站%1</translation>
    </message>
    <message>
        <source>The workstation %1 is already enrolled; revoke it before you enrol it again.</source>
        <translation>工作站%1已注册，请先吊销，再重新注册。</translation>
    </message>
    <message>
        <source>revoking the workstation %1</source>
        <translation>吊销工作站%1</translation>
    </message>
    <message>
        <source>No workstation named %1 is enrolled.</source>
        <translation>未注册名为%1的工作站。</translation>
    </message>
    <message>
        <source>reading the workstation %1</source>
        <translation>读取工作站%1</translation>
    </message>
    <message>
        <source>checking a workstation certificate</source>
        <translation>检查工作站证书</translation>
    </message>
    <message>
        <source>opening a session for %1</source>
        <translation>为%1创建会话</translation>
    </message>
    <message>
        <source>reading a session</source>
        <translation>读取会话</translation>
    </message>
    <message>
        <source>recording the use of a session</source>
        <translation>记录会话使用情况</translation>
    </message>
    <message>
        <source>closing a session</source>
        <translation>关闭会话</translation>
    </message>
    <message>
        <source>recording a failed login</source>
        <translation>记录登录失败</translation>
    </message>
    <message>
        <source>counting failed logins</source>
        <translation>统计登录失败次数</translation>
    </message>
    <message>
        <source>clearing failed logins</source>
        <translation>清除登录失败记录</translation>
    </message>
    <message>
        <source>The hall store %1 failed while %2: %3</source>
        <translation>大厅数据库%1在%2时出错：%3</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message numerus="yes">
        <source>Too many failed logins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>登录失败次数过多，请%n分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You are not logged in on this workstation, or your session has ended. Please log in again.</source>
        <translation>您尚未在本工作站登录，或会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>会话已过期，请重新登录。</translation>
    </message>
</context>
<context>
    <name>SettlementCsv</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Receipts issued</source>
        <translation>开票张数</translation>
    </message>
    <message>
        <source>Collected (yuan)</source>
        <translation>收款金额（元）</translation>
    </message>
    <message>
        <source>Receipts voided</source>
        <translation>作废张数</translation>
    </message>
    <message>
        <source>Voided (yuan)</source>
        <translation>作废金额（元）</translation>
    </message>
    <message>
        <source>Reductions (yuan)</source>
        <translation>减免金额（元）</translation>
    </message>
    <message>
        <source>Net (yuan)</source>
        <translation>净收金额（元）</translation>
    </message>
    <message>
        <source>Net in capitals</source>
        <translation>净收金额（大写）</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>全部收费员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>The settlement could not be saved as %1. Check that the folder exists and that you may write to it.</source>
        <translation>无法将结算报表保存为%1。请检查该目录是否存在，以及您是否有写入权限。</translation>
    </message>
</context>
<context>
    <name>SettlementDocument</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Voided total</source>
        <translation>作废金额</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净收金额</translation>
    </message>
    <message>
        <source>Net in capitals</source>
        <translation>净收金额（大写）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>−%1</source>
        <comment>a voided amount</comment>
        <translation>−%1</translation>
    </message>
    <message>
        <source>No receipt was issued or voided on this day.</source>
        <translation>当日没有开具或作废任何票据。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>票据号码</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Not signed off by the cashier.</source>
        <translation>收费员尚未确认。</translation>
    </message>
    <message>
        <source>Cashier: ____________</source>
        <translation>收费员：____________</translation>
    </message>
    <message>
        <source>Checked by: ____________</source>
        <translation>复核人：____________</translation>
    </message>
    <message>
        <source>Signed off by %1 on workstation %2 at %3.</source>
        <translation>已由%1于%3在工作站%2确认。</translation>
    </message>
    <message>
        <source>The books of this day changed after the sign-off: the figures above are not the ones signed.</source>
        <translation>本日账目在确认后发生了变动：以上数字并非确认时的数字。</translation>
    </message>
    <message>
        <source>No day of this period has any receipt.</source>
        <translation>本期间内没有任何票据。</translation>
    </message>
    <message>
        <source>Daily settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>全部收费员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>净收合计</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>RMB %1</source>
        <comment>amount in Chinese capitals</comment>
        <translation>人民币%1</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>按缴费方式统计</translation>
    </message>
    <message>
        <source>Receipts of the day</source>
        <translation>当日票据</translation>
    </message>
    <message>
        <source>Daily settlements</source>
        <translation>每日日结</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>%1 voided at %2: %3</source>
        <comment>receipt, time, reason</comment>
        <translation>票据%1于%2作废：%3</translation>
    </message>
    <message>
        <source>Reasons for voiding</source>
        <translation>作废原因</translation>
    </message>
</context>
<context>
    <name>SettlementReport</name>
    <message>
        <source>Daily settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Weekly reconciliation</source>
        <translation>周对账</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月汇总</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a week: first and last day</comment>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>SettlementSignOff</name>
    <message>
        <source>A recorded settlement sign-off has no valid %1.</source>
        <translation>已记录的日结确认缺少有效的%1。</translation>
    </message>
</context>
<context>
    <name>SettlementSignOffLog</name>
    <message>
        <source>The settlement sign-offs in %1 cannot be read. Ask the hall&apos;s IT to restore the file from a backup.</source>
        <translation>无法读取%1中的日结确认记录。请联系大厅信息技术人员从备份中恢复该文件。</translation>
    </message>
    <message>
        <source>The settlement sign-off could not be saved in %1. Check that the workstation&apos;s profile folder exists and may be written.</source>
        <translation>无法在%1中保存日结确认。请检查工作站配置目录是否存在且可写入。</translation>
    </message>
</context>
<context>
    <name>Sm2KeyPair</name>
    <message>
        <source>Could not generate an SM2 key pair (OpenSSL: %1).</source>
        <translation>无法生成SM2密钥对（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>This private key is not stored encrypted under a passphrase (&quot;BEGIN ENCRYPTED PRIVATE KEY&quot;), so Sunhall does not accept it.</source>
        <translation>该私钥未以口令加密保存（应为“BEGIN ENCRYPTED PRIVATE KEY”），Sunhall不接受此私钥。</translation>
    </message>
    <message>
        <source>This is not an encrypted private key in PEM form.</source>
        <translation>这不是PEM格式的加密私钥。</translation>
    </message>
    <message>
        <source>The encrypted private key is damaged (OpenSSL: %1).</source>
        <translation>加密私钥已损坏（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The private key is encrypted with a method this system cannot open (OpenSSL: %1).</source>
        <translation>该私钥采用的加密方式本系统无法解密（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this private key.</source>
        <translation>口令错误，无法解密该私钥。</translation>
    </message>
    <message>
        <source>The private key opens but cannot be read (OpenSSL: %1).</source>
        <translation>私钥已解密，但无法读取（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The private key is of type %1, but Sunhall signatures need an SM2 key.</source>
        <translation>该私钥类型为%1，Sunhall签名需要使用SM2密钥。</translation>
    </message>
    <message>
        <source>There is no private key to save.</source>
        <translation>没有可保存的私钥。</translation>
    </message>
    <message>
        <source>Enter a passphrase: a private key is never saved unencrypted.</source>
        <translation>请输入口令：私钥不会以未加密形式保存。</translation>
    </message>
    <message>
        <source>Could not encrypt the private key (OpenSSL: %1).</source>
        <translation>无法加密私钥（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>没有可用于签名的私钥。</translation>
    </message>
    <message>
        <source>Could not sign with the SM2 key (OpenSSL: %1).</source>
        <translation>无法使用SM2密钥签名（OpenSSL：%1）。</translation>
    </message>
</context>
<context>
    <name>Sm2PublicKey</name>
    <message>
        <source>This is a private key. Give the public key (&quot;BEGIN PUBLIC KEY&quot;) instead, and keep the private key secret.</source>
        <translation>这是私钥。请改为提供公钥（“BEGIN PUBLIC KEY”），并妥善保管私钥，切勿泄露。</translation>
    </message>
    <message>
        <source>This is not a readable public key in PEM form (OpenSSL: %1).</source>
        <translation>这不是可读取的PEM格式公钥（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>This is not a readable public key in DER form (OpenSSL: %1).</source>
        <translation>这不是可读取的DER格式公钥（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The public key is of type %1, but Sunhall signatures need an SM2 key.</source>
        <translation>该公钥类型为%1，Sunhall签名需要使用SM2密钥。</translation>
    </message>
    <message>
        <source>There is no public key to check the signature with.</source>
        <translation>没有可用于验证签名的公钥。</translation>
    </message>
    <message>
        <source>The signature is damaged: its %1 bytes are not a DER-encoded SM2 signature.</source>
        <translation>签名已损坏：其%1字节内容不是DER编码的SM2签名。</translation>
    </message>
    <message>
        <source>Could not check the SM2 signature (OpenSSL: %1).</source>
        <translation>无法验证SM2签名（OpenSSL：%1）。</translation>
    </message>
    <message>
        <source>The signature does not match: the signed data were changed, or they were signed with another key than the one with fingerprint %1.</source>
        <translation>签名不匹配：已签名的数据被改动过，或签名所用的密钥不是指纹为%1的密钥。</translation>
    </message>
</context>
<context>
    <name>Sm3</name>
    <message>
        <source>Could not read the data to hash: it is not open for reading.</source>
        <translation>无法读取待计算杂凑值的数据：数据未以读取方式打开。</translation>
    </message>
    <message>
        <source>Could not read the data to hash to its end: %1</source>
        <translation>无法完整读取待计算杂凑值的数据：%1</translation>
    </message>
</context>
<context>
    <name>StepRules</name>
    <message>
        <source>Step &quot;%1&quot; is not part of the flow of item %2 (version %3).</source>
        <translation>环节“%1”不属于事项%2（第%3版）的流程。</translation>
    </message>
    <message>
        <source>Case %1 cannot be returned to the acceptance step &quot;%2&quot;: an accepted case stays accepted. Return it to a review step instead.</source>
        <translation>办件%1不能退回到受理环节“%2”：已受理的办件始终保持受理状态。请退回到审核环节。</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; does not come before the current step &quot;%2&quot; of case %3; a case can only be returned to an earlier step.</source>
        <translation>环节“%1”不在办件%3的当前环节“%2”之前；办件只能退回到之前的环节。</translation>
    </message>
    <message>
        <source>Case %1 is already decided; it cannot be returned to step &quot;%2&quot;, which comes before the decision.</source>
        <translation>办件%1已作出审批决定，不能退回到审批决定之前的环节“%2”。</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is completed when you %2, not on its own.</source>
        <translation>环节“%1”无需单独完成，%2时即自动完成。</translation>
    </message>
</context>
<context>
    <name>SupplementNoticeDocument</name>
    <message>
        <source>No supplement notice was given for the case %1, so there is nothing to print.</source>
        <translation>办件%1未出具一次性告知书，没有可打印的内容。</translation>
    </message>
    <message>
        <source>Give the date by which the applicant must bring the missing materials.</source>
        <translation>请填写申请人补交材料的截止日期。</translation>
    </message>
    <message>
        <source>The date to bring the materials by, %1, is before the notice itself (%2).</source>
        <translation>补交材料的截止日期%1早于告知书出具日期（%2）。</translation>
    </message>
    <message>
        <source>Under Article 32, paragraph 1, item (4) of the Administrative Licensing Law of the People&apos;s Republic of China, where the application materials are incomplete or not in the statutory form, the applicant shall be told, on the spot or within five days and all at once, everything that must be supplemented.</source>
        <translation>根据《中华人民共和国行政许可法》第三十二条第一款第（四）项规定，申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>One-time supplement notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>item code and applicant</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <comment>salutation: applicant name and ID</comment>
        <translation>%1（%2）：</translation>
    </message>
    <message numerus="yes">
        <source>On %1 you applied at window %2 for &quot;%3&quot; (item %4). The application cannot be accepted yet: the %n material(s) listed below are missing or must be corrected.</source>
        <translation>
            <numerusform>你（单位）于%1在%2窗口申请办理“%3”（事项编码%4）。因下列%n项材料缺失或需要更正，该申请暂不能受理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please bring everything listed above to window %1 by %2. This notice lists all that is needed: nothing more will be asked for these materials.</source>
        <translation>请于%2前将上述材料全部提交至%1窗口。本告知书已列明所需的全部内容，对上述材料不会再提出其他补正要求。</translation>
    </message>
    <message>
        <source>Questions: call %1.</source>
        <translation>咨询电话：%1。</translation>
    </message>
    <message>
        <source>Window %1 · %2</source>
        <comment>window and clerk</comment>
        <translation>窗口%1 · %2</translation>
    </message>
    <message>
        <source>Received by the applicant: ____________    Date: __________</source>
        <translation>申请人签收：____________    日期：__________</translation>
    </message>
</context>
<context>
    <name>SyncApi</name>
    <message>
        <source>The body must have a list of &quot;commands&quot;.</source>
        <translation>请求正文必须包含操作指令列表（“commands”）。</translation>
    </message>
    <message>
        <source>At most %1 commands can be pushed at once; %2 were sent.</source>
        <translation>每次最多推送%1条操作指令，本次发送了%2条。</translation>
    </message>
    <message>
        <source>A command must be an object.</source>
        <translation>每条操作指令必须是JSON对象。</translation>
    </message>
    <message>
        <source>Command %1 was not made by %2 at workstation %3, who are sending it.</source>
        <translation>操作指令%1并非由发送者（工作站%3上的%2）发出。</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be case, receipt or certificate.</source>
        <translation>“kind”必须是case、receipt或certificate。</translation>
    </message>
    <message>
        <source>applying pushed commands</source>
        <translation>执行推送的操作指令</translation>
    </message>
</context>
<context>
    <name>TimeCommand</name>
    <message>
        <source>Use the calendar of the hall in DIR (with its local closures) instead of the shipped schedules.</source>
        <translation>使用DIR中大厅的日历（含本地闭厅日），而不使用程序自带的节假日安排。</translation>
    </message>
    <message>
        <source>Prints the due date (YYYY-MM-DD) of a limit of N working days from an acceptance date. The acceptance day is not counted; working days d with S &lt; d &lt;= R of a suspension S:R are not counted either.</source>
        <translation>根据受理日期和N个工作日的时限，输出到期日（YYYY-MM-DD）。受理当日不计入；特别程序S:R期间满足S &lt; d &lt;= R的工作日d也不计入。</translation>
    </message>
    <message>
        <source>The acceptance date.</source>
        <translation>受理日期。</translation>
    </message>
    <message>
        <source>The limit in working days.</source>
        <translation>时限（工作日）。</translation>
    </message>
    <message>
        <source>A suspension from day S to resume day R (repeatable).</source>
        <translation>特别程序：从S日开始，至R日恢复（可重复指定）。</translation>
    </message>
    <message>
        <source>An extension in working days.</source>
        <translation>延期的工作日数。</translation>
    </message>
    <message>
        <source>--suspend: &quot;%1&quot; is not of the form S:R</source>
        <translation>--suspend：“%1”不是S:R格式</translation>
    </message>
    <message>
        <source>--suspend: the resume day %1 is before the start day %2</source>
        <translation>--suspend：恢复日期%1早于开始日期%2</translation>
    </message>
    <message>
        <source>Prints the number of working days d with FROM &lt; d &lt;= TO.</source>
        <translation>输出满足FROM &lt; d &lt;= TO的工作日d的天数。</translation>
    </message>
    <message>
        <source>The first day (not counted).</source>
        <translation>起始日（不计入）。</translation>
    </message>
    <message>
        <source>The last day (counted).</source>
        <translation>截止日（计入）。</translation>
    </message>
    <message>
        <source>Shows one year&apos;s working-day schedule: holidays, make-up working days, local closures and the working days of each month.</source>
        <translation>显示某一年的工作日安排：节假日、调休上班日、本地闭厅日及每月工作日天数。</translation>
    </message>
    <message>
        <source>The year to show.</source>
        <translation>要显示的年份。</translation>
    </message>
    <message>
        <source>Working-day schedule %1</source>
        <translation>%1年工作日安排</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>节假日：</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s))</source>
        <translation>
            <numerusform>（共%n天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Make-up working days:</source>
        <translation>调休上班日：</translation>
    </message>
    <message>
        <source>Local closures:</source>
        <translation>本地闭厅日：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Working days per month:</source>
        <translation>每月工作日：</translation>
    </message>
    <message>
        <source>Working days in %1: %2</source>
        <translation>%1年工作日合计：%2天</translation>
    </message>
    <message>
        <source>Adds a local closure of the hall: a working day on which the hall is closed and which no clock counts.</source>
        <translation>添加大厅的本地闭厅日：即大厅停止办公的工作日，所有时限计算均不计入该日。</translation>
    </message>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>The day closed.</source>
        <translation>闭厅日期。</translation>
    </message>
    <message>
        <source>Why the hall is closed.</source>
        <translation>闭厅原因。</translation>
    </message>
    <message>
        <source>Closure added: %1 (%2)</source>
        <translation>已添加闭厅日：%1（%2）</translation>
    </message>
    <message>
        <source>Due date of a limit in working days</source>
        <translation>计算工作日时限的到期日</translation>
    </message>
    <message>
        <source>Working days between two dates</source>
        <translation>计算两个日期之间的工作日数</translation>
    </message>
    <message>
        <source>Show a year&apos;s working-day schedule</source>
        <translation>显示全年工作日安排</translation>
    </message>
    <message>
        <source>Add a local closure</source>
        <translation>添加本地闭厅日</translation>
    </message>
    <message>
        <source>--db needs --dir: the hall folder whose store it is</source>
        <translation>--db须与--dir一起使用：--dir为该数据库所属的大厅数据目录</translation>
    </message>
    <message>
        <source>The administrator adding it (a user of the hall with the administrator role).</source>
        <translation>添加人（本大厅具有系统管理员角色的用户）。</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>The user&apos;s login name, e.g. li.na.</source>
        <translation>用户的登录名，例如li.na。</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot; cannot be a login name: use 1 to %2 of the letters A-Z and a-z, the digits 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>--name：“%1”不能用作登录名：请使用1至%2个字符，只能包含字母A-Z和a-z、数字0-9、“.”、“_”和“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>--roles: there is no role &quot;%1&quot;; the roles are %2.</source>
        <translation>--roles：没有角色“%1”；可用角色为%2。</translation>
    </message>
    <message>
        <source>--roles: give at least one role (%1).</source>
        <translation>--roles：请至少指定一个角色（%1）。</translation>
    </message>
    <message>
        <source>--departments: a %1 works for departments; name at least one.</source>
        <translation>--departments：%1须隶属于部门，请至少指定一个部门。</translation>
    </message>
    <message>
        <source>--departments: the hall has no catalogue yet, so its departments are unknown. Import the catalogue first with &apos;sunhallctl catalog import&apos;; only administrators and supervisors can be added before.</source>
        <translation>--departments：本大厅尚未发布事项目录，无法确定部门。请先使用“sunhallctl catalog import”导入事项目录；在此之前只能添加系统管理员和监察员。</translation>
    </message>
    <message>
        <source>--departments: there is no department &quot;%1&quot; in catalogue version %2; its departments are %3.</source>
        <translation>--departments：事项目录第%2版中没有部门“%1”；该版本的部门为%3。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this hall (see &apos;sunhallctl user list&apos;).</source>
        <translation>本大厅没有用户“%1”（可运行“sunhallctl user list”查看）。</translation>
    </message>
    <message>
        <source>The name shown on screens and documents, e.g. 李娜 (default: the login name).</source>
        <translation>在界面和文书上显示的姓名，例如“李娜”（默认：登录名）。</translation>
    </message>
    <message>
        <source>Comma-separated roles: clerk, reviewer, chief-approver, leader, cashier, supervisor, administrator.</source>
        <translation>角色，多个角色以英文逗号分隔，可选：clerk（窗口受理员）、reviewer（审核人）、chief-approver（首席审批员）、leader（分管领导）、cashier（收费员）、supervisor（监察员）、administrator（系统管理员）。</translation>
    </message>
    <message>
        <source>Comma-separated department codes of the catalogue, e.g. SJ,GA.</source>
        <translation>事项目录中的部门编码，多个编码以英文逗号分隔，例如SJ,GA。</translation>
    </message>
    <message>
        <source>A file whose first line is the password (at least 8 characters).</source>
        <translation>密码文件，其第一行为密码（至少8个字符）。</translation>
    </message>
    <message>
        <source>--display-name: the name has %1 characters; at most %2 fit.</source>
        <translation>--display-name：姓名有%1个字符，最多允许%2个。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already exists (%2).</source>
        <translation>用户“%1”已存在（%2）。</translation>
    </message>
    <message>
        <source>Adds a person who may log in, with their roles and the departments they work for. Departments must be in the hall&apos;s latest catalogue.</source>
        <translation>添加可登录的人员，并指定其角色和所属部门。部门必须在本大厅最新版本的事项目录中。</translation>
    </message>
    <message>
        <source>User %1 (%2) added: %3; departments: %4</source>
        <translation>已添加用户%1（%2）：%3；部门：%4</translation>
    </message>
    <message>
        <source>all (hall-wide role)</source>
        <translation>全部（全大厅角色）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the hall&apos;s last enabled administrator; add another administrator before disabling this one.</source>
        <translation>“%1”是本大厅最后一名已启用的系统管理员，请先添加另一名系统管理员，再停用该用户。</translation>
    </message>
    <message>
        <source>Disables a user: they can no longer log in. Their history stays.</source>
        <translation>停用用户：停用后该用户不能再登录，其历史记录仍保留。</translation>
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation>重新启用已停用的用户。</translation>
    </message>
    <message>
        <source>The user %1 was already disabled.</source>
        <translation>用户%1已处于停用状态。</translation>
    </message>
    <message>
        <source>The user %1 was already enabled.</source>
        <translation>用户%1已处于启用状态。</translation>
    </message>
    <message>
        <source>User %1 disabled: they can no longer log in.</source>
        <translation>已停用用户%1，该用户不能再登录。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户%1。</translation>
    </message>
    <message>
        <source>Gives a user a new password and lifts a lock from failed logins.</source>
        <translation>为用户设置新密码，并解除因登录失败造成的锁定。</translation>
    </message>
    <message>
        <source>A file whose first line is the new password (at least 8 characters).</source>
        <translation>新密码文件，其第一行为新密码（至少8个字符）。</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>已重置%1的密码。</translation>
    </message>
    <message>
        <source>Lists the hall&apos;s users: login name, state, roles, departments and name.</source>
        <translation>列出本大厅的用户：登录名、状态、角色、部门和姓名。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Add a user with roles and departments</source>
        <translation>添加用户并指定角色和部门</translation>
    </message>
    <message>
        <source>Stop a user from logging in</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Let a disabled user log in again</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>Give a user a new password</source>
        <translation>重置用户密码</translation>
    </message>
    <message>
        <source>List the users</source>
        <translation>列出用户</translation>
    </message>
</context>
<context>
    <name>ValueCommand</name>
    <message>
        <source>Checks a citizen ID number (GB 11643) or a unified social credit code (GB 32100) and says which rule fails.</source>
        <translation>校验居民身份证号码（GB 11643）或统一社会信用代码（GB 32100），并指出不符合的规则。</translation>
    </message>
    <message>
        <source>The number to check.</source>
        <translation>要校验的号码。</translation>
    </message>
    <message>
        <source>give exactly one number</source>
        <translation>请只指定一个号码</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1: a valid citizen ID number (born %2, %3, region %4)</source>
        <translation>%1：有效的居民身份证号码（出生日期%2，%3，行政区划%4）</translation>
    </message>
    <message>
        <source>%1: a valid unified social credit code (registration authority %2, organisation type %3, region %4)</source>
        <translation>%1：有效的统一社会信用代码（登记管理部门%2，机构类别%3，行政区划%4）</translation>
    </message>
    <message>
        <source>Prints an amount of yuan (up to two decimals) in Chinese capitals, as the national rules for filling in bills require.</source>
        <translation>按国家票据填写规范，输出人民币金额（最多两位小数）的中文大写。</translation>
    </message>
    <message>
        <source>The amount in yuan, e.g. 1409.50.</source>
        <translation>金额（元），例如1409.50。</translation>
    </message>
    <message>
        <source>give exactly one amount</source>
        <translation>请只指定一个金额</translation>
    </message>
    <message>
        <source>Check a citizen ID or credit code</source>
        <translation>校验居民身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>An amount in Chinese capitals</source>
        <translation>金额转中文大写</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The calendar file has no field %1.</source>
        <translation>日历文件缺少字段%1。</translation>
    </message>
    <message>
        <source>The field %1 must be a date written as YYYY-MM-DD, for example 2025-10-01.</source>
        <translation>字段%1必须是YYYY-MM-DD格式的日期，例如2025-10-01。</translation>
    </message>
    <message>
        <source>The field %1 must be text.</source>
        <translation>字段%1必须是文本。</translation>
    </message>
    <message>
        <source>The field %1 must be a list.</source>
        <translation>字段%1必须是列表。</translation>
    </message>
    <message>
        <source>The field year must be a whole number such as 2025.</source>
        <translation>字段year必须是整数，例如2025。</translation>
    </message>
    <message>
        <source>The calendar file has a field %1 that is not part of a schedule (expected: %2).</source>
        <translation>日历文件中的字段%1不属于节假日安排（应为：%2）。</translation>
    </message>
    <message>
        <source>The field %1 must be an object with name, from and to.</source>
        <translation>字段%1必须是包含name、from和to的对象。</translation>
    </message>
    <message>
        <source>The field %1 is not a valid date.</source>
        <translation>字段%1不是有效日期。</translation>
    </message>
    <message>
        <source>%1 is %2, which is not in %3. A year&apos;s schedule may only hold dates of that year.</source>
        <translation>%1为%2，不在%3年内。每年的节假日安排只能包含当年的日期。</translation>
    </message>
    <message>
        <source>The holiday %1 has no name.</source>
        <translation>节假日%1没有名称。</translation>
    </message>
    <message>
        <source>The holiday %1 ends on %2, before it starts on %3.</source>
        <translation>节假日%1的结束日期%2早于开始日期%3。</translation>
    </message>
    <message>
        <source>%1 (%2) is a Monday-to-Friday day; a make-up working day must be a Saturday or a Sunday.</source>
        <translation>%1（%2）是周一至周五中的一天；调休上班日必须是周六或周日。</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off (%2) and as a make-up working day.</source>
        <translation>%1同时被列为放假日（%2）和调休上班日。</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read: %2.</source>
        <translation>无法读取日历文件%1：%2。</translation>
    </message>
    <message>
        <source>The calendar file %1 is too large to be a holiday schedule.</source>
        <translation>日历文件%1过大，不是有效的节假日安排文件。</translation>
    </message>
    <message>
        <source>Calendar file %1: %2</source>
        <translation>日历文件%1：%2</translation>
    </message>
    <message>
        <source>The file is named for %1 but holds the schedule of %2.</source>
        <translation>文件名对应%1年，但内容为%2年的节假日安排。</translation>
    </message>
    <message>
        <source>The calendar file is too large to be a holiday schedule.</source>
        <translation>日历文件过大，不是有效的节假日安排文件。</translation>
    </message>
    <message>
        <source>The calendar file is not valid JSON: %1 at character %2.</source>
        <translation>日历文件不是有效的JSON：第%2个字符处出错（%1）。</translation>
    </message>
    <message>
        <source>The calendar file must hold one JSON object with the fields year, source, holidays and makeUpWorkdays.</source>
        <translation>日历文件必须包含一个JSON对象，其字段为year、source、holidays和makeUpWorkdays。</translation>
    </message>
    <message>
        <source>The calendar folder %1 does not exist.</source>
        <translation>日历目录%1不存在。</translation>
    </message>
    <message>
        <source>Another file in the folder already holds the schedule of %1.</source>
        <translation>目录中已有其他文件包含%1年的节假日安排。</translation>
    </message>
    <message>
        <source>The year %1 is not a year a schedule can be given for (%2 to %3).</source>
        <translation>不能为%1年设置节假日安排（允许范围：%2年至%3年）。</translation>
    </message>
    <message>
        <source>Give the reason why the hall is closed on %1.</source>
        <translation>请填写大厅在%1闭厅的原因。</translation>
    </message>
    <message>
        <source>%1 is not a working day, so the hall cannot be closed on it.</source>
        <translation>%1不是工作日，不能设为闭厅日。</translation>
    </message>
    <message>
        <source>Cannot count %1 working days: the number must not be negative.</source>
        <translation>无法计算%1个工作日：天数不能为负数。</translation>
    </message>
    <message>
        <source>No working-day schedule is loaded for %1. An administrator must add the State Council&apos;s %1 holiday notice before dates in %1 can be counted.</source>
        <translation>尚未载入%1年的工作日安排。须由系统管理员添加国务院办公厅关于%1年部分节假日安排的通知后，才能计算%1年的日期。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
</context>
<context>
    <name>WorkstationCommand</name>
    <message>
        <source>The hall folder.</source>
        <translation>大厅数据目录。</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not a server address of the form https://HOST:PORT.</source>
        <translation>--server：“%1”不是https://HOST:PORT格式的服务器地址。</translation>
    </message>
    <message>
        <source>The workstation %1 is already enrolled (since %2); revoke it first with &apos;sunhallctl workstation revoke&apos; to issue a new certificate.</source>
        <translation>工作站%1已于%2注册。如需签发新证书，请先使用“sunhallctl workstation revoke”吊销。</translation>
    </message>
    <message>
        <source>--out: %1 already exists; give a new folder for the profile.</source>
        <translation>--out：%1已存在，请为工作站配置指定一个新目录。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建目录%1。</translation>
    </message>
    <message>
        <source>Issues a workstation&apos;s client certificate from the hall&apos;s CA, records the workstation, and writes its profile to PROFILE: cert.pem, key.pem (readable by you only), ca.pem and profile.json. Copy the folder to the workstation over a safe channel.</source>
        <translation>由大厅CA为工作站签发客户端证书，登记该工作站，并将其配置写入PROFILE：cert.pem、key.pem（仅您本人可读）、ca.pem和profile.json。请通过安全渠道将该目录复制到工作站。</translation>
    </message>
    <message>
        <source>The workstation&apos;s name: 1 to 32 of A-Z, a-z, 0-9, _ and -.</source>
        <translation>工作站名称：1至32个字符，只能包含A-Z、a-z、0-9、_和-。</translation>
    </message>
    <message>
        <source>The profile folder to write.</source>
        <translation>要写入的配置目录。</translation>
    </message>
    <message>
        <source>The address the workstation reaches the server at.</source>
        <translation>工作站访问服务器所用的地址。</translation>
    </message>
    <message>
        <source>Workstation %1 enrolled; its profile is in %2</source>
        <translation>已注册工作站%1，其配置位于%2</translation>
    </message>
    <message>
        <source>  certificate serial %1, SHA-256 fingerprint %2, valid until %3</source>
        <translation>  证书序列号%1，SHA-256指纹%2，有效期至%3</translation>
    </message>
    <message>
        <source>  server: %1</source>
        <translation>  服务器：%1</translation>
    </message>
    <message>
        <source>Revokes a workstation&apos;s certificate: the server refuses it from its next request on, and closes its live connection.</source>
        <translation>吊销工作站证书：服务器从该工作站的下一次请求起拒绝其访问，并关闭其实时连接。</translation>
    </message>
    <message>
        <source>The workstation&apos;s name.</source>
        <translation>工作站名称。</translation>
    </message>
    <message>
        <source>No workstation named &quot;%1&quot; is enrolled in this hall.</source>
        <translation>本大厅未注册名为“%1”的工作站。</translation>
    </message>
    <message>
        <source>The workstation %1 was already revoked on %2.</source>
        <translation>工作站%1已于%2被吊销。</translation>
    </message>
    <message>
        <source>Workstation %1 revoked on %2: the server refuses its certificate (serial %3) from now on.</source>
        <translation>已于%2吊销工作站%1：服务器今后将拒绝其证书（序列号%3）。</translation>
    </message>
    <message>
        <source>Lists the hall&apos;s workstations: name, state, certificate serial and when it was enrolled or revoked.</source>
        <translation>列出本大厅的工作站：名称、状态、证书序列号，以及注册或吊销时间。</translation>
    </message>
    <message>
        <source>No workstation is enrolled yet.</source>
        <translation>尚未注册任何工作站。</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于%1吊销</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>注册于%1</translation>
    </message>
    <message>
        <source>Issue a workstation&apos;s certificate and profile</source>
        <translation>签发工作站证书和配置</translation>
    </message>
    <message>
        <source>Shut a workstation out at once</source>
        <translation>立即禁止工作站访问</translation>
    </message>
    <message>
        <source>List the workstations</source>
        <translation>列出工作站</translation>
    </message>
</context>
<context>
    <name>WorkstationSettings</name>
    <message>
        <source>The settings could not be saved to %1. Check that the workstation profile folder can be written to.</source>
        <translation>无法将设置保存到%1。请检查工作站配置目录是否可写入。</translation>
    </message>
</context>
<context>
    <name>sunhall::app::Client</name>
    <message>
        <source>Sunhall cannot start</source>
        <translation>Sunhall无法启动</translation>
    </message>
    <message>
        <source>Sunhall service hall desktop client</source>
        <translation>Sunhall行政服务中心桌面客户端</translation>
    </message>
    <message>
        <source>No workstation profile was given. Start sunhall with --profile DIR or set SUNHALL_PROFILE to the profile folder (an administrator creates one with &quot;sunhallctl workstation enroll&quot;).</source>
        <translation>未指定工作站配置。请使用--profile DIR启动sunhall，或将SUNHALL_PROFILE设置为配置目录（配置目录由系统管理员使用“sunhallctl workstation enroll”生成）。</translation>
    </message>
    <message>
        <source>The workstation profile folder (default: $SUNHALL_PROFILE).</source>
        <translation>工作站配置目录（默认：$SUNHALL_PROFILE）。</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>无法读取密码文件%1：%2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>密码文件%1为空。</translation>
    </message>
    <message>
        <source>Log in as this user without waiting for the login dialog (needs --password-file).</source>
        <translation>以该用户身份直接登录，无需等待登录对话框（须同时指定--password-file）。</translation>
    </message>
    <message>
        <source>A file whose first line is the password of --user.</source>
        <translation>密码文件，其第一行为--user的密码。</translation>
    </message>
    <message>
        <source>Quit as soon as the login dialog is shown, printing how long the start took.</source>
        <translation>登录对话框一显示即退出，并输出启动耗时。</translation>
    </message>
    <message>
        <source>--user and --password-file go together.</source>
        <translation>--user与--password-file必须同时使用。</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>收件受理</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
</context>
<context>
    <name>sunhall::core::CaseStatus</name>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>特别程序中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>sunhall::core::CaseVocabulary</name>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Tendering</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>检疫</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>汇款</translation>
    </message>
    <message>
        <source>register the application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>update the materials</source>
        <translation>更新材料</translation>
    </message>
    <message>
        <source>accept the case</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>ask for supplements</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <source>refuse the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>claim a step</source>
        <translation>认领环节</translation>
    </message>
    <message>
        <source>complete a step</source>
        <translation>完成环节</translation>
    </message>
    <message>
        <source>return the case to an earlier step</source>
        <translation>退回到之前的环节</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>录入审批决定</translation>
    </message>
    <message>
        <source>suspend the case</source>
        <translation>启动特别程序</translation>
    </message>
    <message>
        <source>resume the case</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>extend the time limit</source>
        <translation>延长办理时限</translation>
    </message>
    <message>
        <source>assess the fee</source>
        <translation>核定收费</translation>
    </message>
    <message>
        <source>collect the fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>void a receipt</source>
        <translation>作废票据</translation>
    </message>
    <message>
        <source>print the certificate</source>
        <translation>制证</translation>
    </message>
    <message>
        <source>hand over the certificate</source>
        <translation>发证</translation>
    </message>
    <message>
        <source>revoke the certificate</source>
        <translation>注销证照</translation>
    </message>
    <message>
        <source>record the evaluation</source>
        <translation>录入评价</translation>
    </message>
    <message>
        <source>withdraw the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>conclude the case</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>sunhall::core::EvaluationScale</name>
    <message>
        <source>Very satisfied</source>
        <comment>five-level scale</comment>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <comment>five-level scale</comment>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <comment>five-level scale</comment>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <comment>five-level scale</comment>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <comment>five-level scale</comment>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <comment>four-level scale</comment>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <comment>four-level scale</comment>
        <translation>满意</translation>
    </message>
    <message>
        <source>Average</source>
        <comment>four-level scale</comment>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <comment>four-level scale</comment>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>sunhall::core::Item</name>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Non-licensing approval</source>
        <translation>非行政许可审批</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>行政征收</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>其他行政权力</translation>
    </message>
    <message>
        <source>Immediate item</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Promised item</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Joint item</source>
        <translation>联办件</translation>
    </message>
    <message>
        <source>Escalated item</source>
        <translation>上报件</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件和复印件</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子件</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Leader sign-off</source>
        <translation>领导审批</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Fee collection</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>制证</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>发证</translation>
    </message>
</context>
<context>
    <name>sunhall::core::PullPage</name>
    <message>
        <source>The server sent event %1 (server sequence %2) out of order.</source>
        <translation>服务器发送的事件%1（服务器序号%2）顺序错乱。</translation>
    </message>
</context>
<context>
    <name>sunhall::core::PushResult</name>
    <message>
        <source>The server&apos;s result names the status &quot;%1&quot;, which is not one of applied, rejected.</source>
        <translation>服务器返回的结果状态为“%1”，不是applied或rejected。</translation>
    </message>
</context>
<context>
    <name>sunhall::core::Role</name>
    <message>
        <source>Window clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Chief approver</source>
        <translation>首席审批员</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>监察员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>sunhall::core::ServerApi</name>
    <message>
        <source>The server %1 could not prove that it belongs to this hall (its certificate is not from the hall&apos;s CA, not for this address, or it refused this workstation&apos;s certificate): %2</source>
        <translation>服务器%1无法证明其属于本大厅（其证书不是由大厅CA签发、与该地址不符，或服务器拒绝了本工作站的证书）：%2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>无法连接服务器%1：%2</translation>
    </message>
    <message>
        <source>The server %1 answered %2 to %3.</source>
        <translation>服务器%1对%3的请求返回了%2。</translation>
    </message>
</context>
<context>
    <name>sunhall::core::SyncEngine</name>
    <message>
        <source>The sync engine was shut down before the operation finished.</source>
        <translation>同步引擎在操作完成前已关闭。</translation>
    </message>
    <message>
        <source>%1 Only a user who has logged in on this workstation before can log in while the server is out of reach, and %2 has not.</source>
        <translation>%1无法连接服务器时，只有曾在本工作站登录过的用户才能登录，而%2从未在本工作站登录过。</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Nobody is logged in at the server on this workstation: log in first.</source>
        <translation>本工作站尚无用户登录服务器，请先登录。</translation>
    </message>
    <message>
        <source>Log in before working on cases.</source>
        <translation>请先登录，再办理办件。</translation>
    </message>
    <message>
        <source>This workstation has no item catalogue yet: it must reach the server once to fetch it.</source>
        <translation>本工作站尚无事项目录：须先连接服务器一次，获取事项目录。</translation>
    </message>
    <message>
        <source>Item %1 is not in the hall&apos;s current catalogue (version %2).</source>
        <translation>事项%1不在本大厅当前的事项目录（第%2版）中。</translation>
    </message>
    <message>
        <source>The next command to send (number %1, %2) was made by %3, and only %3 can send it: the commands after it wait until %3 logs in on this workstation again.</source>
        <translation>下一条待发送的操作指令（第%1号，%2）由%3发出，只能由%3发送：其后的操作指令须等%3再次在本工作站登录后才能发送。</translation>
    </message>
    <message numerus="yes">
        <source>The server answered none of the %n command(s) sent to it.</source>
        <translation>
            <numerusform>发送给服务器的%n条操作指令均未得到答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server leased %1 numbers of %2 when %3 numbers of %4 were asked for.</source>
        <translation>请求领用的是%4年的编号（%3），服务器分配的却是%2年的编号（%1）。</translation>
    </message>
    <message>
        <source>This workstation has no %1 left: it must reach the server once to lease a range of them.</source>
        <translation>本工作站已无可用的%1：请先连接一次服务器以领用号段。</translation>
    </message>
</context>
<context>
    <name>sunhall::core::SyncOperation</name>
    <message>
        <source>The server did not finish &quot;%1&quot; within %2 seconds; it goes on in the background.</source>
        <translation>服务器未能在%2秒内完成“%1”，该操作将在后台继续进行。</translation>
    </message>
</context>
<context>
    <name>sunhall::ctl::LoadHttpConnection</name>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>%1毫秒内未收到完整应答</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>a reply head of over 64 KiB</source>
        <translation>应答头超过64 KiB</translation>
    </message>
    <message>
        <source>not an HTTP/1.x reply</source>
        <translation>不是HTTP/1.x应答</translation>
    </message>
    <message>
        <source>a reply without Content-Length</source>
        <translation>应答缺少Content-Length</translation>
    </message>
</context>
<context>
    <name>sunhall::ctl::LoadRun</name>
    <message>
        <source>not logged in and ready within %1 s</source>
        <translation>%1秒内未完成登录和准备</translation>
    </message>
    <message>
        <source>work begun was not finished within %1 s of the end</source>
        <translation>结束后%1秒内已开始的工作仍未完成</translation>
    </message>
</context>
<context>
    <name>sunhall::ctl::LoadWindow</name>
    <message>
        <source>result %1 of a push answers another command</source>
        <translation>推送的第%1个结果对应的是另一条操作指令</translation>
    </message>
</context>
<context>
    <name>sunhall::models::ApplicantSearchModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>name, identity number</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>name, identity number, phone</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>sunhall::models::CashierCaseModel</name>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Fee assessed</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待收金额</translation>
    </message>
</context>
<context>
    <name>sunhall::models::CashierReceiptModel</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <comment>receipt status, reason</comment>
        <translation>作废：%1</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>票据号码</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sunhall::models::CatalogueFilterModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>department name, matching items, all its items</comment>
        <translation>%1（匹配%2项，共%3项）</translation>
    </message>
</context>
<context>
    <name>sunhall::models::CatalogueModel</name>
    <message>
        <source>Unknown department %1</source>
        <translation>未知部门%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department name and its number of items</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <comment>department name and its number of items</comment>
        <translation>
            <numerusform>%1：%n个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1
Code: %2</source>
        <comment>item name, then its code</comment>
        <translation>%1
事项编码：%2</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>当日</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Promised limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
</context>
<context>
    <name>sunhall::models::MaterialChecklistModel</name>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>原件%n份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>复印件%n份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the original and %n copy(ies)</source>
        <translation>
            <numerusform>原件及复印件%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>the electronic file</source>
        <translation>电子文件</translation>
    </message>
    <message>
        <source>Not handed in: bring %1.</source>
        <comment>what to bring</comment>
        <translation>未提交：请补交%1。</translation>
    </message>
    <message>
        <source>What the one-time supplement notice says about this material (F2 to edit)</source>
        <translation>一次性告知书中关于该材料的说明（按F2编辑）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>material name, catalogue note</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n个扫描件</numerusform>
        </translation>
    </message>
    <message>
        <source>Material (Space: handed in)</source>
        <translation>材料（空格键：已提交）</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Note for the supplement notice</source>
        <translation>一次性告知书说明</translation>
    </message>
</context>
<context>
    <name>sunhall::models::MaterialScanFolderModel</name>
    <message>
        <source>The scan folder %1 does not exist.</source>
        <translation>扫描目录%1不存在。</translation>
    </message>
    <message>
        <source>%1 · %2 · attached</source>
        <comment>file name, time</comment>
        <translation>%1 · %2 · 已添加</translation>
    </message>
    <message>
        <source>%1 · %2 · new</source>
        <comment>file name, time</comment>
        <translation>%1 · %2 · 新</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file name, time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2, scanned %3</source>
        <comment>path, size, date and time</comment>
        <translation>%1
%2，扫描于%3</translation>
    </message>
</context>
<context>
    <name>sunhall::models::RejectedCommandModel</name>
    <message>
        <source>no case number yet</source>
        <translation>尚无受理编号</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of a case description</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>The case was changed at another window before this command reached the server. Look the case up to see where it stands now, and do this step again only if it is still needed.</source>
        <translation>在本操作指令送达服务器之前，该办件已在其他窗口被办理。请查询该办件的当前状态，仅在确有需要时再重新办理此步骤。</translation>
    </message>
    <message>
        <source>The server&apos;s record of your roles and departments does not allow this. Hand the case to a colleague who may do it, or ask the administrator to check your roles.</source>
        <translation>服务器记录的您的角色和部门不允许此操作。请将办件转交有权办理的同事，或请系统管理员核查您的角色。</translation>
    </message>
    <message>
        <source>Your electronic signature was not accepted. Log out and log in again, then do the step again; if it is rejected again, ask the administrator to check your signing key.</source>
        <translation>您的电子签名未被接受。请退出登录后重新登录，再重新办理此步骤；如仍被拒绝，请联系系统管理员检查您的签名密钥。</translation>
    </message>
    <message>
        <source>The clock of this workstation is wrong. Ask the IT staff to set it right, then do the step again.</source>
        <translation>本工作站的时钟不准确。请联系信息技术人员校准后，再重新办理此步骤。</translation>
    </message>
    <message>
        <source>The item is not published on the server as this workstation had it. Wait until the workstation has fetched the current catalogue, then do the step again.</source>
        <translation>服务器上发布的事项与本工作站持有的版本不一致。请等待本工作站获取最新的事项目录后，再重新办理此步骤。</translation>
    </message>
    <message>
        <source>Correct what the reason names, then do the step again.</source>
        <translation>请按原因所述进行更正，然后重新办理此步骤。</translation>
    </message>
    <message>
        <source>Look the case up to see where it stands, and do the step again once the reason is dealt with. Ask the administrator if the reason is not clear.</source>
        <translation>请查询该办件的当前状态，待原因所述问题解决后再重新办理此步骤。如原因不明确，请联系系统管理员。</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>操作指令</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Reason given by the server</source>
        <translation>服务器给出的原因</translation>
    </message>
</context>
<context>
    <name>sunhall::models::SettlementModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Receipts issued</source>
        <translation>开票张数</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <source>Receipts voided</source>
        <translation>作废张数</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净收金额</translation>
    </message>
    <message>
        <source>Net in capitals</source>
        <translation>净收金额（大写）</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>sunhall::server::HallServer</name>
    <message>
        <source>/v1/live is a WebSocket: connect with &quot;Upgrade: websocket&quot;.</source>
        <translation>/v1/live是WebSocket接口，请使用“Upgrade: websocket”连接。</translation>
    </message>
    <message>
        <source>refused a connection from %1: %2</source>
        <translation>拒绝了来自%1的连接：%2</translation>
    </message>
    <message>
        <source>%1 %2 disconnected</source>
        <translation>工作站%1用户%2已断开连接</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在%1:%2上监听：%3</translation>
    </message>
    <message>
        <source>listening on %1:%2 for the hall &quot;%3&quot; (%4, %5 events)</source>
        <translation>正在%1:%2上为大厅“%3”监听（%4，%5个事件）</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>与%1的TLS握手失败：%2</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3 (%4)</source>
        <translation>%1 %2 处理失败：%3（%4）</translation>
    </message>
    <message>
        <source>cannot sign a checkpoint: %1</source>
        <translation>无法签署检查点：%1</translation>
    </message>
    <message>
        <source>checkpoint signed at event %1</source>
        <translation>已在事件%1处签署检查点</translation>
    </message>
    <message>
        <source>Workstation revoked</source>
        <translation>工作站已被吊销</translation>
    </message>
    <message>
        <source>closed %1 connections of the revoked certificate %2</source>
        <translation>已关闭已吊销证书%2的%1个连接</translation>
    </message>
    <message>
        <source>stopping: %1 connections open, finishing the requests in flight</source>
        <translation>正在停止：仍有%1个连接，正在完成处理中的请求</translation>
    </message>
    <message>
        <source>Server stopping</source>
        <translation>服务器正在停止</translation>
    </message>
    <message>
        <source>%1 connections did not finish within %2 seconds; closing them</source>
        <translation>%1个连接未在%2秒内完成，正在关闭</translation>
    </message>
    <message>
        <source>cannot sign the final checkpoint: %1</source>
        <translation>无法签署最终检查点：%1</translation>
    </message>
    <message>
        <source>final checkpoint signed at event %1</source>
        <translation>已在事件%1处签署最终检查点</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 (and %2 more like it)</source>
        <translation>%1（另有%2条类似消息）</translation>
    </message>
    <message>
        <source>SMS notices go to %1</source>
        <translation>短信通知发送至%1</translation>
    </message>
    <message>
        <source>Cannot listen for public certificate verification on %1:%2: %3</source>
        <translation>无法在%1:%2上监听公开证照核验请求：%3</translation>
    </message>
    <message>
        <source>public certificate verification on %1:%2 (GET /v1/verify, no client certificate, %3 requests a second per address)</source>
        <translation>公开证照核验服务位于%1:%2（GET /v1/verify，无需客户端证书，每个地址每秒最多%3个请求）</translation>
    </message>
    <message>
        <source>cannot bring the certificate key set up to date: %1</source>
        <translation>无法更新证照密钥集：%1</translation>
    </message>
    <message>
        <source>certificate key set %1: %2 department keys, %3 revoked certificates (events read up to %4)</source>
        <translation>证照密钥集%1：部门密钥%2个，已注销证照%3个（事件已读取至%4）</translation>
    </message>
</context>
<context>
    <name>sunhall::server::HttpConnection</name>
    <message>
        <source>the client certificate names no workstation</source>
        <translation>客户端证书未指明工作站</translation>
    </message>
    <message>
        <source>the TLS handshake was not complete within %1 seconds</source>
        <translation>TLS握手未在%1秒内完成</translation>
    </message>
    <message>
        <source>the client closed the connection during the TLS handshake</source>
        <translation>客户端在TLS握手期间关闭了连接</translation>
    </message>
</context>
<context>
    <name>sunhall::server::HttpListener</name>
    <message>
        <source>the server already has %1 connections</source>
        <translation>服务器已有%1个连接</translation>
    </message>
    <message>
        <source>%1 already has %2 connections</source>
        <translation>%1已有%2个连接</translation>
    </message>
</context>
<context>
    <name>sunhall::server::LiveHub</name>
    <message>
        <source>Session ended</source>
        <translation>会话已结束</translation>
    </message>
</context>
<context>
    <name>sunhall::server::NoticeKind</name>
    <message>
        <source>Case accepted</source>
        <translation>受理通知</translation>
    </message>
    <message>
        <source>Materials to supplement</source>
        <translation>补正材料通知</translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation>准予许可通知</translation>
    </message>
    <message>
        <source>Application denied</source>
        <translation>不予许可通知</translation>
    </message>
    <message>
        <source>Certificate ready for pickup</source>
        <translation>证照领取通知</translation>
    </message>
</context>
<context>
    <name>sunhall::server::NoticeSender</name>
    <message>
        <source>the server stopped before the gateway answered</source>
        <translation>网关应答之前服务器已停止</translation>
    </message>
    <message>
        <source>SMS notice %1 to %2 not sent (attempt %3): %4; trying again in %5 s</source>
        <translation>发送给%2的短信通知%1未能发送（第%3次尝试）：%4；将于%5秒后重试</translation>
    </message>
    <message numerus="yes">
        <source>SMS notice %1 to %2 was given up after %n attempt(s): %3</source>
        <translation>
            <numerusform>发送给%2的短信通知%1经%n次尝试后已放弃：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunhall::server::NoticeService</name>
    <message>
        <source>the HTTP gateway at %1</source>
        <translation>位于%1的HTTP网关</translation>
    </message>
    <message>
        <source>the file gateway in %1</source>
        <translation>位于%1的文件网关</translation>
    </message>
    <message>
        <source>cannot write the SMS notices of the latest events: %1</source>
        <translation>无法写入最新事件的短信通知：%1</translation>
    </message>
</context>
<context>
    <name>sunhall::server::PublicVerifyServer</name>
    <message numerus="yes">
        <source>Too many verification requests from this address; try again in %n second(s).</source>
        <translation>
            <numerusform>来自此地址的核验请求过多，请于%n秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR text has %1 characters; a certificate&apos;s has at most %2.</source>
        <translation>二维码文本共%1个字符，而证照的二维码文本最多为%2个字符。</translation>
    </message>
    <message>
        <source>public verification: too many requests from %1 (%2 more refused since the last warning)</source>
        <translation>公开核验：来自%1的请求过多（自上次警告以来又拒绝了%2个请求）</translation>
    </message>
</context>
<context>
    <name>sunhall::server::SessionApi</name>
    <message>
        <source>Logged out</source>
        <translation>已退出登录</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::ApplicantForm</name>
    <message>
        <source>1  Applicant</source>
        <translation>1  申请人</translation>
    </message>
    <message>
        <source>The applicant sends an agent (代理人)</source>
        <translation>申请人委托代理人办理</translation>
    </message>
    <message>
        <source>Applicant is:</source>
        <translation>申请人类型：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>代理人姓名：</translation>
    </message>
    <message>
        <source>Agent&apos;s citizen ID number:</source>
        <translation>代理人居民身份证号码：</translation>
    </message>
    <message>
        <source>Agent&apos;s phone:</source>
        <translation>代理人联系电话：</translation>
    </message>
    <message>
        <source>Citizen ID number:</source>
        <translation>居民身份证号码：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>18 characters, checked as you type</source>
        <translation>共18位，输入时自动校验</translation>
    </message>
    <message>
        <source>Type the 18 characters of the citizen ID number.</source>
        <translation>请输入18位居民身份证号码。</translation>
    </message>
    <message>
        <source>Type the 18 characters of the unified social credit code.</source>
        <translation>请输入18位统一社会信用代码。</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Optional, but without it the applicant gets no SMS notices.</source>
        <translation>选填，但不填写则申请人将无法收到短信通知。</translation>
    </message>
    <message>
        <source>Returning applicant %1: the details of the last application were filled in. Check them with the applicant.</source>
        <translation>已有申请人%1：已自动填入其上次申请时的信息，请与申请人核对。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s citizen ID number.</source>
        <translation>请输入申请人的居民身份证号码。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s unified social credit code.</source>
        <translation>请输入单位的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name, or untick the agent.</source>
        <translation>请输入代理人姓名，或取消勾选代理人。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s citizen ID number.</source>
        <translation>请输入代理人的居民身份证号码。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代理人：%1</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::CashierWidget</name>
    <message>
        <source>Collect (Ctrl+1)</source>
        <translation>收费（Ctrl+1）</translation>
    </message>
    <message>
        <source>Receipts (Ctrl+2)</source>
        <translation>票据（Ctrl+2）</translation>
    </message>
    <message>
        <source>Settlement (Ctrl+3)</source>
        <translation>结算（Ctrl+3）</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>查找办件</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>作废票据</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出CSV</translation>
    </message>
    <message>
        <source>Read the books again</source>
        <translation>重新读取账目</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>Receipt %1 is issued, but it was not printed: %2</source>
        <translation>票据%1已开具，但未能打印：%2</translation>
    </message>
    <message>
        <source>Collected. Receipt %1 issued and printed.</source>
        <translation>收费成功。票据%1已开具并打印。</translation>
    </message>
    <message>
        <source>Choose a receipt first.</source>
        <translation>请先选择票据。</translation>
    </message>
    <message>
        <source>No printer is set up on this workstation. Preview the receipt or save it as PDF, and ask the hall&apos;s IT to set up the receipt printer.</source>
        <translation>本工作站未设置打印机。请预览票据或将其保存为PDF，并联系大厅信息技术人员设置票据打印机。</translation>
    </message>
    <message>
        <source>Choose the receipt to void first.</source>
        <translation>请先选择要作废的票据。</translation>
    </message>
    <message>
        <source>Receipt %1 is already voided.</source>
        <translation>票据%1已作废。</translation>
    </message>
    <message>
        <source>Receipt %1 is voided; its number stays recorded. Print it to mark the paper copy VOID.</source>
        <translation>票据%1已作废，其票据号码仍保留记录。请打印该票据，在纸质票据上标注“作废”。</translation>
    </message>
    <message>
        <source>No printer is set up on this workstation. Preview the settlement or save it as PDF.</source>
        <translation>本工作站未设置打印机。请预览结算报表或将其保存为PDF。</translation>
    </message>
    <message>
        <source>The settlement was sent to the printer.</source>
        <translation>结算报表已发送至打印机。</translation>
    </message>
    <message>
        <source>Save receipt %1 as PDF</source>
        <translation>将票据%1保存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>票据已保存为%1。</translation>
    </message>
    <message>
        <source>Save the settlement as PDF</source>
        <translation>将结算报表保存为PDF</translation>
    </message>
    <message>
        <source>Settlement saved as %1.</source>
        <translation>结算报表已保存为%1。</translation>
    </message>
    <message>
        <source>Export the settlement as CSV</source>
        <translation>将结算报表导出为CSV</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>CSV电子表格文件 (*.csv)</translation>
    </message>
    <message>
        <source>Settlement exported as %1.</source>
        <translation>结算报表已导出为%1。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::CataloguePage</name>
    <message>
        <source>This workstation has no item catalogue yet. It arrives with the first connection to the hall server.</source>
        <translation>本工作站尚无事项目录，首次连接大厅服务器时将自动获取。</translation>
    </message>
    <message>
        <source>Item catalogue</source>
        <translation>事项目录</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::CatalogueWindow</name>
    <message>
        <source>Item catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Item catalogue — %1</source>
        <comment>hall name</comment>
        <translation>事项目录 — %1</translation>
    </message>
    <message>
        <source>Find item</source>
        <translation>查找事项</translation>
    </message>
    <message>
        <source>Search items by name or code (Ctrl+F)</source>
        <translation>按名称或编码搜索事项（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · Catalogue version %2 · %n item(s)</source>
        <translation>
            <numerusform>%1 · 目录第%2版 · 共%n个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · Catalogue version %2 · %3 of %n item(s) match</source>
        <translation>
            <numerusform>%1 · 目录第%2版 · %n个事项中有%3个匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::ClientShell</name>
    <message numerus="yes">
        <source>%n command(s) made at this workstation have not reached the hall server yet. They are kept here and sent when the user who made them logs in here again.</source>
        <translation>
            <numerusform>本工作站有%n条操作指令尚未送达大厅服务器。这些指令保存在本机，待发出指令的用户在本工作站再次登录时发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::EvaluatorDialog</name>
    <message>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>Please rate our service</source>
        <translation>请对我们的服务作出评价</translation>
    </message>
    <message>
        <source>Press the button that fits, or the key 1 to %1.</source>
        <translation>请点击相应的按钮，或按数字键1至%1。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Close without a rating (Esc): the applicant does not want to rate.</source>
        <translation>不评价并关闭（Esc）：申请人不愿评价。</translation>
    </message>
    <message>
        <source>Application of %1 · %2 · served by %3</source>
        <translation>%1的申请 · %2 · 经办人：%3</translation>
    </message>
    <message>
        <source>Case %1 · %2 · served by %3</source>
        <translation>受理编号%1 · %2 · 经办人：%3</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>评价未能记录：%1</translation>
    </message>
    <message>
        <source>Thank you! Your rating: %1.</source>
        <translation>谢谢！您的评价：%1。</translation>
    </message>
    <message>
        <source>Thank you for telling us. Your rating: %1.
We are sorry. The hall will call you back by %2 and put it right.</source>
        <translation>感谢您的反馈。您的评价：%1。
非常抱歉。本大厅将于%2前与您电话联系，并妥善解决问题。</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for telling us. Your rating: %1.
We are sorry. The hall will call you back within %n working day(s) and put it right.</source>
        <translation>
            <numerusform>感谢您的反馈。您的评价：%1。
非常抱歉。本大厅将在%n个工作日内与您电话联系，并妥善解决问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::FeeCasePanel</name>
    <message>
        <source>Fee</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Standard amount</source>
        <translation>标准金额</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>未选择办件</translation>
    </message>
    <message>
        <source>Find the case by its number or the applicant&apos;s name or ID number, then press Enter.</source>
        <translation>请按受理编号、申请人姓名或证件号码查找办件，然后按Enter键。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>case number · applicant</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Item: %1 (%2) · ID number: %3</source>
        <translation>事项：%1（%2） · 证件号码：%3</translation>
    </message>
    <message>
        <source>Assessed %1 · Paid %2 · Reduced %3</source>
        <translation>应收%1 · 已收%2 · 减免%3</translation>
    </message>
    <message>
        <source>Due: %1 (%2)</source>
        <comment>amount in figures (in capitals)</comment>
        <translation>待收金额：%1（%2）</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>已全额缴清</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>receipt number · amount · method</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · reduced %1 (%2)</source>
        <comment>reduction, legal basis</comment>
        <translation> · 减免%1（%2）</translation>
    </message>
    <message>
        <source> · VOID: %1</source>
        <comment>void reason</comment>
        <translation> · 作废：%1</translation>
    </message>
    <message>
        <source>No receipt issued on this case yet.</source>
        <translation>本办件尚未开具票据。</translation>
    </message>
    <message>
        <source>Receipts of this case:</source>
        <translation>本办件的票据：</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::FeeCollectPage</name>
    <message>
        <source>Case number, applicant&apos;s name or ID number (Ctrl+F), then Enter</source>
        <translation>受理编号、申请人姓名或证件号码（Ctrl+F），然后按Enter键</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number, payment method</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Only when the applicant is entitled to one</source>
        <translation>仅在申请人依法可享受减免时填写</translation>
    </message>
    <message>
        <source>The law, regulation or notice that grants the reduction</source>
        <translation>给予减免的法律、法规或文件</translation>
    </message>
    <message>
        <source>&amp;Print the receipt after collecting</source>
        <translation>收费后打印票据(&amp;P)</translation>
    </message>
    <message>
        <source>Collect and issue the receipt (F9)</source>
        <translation>收费并开具票据（F9）</translation>
    </message>
    <message>
        <source>Print again (Ctrl+P)</source>
        <translation>重印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+Shift+P)</source>
        <translation>打印预览（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>保存为PDF（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>缴费方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reduction:</source>
        <translation>减免金额(&amp;R)：</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with fees due</source>
        <translation>
            <numerusform>%n个办件有待收费用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) with fees due</source>
        <translation>
            <numerusform>%n个有待收费用的办件中有%1个符合条件</numerusform>
        </translation>
    </message>
    <message>
        <source>In capitals: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount of money: %2</source>
        <translation>金额“%1”不是有效的金额：%2</translation>
    </message>
    <message>
        <source>The reduction &quot;%1&quot; is not an amount of money: %2</source>
        <translation>减免金额“%1”不是有效的金额：%2</translation>
    </message>
    <message>
        <source>Choose a case first: search by case number or applicant and press Enter.</source>
        <translation>请先选择办件：按受理编号或申请人搜索，然后按Enter键。</translation>
    </message>
    <message>
        <source>Receipt %1: %2 by %3 from %4 (case %5).</source>
        <translation>票据%1：%4以%3方式缴纳%2（受理编号%5）。</translation>
    </message>
    <message>
        <source>Collected. Receipt %1 issued.</source>
        <translation>收费成功。票据%1已开具。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::IntakeOutcomePanel</name>
    <message>
        <source>4  Outcome</source>
        <translation>4  办理结果</translation>
    </message>
    <message>
        <source>Green channel (绿色通道)</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Name of the coordinator</source>
        <translation>协调人姓名</translation>
    </message>
    <message>
        <source>Why the application is refused, in words for the applicant: printed on the refusal decision.</source>
        <translation>不予受理的理由，请用申请人能理解的语言填写；该理由将打印在不予受理决定书上。</translation>
    </message>
    <message>
        <source>Reason for a refusal:</source>
        <translation>不予受理理由：</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time supplement notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Conclude on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>New application (Ctrl+Shift+N)</source>
        <translation>新申请（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>outcome, its shortcut</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose an item to see whether it may use the green channel.</source>
        <translation>请选择事项，以查看其是否可走绿色通道。</translation>
    </message>
    <message>
        <source>Item %1 is not eligible for the green channel.</source>
        <translation>事项%1不适用绿色通道。</translation>
    </message>
    <message>
        <source>Key projects only: priority in every queue, with a named coordinator; the time limits still apply.</source>
        <translation>仅限重点项目：在各环节队列中优先办理，并指定专人协调；办理时限仍然适用。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>outcome, why it is not possible now</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::IntakeWidget</name>
    <message>
        <source>Window %1 · %2</source>
        <comment>window, clerk&apos;s name</comment>
        <translation>窗口%1 · %2</translation>
    </message>
    <message>
        <source>Choose the item the application is for.</source>
        <translation>请选择申请办理的事项。</translation>
    </message>
    <message>
        <source>Only an immediate item (即办件) is concluded on the spot; %1 is a %2.</source>
        <translation>只有即办件才能当场办结；%1属于%2。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date and its weekday</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Accepted: %1 for %2. Give the applicant the receipt.</source>
        <translation>已受理：%2申请的%1。请将受理回执交给申请人。</translation>
    </message>
    <message>
        <source>Accepted: %1 for %2, due on %3. Give the applicant the receipt.</source>
        <translation>已受理：%2申请的%1，办结期限为%3。请将受理回执交给申请人。</translation>
    </message>
    <message>
        <source>Concluded on the spot: %1 for %2.</source>
        <translation>已当场办结：%2申请的%1。</translation>
    </message>
    <message>
        <source>Supplement notice</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <source>One-time supplement notice recorded for %1 (%2). Give the applicant the notice: it lists everything missing.</source>
        <translation>已为%1（%2）登记一次性告知。请将一次性告知书交给申请人，其中列明了所有缺少的材料。</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Refusal recorded for %1 (%2). Give the applicant the refusal decision.</source>
        <translation>已为%1（%2）登记不予受理。请将不予受理决定书交给申请人。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::ItemDetailPanel</name>
    <message>
        <source>Choose an item in the catalogue to see its materials, fees, time limits and flow.</source>
        <translation>请在事项目录中选择一个事项，查看其申报材料、收费、时限和办理流程。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>item code, department name, item kind</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Accepted today, decided on the spot: %1</source>
        <translation>今日受理，当场办结：%1</translation>
    </message>
    <message>
        <source>Accepted today, due on %1</source>
        <translation>今日受理，承诺时限截止于%1</translation>
    </message>
    <message>
        <source>Legal limit ends on %1</source>
        <translation>法定时限截止于%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date and its weekday</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::ItemPicker</name>
    <message>
        <source>2  Item</source>
        <translation>2  事项</translation>
    </message>
    <message>
        <source>Code or any part of the name (Ctrl+F)</source>
        <translation>事项编码或名称中的任意部分（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the catalogue</source>
        <translation>
            <numerusform>事项目录中共有%n个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has “%1” in its code or name.</source>
        <translation>没有编码或名称包含“%1”的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) match</source>
        <translation>
            <numerusform>%n个事项中有%1个符合条件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::LoginDialog</name>
    <message>
        <source>Log in — Sunhall</source>
        <translation>登录 — Sunhall</translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation>政务服务大厅</translation>
    </message>
    <message>
        <source>Workstation %1 · server %2</source>
        <comment>workstation, address</comment>
        <translation>工作站%1 · 服务器%2</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>%1 Nothing of your work is lost: enter your password to go on.</source>
        <translation>%1您所做的工作均不会丢失，请输入密码继续。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Logging in at %1…</source>
        <translation>正在登录%1…</translation>
    </message>
    <message>
        <source>Fetching the hall&apos;s item catalogue and calendar…</source>
        <translation>正在获取本大厅的事项目录和工作日历…</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::MainWindow</name>
    <message>
        <source>Your roles give you no screens on this workstation. Ask the administrator to check the roles of your account.</source>
        <translation>您的角色在本工作站上没有可用的界面。请联系系统管理员核查您账户的角色。</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rejected commands…</source>
        <translation>被拒绝的操作指令(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>工作站%1</translation>
    </message>
    <message>
        <source>%1 · workstation %2</source>
        <comment>hall, workstation</comment>
        <translation>%1 · 工作站%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>screen, place</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::MaterialChecklistPanel</name>
    <message>
        <source>3  Materials</source>
        <translation>3  材料</translation>
    </message>
    <message>
        <source>Attach files… (Ctrl+O)</source>
        <translation>添加文件…（Ctrl+O）</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>扫描目录…</translation>
    </message>
    <message>
        <source>Choose the item first: scans are attached to its materials.</source>
        <translation>请先选择事项：扫描件需要添加到该事项的材料下。</translation>
    </message>
    <message>
        <source>%1 attached to “%2”.</source>
        <comment>file names, material</comment>
        <translation>已将%1添加到“%2”。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attach scans to “%1”</source>
        <translation>为“%1”添加扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The folder the scanner saves into</source>
        <translation>扫描仪保存文件的目录</translation>
    </message>
    <message>
        <source>New scan %1 in the scan folder.</source>
        <translation>扫描目录中有新扫描件%1。</translation>
    </message>
    <message>
        <source>New scan %1 in the scan folder: choose it in the list and press Enter to attach it to “%2”.</source>
        <translation>扫描目录中有新扫描件%1：请在列表中选中该文件并按Enter键，将其添加到“%2”。</translation>
    </message>
    <message>
        <source>Choose an item to see the materials it needs.</source>
        <translation>请选择事项，以查看所需材料。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n material(s) handed in; every required material is here.</source>
        <translation>
            <numerusform>共%n项材料，已提交%1项；必需材料均已提交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n material(s) handed in; required but missing: %2.</source>
        <translation>
            <numerusform>共%n项材料，已提交%1项；尚缺必需材料：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No scan folder is watched. Choose the folder the scanner saves into, or attach files.</source>
        <translation>未监视任何扫描目录。请选择扫描仪保存文件的目录，或直接添加文件。</translation>
    </message>
    <message>
        <source>Scan folder %1</source>
        <translation>扫描目录%1</translation>
    </message>
    <message>
        <source>Scan folder %1 — Enter on a file attaches it to “%2”.</source>
        <translation>扫描目录%1 — 在文件上按Enter键即可将其添加到“%2”。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::ReceiptListPage</name>
    <message>
        <source>&amp;Void… (Ctrl+D)</source>
        <translation>作废(&amp;V)…（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>打印(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print pre&amp;view (Ctrl+Shift+P)</source>
        <translation>打印预览(&amp;V)（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Save as PDF (Ctrl+Shift+S)</source>
        <translation>保存为PDF(&amp;S)（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s), %1 voided</source>
        <translation>
            <numerusform>共%n张票据，其中作废%1张</numerusform>
        </translation>
    </message>
    <message>
        <source>This receipt is already voided.</source>
        <translation>该票据已作废。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::RejectedCommandsDialog</name>
    <message>
        <source>Rejected commands</source>
        <translation>被拒绝的操作指令</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>标记为已查看</translation>
    </message>
    <message>
        <source>Take the chosen command off this list; it stays on record.</source>
        <translation>将所选操作指令从列表中移除；其记录仍会保留。</translation>
    </message>
    <message>
        <source>The hall server has rejected none of your commands.</source>
        <translation>大厅服务器未拒绝您的任何操作指令。</translation>
    </message>
    <message numerus="yes">
        <source>The hall server rejected %n of your command(s). Nothing of a rejected command was recorded; read the reason and what to do next.</source>
        <translation>
            <numerusform>大厅服务器拒绝了您的%n条操作指令。被拒绝的操作指令均未被记录；请阅读拒绝原因及后续处理建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <comment>reason (field)</comment>
        <translation>%1（字段：%2）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Rejected at</source>
        <translation>拒绝时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>后续处理</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::ScanPreview</name>
    <message>
        <source>No scan chosen.
Choose a material with scans or a file in the scan folder to see it here.</source>
        <translation>未选择扫描件。
请选择带有扫描件的材料或扫描目录中的文件，即可在此查看。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file name, what it is</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>a PDF file that cannot be read</source>
        <translation>无法读取的PDF文件</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF，共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>an image that cannot be shown here (%1)</source>
        <translation>无法在此显示的图像（%1）</translation>
    </message>
    <message>
        <source>image, %1 × %2 pixels</source>
        <translation>图像，%1 × %2像素</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::SessionStatusBar</name>
    <message>
        <source>Offline login</source>
        <translation>离线登录</translation>
    </message>
    <message>
        <source>You logged in while the hall server could not be reached. Your work is kept on this workstation and sent as soon as the server answers again.</source>
        <translation>您是在无法连接大厅服务器时登录的。您的工作内容将保存在本工作站，待服务器恢复响应后立即发送。</translation>
    </message>
    <message>
        <source>Show the commands the hall server rejected, with the reason and what to do next</source>
        <translation>显示被大厅服务器拒绝的操作指令，以及拒绝原因和后续处理建议</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>● Online · %1</source>
        <comment>server address</comment>
        <translation>● 在线 · %1</translation>
    </message>
    <message>
        <source>The hall server %1 answers.</source>
        <translation>大厅服务器%1响应正常。</translation>
    </message>
    <message>
        <source>● Offline · %1</source>
        <comment>server address</comment>
        <translation>● 离线 · %1</translation>
    </message>
    <message>
        <source>The hall server %1 cannot be reached. Work goes on here and is sent once it answers again.</source>
        <translation>无法连接大厅服务器%1。可继续在本机办理业务，服务器恢复响应后将自动发送。</translation>
    </message>
    <message>
        <source>Live updates on</source>
        <translation>实时更新已开启</translation>
    </message>
    <message>
        <source>Live updates off</source>
        <translation>实时更新已关闭</translation>
    </message>
    <message>
        <source>Changes made at other windows arrive at once.</source>
        <translation>其他窗口所做的更改将即时同步到本机。</translation>
    </message>
    <message>
        <source>Changes made at other windows arrive when this workstation next reaches the server.</source>
        <translation>其他窗口所做的更改将在本工作站下次连接服务器时同步。</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>没有待发送的内容</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting to be sent</source>
        <translation>
            <numerusform>%n条操作指令待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>No rejected commands</source>
        <translation>没有被拒绝的操作指令</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected command(s)</source>
        <translation>
            <numerusform>%n条被拒绝的操作指令</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 · Workstation %3</source>
        <comment>user, roles, workstation</comment>
        <translation>%1 · %2 · 工作站%3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>自动（跟随系统语言）</translation>
    </message>
    <message>
        <source>Screens in:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>工作站：</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>大厅：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>配置目录：</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <source>The new language is used the next time Sunhall starts.</source>
        <translation>新语言将在下次启动Sunhall时生效。</translation>
    </message>
    <message>
        <source>Chinese is used unless the system speaks English.</source>
        <translation>除非系统语言为英语，否则使用中文。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::SettlementPage</name>
    <message>
        <source>&amp;Settlement:</source>
        <translation>结算报表(&amp;S)：</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Cas&amp;hier:</source>
        <translation>收费员(&amp;H)：</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>日结确认(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>打印(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print pre&amp;view (Ctrl+Shift+P)</source>
        <translation>打印预览(&amp;V)（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF (Ctrl+Shift+S)</source>
        <translation>保存为PDF(&amp;D)（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Export CSV (Ctrl+E)</source>
        <translation>导出CSV(&amp;E)（Ctrl+E）</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>全部收费员</translation>
    </message>
    <message>
        <source>Net total: %1 (%2)</source>
        <comment>amount in figures (in capitals)</comment>
        <translation>净收合计：%1（%2）</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2, but the books changed afterwards</source>
        <translation>已由%1于%2确认，但此后账目发生了变动</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2</source>
        <translation>已由%1于%2确认</translation>
    </message>
    <message>
        <source>Choose a cashier to see their daily sign-offs.</source>
        <translation>请选择收费员，以查看其每日日结确认情况。</translation>
    </message>
    <message>
        <source>The last column tells whether each day&apos;s settlement was signed off.</source>
        <translation>最后一列显示每日日结是否已确认。</translation>
    </message>
    <message>
        <source>Each cashier signs off their own daily settlement.</source>
        <translation>每位收费员各自确认本人的日结。</translation>
    </message>
    <message>
        <source>Only a daily settlement is signed off, and only by its own cashier: choose &quot;%1&quot; and yourself.</source>
        <translation>只有日结需要确认，且只能由收费员本人确认：请选择“%1”和您本人。</translation>
    </message>
    <message>
        <source>A day that has not come yet cannot be signed off.</source>
        <translation>尚未到来的日期不能进行日结确认。</translation>
    </message>
    <message>
        <source>The daily settlement of %1 is signed off: net %2.</source>
        <translation>%1的日结已确认：净收金额%2。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::SignOffDialog</name>
    <message>
        <source>Sign off the daily settlement of %1</source>
        <translation>确认%1的日结</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>payment method label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount in figures (in capitals)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Net total:</source>
        <translation>净收合计：</translation>
    </message>
    <message>
        <source>By signing off, %1 confirms that the money in hand and on the accounts matches these figures.</source>
        <translation>一经确认，即表示%1核实现金及账户中的款项与上述数字相符。</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>确认(&amp;S)</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
    <message>
        <source>Your password cannot be checked on this workstation: log in once while the hall server is reachable, then sign off.</source>
        <translation>无法在本工作站验证您的密码：请先在能连接大厅服务器时登录一次，再进行日结确认。</translation>
    </message>
    <message>
        <source>The password is not correct. The settlement is not signed off.</source>
        <translation>密码不正确，日结未确认。</translation>
    </message>
</context>
<context>
    <name>sunhall::widgets::VoidReceiptDialog</name>
    <message>
        <source>Void receipt %1</source>
        <translation>作废票据%1</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>票据号码：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>受理编号：</translation>
    </message>
    <message>
        <source>Payer:</source>
        <translation>缴款人：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>缴费方式：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>A voided receipt is never deleted: its number stays recorded and the receipt prints as VOID. The fee is due again on the case. Write why it is voided.</source>
        <translation>作废的票据不会被删除：其票据号码仍保留记录，打印时将标注“作废”。该办件的费用将重新变为待收。请填写作废原因。</translation>
    </message>
    <message>
        <source>Reason for voiding (required)</source>
        <translation>作废原因（必填）</translation>
    </message>
    <message>
        <source>&amp;Void receipt</source>
        <translation>作废票据(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Write the reason first: a receipt is never voided without one.</source>
        <translation>请先填写原因：未填写原因不能作废票据。</translation>
    </message>
    <message>
        <source>Write why the receipt is voided: a receipt is never voided without a reason.</source>
        <translation>请填写票据作废原因：未填写原因不能作废票据。</translation>
    </message>
</context>
</TS>
