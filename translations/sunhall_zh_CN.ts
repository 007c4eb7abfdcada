<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseAggregate</name>
    <message>
        <source>of %1</source>
        <translation>（申请人：%1）</translation>
    </message>
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
        <source>The administrator publishing it.</source>
        <translation>发布目录的系统管理员。</translation>
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
</context>
<context>
    <name>HallCommand</name>
    <message>
        <source>Creates the demo hall in DIR: a local store with the official working-day calendars and the demo catalogue.</source>
        <translation>在DIR中创建演示大厅：包括本地数据库、官方工作日日历和演示事项目录。</translation>
    </message>
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
        <source>cannot create the folder %1</source>
        <translation>无法创建目录%1</translation>
    </message>
    <message>
        <source>cannot read the demo catalogue %1: %2</source>
        <translation>无法读取演示事项目录%1：%2</translation>
    </message>
    <message>
        <source>Demo hall &quot;%1&quot; created in %2</source>
        <translation>已在%2中创建演示大厅“%1”</translation>
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
        <source>  catalogue version %1: %2 items in %3 departments</source>
        <translation>  事项目录第%1版：%3个部门，%2个事项</translation>
    </message>
    <message>
        <source>Create the demo hall</source>
        <translation>创建演示大厅</translation>
    </message>
</context>
<context>
    <name>HallStore</name>
    <message>
        <source>%1 holds no hall (no hall.db). Create one first, for example with &apos;sunhallctl demo init --dir %1&apos;.</source>
        <translation>%1中没有大厅（找不到hall.db）。请先创建大厅，例如运行“sunhallctl demo init --dir %1”。</translation>
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
        <source>Step &quot;%1&quot; is not completed on its own: %2 completes it.</source>
        <translation>环节“%1”不能单独完成，须通过“%2”操作完成。</translation>
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
        <source>The administrator adding it.</source>
        <translation>添加该闭厅日的系统管理员。</translation>
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
    <name>sunhall::app::Client</name>
    <message>
        <source>No hall folder was given. Start sunhall with --hall DIR or set SUNHALL_HALL to the hall&apos;s folder (an administrator creates one with &quot;sunhallctl demo init --dir DIR&quot;).</source>
        <translation>未指定大厅数据目录。请使用--hall DIR启动sunhall，或将环境变量SUNHALL_HALL设为大厅数据目录（系统管理员可运行“sunhallctl demo init --dir DIR”创建）。</translation>
    </message>
    <message>
        <source>%1 holds no hall (there is no hall.db in it). Check the folder given with --hall or SUNHALL_HALL.</source>
        <translation>%1中没有大厅（其中没有hall.db）。请检查--hall或SUNHALL_HALL指定的目录。</translation>
    </message>
    <message>
        <source>The hall in %1 has no published item catalogue yet. An administrator must publish one first.</source>
        <translation>%1中的大厅尚未发布事项目录，请系统管理员先发布事项目录。</translation>
    </message>
    <message>
        <source>Sunhall cannot start</source>
        <translation>Sunhall无法启动</translation>
    </message>
    <message>
        <source>Sunhall service hall desktop client</source>
        <translation>Sunhall行政服务中心桌面客户端</translation>
    </message>
    <message>
        <source>The hall folder holding hall.db (default: $SUNHALL_HALL).</source>
        <translation>存放hall.db的大厅数据目录（默认：$SUNHALL_HALL）。</translation>
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
</TS>
