<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Jiandu::ActionDialog</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlarmBoard</name>
    <message>
        <source>Reading the alerts…</source>
        <translation>正在读取预警…</translation>
    </message>
    <message>
        <source>Unacknowledged alarms: %1</source>
        <translation>未确认报警：%1</translation>
    </message>
    <message>
        <source>None: every alarm has been taken up.</source>
        <translation>无：所有报警均已有人处理。</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>Overdue problems: %1</source>
        <translation>超期问题：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertInboxModel</name>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警内容</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertInboxPage</name>
    <message>
        <source>Show silenced</source>
        <translation>显示已静默</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Open a problem…</source>
        <translation>转为问题…</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>静默…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To handle</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新预警</translation>
    </message>
    <message>
        <source>Problem opened</source>
        <translation>已转问题</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已消除</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>全部要素</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>By element</source>
        <translation>按要素</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按级别</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警信息</translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>正在读取预警…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alert to see it whole and act on it.</source>
        <translation>选择一条预警查看详情并处理。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>已静默</translation>
    </message>
    <message>
        <source>by %1 until %2: %3</source>
        <translation>%1 静默至 %2：%3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象信息</translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The alert stays in the list as acknowledged, with your name and note.</source>
        <translation>预警将标记为已确认，并记录您的姓名和备注。</translation>
    </message>
    <message>
        <source>What was done, e.g. called the officer on duty</source>
        <translation>已采取的措施，例如：已电话通知值班民警</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未能确认</translation>
    </message>
    <message>
        <source>Open a problem</source>
        <translation>转为执法问题</translation>
    </message>
    <message>
        <source>Open the problem</source>
        <translation>建立问题</translation>
    </message>
    <message>
        <source>The problem goes through the closed loop: issued to the responsible unit, answered or appealed, reviewed, confirmed, rectified, audited.</source>
        <translation>问题将进入闭环流转：下发责任单位、反馈或申辩、复核、认定、整改、审核。</translation>
    </message>
    <message>
        <source>What was verified</source>
        <translation>核查情况</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>Silence the alert</source>
        <translation>静默预警</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>静默</translation>
    </message>
    <message>
        <source>A silenced alert leaves the inbox until the time you set; it stays on record with your name and reason and can be listed with “Show silenced”.</source>
        <translation>静默的预警在设定时间前不再出现在列表中；它连同您的姓名和理由保留在记录中，勾选“显示已静默”即可查看。</translation>
    </message>
    <message>
        <source>Watch the room</source>
        <translation>查看监控</translation>
    </message>
    <message>
        <source>The live picture of the camera in the subject&apos;s room</source>
        <translation>对象所在房间的摄像机实时画面</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>摄像机不可用</translation>
    </message>
    <message>
        <source>Camera %1 is not one of this site&apos;s cameras.</source>
        <translation>摄像机 %1 不属于本站点。</translation>
    </message>
    <message>
        <source>Take it on</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>申辩…</translation>
    </message>
    <message>
        <source>Search: name, ID or case number, rule…</source>
        <translation>搜索：姓名、证件号或案件编号、规则…</translation>
    </message>
    <message>
        <source>Search the alerts</source>
        <translation>搜索预警</translation>
    </message>
    <message>
        <source>Become the alert&apos;s owner: the others see who is on it</source>
        <translation>认领该预警：其他人可看到由谁处理</translation>
    </message>
    <message>
        <source>Hide it from the inbox until a time you set, with a reason</source>
        <translation>在设定时间前不在预警列表中显示，须填写原因</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n…</source>
        <translation>
            <numerusform>确认 %n 条…</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the appeal</source>
        <translation>裁决申辩</translation>
    </message>
    <message>
        <source>A formal objection to the alert, with its grounds, for the legal officer to decide</source>
        <translation>对预警正式提出异议并说明理由，由法制民警裁决</translation>
    </message>
    <message>
        <source>Uphold (the alert is closed) or reject the unit&apos;s appeal</source>
        <translation>支持申辩（预警关闭）或驳回责任单位的申辩</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>to the leaders at %1, not acknowledged in time</source>
        <translation>%1 升级至领导，未及时确认</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申辩</translation>
    </message>
    <message>
        <source>Appeal upheld</source>
        <translation>申辩成立</translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation>申辩驳回</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n alerts</source>
        <translation>
            <numerusform>确认 %n 条预警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected new alerts stay in the list as acknowledged, each with your name and this note.</source>
        <translation>
            <numerusform>所选 %n 条新预警将标记为已确认并保留在列表中，每条均记录您的姓名和此备注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken on</source>
        <translation>未能认领</translation>
    </message>
    <message>
        <source>Uphold the appeal (close the alert)…</source>
        <translation>支持申辩（关闭预警）…</translation>
    </message>
    <message>
        <source>Reject the appeal…</source>
        <translation>驳回申辩…</translation>
    </message>
    <message>
        <source>Appeal against the alert</source>
        <translation>对预警提出申辩</translation>
    </message>
    <message>
        <source>The grounds, e.g. the suspect was handed to the detention centre at 14:00 (record no. …)</source>
        <translation>申辩理由，例如：嫌疑人已于14:00送看守所（交接记录第…号）</translation>
    </message>
    <message>
        <source>Uphold the appeal</source>
        <translation>支持申辩</translation>
    </message>
    <message>
        <source>Reject the appeal</source>
        <translation>驳回申辩</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>The alert is closed on the appeal&apos;s ground and not raised again for this subject.</source>
        <translation>预警将以申辩理由关闭，该对象不再就此规则预警。</translation>
    </message>
    <message>
        <source>The alert stays open; the unit sees your reason.</source>
        <translation>预警保持未结；责任单位可看到您的理由。</translation>
    </message>
    <message>
        <source>The reason for the decision</source>
        <translation>裁决理由</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <source>A formal objection: the legal officer decides it. Upheld, the alert is closed; rejected, it stays open. Silencing only hides an alert for a while and decides nothing.</source>
        <translation>申辩是正式异议，由法制民警裁决：申辩成立则预警关闭，驳回则预警保持未结。静默只是暂时隐藏预警，不作任何认定。</translation>
    </message>
    <message>
        <source>Why, e.g. the suspect is in hospital until tomorrow</source>
        <translation>原因，例如：嫌疑人住院至明日</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertNotifier</name>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n 条新预警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Jiandu: %n alert(s)</source>
        <translation>
            <numerusform>监督：%n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision alerts</source>
        <translation>监督预警</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Alarm escalated to the leaders</source>
        <translation>报警已升级至领导</translation>
    </message>
    <message numerus="yes">
        <source>%1 (not acknowledged within %n minute(s))</source>
        <translation>
            <numerusform>%1（%n 分钟内未确认）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated: not acknowledged within %n minute(s)</source>
        <translation>
            <numerusform>已升级：%n 分钟内未确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to acknowledge</source>
        <translation>
            <numerusform>%n 条预警待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (the first if none is)</source>
        <translation>确认所选预警（未选时确认第一条）</translation>
    </message>
    <message>
        <source>Watch the room</source>
        <translation>查看监控</translation>
    </message>
    <message>
        <source>Open the alert in the inbox</source>
        <translation>在预警信息中打开</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertPresentation</name>
    <message>
        <source>Guidance</source>
        <translation>指引</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新预警</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Problem opened</source>
        <translation>已转问题</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已消除</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Case area</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>%1后到期</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超期%1</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Person number</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>办案单位</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Coercive measure</source>
        <translation>强制措施</translation>
    </message>
    <message>
        <source>Property number</source>
        <translation>物品编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>警情 %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>物品 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>已静默</translation>
    </message>
    <message>
        <source>under appeal</source>
        <translation>申辩中</translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation>申辩已驳回</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertRepository</name>
    <message>
        <source>The alert could not be stored.</source>
        <translation>预警无法保存。</translation>
    </message>
    <message>
        <source>The alert could not be updated.</source>
        <translation>预警无法更新。</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged.</source>
        <translation>预警无法确认。</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>Say why the alert is silenced.</source>
        <translation>请说明静默理由。</translation>
    </message>
    <message>
        <source>The alert could not be silenced.</source>
        <translation>预警无法静默。</translation>
    </message>
    <message>
        <source>The alerts could not be read.</source>
        <translation>预警无法读取。</translation>
    </message>
    <message>
        <source>The alerts could not be counted.</source>
        <translation>预警无法统计。</translation>
    </message>
    <message>
        <source>The rule engine&apos;s state could not be saved.</source>
        <translation>规则引擎状态无法保存。</translation>
    </message>
    <message>
        <source>The rule engine&apos;s state could not be read.</source>
        <translation>规则引擎状态无法读取。</translation>
    </message>
    <message>
        <source>The feed file %1 could not be recorded as read.</source>
        <translation>无法记录事件文件 %1 已读取。</translation>
    </message>
    <message>
        <source>The list of feed files read cannot be read.</source>
        <translation>无法读取已处理事件文件的清单。</translation>
    </message>
    <message>
        <source>The alert could not be taken on.</source>
        <translation>无法认领该预警。</translation>
    </message>
    <message>
        <source>An appeal needs its grounds.</source>
        <translation>申辩须说明理由。</translation>
    </message>
    <message>
        <source>The appeal could not be stored.</source>
        <translation>无法保存申辩。</translation>
    </message>
    <message>
        <source>The alert is closed or already under appeal.</source>
        <translation>预警已关闭或已在申辩中。</translation>
    </message>
    <message>
        <source>The decision could not be stored.</source>
        <translation>无法保存裁决。</translation>
    </message>
    <message>
        <source>The alert has no appeal waiting for a decision.</source>
        <translation>该预警没有待裁决的申辩。</translation>
    </message>
    <message>
        <source>The escalation could not be stored.</source>
        <translation>无法保存升级记录。</translation>
    </message>
    <message>
        <source>The alerts could not be searched.</source>
        <translation>无法搜索预警。</translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertService</name>
    <message>
        <source>Rule file refused</source>
        <translation>规则文件被拒绝</translation>
    </message>
    <message>
        <source>%1
The built-in catalogue runs instead.</source>
        <translation>%1
已改用内置规则目录。</translation>
    </message>
    <message>
        <source>Some rule settings not applied</source>
        <translation>部分规则设置未生效</translation>
    </message>
    <message>
        <source>Supervision alerts need the local cache; unlock it to start them.</source>
        <translation>监督预警需要本地缓存；请先解锁缓存。</translation>
    </message>
    <message>
        <source>Problem overdue</source>
        <translation>问题超期</translation>
    </message>
    <message>
        <source>A silence must end in the future.</source>
        <translation>静默截止时间必须晚于当前时间。</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>Problem %1 does not exist.</source>
        <translation>问题 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read; attach another file.</source>
        <translation>无法读取 %1；请选择其他文件。</translation>
    </message>
    <message>
        <source>The attachment cannot be stored in %1.</source>
        <translation>附件无法保存到 %1。</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>没有规则 %1。</translation>
    </message>
    <message>
        <source>Problem %1 “%2” (%3, %4) is past its due time.</source>
        <translation>问题 %1“%2”（%3，%4）已超过办理期限。</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Supervision alerts are not running here; the problem cannot be opened.</source>
        <translation>本机未运行监督预警，无法建立问题。</translation>
    </message>
    <message>
        <source>The alert concerns %1; %2 cannot appeal it.</source>
        <translation>该预警属于%1，%2无权申辩。</translation>
    </message>
    <message>
        <source>The legal officer or a leader decides an appeal, not the unit that made it.</source>
        <translation>申辩由法制民警或领导裁决，提出申辩的单位不能裁决。</translation>
    </message>
    <message>
        <source>Say why the appeal is upheld; the alert is closed on that ground.</source>
        <translation>请说明支持申辩的理由，预警将以此理由关闭。</translation>
    </message>
    <message>
        <source>%1 made this appeal and cannot decide it.</source>
        <translation>%1 提出了此申辩，不能自行裁决。</translation>
    </message>
    <message>
        <source>appeal upheld: %1</source>
        <translation>申辩成立：%1</translation>
    </message>
    <message>
        <source>Supervision alerts are not running here.</source>
        <translation>本机未运行监督预警。</translation>
    </message>
    <message>
        <source>Escalation not stored</source>
        <translation>升级未保存</translation>
    </message>
    <message>
        <source>Only the responsible unit appeals an alert; this workstation acts as %1 (Settings → Alerts and problems).</source>
        <translation>只有责任单位可以申辩；本工作站的角色为%1（设置 → 预警与闭环）。</translation>
    </message>
    <message>
        <source>The responsible unit does not change the rules that supervise it: the legal officer or a leader does. The rules are shown for reading.</source>
        <translation>责任单位不能修改监督自身的规则，须由法制民警或领导修改。规则仅供查看。</translation>
    </message>
    <message>
        <source>Unacknowledged alarms</source>
        <translation>未确认报警</translation>
    </message>
    <message>
        <source>waiting for an operator</source>
        <translation>等待值班人员确认</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>无待确认</translation>
    </message>
    <message>
        <source>Alerts to handle</source>
        <translation>待处理预警</translation>
    </message>
    <message>
        <source>new or acknowledged</source>
        <translation>新预警或已确认</translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <translation>超期问题</translation>
    </message>
    <message>
        <source>past their stage&apos;s time limit</source>
        <translation>超过当前环节办理期限</translation>
    </message>
    <message>
        <source>Alert %1: %2</source>
        <translation>预警 %1：%2</translation>
    </message>
    <message>
        <source>Rule settings not read</source>
        <translation>规则设置未能读取</translation>
    </message>
    <message>
        <source>Supervision alerts not started</source>
        <translation>监督预警未启动</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertSettingsPage</name>
    <message>
        <source>Play a sound</source>
        <translation>声音提示</translation>
    </message>
    <message>
        <source>Flash unacknowledged alarms</source>
        <translation>未确认的报警闪烁</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Alarms and warnings</source>
        <translation>报警和预警</translation>
    </message>
    <message>
        <source>Every alert</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Legal officer (issues, reviews, audits)</source>
        <translation>法制民警（下发、复核、审核）</translation>
    </message>
    <message>
        <source>Responsible unit (answers, appeals, rectifies)</source>
        <translation>责任单位（反馈、申辩、整改）</translation>
    </message>
    <message>
        <source>Leader (confirms or dismisses)</source>
        <translation>领导（认定或不予认定）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the built-in catalogue</source>
        <translation>内置规则目录</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Rule file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <source>Rule files (*.json)</source>
        <translation>规则文件 (*.json)</translation>
    </message>
    <message>
        <source>Popup for:</source>
        <translation>弹窗提醒：</translation>
    </message>
    <message>
        <source>My role in the closed loop:</source>
        <translation>我在闭环中的角色：</translation>
    </message>
    <message>
        <source>My unit:</source>
        <translation>我的单位：</translation>
    </message>
    <message>
        <source>Rule file:</source>
        <translation>规则文件：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>An alarm nobody acknowledged in this time is escalated to the leaders: it pops up on their workstations</source>
        <translation>报警在此时间内无人确认即升级至领导，在领导工作站弹窗提示</translation>
    </message>
    <message>
        <source>Escalate unacknowledged alarms after:</source>
        <translation>报警未确认升级时限：</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertsModule</name>
    <message>
        <source>Alerts</source>
        <translation>预警信息</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>执法问题</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source>Alerts and problems</source>
        <translation>预警与闭环</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>Alarm board</source>
        <translation>报警看板</translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertsReplica</name>
    <message>
        <source>A record from the central service could not be stored.</source>
        <translation>无法保存来自中心服务的记录。</translation>
    </message>
    <message>
        <source>The central service sent an alert without a number.</source>
        <translation>中心服务发来的预警缺少编号。</translation>
    </message>
    <message>
        <source>Records of kind %1 are not kept here.</source>
        <translation>本机不保存类型为 %1 的记录。</translation>
    </message>
    <message>
        <source>The central service sent an alert without its rule or subject.</source>
        <translation>中心服务发来的预警缺少规则或对象。</translation>
    </message>
    <message>
        <source>The central service sent a problem without its id or title.</source>
        <translation>中心服务发来的问题缺少编号或标题。</translation>
    </message>
    <message>
        <source>superseded by a newer alert</source>
        <translation>已被同一对象的新预警取代</translation>
    </message>
    <message>
        <source>raised while a silence held</source>
        <translation>静默期间产生</translation>
    </message>
</context>
<context>
    <name>Jiandu::Analytics::CameraHealth</name>
    <message>
        <source>Signal lost</source>
        <translation>信号丢失</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>Frozen picture</source>
        <translation>画面冻结</translation>
    </message>
    <message>
        <source>Colour cast</source>
        <translation>偏色</translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation>过暗</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>过亮</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Scene moved</source>
        <translation>场景移位</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Cannot judge</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Pictures come.</source>
        <translation>图像正常到达。</translation>
    </message>
    <message>
        <source>The picture is too small to judge (%1×%2).</source>
        <translation>图像太小，无法判断（%1×%2）。</translation>
    </message>
    <message>
        <source>Mean brightness %1 of 255, its brightest parts %2.</source>
        <translation>平均亮度 %1/255，最亮部分 %2。</translation>
    </message>
    <message>
        <source>Mean brightness %1 of 255, %2 blown out.</source>
        <translation>平均亮度 %1/255，%2 过曝。</translation>
    </message>
    <message>
        <source>Noise σ %1 grey levels.</source>
        <translation>噪声 σ %1 个灰度级。</translation>
    </message>
    <message>
        <source>The picture is too dark.</source>
        <translation>画面过暗。</translation>
    </message>
    <message>
        <source>The picture is washed out.</source>
        <translation>画面过曝发白。</translation>
    </message>
    <message>
        <source>The noise hides it.</source>
        <translation>噪声过大，无法判断。</translation>
    </message>
    <message>
        <source>A black picture without any detail or sensor noise.</source>
        <translation>黑屏：画面无任何细节，也无传感器噪声。</translation>
    </message>
    <message>
        <source>Too dark to tell a cover from the night.</source>
        <translation>画面过暗，无法区分遮挡与夜间。</translation>
    </message>
    <message>
        <source>%1 of the picture without detail.</source>
        <translation>%1 的画面无细节。</translation>
    </message>
    <message>
        <source>%1 of the picture without detail; %2 alike the reference view.</source>
        <translation>%1 的画面无细节；与参考画面相似度 %2。</translation>
    </message>
    <message>
        <source>The picture is covered.</source>
        <translation>画面被遮挡。</translation>
    </message>
    <message>
        <source>No reference view is stored.</source>
        <translation>未保存参考画面。</translation>
    </message>
    <message>
        <source>The picture&apos;s shape differs from the reference view&apos;s.</source>
        <translation>画面宽高比与参考画面不同。</translation>
    </message>
    <message>
        <source>Shifted by %1 of the width; edges %2 alike the reference view.</source>
        <translation>偏移画面宽度的 %1；边缘与参考画面相似度 %2。</translation>
    </message>
    <message>
        <source>The camera looks elsewhere: store a new reference view.</source>
        <translation>摄像机已转向别处：请保存新的参考画面。</translation>
    </message>
    <message>
        <source>Blur %1 (reference view %2).</source>
        <translation>模糊度 %1（参考画面 %2）。</translation>
    </message>
    <message>
        <source>Too little detail to judge sharpness.</source>
        <translation>画面细节太少，无法判断清晰度。</translation>
    </message>
    <message>
        <source>Blur %1 (0 sharp, 1 no edges).</source>
        <translation>模糊度 %1（0 清晰，1 无边缘）。</translation>
    </message>
    <message>
        <source>A second picture is needed.</source>
        <translation>需要第二帧图像。</translation>
    </message>
    <message>
        <source>The picture&apos;s size changed.</source>
        <translation>图像尺寸已改变。</translation>
    </message>
    <message>
        <source>Since the picture before: %1 grey levels on average, %2 where it changed most.</source>
        <translation>与上一帧相比：平均变化 %1 个灰度级，变化最大处 %2。</translation>
    </message>
    <message>
        <source>A grey picture (infrared).</source>
        <translation>灰度画面（红外）。</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Tint towards %1: %2 from %3.</source>
        <translation>偏向%1：与%3相差 %2。</translation>
    </message>
    <message>
        <source>the reference view</source>
        <translation>参考画面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性色</translation>
    </message>
    <message>
        <source>The picture could not be analysed: %1</source>
        <translation>无法分析该图像：%1</translation>
    </message>
    <message>
        <source>The reference picture is too small to compare with.</source>
        <translation>参考图像太小，无法比对。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Analytics::CameraHealthService</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>诊断结论</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>诊断时间</translation>
    </message>
    <message>
        <source>Not looked at yet</source>
        <translation>尚未诊断</translation>
    </message>
</context>
<context>
    <name>Jiandu::Analytics::HealthRecords</name>
    <message>
        <source>The reference view is not a colour picture.</source>
        <translation>参考画面不是彩色图像。</translation>
    </message>
    <message>
        <source>The reference view could not be stored.</source>
        <translation>参考画面保存失败。</translation>
    </message>
    <message>
        <source>The reference views cannot be read.</source>
        <translation>无法读取参考画面。</translation>
    </message>
    <message>
        <source>The camera&apos;s health could not be recorded.</source>
        <translation>摄像机健康状态记录失败。</translation>
    </message>
    <message>
        <source>The cameras&apos; health cannot be read.</source>
        <translation>无法读取摄像机健康状态。</translation>
    </message>
    <message>
        <source>The reference view could not be forgotten.</source>
        <translation>无法删除参考画面。</translation>
    </message>
</context>
<context>
    <name>Jiandu::AnalyticsModule</name>
    <message>
        <source>Camera health</source>
        <translation>视频质量诊断</translation>
    </message>
</context>
<context>
    <name>Jiandu::Application</name>
    <message numerus="yes">
        <source>--screens: there is no screen %1; this machine has %n screen(s), numbered from 0.</source>
        <translation>
            <numerusform>--screens：没有屏幕 %1；本机共有 %n 块屏幕，从 0 开始编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Jiandu cannot start</source>
        <translation>监督无法启动</translation>
    </message>
    <message>
        <source>Jiandu modules are missing</source>
        <translation>监督功能模块缺失</translation>
    </message>
    <message>
        <source>Configuration reset</source>
        <translation>配置已恢复默认</translation>
    </message>
    <message>
        <source>No log file</source>
        <translation>无法写入日志文件</translation>
    </message>
    <message>
        <source>The log cannot be written to %1: %2. Messages are shown in the run log page only.</source>
        <translation>日志无法写入 %1：%2。日志仅在“运行日志”页面中显示。</translation>
    </message>
    <message>
        <source>Module not loaded</source>
        <translation>模块未加载</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The local cache is unusable</source>
        <translation>本地缓存无法使用</translation>
    </message>
    <message>
        <source>Signed in offline</source>
        <translation>离线登录</translation>
    </message>
    <message>
        <source>The central service could not be reached (%1). You work from the local cache; your changes are sent when it is back.</source>
        <translation>无法连接中心服务（%1）。您正在使用本地缓存工作；连接恢复后将自动发送您的更改。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>Jiandu::AudioExtraction</name>
    <message>
        <source>%1 is not there or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The sound of %1 cannot be read.</source>
        <translation>无法读取 %1 的声音。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no sound Jiandu can read (no audio track, or it is damaged).</source>
        <translation>%1 中没有可读取的声音（没有音轨，或已损坏）。</translation>
    </message>
    <message>
        <source>The sound of %1 is damaged part-way through.</source>
        <translation>%1 的声音在中途损坏。</translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>无法写入 %1（磁盘已满？）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 has no sound Jiandu can read (no audio track, or it is empty).</source>
        <translation>%1 中没有可读取的声音（没有音轨，或为空）。</translation>
    </message>
    <message>
        <source>The sound of %1 is too long for one WAV file (over 37 hours).</source>
        <translation>%1 的声音太长，无法存为一个 WAV 文件（超过 37 小时）。</translation>
    </message>
    <message>
        <source>%1 is not a WAV file.</source>
        <translation>%1 不是 WAV 文件。</translation>
    </message>
</context>
<context>
    <name>Jiandu::AudioMonitor</name>
    <message>
        <source>This camera sends no sound.</source>
        <translation>该摄像机没有音频。</translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>Sound can only be monitored from a live camera.</source>
        <translation>只能监听实时摄像机的声音。</translation>
    </message>
    <message>
        <source>Sound cannot be set up: %1</source>
        <translation>无法建立音频：%1</translation>
    </message>
    <message>
        <source>This camera sends no sound, or cannot be reached (%1).</source>
        <translation>该摄像机没有音频或无法连接（%1）。</translation>
    </message>
    <message>
        <source>No sound output is available on this workstation.</source>
        <translation>本工作站没有可用的声音输出设备。</translation>
    </message>
    <message>
        <source>This camera&apos;s sound cannot be played here (%1).</source>
        <translation>本工作站无法播放该摄像机的声音（%1）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::BarChart</name>
    <message>
        <source>No data in this period</source>
        <translation>本时段无数据</translation>
    </message>
</context>
<context>
    <name>Jiandu::BoolSetting</name>
    <message>
        <source>%1: &quot;%2&quot; is not true or false (%3)</source>
        <translation>%1：“%2”不是 true 或 false（%3）</translation>
    </message>
</context>
<context>
    <name>Jiandu::BoundedFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); give the path of a file.</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）；请指定一个文件的路径。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1 过大（%2 字节；最多读取 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 bytes).</source>
        <translation>%1 过大（超过 %2 字节）。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); give the path of a file to write.</source>
        <translation>%1 不是普通文件（是文件夹、设备或管道）；请给出要写入的文件路径。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Briefs</name>
    <message>
        <source>The briefs folder %1 cannot be made.</source>
        <translation>无法创建简报文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CacheDatabase</name>
    <message>
        <source>The encrypted cache driver (QSQLCIPHER) is not installed. Reinstall Jiandu.</source>
        <translation>加密缓存驱动（QSQLCIPHER）未安装，请重新安装监督客户端。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be decrypted with this key, or it is not a Jiandu cache. If the key is lost, delete the cache and synchronise again.</source>
        <translation>无法用此密钥解密缓存 %1，或它不是监督缓存。如果密钥已丢失，请删除缓存后重新同步。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened.</source>
        <translation>无法打开缓存 %1。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be prepared for use; the disk may be full or read-only.</source>
        <translation>缓存 %1 无法准备就绪；磁盘可能已满或为只读。</translation>
    </message>
    <message>
        <source>The cache could not be checked.</source>
        <translation>无法检查缓存。</translation>
    </message>
    <message>
        <source>The cache is damaged: %1</source>
        <translation>缓存已损坏：%1</translation>
    </message>
    <message>
        <source>The cache could not be re-encrypted; it still uses the old key.</source>
        <translation>缓存重新加密失败，仍使用原密钥。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be created.</source>
        <translation>无法创建缓存 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::CacheUnlockDialog</name>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Clear the local cache…</source>
        <translation>清除本地缓存…</translation>
    </message>
    <message>
        <source>Unlock the local cache</source>
        <translation>解锁本地缓存</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>This computer has no local cache yet. Choose a password for it: the cache is encrypted, and without this password it cannot be read.</source>
        <translation>本机还没有本地缓存。请为它设置密码：缓存经过加密，没有此密码将无法读取。</translation>
    </message>
    <message>
        <source>Enter the password of this computer&apos;s local cache (%1).</source>
        <translation>请输入本机本地缓存（%1）的密码。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Clear the local cache</source>
        <translation>清除本地缓存</translation>
    </message>
    <message>
        <source>Delete this computer&apos;s local cache? Everything in it is fetched again at the next synchronisation; cases imported for offline review must be imported again.</source>
        <translation>确定删除本机的本地缓存吗？其中的数据将在下次同步时重新获取；为离线审查导入的案件需要重新导入。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>Jiandu::CameraFeed</name>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>This address is not a live camera (rtsp://): %1</source>
        <translation>该地址不是实时摄像机（rtsp://）：%1</translation>
    </message>
    <message>
        <source>The stream cannot be set up: %1</source>
        <translation>无法建立视频流：%1</translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation>视频流已结束</translation>
    </message>
    <message>
        <source>The stream cannot start.</source>
        <translation>视频流无法启动。</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒无数据</translation>
    </message>
    <message>
        <source>the camera does not answer</source>
        <translation>摄像机无响应</translation>
    </message>
</context>
<context>
    <name>Jiandu::CameraModel</name>
    <message>
        <source>%1 — recording</source>
        <translation>%1 — 录像中</translation>
    </message>
    <message>
        <source>Search cameras</source>
        <translation>搜索摄像机</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Show or hide the camera list (Ctrl+L)</source>
        <translation>显示或隐藏摄像机列表（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::DiscImage</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>xorriso is not installed: install the xorriso package to write disc images.</source>
        <translation>未安装 xorriso：请安装 xorriso 软件包后再制作光盘镜像。</translation>
    </message>
    <message>
        <source>xorriso could not be started.</source>
        <translation>无法启动 xorriso。</translation>
    </message>
    <message>
        <source>xorriso took too long and was stopped.</source>
        <translation>xorriso 运行时间过长，已被停止。</translation>
    </message>
    <message>
        <source>xorriso failed (is the disk full?).</source>
        <translation>xorriso 执行失败（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>This disc holds a video exported by Jiandu and the files that prove it. Each file&apos;s SHA-256 is below; the video&apos;s is also in its manifest.</source>
        <translation>本光盘包含监督客户端导出的视频及其证明文件。下列为各文件的 SHA-256 值；视频的 SHA-256 也记录在其清单中。</translation>
    </message>
    <message>
        <source>Exported by %1 at %2.</source>
        <translation>由 %1 于 %2 导出。</translation>
    </message>
    <message>
        <source>No room to prepare the disc next to %1.</source>
        <translation>%1 所在位置空间不足，无法准备光盘内容。</translation>
    </message>
    <message>
        <source>%1 cannot be put on the disc.</source>
        <translation>无法将 %1 放入光盘。</translation>
    </message>
    <message>
        <source>The disc image could not be put at %1.</source>
        <translation>无法将光盘镜像保存到 %1。</translation>
    </message>
    <message>
        <source>The disc in %1 cannot be read back to check it.</source>
        <translation>无法回读 %1 中的光盘进行校验。</translation>
    </message>
    <message>
        <source>The disc in %1 ends before the image does: the burn failed.</source>
        <translation>%1 中的光盘内容比镜像短：刻录失败。</translation>
    </message>
    <message>
        <source>The disc in %1 differs from the image: the burn failed.</source>
        <translation>%1 中的光盘与镜像不一致：刻录失败。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::FloorPlan</name>
    <message>
        <source>Waiting room</source>
        <translation>候问室</translation>
    </message>
    <message>
        <source>Interrogation room</source>
        <translation>讯问室</translation>
    </message>
    <message>
        <source>Inquiry room</source>
        <translation>询问室</translation>
    </message>
    <message>
        <source>Safety check room</source>
        <translation>人身安全检查室</translation>
    </message>
    <message>
        <source>Information collection room</source>
        <translation>信息采集室</translation>
    </message>
    <message>
        <source>Belongings storage</source>
        <translation>物品保管室</translation>
    </message>
    <message>
        <source>Medical room</source>
        <translation>医务室</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>出入口</translation>
    </message>
    <message>
        <source>Other room</source>
        <translation>其他功能室</translation>
    </message>
    <message>
        <source>%1 is not a floor plan: %2</source>
        <translation>%1 不是平面图：%2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>a plan is a JSON object with its rooms</source>
        <translation>平面图应为包含房间的 JSON 对象</translation>
    </message>
    <message>
        <source>width and height are the floor&apos;s size in metres (more than 0, at most 10 000)</source>
        <translation>width 和 height 为楼层尺寸，单位米（大于 0，不超过 10 000）</translation>
    </message>
    <message>
        <source>the plan has no rooms</source>
        <translation>平面图中没有房间</translation>
    </message>
    <message>
        <source>the plan has %1 rooms; at most %2 are drawn</source>
        <translation>平面图有 %1 个房间，最多绘制 %2 个</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>房间 %1</translation>
    </message>
    <message>
        <source>%1 has no id (at most 64 characters)</source>
        <translation>%1 缺少编号（最多 64 个字符）</translation>
    </message>
    <message>
        <source>two rooms have the id %1</source>
        <translation>有两个房间的编号都是 %1</translation>
    </message>
    <message>
        <source>%1: the type “%2” is not one of %3</source>
        <translation>%1：类型“%2”不是以下之一：%3</translation>
    </message>
    <message>
        <source>%1: the outline needs 3 to %2 corners [x, y] in metres</source>
        <translation>%1：轮廓需要 3 至 %2 个角点 [x, y]，单位米</translation>
    </message>
    <message>
        <source>%1: a corner is not [x, y] inside the floor&apos;s %2 × %3 m</source>
        <translation>%1：有角点不是楼层 %2 × %3 米范围内的 [x, y]</translation>
    </message>
    <message>
        <source>the plan lists %1 devices; at most %2</source>
        <translation>平面图列出了 %1 台设备，至多 %2 台</translation>
    </message>
    <message>
        <source>device %1 has no id (at most 64 characters)</source>
        <translation>设备 %1 没有编号（至多 64 个字符）</translation>
    </message>
    <message>
        <source>two devices have the id %1</source>
        <translation>两台设备的编号都是 %1</translation>
    </message>
    <message>
        <source>device %1: the kind “%2” is not one of %3</source>
        <translation>设备 %1：类型「%2」不是 %3 之一</translation>
    </message>
    <message>
        <source>device %1 is in room %2, which the plan does not have</source>
        <translation>设备 %1 安装在房间 %2，平面图中没有该房间</translation>
    </message>
    <message>
        <source>Positioning base station</source>
        <translation>定位基站</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>手环</translation>
    </message>
    <message>
        <source>Officer&apos;s card</source>
        <translation>民警定位卡</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Desk terminal</source>
        <translation>一体机</translation>
    </message>
    <message>
        <source>Belongings cabinet</source>
        <translation>智能物品柜</translation>
    </message>
    <message>
        <source>%1 is out of service%2.</source>
        <translation>%1 已停用%2。</translation>
    </message>
    <message>
        <source>%1 is not registered as a %2 of this area (see Devices).</source>
        <translation>%1 不是本办案区登记的%2（见设备管理）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::IdentityCard</name>
    <message>
        <source>Enter the identity card number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>A 15-digit identity card number holds digits only.</source>
        <translation>15 位身份证号码只能包含数字。</translation>
    </message>
    <message>
        <source>An identity card number has 18 characters; this one has %1.</source>
        <translation>身份证号码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>An identity card number is 17 digits and a digit or X at the end.</source>
        <translation>身份证号码由 17 位数字加末位数字或 X 组成。</translation>
    </message>
    <message>
        <source>%1 is not a province&apos;s code: check the first two digits.</source>
        <translation>%1 不是有效的省级行政区代码，请核对前两位。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 (%1) are not a possible date of birth.</source>
        <translation>第 7 至 14 位（%1）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The last character should be %1, not %2: a digit is mistyped.</source>
        <translation>校验位应为 %1，而不是 %2：有数字输入错误。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::JourneyBook</name>
    <message>
        <source>Bind a wristband or card: its number is empty.</source>
        <translation>请绑定手环或胸卡：编号为空。</translation>
    </message>
    <message>
        <source>Tag %1 is bound to %2, who is still in the area.</source>
        <translation>标签 %1 已绑定给仍在办案区内的 %2。</translation>
    </message>
    <message>
        <source>Tag %1 is the card of officer %2.</source>
        <translation>标签 %1 是民警 %2 的胸卡。</translation>
    </message>
    <message>
        <source>The step has no id.</source>
        <translation>该环节缺少编号。</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation>请输入民警姓名。</translation>
    </message>
    <message>
        <source>No officer holds card %1.</source>
        <translation>没有民警持有胸卡 %1。</translation>
    </message>
    <message>
        <source>No stay %1 is registered here.</source>
        <translation>本办案区没有登记编号为 %1 的入区记录。</translation>
    </message>
    <message>
        <source>%1 was deregistered at %2; the stay is closed.</source>
        <translation>%1 已于 %2 注销，入区记录已结束。</translation>
    </message>
    <message>
        <source>Choose the drug test&apos;s result: %1.</source>
        <translation>请选择吸毒检测结果：%1。</translation>
    </message>
    <message>
        <source>Give the case number or the incident number to link.</source>
        <translation>请填写要关联的案件编号或警情编号。</translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation>请至少登记一件物品。</translation>
    </message>
    <message>
        <source>Name every item.</source>
        <translation>请填写每件物品的名称。</translation>
    </message>
    <message>
        <source>%1: say whether it is a personal item or evidence.</source>
        <translation>%1：请注明是随身物品还是涉案物品。</translation>
    </message>
    <message>
        <source>%1: a count from 1 to %2.</source>
        <translation>%1：数量应在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Choose the items given back or handed on.</source>
        <translation>请选择返还或移交的物品。</translation>
    </message>
    <message>
        <source>Say how the items leave the area&apos;s keeping (返还本人, 移交 …).</source>
        <translation>请注明物品的处置方式（返还本人、移交……）。</translation>
    </message>
    <message>
        <source>No item %1 was registered for %2.</source>
        <translation>%2 没有登记编号为 %1 的物品。</translation>
    </message>
    <message>
        <source>%1 was already given back (%2).</source>
        <translation>%1 已经处置（%2）。</translation>
    </message>
    <message>
        <source>%1 is already out on a temporary leave.</source>
        <translation>%1 已处于临时离开状态。</translation>
    </message>
    <message>
        <source>Say why %1 leaves the area (就医, 辨认现场 …).</source>
        <translation>请说明 %1 离开办案区的原因（就医、辨认现场……）。</translation>
    </message>
    <message>
        <source>A temporary leave needs the approving leader&apos;s name.</source>
        <translation>临时离开须填写审批领导姓名。</translation>
    </message>
    <message>
        <source>%1 is not out on a temporary leave.</source>
        <translation>%1 未处于临时离开状态。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of a stay.</source>
        <translation>“%1”不是入区流程中的环节。</translation>
    </message>
    <message>
        <source>The registration needs a new stay id.</source>
        <translation>入区登记需要新的记录编号。</translation>
    </message>
    <message>
        <source>Describe the unknown person (sex, apparent age, build, clothes).</source>
        <translation>请描述不明身份人员（性别、大致年龄、体型、衣着）。</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>不明身份人员</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入人员姓名。</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered in the area since %3.</source>
        <translation>%1（%2）已于 %3 登记入区，尚未注销。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the special categories.</source>
        <translation>“%1”不是特殊人员类别。</translation>
    </message>
    <message>
        <source>Give the reason for deregistration (释放, 刑事拘留, 移交 …).</source>
        <translation>请填写注销原因（释放、刑事拘留、移交……）。</translation>
    </message>
    <message>
        <source>%1 is out on a temporary leave: record the return first.</source>
        <translation>%1 正在临时离开：请先登记返回。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 are still held: %2. Give them back or hand them on first, or deregister anyway and the inbox will say so.</source>
        <translation>
            <numerusform>%1 尚有 %n 件物品在保管中：%2。请先返还或移交；如仍要注销，系统将产生“注销未领取随身物品”报警。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::MqttPositionSource</name>
    <message>
        <source>A position message of %1 bytes was refused.</source>
        <translation>一条 %1 字节的定位消息被拒收。</translation>
    </message>
    <message>
        <source>A batch of positions is not a JSON array of objects.</source>
        <translation>一批定位数据不是由 JSON 对象组成的数组。</translation>
    </message>
    <message>
        <source>Positions arrive faster than they are drawn; some were dropped.</source>
        <translation>定位数据到达速度超过绘制速度，部分已丢弃。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::PositionFix</name>
    <message>
        <source>A position message is not a JSON object.</source>
        <translation>定位消息不是 JSON 对象。</translation>
    </message>
    <message>
        <source>A position message names no tag.</source>
        <translation>定位消息缺少标签编号。</translation>
    </message>
    <message>
        <source>The position of %1 has no time it was seen.</source>
        <translation>%1 的定位缺少定位时间。</translation>
    </message>
    <message>
        <source>The position of %1 is not a place on a plan.</source>
        <translation>%1 的定位不是平面图上的位置。</translation>
    </message>
    <message>
        <source>The position of %1 has neither x and y nor a room.</source>
        <translation>%1 的定位既无 x、y 坐标也无房间。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::Reservation</name>
    <message>
        <source>Waiting for the station leader</source>
        <translation>待所领导审批</translation>
    </message>
    <message>
        <source>Waiting for the legal head</source>
        <translation>待法制负责人审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Approved by the station leader</source>
        <translation>所领导同意</translation>
    </message>
    <message>
        <source>Approved by the legal head, rooms assigned</source>
        <translation>法制负责人同意并分配房间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a reservation</source>
        <translation>「%1」不是预约的状态</translation>
    </message>
    <message>
        <source>At most %1 kinds of room are asked for at once.</source>
        <translation>一次最多申请 %1 类房间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of room</source>
        <translation>「%1」不是房间类型</translation>
    </message>
    <message>
        <source>A reservation needs its id.</source>
        <translation>预约缺少编号。</translation>
    </message>
    <message>
        <source>Choose the case-handling area to reserve.</source>
        <translation>请选择要预约的办案区。</translation>
    </message>
    <message>
        <source>The reservation ends before it begins.</source>
        <translation>预约的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The reservation&apos;s time has passed; choose a time to come.</source>
        <translation>预约时间已过，请选择将来的时间。</translation>
    </message>
    <message>
        <source>A reservation lasts at most 72 hours (the longest a person may be held in the area is 24).</source>
        <translation>一次预约最长 72 小时（人员在区最长 24 小时）。</translation>
    </message>
    <message>
        <source>Reservations are taken for the next 90 days.</source>
        <translation>只受理 90 天内的预约。</translation>
    </message>
    <message>
        <source>Say why the area is needed (at most 500 characters).</source>
        <translation>请填写借用事由（至多 500 字）。</translation>
    </message>
    <message>
        <source>The number of suspects is 1 to %1.</source>
        <translation>嫌疑人数量为 1 至 %1。</translation>
    </message>
    <message>
        <source>Ask for at least one room.</source>
        <translation>请至少申请一个房间。</translation>
    </message>
    <message>
        <source>A %1 is not reserved.</source>
        <translation>%1不接受预约。</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 rooms of a type.</source>
        <translation>每类房间申请 1 至 %1 间。</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1重复申请。</translation>
    </message>
    <message>
        <source>At most %1 rooms are reserved at once.</source>
        <translation>一次最多预约 %1 个房间。</translation>
    </message>
    <message>
        <source>The reservation is not waiting for the station leader: %1.</source>
        <translation>该预约不在待所领导审批状态：%1。</translation>
    </message>
    <message>
        <source>The station leader approves a request first.</source>
        <translation>预约申请须先由所领导审批。</translation>
    </message>
    <message>
        <source>The reservation is not waiting for the legal head: %1.</source>
        <translation>该预约不在待法制负责人审批状态：%1。</translation>
    </message>
    <message>
        <source>The legal head approves and assigns the rooms.</source>
        <translation>由法制负责人审批并分配房间。</translation>
    </message>
    <message>
        <source>The plan of %1 is not known here; its rooms cannot be assigned.</source>
        <translation>本机没有「%1」的平面图，无法分配房间。</translation>
    </message>
    <message>
        <source>%1 has no room %2.</source>
        <translation>「%1」没有房间 %2。</translation>
    </message>
    <message>
        <source>Room %1 is assigned twice.</source>
        <translation>房间 %1 被重复分配。</translation>
    </message>
    <message>
        <source>Assign %1 × %2 (%3 assigned).</source>
        <translation>应分配 %1 间%2（已分配 %3 间）。</translation>
    </message>
    <message>
        <source>Assign only the rooms asked for.</source>
        <translation>只分配申请的房间。</translation>
    </message>
    <message>
        <source>The station leader decides a request first.</source>
        <translation>预约申请须先由所领导审批。</translation>
    </message>
    <message>
        <source>The legal head decides a request the station leader approved.</source>
        <translation>所领导同意后的申请由法制负责人审批。</translation>
    </message>
    <message>
        <source>The reservation is %1; it can no longer be rejected.</source>
        <translation>该预约已是「%1」，不能再驳回。</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>请填写驳回理由。</translation>
    </message>
    <message>
        <source>The reservation is %1 already.</source>
        <translation>该预约已是「%1」。</translation>
    </message>
    <message>
        <source>Only %1, who asked, takes the reservation back.</source>
        <translation>只有申请人 %1 可以撤销预约。</translation>
    </message>
    <message>
        <source>The reservation&apos;s time is over.</source>
        <translation>预约时间已结束。</translation>
    </message>
    <message>
        <source>The note is at most 500 characters.</source>
        <translation>意见至多 500 字。</translation>
    </message>
    <message>
        <source>%1 is assigned to %2 for part of that time.</source>
        <translation>%1在该时段内已分配给 %2。</translation>
    </message>
    <message>
        <source>%1 asked for this reservation and cannot approve it.</source>
        <translation>%1 是该预约的申请人，不能审批。</translation>
    </message>
    <message>
        <source>%1 approved this reservation as station leader; another person approves it as legal head.</source>
        <translation>%1 已作为所领导同意该预约，法制负责人审批须由他人进行。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::TrajectoryVideo</name>
    <message>
        <source>%1 was in no room a camera watches in this time.</source>
        <translation>%1 在此期间未处于任何有摄像机的房间。</translation>
    </message>
    <message>
        <source>The captions could not be written beside the video.</source>
        <translation>无法在视频旁写入字幕文件。</translation>
    </message>
    <message>
        <source>No camera recorded %1 in this time: the rooms&apos; recordings are missing.</source>
        <translation>此期间没有摄像机录到 %1：相关房间的录像缺失。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseAreaModule</name>
    <message>
        <source>Case-handling area</source>
        <translation>办案区</translation>
    </message>
    <message>
        <source>No floor plan is set for the case-handling area. Set its file under Settings (casearea/planFile).</source>
        <translation>尚未设置办案区平面图。请在设置中指定平面图文件（casearea/planFile）。</translation>
    </message>
    <message>
        <source>Positioning system %1: connecting</source>
        <translation>定位系统 %1：正在连接</translation>
    </message>
    <message>
        <source>Positioning system %1</source>
        <translation>定位系统 %1</translation>
    </message>
    <message>
        <source>Positioning system %1 unreachable</source>
        <translation>定位系统 %1 无法连接</translation>
    </message>
    <message>
        <source>No positioning system is set (casearea/broker)</source>
        <translation>尚未设置定位系统（casearea/broker）</translation>
    </message>
    <message>
        <source>The area&apos;s records could not be read: %1 The desk takes no step until they are.</source>
        <translation>无法读取办案区记录：%1 读取成功前无法办理登记。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseAreaPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>尚未定位到</translation>
    </message>
    <message>
        <source>silent for %1 min</source>
        <translation>已 %1 分钟无信号</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>入区对象</translation>
    </message>
    <message>
        <source>No camera of this room can be shown here.</source>
        <translation>此房间没有可在本机显示的摄像机。</translation>
    </message>
    <message>
        <source>no positions %1–%2</source>
        <translation>定位中断 %1–%2</translation>
    </message>
    <message>
        <source>Entry registration</source>
        <translation>入区登记</translation>
    </message>
    <message>
        <source>Bind officer&apos;s card</source>
        <translation>民警绑卡</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Belongings</source>
        <translation>随身物品</translation>
    </message>
    <message>
        <source>Info collection</source>
        <translation>信息采集</translation>
    </message>
    <message>
        <source>Drug test</source>
        <translation>吸毒检测</translation>
    </message>
    <message>
        <source>Link case</source>
        <translation>人案关联</translation>
    </message>
    <message>
        <source>Temporary leave</source>
        <translation>临时离开</translation>
    </message>
    <message>
        <source>Back from leave</source>
        <translation>临时离开返回</translation>
    </message>
    <message>
        <source>Return belongings</source>
        <translation>物品返还</translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation>出区注销</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书开具</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已安检</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已采集</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held</source>
        <translation>
            <numerusform>保管物品 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>临时离开中</translation>
    </message>
    <message>
        <source>Choose a subject in the list for the next step of the stay.</source>
        <translation>在列表中选择入区对象以办理后续环节。</translation>
    </message>
    <message>
        <source>in since %1</source>
        <translation>%1 入区</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>no case linked</source>
        <translation>未关联案件</translation>
    </message>
    <message>
        <source>Stay history</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <source>In the area</source>
        <translation>在区人员</translation>
    </message>
    <message>
        <source>Past stays</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Stays of</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入区</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出区</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>入区编号</translation>
    </message>
    <message>
        <source>Double-click a stay to see it whole.</source>
        <translation>双击一条记录查看完整档案。</translation>
    </message>
    <message>
        <source>Case-handling area</source>
        <translation>办案区</translation>
    </message>
    <message>
        <source>still in</source>
        <translation>仍在区内</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Morning brief (17:00–08:00)</source>
        <translation>晨报（前日17时至8时）</translation>
    </message>
    <message>
        <source>Evening brief (08:00–17:00)</source>
        <translation>晚报（8时至17时）</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>编辑平面图…</translation>
    </message>
    <message>
        <source>Return card</source>
        <translation>民警还卡</translation>
    </message>
    <message>
        <source>%1 returns card %2: it is unbound and may be given again.</source>
        <translation>%1 归还胸卡 %2：胸卡解绑后可再次发放。</translation>
    </message>
    <message>
        <source>Reservations…</source>
        <translation>场所预约…</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>设备管理…</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseBundle</name>
    <message>
        <source>Case %1 is not in this computer&apos;s cache.</source>
        <translation>本机缓存中没有案件 %1。</translation>
    </message>
    <message>
        <source>The cache cannot be read.</source>
        <translation>无法读取缓存。</translation>
    </message>
    <message>
        <source>The file %1 of case %2 is missing or was changed since it was recorded; the case cannot be exported.</source>
        <translation>案件 %2 的文件 %1 已丢失或在登记后被修改，无法导出该案件。</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder for the bundle.</source>
        <translation>%1 不是空目录，请为导出包选择一个新目录。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>The bundle cannot be written.</source>
        <translation>无法写入导出包。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <source>The bundle cannot be written (is the disk full?).</source>
        <translation>无法写入导出包（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>The bundle in %1 was altered or is incomplete (%2); nothing was imported.</source>
        <translation>%1 中的案件包已被篡改或不完整（%2），未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 holds no case bundle (manifest.json is missing).</source>
        <translation>%1 中没有案件包（缺少 manifest.json）。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消导入，未导入任何内容。</translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The transfer password is wrong, or bundle.key was altered.</source>
        <translation>传输密码错误，或 bundle.key 已被改动。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written; check its permissions and free space.</source>
        <translation>无法写入文件夹 %1；请检查其权限和剩余空间。</translation>
    </message>
    <message>
        <source>The case could not be stored in the cache; nothing was imported.</source>
        <translation>案件无法保存到本地缓存；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; nothing was imported.</source>
        <translation>无法替换 %1；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be written; nothing was imported.</source>
        <translation>无法写入 %1；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; free some space and import again.</source>
        <translation>%1 未导入任何内容；请释放空间后重新导入。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseRepository</name>
    <message>
        <source>The case %1 could not be stored.</source>
        <translation>无法保存案件 %1。</translation>
    </message>
    <message>
        <source>The cache cannot be read.</source>
        <translation>无法读取缓存。</translation>
    </message>
    <message>
        <source>The incident could not be linked to case %1.</source>
        <translation>无法将警情关联到案件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be recorded for case %2.</source>
        <translation>无法为案件 %2 登记文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ChoiceSetting</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3 (%4)</source>
        <translation>%1：“%2”不是 %3 之一（%4）</translation>
    </message>
</context>
<context>
    <name>Jiandu::ClipAssembly::Writer</name>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The clip cannot be set up.</source>
        <translation>无法准备视频截取。</translation>
    </message>
    <message>
        <source>The clip file %1 cannot be created.</source>
        <translation>无法创建视频文件 %1。</translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation>无法读取录像 %1。</translation>
    </message>
    <message>
        <source>The clip could not be written (is the disk full?).</source>
        <translation>视频无法写入（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>There are no frames in the requested time.</source>
        <translation>所选时间内没有画面。</translation>
    </message>
    <message>
        <source>The clip cannot be saved as %1.</source>
        <translation>无法将视频保存为 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ClipExportDialog</name>
    <message>
        <source>Burn the watermark into the video</source>
        <translation>将水印烙印到视频中</translation>
    </message>
    <message>
        <source>Export a clip — %1</source>
        <translation>截取视频 — %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Exact (frame-accurate)</source>
        <translation>精确（逐帧）</translation>
    </message>
    <message>
        <source>Fast (from the keyframe before)</source>
        <translation>快速（从前一关键帧起）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>MP4 (plays everywhere)</source>
        <translation>MP4（通用播放）</translation>
    </message>
    <message>
        <source>Matroska (MKV)</source>
        <translation>Matroska（MKV）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Required by policy: every exported clip carries it.</source>
        <translation>按策略要求：每个导出的视频都带水印。</translation>
    </message>
    <message>
        <source>Re-encodes the whole clip with: %1</source>
        <translation>将整段视频重新编码并加上：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何文件。</translation>
    </message>
    <message>
        <source>This camera has not been recorded here.</source>
        <translation>本机未对该摄像机录像。</translation>
    </message>
    <message>
        <source>Clip saved</source>
        <translation>已截取视频</translation>
    </message>
    <message>
        <source>%1, %2–%3: %4</source>
        <translation>%1，%2–%3：%4</translation>
    </message>
    <message>
        <source>No footage for %1: the clip jumps over it (a gap in the recording, or a damaged segment).</source>
        <translation>%1 没有录像：片段跳过了这段时间（录像中断，或录像段已损坏）。</translation>
    </message>
    <message>
        <source>Clip saved with footage missing</source>
        <translation>片段已保存，但部分录像缺失</translation>
    </message>
    <message>
        <source>Clip not saved</source>
        <translation>片段未保存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Exporting… (closing this window lets it finish in the background)</source>
        <translation>正在导出…（关闭此窗口后将在后台继续完成）</translation>
    </message>
    <message>
        <source>Looking up the recording…</source>
        <translation>正在查询录像…</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录像情况</translation>
    </message>
    <message>
        <source>Nothing was recorded in this range: choose another time (Playback shows what this camera recorded).</source>
        <translation>该时间段没有录像，请选择其他时间（录像回放中可查看该摄像机的录像）。</translation>
    </message>
    <message>
        <source>%1 s of the %2 s asked for.</source>
        <translation>所选 %2 秒中有 %1 秒录像。</translation>
    </message>
    <message>
        <source>No footage %1; the clip jumps over it.</source>
        <translation>%1 无录像，视频将跳过该段。</translation>
    </message>
    <message>
        <source>Saved %1–%2 (%3 s) to %4.</source>
        <translation>已保存 %1–%2（%3 秒）至 %4。</translation>
    </message>
    <message>
        <source>No footage for %1: the clip jumps over it.</source>
        <translation>%1 无录像：视频跳过了该段。</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking up the recording; export again in a moment.</source>
        <translation>正在查询录像，请稍后再导出。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ClipExporter</name>
    <message>
        <source>The end of the clip must come after its start.</source>
        <translation>截取的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>There is no recording of this camera between %1 and %2.</source>
        <translation>该摄像机在 %1 至 %2 之间没有录像。</translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation>无法读取录像 %1。</translation>
    </message>
    <message>
        <source>The clip&apos;s manifest could not be written.</source>
        <translation>无法写入截取视频的清单。</translation>
    </message>
    <message>
        <source>%1 has no manifest (%2).</source>
        <translation>%1 没有清单（%2）。</translation>
    </message>
    <message>
        <source>The manifest of %1 is damaged.</source>
        <translation>%1 的清单已损坏。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 does not match its manifest: it was changed after export.</source>
        <translation>%1 与其清单不符：导出后已被修改。</translation>
    </message>
    <message>
        <source>Nothing to export: no time range was given.</source>
        <translation>没有可导出的内容：未指定时间范围。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a clip file (a folder, a device or a pipe).</source>
        <translation>%1 不是视频片段文件（而是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be used: %2</source>
        <translation>%1 的清单无法使用：%2</translation>
    </message>
    <message>
        <source>The manifest beside %1 is that of another file (%2).</source>
        <translation>%1 旁的清单属于另一个文件（%2）。</translation>
    </message>
    <message>
        <source>%1 does not match its manifest: it has %2 bytes, the manifest says %3; it was changed after export.</source>
        <translation>%1 与其清单不符：文件为 %2 字节，清单记载为 %3 字节；导出后已被改动。</translation>
    </message>
    <message>
        <source>The exported file %1 cannot be read back.</source>
        <translation>无法读回导出的文件 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DemoResponder</name>
    <message>
        <source>Handling another incident, cannot go.</source>
        <translation>正在处置另一起警情，无法前往。</translation>
    </message>
    <message>
        <source>On the scene and dealt with; order restored.</source>
        <translation>已到场处置完毕，现场秩序已恢复。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DispatchDialog</name>
    <message>
        <source>Send an instruction</source>
        <translation>指令下发</translation>
    </message>
    <message>
        <source>Instruction (指令下发): recipients accept, arrive and report back</source>
        <translation>指令下发：接收方接受、到场并反馈</translation>
    </message>
    <message>
        <source>Briefing (情况发布): recipients confirm they have read it</source>
        <translation>情况发布：接收方确认已阅</translation>
    </message>
    <message>
        <source>What to do, in a line</source>
        <translation>一句话说明要做什么</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DispatchPanel</name>
    <message>
        <source>Not yet at the central service</source>
        <translation>尚未送达中心</translation>
    </message>
    <message>
        <source>Instruction / recipient</source>
        <translation>指令 / 接收方</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Choose an instruction or a recipient for its history.</source>
        <translation>选择一条指令或一个接收方查看其过程。</translation>
    </message>
    <message>
        <source>Record an answer</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Record what a recipient reported by phone or radio</source>
        <translation>登记接收方通过电话或电台报告的情况</translation>
    </message>
    <message>
        <source>Cancel instruction…</source>
        <translation>撤销指令…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已下发</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>情况发布</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Sent by %1 at %2</source>
        <translation>%1 于 %2 下发</translation>
    </message>
    <message>
        <source>about incident %1</source>
        <translation>关联警情 %1</translation>
    </message>
    <message>
        <source>Accepted %1 s after it was sent</source>
        <translation>下发后 %1 秒接受</translation>
    </message>
    <message>
        <source>Why %1 refused:</source>
        <translation>%1 拒绝的原因：</translation>
    </message>
    <message>
        <source>What %1 reported as done:</source>
        <translation>%1 报告的处置情况：</translation>
    </message>
    <message>
        <source>Cancel instruction</source>
        <translation>撤销指令</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; cancelled?</source>
        <translation>为什么撤销“%1”？</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>传送中</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>This photo is still on its way from the central service.</source>
        <translation>该照片仍在从中心服务传送中。</translation>
    </message>
    <message>
        <source>Double-click to see it large</source>
        <translation>双击查看大图</translation>
    </message>
    <message>
        <source>Photo of the feedback</source>
        <translation>反馈照片</translation>
    </message>
    <message>
        <source>Photos of the scene:</source>
        <translation>现场照片：</translation>
    </message>
    <message>
        <source>Keeping the answer…</source>
        <translation>正在保存反馈…</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DispatchService</name>
    <message>
        <source>This workstation has no local cache to keep instructions in.</source>
        <translation>本工作站没有本地缓存，无法保存指令。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::Instruction</name>
    <message>
        <source>Say whether this is an instruction or a briefing.</source>
        <translation>请说明这是指令还是情况发布。</translation>
    </message>
    <message>
        <source>The instruction needs a title saying what to do.</source>
        <translation>指令需要一个说明要做什么的标题。</translation>
    </message>
    <message>
        <source>The instruction is too long (title up to 200 characters, text up to %1).</source>
        <translation>指令太长（标题最多 200 字，正文最多 %1 字）。</translation>
    </message>
    <message>
        <source>Choose at least one officer or unit to send it to.</source>
        <translation>请至少选择一名民警或一个单位作为接收方。</translation>
    </message>
    <message>
        <source>An instruction goes to at most %1 recipients.</source>
        <translation>一条指令最多发给 %1 个接收方。</translation>
    </message>
    <message>
        <source>The instruction must say who sent it and when.</source>
        <translation>指令必须注明下发人和下发时间。</translation>
    </message>
    <message>
        <source>%1 was not sent this instruction.</source>
        <translation>该指令未下发给 %1。</translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3.</source>
        <translation>%1 不能从 %2 变为 %3。</translation>
    </message>
    <message>
        <source>A step cannot come before the one it follows.</source>
        <translation>后一步的时间不能早于前一步。</translation>
    </message>
    <message>
        <source>Say why the instruction is refused.</source>
        <translation>请说明拒绝该指令的原因。</translation>
    </message>
    <message>
        <source>Say what was done (the feedback).</source>
        <translation>请填写处置情况（反馈）。</translation>
    </message>
    <message>
        <source>The feedback is too long (up to %1 characters and 20 photos).</source>
        <translation>反馈太长（最多 %1 字和 20 张照片）。</translation>
    </message>
    <message>
        <source>The position given is not on Earth.</source>
        <translation>所给位置不在地球上。</translation>
    </message>
    <message>
        <source>Only %1, who sent it, can cancel the instruction.</source>
        <translation>只有下发人 %1 可以撤销该指令。</translation>
    </message>
    <message>
        <source>Say why the instruction is cancelled.</source>
        <translation>请说明撤销该指令的原因。</translation>
    </message>
    <message>
        <source>Nothing is left to cancel: every recipient has finished.</source>
        <translation>没有可撤销的：所有接收方都已完成。</translation>
    </message>
    <message>
        <source>The instruction&apos;s record is damaged.</source>
        <translation>该指令的记录已损坏。</translation>
    </message>
    <message>
        <source>The instruction&apos;s record is damaged: %1</source>
        <translation>该指令的记录已损坏：%1</translation>
    </message>
    <message>
        <source>A photo of the feedback is not named by its SHA-256.</source>
        <translation>反馈照片未以其 SHA-256 命名。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::InstructionRepository</name>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>This instruction was sent already.</source>
        <translation>该指令已下发。</translation>
    </message>
    <message>
        <source>The instruction could not be kept.</source>
        <translation>指令无法保存。</translation>
    </message>
    <message>
        <source>The instruction is no longer here.</source>
        <translation>该指令已不存在。</translation>
    </message>
    <message>
        <source>The answer could not be kept.</source>
        <translation>反馈无法保存。</translation>
    </message>
    <message>
        <source>The cancellation could not be kept.</source>
        <translation>撤销无法保存。</translation>
    </message>
    <message>
        <source>The instructions could not be read.</source>
        <translation>无法读取指令。</translation>
    </message>
    <message>
        <source>The instruction could not be read.</source>
        <translation>无法读取该指令。</translation>
    </message>
    <message>
        <source>The instruction could not be removed.</source>
        <translation>无法删除该指令。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::MapPage</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>警车</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near %1, %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1, %2 附近&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The area drawn is not usable; draw it again.</source>
        <translation>所画区域无法使用，请重新绘制。</translation>
    </message>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>地图页面无法加载。</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>警力</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圈选</translation>
    </message>
    <message>
        <source>Draw a circle: everything inside it is listed</source>
        <translation>画圆：列出圆内的全部资源</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Draw a polygon: everything inside it is listed</source>
        <translation>画多边形：列出区域内的全部资源</translation>
    </message>
    <message>
        <source>Along a route</source>
        <translation>沿线</translation>
    </message>
    <message>
        <source>Draw a route: everything within 200 m of it is listed</source>
        <translation>画一条路线：列出沿线 200 米内的全部资源</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>将列表导出为 CSV</translation>
    </message>
    <message>
        <source>Click an officer, an incident or a camera; right-click anywhere for what is nearest; draw an area for what is inside.</source>
        <translation>点击警员、警情或视频查看详情；在任意位置右键查看最近的警力和视频；圈选区域查看区域内资源。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Step through the week hour by hour</source>
        <translation>按小时回放一周警情</translation>
    </message>
    <message>
        <source>Incidents of</source>
        <translation>警情时段</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) and vehicle(s) on the map</source>
        <translation>
            <numerusform>地图上警员和警车 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not heard for over %1 min</source>
        <translation>
            <numerusform>，其中 %n 个超过 %1 分钟未更新位置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation>
            <numerusform>时段内警情 %n 起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known address</source>
        <translation>
            <numerusform>；%n 起地址无法定位</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Received %3 · %4&lt;br&gt;%5&lt;br&gt;Handled by %6 %7&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;接警 %3 · %4&lt;br&gt;%5&lt;br&gt;处置：%6 %7&lt;br&gt;%8</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3&lt;br&gt;Heard %4 s ago</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3&lt;br&gt;%4 秒前上报位置</translation>
    </message>
    <message>
        <source> · %1 km/h</source>
        <translation> · %1 公里/小时</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Within %1 of the centre</source>
        <translation>圆心 %1 范围内</translation>
    </message>
    <message>
        <source>Inside the polygon</source>
        <translation>多边形区域内</translation>
    </message>
    <message>
        <source>Within %1 of the route</source>
        <translation>路线两侧 %1 范围内</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 officers, %3 vehicles, %4 incidents, %5 cameras</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;警员 %2 名，警车 %3 辆，警情 %4 起，视频 %5 路</translation>
    </message>
    <message>
        <source>Command map</source>
        <translation>指挥调度一张图</translation>
    </message>
    <message>
        <source>The camera %1 cannot be shown: video patrol is not running.</source>
        <translation>无法显示摄像机 %1：视频督察模块未运行。</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The list cannot be saved to %1: %2</source>
        <translation>列表无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>kind,id,name,unit,latitude,longitude,distance (m),ETA</source>
        <translation>类型,编号,名称,单位,纬度,经度,距离(米),预计到达</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>Click the centre, then the edge (Esc: cancel)</source>
        <translation>单击圆心，再单击确定半径（Esc 取消）</translation>
    </message>
    <message>
        <source>Click point by point, double-click to finish (Esc: cancel)</source>
        <translation>单击逐点绘制，双击结束（Esc 取消）</translation>
    </message>
    <message>
        <source>Send instruction…</source>
        <translation>指令下发…</translation>
    </message>
    <message>
        <source>指令下发: send an instruction to the officers and vehicles chosen in the list, and follow their answers</source>
        <translation>指令下发：向列表中选定的警员和警车下发指令，并跟踪其反馈</translation>
    </message>
    <message>
        <source>Brief leaders</source>
        <translation>情况发布</translation>
    </message>
    <message>
        <source>情况发布: tell the leaders responsible for where the incident shown happened, at once</source>
        <translation>情况发布：一键通知警情发生地的责任领导</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>地图查询</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指令跟踪</translation>
    </message>
    <message>
        <source>Go to %1: %2</source>
        <translation>前往%1：%2</translation>
    </message>
    <message>
        <source>Incident %1, received %2.
%3</source>
        <translation>警情 %1，接警时间 %2。
%3</translation>
    </message>
    <message>
        <source>Incident %1, received %2 (%3).
%4</source>
        <translation>警情 %1，接警时间 %2（%3）。
%4</translation>
    </message>
    <message>
        <source>The briefing was not sent: %1</source>
        <translation>情况发布未能发出：%1</translation>
    </message>
    <message>
        <source>Briefing sent to %1.</source>
        <translation>情况发布已发给 %1。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>No way kept yet.</source>
        <translation>尚无轨迹记录。</translation>
    </message>
    <message numerus="yes">
        <source>Way drawn from %1 to %2 (%n position(s))</source>
        <translation>
            <numerusform>已绘制 %1 至 %2 的轨迹（%n 个位置点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction %1: %2 since %3</source>
        <translation>指令“%1”：%3起%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::MbTiles</name>
    <message>
        <source>The map tiles %1 are not there (or not a file).</source>
        <translation>地图瓦片 %1 不存在（或不是文件）。</translation>
    </message>
    <message>
        <source>%1 is not a map tile file (MBTiles) Jiandu can read.</source>
        <translation>%1 不是可读取的地图瓦片文件（MBTiles）。</translation>
    </message>
    <message>
        <source>The map tiles %1 cannot be read (damaged?).</source>
        <translation>无法读取地图瓦片 %1（文件已损坏？）。</translation>
    </message>
    <message>
        <source>A tile of %1 is too large to be a tile.</source>
        <translation>%1 中的一个瓦片过大，不是有效瓦片。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::MbTilesWriter</name>
    <message>
        <source>The map tiles %1 cannot be written.</source>
        <translation>无法写入地图瓦片 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::SiteGeography</name>
    <message>
        <source>%1: a point must be [latitude, longitude] in degrees</source>
        <translation>%1：坐标点必须为 [纬度, 经度]（度）</translation>
    </message>
    <message>
        <source>the map has more than %L1 points</source>
        <translation>地图坐标点超过 %L1 个</translation>
    </message>
    <message>
        <source>%1 needs at least %2 points</source>
        <translation>%1 至少需要 %2 个坐标点</translation>
    </message>
    <message>
        <source>The site map %1 cannot be read.</source>
        <translation>无法读取站点地图 %1。</translation>
    </message>
    <message>
        <source>The site map %1 is larger than %L2 MB.</source>
        <translation>站点地图 %1 超过 %L2 MB。</translation>
    </message>
    <message>
        <source>The site map %1 is not usable: %2</source>
        <translation>站点地图 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>a place has no name</source>
        <translation>有地点缺少名称</translation>
    </message>
    <message>
        <source>The site map %1 is not a file.</source>
        <translation>站点地图 %1 不是文件。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::TileScheme</name>
    <message>
        <source>The tile server does not answer; the map shows tiles kept from before.</source>
        <translation>瓦片服务器无响应，地图显示此前缓存的瓦片。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::TileServer</name>
    <message>
        <source>The tile address must name {z}, {x} and {y}.</source>
        <translation>瓦片地址必须包含 {z}、{x} 和 {y}。</translation>
    </message>
    <message>
        <source>The tile address must be an http(s) address.</source>
        <translation>瓦片地址必须是 http(s) 地址。</translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation>不存在瓦片 %1/%2/%3。</translation>
    </message>
    <message>
        <source>The tile server has no tile here.</source>
        <translation>瓦片服务器在此处没有瓦片。</translation>
    </message>
    <message>
        <source>The tile server does not answer (%1).</source>
        <translation>瓦片服务器没有应答（%1）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::TopoPolygons</name>
    <message>
        <source>it is not a TopoJSON topology</source>
        <translation>不是 TopoJSON 拓扑数据</translation>
    </message>
    <message>
        <source>an arc has a point without two numbers</source>
        <translation>弧段中有坐标点不是两个数字</translation>
    </message>
    <message>
        <source>the topology has no object &quot;%1&quot;</source>
        <translation>拓扑数据中没有对象“%1”</translation>
    </message>
    <message>
        <source>a ring refers to an arc that is not there</source>
        <translation>多边形引用了不存在的弧段</translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMapModule</name>
    <message>
        <source>Command map</source>
        <translation>指挥调度一张图</translation>
    </message>
    <message>
        <source>No site map is set for the command map. Set its file under Settings (commandmap/siteMap).</source>
        <translation>未设置指挥调度一张图的站点地图。请在设置中指定其文件（commandmap/siteMap）。</translation>
    </message>
    <message>
        <source>Natural Earth · %1</source>
        <translation>Natural Earth · %1</translation>
    </message>
    <message>
        <source>Positions from %1</source>
        <translation>定位数据来自 %1</translation>
    </message>
    <message>
        <source>Positions feed %1 unreachable: the map shows the last known positions</source>
        <translation>定位数据源 %1 无法连接：地图显示最后已知位置</translation>
    </message>
    <message>
        <source>Positions feed %1: connecting</source>
        <translation>定位数据源 %1：连接中</translation>
    </message>
    <message>
        <source>Positions: a simulated day of patrols (demo site)</source>
        <translation>定位数据：模拟的一天巡逻（演示站点）</translation>
    </message>
    <message>
        <source>The incidents cannot be read: %1</source>
        <translation>无法读取警情：%1</translation>
    </message>
    <message>
        <source>No positions feed is set (commandmap/positionsBroker, commandmap/receivers)</source>
        <translation>未设置位置来源（commandmap/positionsBroker、commandmap/receivers）</translation>
    </message>
    <message>
        <source>The receivers cannot be read (commandmap/receivers): %1</source>
        <translation>无法读取定位终端设置（commandmap/receivers）：%1</translation>
    </message>
    <message>
        <source>Receiver %1 (%2): connecting</source>
        <translation>定位终端 %1（%2）：正在连接</translation>
    </message>
    <message>
        <source>Receiver %1 (%2): receiving</source>
        <translation>定位终端 %1（%2）：正在接收</translation>
    </message>
    <message>
        <source>Receiver %1 (%2) gives no position: %3</source>
        <translation>定位终端 %1（%2）无有效位置：%3</translation>
    </message>
    <message>
        <source>Receiver %1 (%2) lost: %3; trying again</source>
        <translation>定位终端 %1（%2）已断开：%3；正在重试</translation>
    </message>
</context>
<context>
    <name>Jiandu::DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a directory. Choose another path with --data-dir.</source>
        <translation>数据目录 %1 是一个文件而不是目录。请用 --data-dir 指定其他路径。</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created or written. Check its permissions or choose another path with --data-dir.</source>
        <translation>无法创建或写入数据目录 %1。请检查其权限，或用 --data-dir 指定其他路径。</translation>
    </message>
    <message>
        <source>Another Jiandu (process %1 on %2) is already using the data directory %3. Switch to that window, or start this one with another --data-dir.</source>
        <translation>另一个监督客户端（%2 上的进程 %1）正在使用数据目录 %3。请切换到该窗口，或用其他 --data-dir 启动本客户端。</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be locked. Check its permissions.</source>
        <translation>无法锁定数据目录 %1。请检查其权限。</translation>
    </message>
</context>
<context>
    <name>Jiandu::DemoProblems</name>
    <message>
        <source>The demo&apos;s problems could not be played.</source>
        <translation>无法载入演示站点的执法问题。</translation>
    </message>
</context>
<context>
    <name>Jiandu::DevicesDialog</name>
    <message>
        <source>Devices of %1</source>
        <translation>%1 设备管理</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>Worn by</source>
        <translation>佩戴人</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>无信号</translation>
    </message>
    <message>
        <source>Heard but not registered: %1</source>
        <translation>收到但未登记：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The devices were changed on another workstation while this list was open. Close it and open it again to see their change, then make yours.</source>
        <translation>设备清单打开期间已在其他工作站被修改。请关闭后重新打开查看其修改，再进行您的修改。</translation>
    </message>
</context>
<context>
    <name>Jiandu::DutyClockWidget</name>
    <message>
        <source>Duty clock</source>
        <translation>值班时钟</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>%4, %2/%3/%1</source>
        <extracomment>Date on the duty clock: %1 year, %2 month, %3 day, %4 weekday</extracomment>
        <translation>%1年%2月%3日 %4</translation>
    </message>
</context>
<context>
    <name>Jiandu::EventFeed</name>
    <message>
        <source>not JSON (%1 at column %2)</source>
        <translation>不是 JSON（第 %2 列：%1）</translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation>缺少 &quot;type&quot;</translation>
    </message>
    <message>
        <source>no &quot;time&quot;, or not a time (use &quot;yyyy-MM-dd HH:mm:ss&quot;)</source>
        <translation>缺少 &quot;time&quot; 或时间格式错误（请用 &quot;yyyy-MM-dd HH:mm:ss&quot;）</translation>
    </message>
    <message>
        <source>no &quot;subject&quot; object</source>
        <translation>缺少 &quot;subject&quot; 对象</translation>
    </message>
    <message>
        <source>&quot;time&quot; lies outside the years 2000 to 2099</source>
        <translation>&quot;time&quot; 不在 2000 年至 2099 年之间</translation>
    </message>
</context>
<context>
    <name>Jiandu::Evidence</name>
    <message>
        <source>Snapshot saved</source>
        <translation>已抓拍</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Snapshot not saved</source>
        <translation>抓拍未保存</translation>
    </message>
    <message>
        <source>Finding not recorded</source>
        <translation>问题未记录</translation>
    </message>
    <message>
        <source>This workstation has no local cache to record findings in.</source>
        <translation>本工作站没有本地缓存，无法记录问题。</translation>
    </message>
    <message>
        <source>Problem recorded</source>
        <translation>问题已记录</translation>
    </message>
    <message>
        <source>Problem not recorded</source>
        <translation>问题未记录</translation>
    </message>
    <message>
        <source>No problem opened</source>
        <translation>未建立问题</translation>
    </message>
    <message>
        <source>The closed loop is not running on this workstation; the finding is recorded.</source>
        <translation>本机未运行执法问题闭环；发现已记录。</translation>
    </message>
    <message>
        <source>Found on video patrol: %1, %2, by %3.
%4</source>
        <translation>视频巡查发现：%1，%2，%3。
%4</translation>
    </message>
    <message>
        <source>Problem opened</source>
        <translation>问题已建立</translation>
    </message>
    <message>
        <source>Problem %1 (%2) is in the closed loop.</source>
        <translation>问题 %1（%2）已进入闭环流转。</translation>
    </message>
    <message>
        <source>The finding is recorded, but the problem was not opened: %1</source>
        <translation>发现已记录，但问题未建立：%1</translation>
    </message>
    <message>
        <source>Clips will not be sealed</source>
        <translation>导出片段将不加封</translation>
    </message>
</context>
<context>
    <name>Jiandu::EvidencePage</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the selected file (double-click does the same)</source>
        <translation>打开所选文件（双击亦可）</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>校验中…</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>截取</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>抓拍</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题记录</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>✓ intact, sealed here</source>
        <translation>✓ 完好，本机签封</translation>
    </message>
    <message>
        <source>✓ intact (not sealed)</source>
        <translation>✓ 完好（未签封）</translation>
    </message>
    <message>
        <source>✗ the manifest&apos;s seal does not match this workstation: changed together with its manifest, or exported elsewhere</source>
        <translation>✗ 清单签封与本机不符：文件与清单一同被改动，或由其他工作站导出</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; it is at %2.</source>
        <translation>本机没有可打开 %1 的程序；文件位于 %2。</translation>
    </message>
</context>
<context>
    <name>Jiandu::FileCatalog</name>
    <message>
        <source>The file could not be queued for the central service.</source>
        <translation>无法将该文件排队发送到中心服务。</translation>
    </message>
    <message>
        <source>The file could not be recorded as awaited.</source>
        <translation>无法记录待接收的文件。</translation>
    </message>
    <message>
        <source>The cache&apos;s files could not be read.</source>
        <translation>无法读取缓存中的文件记录。</translation>
    </message>
    <message>
        <source>The cache&apos;s files could not be updated.</source>
        <translation>无法更新缓存中的文件记录。</translation>
    </message>
</context>
<context>
    <name>Jiandu::FilePlayer</name>
    <message>
        <source>the recording is damaged or in a format that cannot be played</source>
        <translation>录像已损坏或格式无法播放</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>%1 is not there or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The player cannot be set up: %1</source>
        <translation>无法建立播放器：%1</translation>
    </message>
    <message>
        <source>%1 holds neither picture nor sound.</source>
        <translation>%1 中既没有画面也没有声音。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::FindingDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>What is wrong? e.g. nobody at the duty desk, a door left open, a suspect without escort</source>
        <translation>发现了什么问题？例如：值班台无人值守、门未关闭、嫌疑人无人看管</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Record with snapshot</source>
        <translation>抓拍并记录</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>摄像机：%1</translation>
    </message>
    <message>
        <source>Open it as a problem in the closed loop</source>
        <translation>作为执法问题进入闭环流转</translation>
    </message>
    <message>
        <source>The responsible unit will be asked to put it right; the snapshot goes with it as evidence</source>
        <translation>将要求责任单位整改，抓拍图片作为证据随附</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
</context>
<context>
    <name>Jiandu::FindingRepository</name>
    <message>
        <source>Describe the problem you found.</source>
        <translation>请描述发现的问题。</translation>
    </message>
    <message>
        <source>The finding could not be stored.</source>
        <translation>问题记录保存失败。</translation>
    </message>
    <message>
        <source>The findings cannot be read.</source>
        <translation>无法读取问题记录。</translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The central service sent a finding without its id.</source>
        <translation>中心服务发来的发现记录缺少编号。</translation>
    </message>
</context>
<context>
    <name>Jiandu::FindingsReplica</name>
    <message>
        <source>The finding could not be removed.</source>
        <translation>无法删除该发现记录。</translation>
    </message>
</context>
<context>
    <name>Jiandu::FloorPlanView</name>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions are not arriving: where people are is not known</source>
        <translation>定位数据中断：人员位置未知</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>入区对象</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Tag %1 silent, last seen %2</source>
        <translation>标签 %1 无信号，最后定位于 %2</translation>
    </message>
    <message>
        <source>Click to watch its camera</source>
        <translation>点击查看该房间监控</translation>
    </message>
</context>
<context>
    <name>Jiandu::FrameSampler</name>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a video file (a directory, device or pipe).</source>
        <translation>%1 不是视频文件（是目录、设备或管道）。</translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>No picture came within %1 s.</source>
        <translation>%1 秒内未收到图像。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n picture(s) came within the time allowed.</source>
        <translation>
            <numerusform>规定时间内仅收到 %n 帧图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>The video ended.</source>
        <translation>视频已结束。</translation>
    </message>
    <message>
        <source>No picture came.</source>
        <translation>未收到图像。</translation>
    </message>
</context>
<context>
    <name>Jiandu::GeneralSettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Wall rotation interval</source>
        <translation>大屏轮播间隔</translation>
    </message>
    <message>
        <source>Wall contents</source>
        <translation>大屏内容</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Jiandu starts.</source>
        <translation>新的界面语言在下次启动监督客户端时生效。</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Wall rotation interval:</source>
        <translation>大屏轮播间隔：</translation>
    </message>
    <message>
        <source>Wall contents:</source>
        <translation>大屏内容：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>无操作锁屏时间</translation>
    </message>
    <message>
        <source>Lock the screen after:</source>
        <translation>无操作锁屏时间：</translation>
    </message>
</context>
<context>
    <name>Jiandu::Gst</name>
    <message>
        <source>the camera has no stream at this address</source>
        <translation>摄像机在此地址上没有视频流</translation>
    </message>
    <message>
        <source>the camera cannot be reached</source>
        <translation>无法连接摄像机</translation>
    </message>
    <message>
        <source>the connection to the camera broke</source>
        <translation>与摄像机的连接中断</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>文件无法写入</translation>
    </message>
    <message>
        <source>the camera&apos;s picture or sound cannot be decoded</source>
        <translation>无法解码摄像机的图像或声音</translation>
    </message>
    <message>
        <source>the camera stopped sending</source>
        <translation>摄像机停止发送数据</translation>
    </message>
    <message>
        <source>a part of the media engine is missing; reinstall Jiandu</source>
        <translation>媒体引擎缺少组件，请重新安装监督</translation>
    </message>
    <message>
        <source>the media engine reported an error</source>
        <translation>媒体引擎报告错误</translation>
    </message>
    <message>
        <source>the camera refused the user name or password</source>
        <translation>摄像机拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The media engine took too long.</source>
        <translation>媒体引擎处理超时。</translation>
    </message>
</context>
<context>
    <name>Jiandu::IncidentJson</name>
    <message>
        <source>An incident without 警情编号 (jqbh) was skipped.</source>
        <translation>缺少警情编号（jqbh）的警情已跳过。</translation>
    </message>
    <message>
        <source>Incident %1 has a malformed time in %2: &quot;%3&quot;.</source>
        <translation>警情 %1 的 %2 时间格式错误：“%3”。</translation>
    </message>
</context>
<context>
    <name>Jiandu::IncidentRepository</name>
    <message>
        <source>The cache cannot store incidents.</source>
        <translation>缓存无法保存警情。</translation>
    </message>
    <message>
        <source>The cache is busy or read-only; the incidents were not stored.</source>
        <translation>缓存正忙或为只读，警情未保存。</translation>
    </message>
    <message>
        <source>The incidents could not be stored (is the disk full?); nothing of this batch was stored.</source>
        <translation>警情保存失败（磁盘是否已满？），本批次均未保存。</translation>
    </message>
    <message>
        <source>An incident without 警情编号 (jqbh) cannot be stored; nothing of this batch was stored.</source>
        <translation>缺少警情编号（jqbh）的警情无法保存，本批次均未保存。</translation>
    </message>
    <message>
        <source>The cache cannot be read.</source>
        <translation>无法读取缓存。</translation>
    </message>
</context>
<context>
    <name>Jiandu::IntSetting</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4 (%5)</source>
        <translation>%1：“%2”不是 %3 到 %4 之间的整数（%5）</translation>
    </message>
</context>
<context>
    <name>Jiandu::JourneyRepository</name>
    <message>
        <source>The step could not be kept in the cache; it was not recorded.</source>
        <translation>该环节无法保存到本地缓存，未登记。</translation>
    </message>
    <message>
        <source>The case area&apos;s records could not be read from the cache.</source>
        <translation>无法从本地缓存读取办案区记录。</translation>
    </message>
    <message>
        <source>The case area&apos;s records could not be updated in the cache.</source>
        <translation>无法在本地缓存中更新办案区记录。</translation>
    </message>
    <message>
        <source>A step shared by the central service could not be kept.</source>
        <translation>中心服务共享的登记步骤未能保存。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Journeys</name>
    <message>
        <source>This workstation has no local cache to keep the area&apos;s records in; sign in with the cache to use the desk.</source>
        <translation>本工作站没有可保存办案区记录的本地缓存；请使用本地缓存登录后再办理登记。</translation>
    </message>
    <message>
        <source>The area&apos;s records are still being read; try again in a moment.</source>
        <translation>正在读取办案区记录，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>Jiandu::KeyWrap</name>
    <message>
        <source>A password is needed to protect the cache key.</source>
        <translation>需要密码来保护缓存密钥。</translation>
    </message>
    <message>
        <source>The cache key could not be protected (cryptography failure).</source>
        <translation>无法保护缓存密钥（加密运算失败）。</translation>
    </message>
    <message>
        <source>The cache key file is damaged or of an unknown format. The cache cannot be opened: delete it and synchronise again.</source>
        <translation>缓存密钥文件已损坏或格式未知，无法打开缓存：请删除缓存后重新同步。</translation>
    </message>
    <message>
        <source>The password is wrong, or the cache key file was altered.</source>
        <translation>密码错误，或缓存密钥文件已被修改。</translation>
    </message>
</context>
<context>
    <name>Jiandu::LaunchOptionsParser</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Run on the embedded demo site with its own data directory.</source>
        <translation>使用内置演示站点运行，并使用独立的演示数据目录。</translation>
    </message>
    <message>
        <source>Video wall mode: full-screen rotating content on the chosen screens. Leave it with Ctrl+Alt+Q.</source>
        <translation>大屏模式：在所选屏幕上全屏轮播内容。按 Ctrl+Alt+Q 退出。</translation>
    </message>
    <message>
        <source>Screens for wall mode, e.g. 0,1 (default: all).</source>
        <translation>大屏模式使用的屏幕，例如 0,1（默认：全部）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Work from the local cache only; do not contact servers.</source>
        <translation>仅使用本地缓存工作，不连接服务器。</translation>
    </message>
    <message>
        <source>Use this configuration file.</source>
        <translation>使用指定的配置文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Keep data (cache, logs, layout) in this directory.</source>
        <translation>将数据（缓存、日志、窗口布局）保存在该目录中。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Print the modules that load, with versions, as JSON and exit.</source>
        <translation>以 JSON 输出可加载的模块及其版本，然后退出。</translation>
    </message>
    <message>
        <source>Run jiandu --help for the options.</source>
        <translation>运行 jiandu --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run jiandu --help for the options.</source>
        <translation>无法识别的参数“%1”。运行 jiandu --help 查看可用选项。</translation>
    </message>
    <message>
        <source>--screens only applies to wall mode; add --wall.</source>
        <translation>--screens 仅用于大屏模式，请同时指定 --wall。</translation>
    </message>
    <message>
        <source>--screens expects screen numbers separated by commas, e.g. 0,1; &quot;%1&quot; is not one.</source>
        <translation>--screens 需要以逗号分隔的屏幕编号，例如 0,1；“%1”不是有效编号。</translation>
    </message>
    <message>
        <source>--lang expects %1; &quot;%2&quot; is not supported.</source>
        <translation>--lang 可选值为 %1；不支持“%2”。</translation>
    </message>
    <message>
        <source>--%1 needs a path.</source>
        <translation>--%1 需要一个路径。</translation>
    </message>
    <message>
        <source>Jiandu police supervision workstation.

Exit codes: 0 success, 1 failure, 2 bad command line, 3 data directory unusable or in use, 4 module directory missing, 5 local cache unusable.</source>
        <translation>监督 · 公安执法监督工作站。

退出码：0 成功，1 失败，2 命令行错误，3 数据目录不可用或正被占用，4 模块目录缺失，5 本地缓存不可用。</translation>
    </message>
</context>
<context>
    <name>Jiandu::LayoutLibrary</name>
    <message>
        <source>Layout not saved</source>
        <translation>布局未保存</translation>
    </message>
    <message>
        <source>This workstation has no local cache to keep layouts in.</source>
        <translation>本工作站没有本地缓存，无法保存布局。</translation>
    </message>
    <message>
        <source>Layout saved</source>
        <translation>布局已保存</translation>
    </message>
    <message>
        <source>Layout not deleted</source>
        <translation>布局未删除</translation>
    </message>
    <message>
        <source>Not sent to the unit&apos;s other video walls</source>
        <translation>未发送到本单位其他电视墙</translation>
    </message>
</context>
<context>
    <name>Jiandu::LayoutRepository</name>
    <message>
        <source>The saved layouts could not be read.</source>
        <translation>无法读取已保存的布局。</translation>
    </message>
    <message>
        <source>Give the layout a name.</source>
        <translation>请为布局命名。</translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The layout could not be saved.</source>
        <translation>无法保存布局。</translation>
    </message>
    <message>
        <source>The layout could not be deleted.</source>
        <translation>无法删除布局。</translation>
    </message>
    <message>
        <source>The central service sent a layout without its name.</source>
        <translation>中心服务发来的布局缺少名称。</translation>
    </message>
    <message>
        <source>The layout could not be stored.</source>
        <translation>无法存储布局。</translation>
    </message>
    <message>
        <source>The layout could not be removed.</source>
        <translation>无法移除布局。</translation>
    </message>
    <message>
        <source>The video wall&apos;s cameras could not be stored.</source>
        <translation>无法存储电视墙的摄像机。</translation>
    </message>
    <message>
        <source>The video wall&apos;s cameras could not be read.</source>
        <translation>无法读取电视墙的摄像机。</translation>
    </message>
</context>
<context>
    <name>Jiandu::LinkSearch</name>
    <message>
        <source>reported by %1</source>
        <translation>报警人 %1</translation>
    </message>
</context>
<context>
    <name>Jiandu::LinkSearchBox</name>
    <message>
        <source>Search incidents and cases: number, name, ID number, place</source>
        <translation>检索警情和案件：编号、姓名、证件号码、地点</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>No incident or case in this workstation&apos;s cache mentions “%1”.</source>
        <translation>本机缓存中没有提及「%1」的警情或案件。</translation>
    </message>
</context>
<context>
    <name>Jiandu::LivePlace</name>
    <message>
        <source>Case-handling area</source>
        <translation>办案区</translation>
    </message>
    <message>
        <source>The latency log %1 cannot be written.</source>
        <translation>无法写入延迟日志 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::LiveStream</name>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The stream cannot be set up: %1</source>
        <translation>无法建立视频流：%1</translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation>视频流已结束</translation>
    </message>
    <message>
        <source>The stream cannot start.</source>
        <translation>视频流无法启动。</translation>
    </message>
    <message>
        <source>no picture for %1 s</source>
        <translation>%1 秒无画面</translation>
    </message>
    <message>
        <source>the camera does not answer</source>
        <translation>摄像机无响应</translation>
    </message>
    <message>
        <source>the camera&apos;s pictures cannot be decoded</source>
        <translation>摄像机画面无法解码</translation>
    </message>
</context>
<context>
    <name>Jiandu::LocalCache</name>
    <message>
        <source>The cache key could not be saved to %1 (is the disk full?).</source>
        <translation>无法将缓存密钥保存到 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>There is already a cache in %1.</source>
        <translation>%1 中已存在缓存。</translation>
    </message>
    <message>
        <source>The cache directory %1 cannot be created.</source>
        <translation>无法创建缓存目录 %1。</translation>
    </message>
    <message>
        <source>There is no cache in %1.</source>
        <translation>%1 中没有缓存。</translation>
    </message>
    <message>
        <source>The cache was re-encrypted but its new key could not be put in place; it will be on the next open.</source>
        <translation>缓存已重新加密，但新密钥未能就位；将在下次打开时完成。</translation>
    </message>
    <message>
        <source>%1 is not a cache file (a folder, a device or a pipe).</source>
        <translation>%1 不是缓存文件（而是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <source>The cache file %1 is empty: its data was lost (the disk was full, or the file was truncated). Restore it from a backup, or move the cache folder away and synchronise again.</source>
        <translation>缓存文件 %1 为空：其数据已丢失（磁盘曾满，或文件被截断）。请从备份恢复，或将缓存文件夹移走后重新同步。</translation>
    </message>
    <message>
        <source>The cache key %1 is missing or damaged. Without it the cache cannot be read: delete the cache and synchronise again.</source>
        <translation>缓存密钥 %1 缺失或已损坏。没有它无法读取缓存：请删除缓存并重新同步。</translation>
    </message>
    <message>
        <source>The workstation&apos;s keys cannot be read from the cache.</source>
        <translation>无法从本地缓存读取本工作站的密钥。</translation>
    </message>
    <message>
        <source>The workstation&apos;s keys cannot be stored in the cache.</source>
        <translation>无法将本工作站的密钥保存到本地缓存。</translation>
    </message>
</context>
<context>
    <name>Jiandu::LogRecordModel</name>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>致命</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Jiandu::LogSettingsPage</name>
    <message>
        <source>Sources logging at debug level</source>
        <translation>记录调试信息的来源</translation>
    </message>
    <message>
        <source>Messages at info level and above are always logged. Tick a source to also log its debug messages, e.g. while a support engineer investigates a problem.</source>
        <translation>“信息”及以上级别的日志始终记录。勾选某个来源即同时记录其调试信息，例如技术支持人员排查问题时。</translation>
    </message>
</context>
<context>
    <name>Jiandu::LogViewerPage</name>
    <message>
        <source>Minimum level</source>
        <translation>最低级别</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索日志内容</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>Keep the newest message in view</source>
        <translation>始终显示最新一条日志</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop adding new messages to the view; they are still written to the log file</source>
        <translation>暂停向列表添加新日志；日志仍会写入日志文件</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>清空显示</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志目录</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>日志列表</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Showing %1 of %2 messages</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source> · log file: not written (%1)</source>
        <translation> · 日志文件：未写入（%1）</translation>
    </message>
    <message>
        <source> · log file: %1</source>
        <translation> · 日志文件：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::MainWindow</name>
    <message>
        <source>Jiandu supervision workstation</source>
        <translation>监督 · 执法监督指挥工作站</translation>
    </message>
    <message>
        <source>Jiandu main window</source>
        <translation>监督主窗口</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Open current page in new &amp;window</source>
        <translation>在新窗口中打开当前页面(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>恢复默认窗口布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>Module &amp;status…</source>
        <translation>模块状态(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jiandu</source>
        <translation>关于监督(&amp;A)</translation>
    </message>
    <message>
        <source>About Jiandu</source>
        <translation>关于监督</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jiandu %1&lt;/h3&gt;&lt;p&gt;Police supervision workstation: video and voice patrol, case-area tracking, supervision alerts and the closed-loop problem workflow.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;监督 %1&lt;/h3&gt;&lt;p&gt;公安执法监督工作站：视频与语音督察、办案区轨迹、监督预警及执法问题闭环。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>演示站点</translation>
    </message>
    <message>
        <source>Offline: local cache only</source>
        <translation>离线：仅使用本地缓存</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) not loaded</source>
        <translation>
            <numerusform>%n 个模块未加载</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleGraph</name>
    <message>
        <source>another file (%1) already provides module &quot;%2&quot;</source>
        <translation>另一个文件（%1）已提供模块“%2”</translation>
    </message>
    <message>
        <source>it needs module &quot;%1&quot;, which is not installed</source>
        <translation>它依赖的模块“%1”未安装</translation>
    </message>
    <message>
        <source>it needs module &quot;%1&quot;, which cannot load</source>
        <translation>它依赖的模块“%1”无法加载</translation>
    </message>
    <message>
        <source>it needs module &quot;%1&quot; %2 or newer, %3 is installed</source>
        <translation>它需要模块“%1” %2 或更高版本，已安装的是 %3</translation>
    </message>
    <message>
        <source>its dependencies form a cycle</source>
        <translation>它的依赖关系存在循环</translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleManager</name>
    <message>
        <source>The module directory %1 does not exist. The installation is incomplete: reinstall Jiandu, or point JIANDU_MODULE_DIR at the modules.</source>
        <translation>模块目录 %1 不存在，安装不完整：请重新安装监督客户端，或将 JIANDU_MODULE_DIR 指向模块目录。</translation>
    </message>
    <message>
        <source>The module directory %1 cannot be read. Check its permissions.</source>
        <translation>无法读取模块目录 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>the plugin does not implement a Jiandu module</source>
        <translation>该插件不是监督功能模块</translation>
    </message>
    <message>
        <source>the library cannot be loaded: %1</source>
        <translation>无法加载该库：%1</translation>
    </message>
    <message>
        <source>it could not start: %1</source>
        <translation>启动失败：%1</translation>
    </message>
    <message>
        <source>its data could not be prepared: %1</source>
        <translation>其数据无法准备：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleSpec</name>
    <message>
        <source>%1 is not a usable Jiandu module: %2</source>
        <translation>%1 不是可用的监督功能模块：%2</translation>
    </message>
    <message>
        <source>it is not a Qt plugin</source>
        <translation>它不是 Qt 插件</translation>
    </message>
    <message>
        <source>it implements interface &quot;%1&quot;, this Jiandu expects &quot;%2&quot;</source>
        <translation>它实现的接口是“%1”，本客户端需要“%2”</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;Id&quot;</source>
        <translation>其元数据缺少有效的“Id”</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;Version&quot;</source>
        <translation>其元数据缺少有效的“Version”</translation>
    </message>
    <message>
        <source>its metadata has no &quot;Name&quot;</source>
        <translation>其元数据缺少“Name”</translation>
    </message>
    <message>
        <source>its &quot;Dependencies&quot; is not a list</source>
        <translation>其“Dependencies”不是列表</translation>
    </message>
    <message>
        <source>a dependency has no valid &quot;Id&quot;</source>
        <translation>某项依赖缺少有效的“Id”</translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleStatusDialog</name>
    <message>
        <source>Module status</source>
        <translation>模块状态</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>Module directory: %1</source>
        <translation>模块目录：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Outbox</name>
    <message>
        <source>The change could not be queued for the central service.</source>
        <translation>无法将该变更排入待发往中心服务的队列。</translation>
    </message>
    <message>
        <source>The queued changes could not be read.</source>
        <translation>无法读取待发送的变更。</translation>
    </message>
    <message>
        <source>The queued change could not be removed.</source>
        <translation>无法移除已发送的变更。</translation>
    </message>
    <message>
        <source>The queued changes could not be updated.</source>
        <translation>无法更新待发送的变更。</translation>
    </message>
</context>
<context>
    <name>Jiandu::OverviewPage</name>
    <message>
        <source>No site configured</source>
        <translation>未配置站点</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Demo site: sample data only</source>
        <translation>演示站点：仅含示例数据</translation>
    </message>
    <message>
        <source>Offline: working from the local cache</source>
        <translation>离线：使用本地缓存工作</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>操作员 %1</translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation>数据目录 %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>下辖单位</translation>
    </message>
    <message>
        <source>No units configured</source>
        <translation>未配置单位</translation>
    </message>
    <message>
        <source>Units (%1)</source>
        <translation>下辖单位（%1）</translation>
    </message>
    <message>
        <source>Running modules</source>
        <translation>运行中的模块</translation>
    </message>
    <message>
        <source>Running modules (%1)</source>
        <translation>运行中的模块（%1）</translation>
    </message>
    <message>
        <source>Open run log</source>
        <translation>查看运行日志</translation>
    </message>
    <message>
        <source>Local cache encrypted, %1 MB</source>
        <translation>本地缓存已加密，%1 MB</translation>
    </message>
    <message>
        <source>No local cache</source>
        <translation>无本地缓存</translation>
    </message>
    <message>
        <source>Central sync</source>
        <translation>中心同步</translation>
    </message>
    <message>
        <source>offline: working from the local cache</source>
        <translation>离线：使用本地缓存工作</translation>
    </message>
    <message>
        <source>not set up: this workstation works alone</source>
        <translation>未配置：本工作站独立运行</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>单机</translation>
    </message>
</context>
<context>
    <name>Jiandu::PageWindow</name>
    <message>
        <source>%1 — Jiandu</source>
        <extracomment>Title of a detached page window: %1 page title</extracomment>
        <translation>%1 — 监督</translation>
    </message>
</context>
<context>
    <name>Jiandu::PdfDocument</name>
    <message>
        <source>%1 cannot be written: choose a folder you may write to.</source>
        <translation>无法写入 %1：请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法创建 PDF。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>无法完成 PDF。</translation>
    </message>
    <message>
        <source>%1 could not be saved (is the disk full?).</source>
        <translation>无法保存 %1（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::PhotoPicker</name>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
</context>
<context>
    <name>Jiandu::PlaceHistory</name>
    <message>
        <source>This workstation keeps no recordings (it has no local cache).</source>
        <translation>本工作站没有保存录像（没有本地缓存）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanCanvas</name>
    <message>
        <source>Move a corner of %1</source>
        <translation>移动%1的顶点</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>房间%1</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>绘制%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanEditorDialog</name>
    <message>
        <source>Edit the floor plan</source>
        <translation>编辑平面图</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Draw a room</source>
        <translation>绘制房间</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>删除房间</translation>
    </message>
    <message>
        <source>Draw: click each corner, double-click (or Enter) to close; corners snap to the half-metre grid and to other rooms&apos; corners. Select: click a room, drag its corners.</source>
        <translation>绘制：依次点击各顶点，双击（或按回车）闭合；顶点自动吸附到半米网格和其他房间的顶点。选择：点击房间，拖动其顶点。</translation>
    </message>
    <message>
        <source>Camera ids, separated by commas</source>
        <translation>摄像机编号，以逗号分隔</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Plan width</source>
        <translation>平面图宽度</translation>
    </message>
    <message>
        <source>Plan height</source>
        <translation>平面图高度</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Rename the room&apos;s id</source>
        <translation>修改房间编号</translation>
    </message>
    <message>
        <source>Rename the room</source>
        <translation>修改房间名称</translation>
    </message>
    <message>
        <source>Change the room&apos;s type</source>
        <translation>修改房间类型</translation>
    </message>
    <message>
        <source>Change the cameras</source>
        <translation>修改摄像机</translation>
    </message>
    <message>
        <source>Resize the plan</source>
        <translation>调整平面图尺寸</translation>
    </message>
    <message>
        <source>Floor plan saved</source>
        <translation>平面图已保存</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them?</source>
        <translation>平面图有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The plan of %1, floor %2, is shown and shared with the unit&apos;s workstations.</source>
        <translation>%1 %2 层的平面图已显示，并已共享给本单位的其他工作站。</translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanLibrary</name>
    <message>
        <source>Case-handling area</source>
        <translation>办案区</translation>
    </message>
    <message>
        <source>The floor plan could not be kept in the cache: %1 The plan file&apos;s is shown; edits are not shared.</source>
        <translation>平面图未能存入本地缓存：%1 当前显示平面图文件中的版本，修改不会共享。</translation>
    </message>
    <message>
        <source>Floor plan updated</source>
        <translation>平面图已更新</translation>
    </message>
    <message>
        <source>%1 changed the floor plan of %2.</source>
        <translation>%1 修改了「%2」的平面图。</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>平面图未能保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanRepository</name>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>本地缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The floor plan could not be saved.</source>
        <translation>平面图未能保存。</translation>
    </message>
    <message>
        <source>The floor plans could not be read.</source>
        <translation>无法读取平面图。</translation>
    </message>
    <message>
        <source>The plan does not say which case-handling area it is of (&quot;area&quot;).</source>
        <translation>平面图未写明所属办案区（&quot;area&quot;）。</translation>
    </message>
    <message>
        <source>The floor plan %1 in the cache is not valid: %2</source>
        <translation>缓存中的平面图 %1 无效：%2</translation>
    </message>
    <message>
        <source>The floor plan could not be stored.</source>
        <translation>平面图未能存储。</translation>
    </message>
    <message>
        <source>The floor plan could not be removed.</source>
        <translation>平面图未能删除。</translation>
    </message>
</context>
<context>
    <name>Jiandu::PlaybackPage</name>
    <message>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Tick up to %1 cameras to play them in step</source>
        <translation>勾选最多 %1 路摄像机同步回放</translation>
    </message>
    <message>
        <source>◀| Frame</source>
        <translation>◀| 上一帧</translation>
    </message>
    <message>
        <source>One frame back (Left)</source>
        <translation>后退一帧（←）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Frame |▶</source>
        <translation>下一帧 |▶</translation>
    </message>
    <message>
        <source>One frame forward (Right)</source>
        <translation>前进一帧（→）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>倍速</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>跳转时间</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>抓拍</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>发现问题…</translation>
    </message>
    <message>
        <source>Record what you see in the selected camera, with this frame</source>
        <translation>记录所选画面中发现的问题，并附上当前帧</translation>
    </message>
    <message>
        <source>Clip…</source>
        <translation>截取…</translation>
    </message>
    <message>
        <source>Export the selected camera around the current time</source>
        <translation>导出所选摄像机当前时间前后的录像</translation>
    </message>
    <message>
        <source>Tick cameras on the left to play their recordings.</source>
        <translation>在左侧勾选摄像机即可回放其录像。</translation>
    </message>
    <message>
        <source>Up to %1 cameras</source>
        <translation>最多 %1 路</translation>
    </message>
    <message>
        <source>Playback shows up to %1 cameras in step; untick one first.</source>
        <translation>同步回放最多 %1 路摄像机，请先取消勾选一路。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No recording at this time</source>
        <translation>该时间无录像</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemRepository</name>
    <message>
        <source>The step could not be recorded.</source>
        <translation>该步骤无法记录。</translation>
    </message>
    <message>
        <source>The attachment could not be recorded.</source>
        <translation>附件无法记录。</translation>
    </message>
    <message>
        <source>Give the problem a title.</source>
        <translation>请填写问题标题。</translation>
    </message>
    <message>
        <source>Say which unit is responsible for the problem.</source>
        <translation>请指定问题的责任单位。</translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>A problem was already opened from this alert (problem %1).</source>
        <translation>该预警已转为问题（问题 %1）。</translation>
    </message>
    <message>
        <source>The problem could not be stored.</source>
        <translation>问题无法保存。</translation>
    </message>
    <message>
        <source>Problem %1 does not exist.</source>
        <translation>问题 %1 不存在。</translation>
    </message>
    <message>
        <source>The problem could not be updated.</source>
        <translation>问题无法更新。</translation>
    </message>
    <message>
        <source>The problem could not be read.</source>
        <translation>问题无法读取。</translation>
    </message>
    <message>
        <source>The problems could not be read.</source>
        <translation>问题列表无法读取。</translation>
    </message>
    <message>
        <source>The problem&apos;s history could not be read.</source>
        <translation>问题的流转记录无法读取。</translation>
    </message>
    <message>
        <source>The problems&apos; history could not be read.</source>
        <translation>问题流转记录无法读取。</translation>
    </message>
    <message>
        <source>The problems could not be counted.</source>
        <translation>无法统计执法问题。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemStatistics</name>
    <message>
        <source>Found by people</source>
        <translation>人工发现</translation>
    </message>
    <message>
        <source>Problems by element</source>
        <translation>按要素统计问题</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>执法问题</translation>
    </message>
    <message>
        <source>Problems by unit</source>
        <translation>按单位统计问题</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Problems by month</source>
        <translation>按月统计问题</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Problems by stage</source>
        <translation>按环节统计问题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Average time in each stage</source>
        <translation>各环节平均用时</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Problem rate per case</source>
        <translation>每案问题发现率</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Cases with problems</source>
        <translation>发现问题的案件数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>The statistics could not be read from the cache.</source>
        <translation>无法从缓存读取统计数据。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemWorkflow</name>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>“%1” is not a step of the workflow.</source>
        <translation>“%1”不是流程中的步骤。</translation>
    </message>
    <message>
        <source>Only %1 can %2 (you are signed in as %3).</source>
        <translation>只有%1可以%2（您当前的角色是%3）。</translation>
    </message>
    <message>
        <source>This problem was issued to %1; %2 can act only on its own problems.</source>
        <translation>该问题下发给%1；%2只能处理本单位的问题。</translation>
    </message>
    <message>
        <source>your unit</source>
        <translation>您的单位</translation>
    </message>
    <message>
        <source>The problem is %1; “%2” is possible only when it is %3.</source>
        <translation>问题当前为“%1”；只有在“%3”时才能“%2”。</translation>
    </message>
    <message>
        <source>“%1” needs a reason or description.</source>
        <translation>“%1”需要填写理由或说明。</translation>
    </message>
    <message>
        <source>found</source>
        <translation>已发现</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已下发</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>申辩中</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>awaiting audit</source>
        <translation>整改待审核</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已闭环</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>不予认定</translation>
    </message>
    <message>
        <source>open the problem</source>
        <translation>建立问题</translation>
    </message>
    <message>
        <source>issue to the unit</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>give feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>申辩</translation>
    </message>
    <message>
        <source>review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>confirm the problem</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>dismiss the problem</source>
        <translation>不予认定</translation>
    </message>
    <message>
        <source>submit the rectification</source>
        <translation>提交整改</translation>
    </message>
    <message>
        <source>approve the rectification</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>reject the rectification</source>
        <translation>整改不合格</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>remind</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>the legal officer</source>
        <translation>法制民警</translation>
    </message>
    <message>
        <source>the responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Only the legal officer or the leader can open a problem.</source>
        <translation>只有法制民警或领导可以建立问题。</translation>
    </message>
    <message>
        <source>%1 already acted on this problem as %2 and cannot also act as %3; another person must take this step.</source>
        <translation>%1 已以%2身份处理过此问题，不能再以%3身份处理；此步骤须由他人办理。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemsPage</name>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>未闭环问题</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>New problem…</source>
        <translation>新建问题…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>整改轮次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建立时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation>当前角色：%1（%2）</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>当前角色：%1</translation>
    </message>
    <message>
        <source>Select a problem to see its history and take the next step.</source>
        <translation>选择一个问题查看流转记录并办理下一步。</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>From alert</source>
        <translation>来源预警</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Rectification rounds</source>
        <translation>整改轮次</translation>
    </message>
    <message>
        <source>Reason or description (required)</source>
        <translation>理由或说明（必填）</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>新建问题</translation>
    </message>
    <message>
        <source>Open the problem</source>
        <translation>建立问题</translation>
    </message>
    <message>
        <source>A problem found without an alert, e.g. on a patrol or in a review.</source>
        <translation>非预警发现的问题，例如巡查或审查中发现。</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>附件未打开</translation>
    </message>
    <message>
        <source>%1 was changed since it was attached; it is not opened.</source>
        <translation>%1 在添加为附件后已被改动，不予打开。</translation>
    </message>
    <message>
        <source>Problems not shown</source>
        <translation>问题列表无法显示</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>%1 (%2, raised %3)</source>
        <translation>%1（%2，%3 发出）</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>附件尚未到达</translation>
    </message>
    <message>
        <source>%1 has not arrived from the central service yet; it is fetched with the next sync.</source>
        <translation>%1 尚未从中心服务到达，将在下次同步时获取。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Recorder</name>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒无数据</translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The recording cannot be set up: %1</source>
        <translation>无法建立录像：%1</translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation>视频流已结束</translation>
    </message>
    <message>
        <source>The recording cannot start.</source>
        <translation>录像无法启动。</translation>
    </message>
    <message>
        <source>less than %1 MB free</source>
        <translation>可用空间不足 %1 MB</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Recording stopped: the disk for recordings is full or cannot be written (%1). Free space or change the recordings folder, then record again.</source>
        <translation>录像已停止：录像磁盘已满或无法写入（%1）。请释放空间或更换录像文件夹后重新录像。</translation>
    </message>
    <message>
        <source>the camera changed its picture format (e.g. its resolution); recording goes on in a new segment</source>
        <translation>摄像机更改了画面格式（如分辨率），录像在新的分段中继续</translation>
    </message>
    <message>
        <source>the camera&apos;s frames carry no time that advances (they all have the same timestamp), so they cannot be recorded as a playable segment; check the camera&apos;s encoder settings</source>
        <translation>摄像机画面的时间戳不前进（所有帧时间戳相同），无法录制为可播放的录像段；请检查摄像机的编码设置</translation>
    </message>
</context>
<context>
    <name>Jiandu::RecordingSchedule</name>
    <message>
        <source>A recording schedule has at most 48 time windows.</source>
        <translation>录像计划最多可设 48 个时间段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recording schedule: write &quot;continuous&quot;, &quot;manual&quot;, &quot;on alert&quot; or time windows such as &quot;08:00-12:00, 14:00-18:00&quot;.</source>
        <translation>“%1”不是有效的录像计划：请填写“continuous”（连续）、“manual”（手动）、“on alert”（预警时录像）或时段，如“08:00-12:00, 14:00-18:00”。</translation>
    </message>
</context>
<context>
    <name>Jiandu::RecordingSettingsPage</name>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Site&apos;s schedule</source>
        <translation>站点录像计划</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>as the site says</source>
        <translation>按站点设置</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>%1 的录像计划</translation>
    </message>
    <message>
        <source>%1: %2 This schedule is not stored.</source>
        <translation>%1：%2 该录像计划不会保存。</translation>
    </message>
    <message>
        <source>When this workstation records each camera by itself, whatever is on screen: “continuous”, “manual” (only when someone presses Record), “on alert” (for a while after an alert names the camera), or daily times such as “08:00-12:00, 14:00-18:00” (a time may run past midnight: “22:00-06:00”). Empty: as the site description says.</source>
        <translation>本工作站自动录制各摄像机的时间（与屏幕上显示什么无关）：“continuous”（连续录像）、“manual”（仅在有人点击“录像”时录制）、“on alert”（预警涉及该摄像机后录制一段时间），或每日时段，如“08:00-12:00, 14:00-18:00”（时段可跨零点：“22:00-06:00”）。留空：按站点描述执行。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Recordings</name>
    <message>
        <source>Recording index</source>
        <translation>录像索引</translation>
    </message>
    <message>
        <source>Recording interrupted</source>
        <translation>录像中断</translation>
    </message>
    <message>
        <source>%1: %2; it resumes when the camera is back.</source>
        <translation>%1：%2；摄像机恢复后将继续录像。</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>录像已停止</translation>
    </message>
    <message>
        <source>Recording retention</source>
        <translation>录像保留</translation>
    </message>
    <message numerus="yes">
        <source>%n old recording(s) could not be deleted, e.g. %1.</source>
        <translation>
            <numerusform>有 %n 段旧录像无法删除，例如 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) are recording; recording stops until Jiandu is started again.</source>
        <translation>
            <numerusform>%n 台摄像机正在录像；退出后录像将停止，直到再次启动监督。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cameras recording</source>
        <translation>录像中的摄像机</translation>
    </message>
    <message numerus="yes">
        <source>of %n camera(s)</source>
        <translation>
            <numerusform>共 %n 路摄像机</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings interrupted</source>
        <translation>录像中断</translation>
    </message>
    <message>
        <source>camera or network down</source>
        <translation>摄像机或网络故障</translation>
    </message>
    <message>
        <source>all cameras delivering</source>
        <translation>所有摄像机正常</translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationRepository</name>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>本地缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The reservation could not be kept.</source>
        <translation>预约未能保存。</translation>
    </message>
    <message>
        <source>The reservation is no longer here.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>The reservation could not be read.</source>
        <translation>无法读取该预约。</translation>
    </message>
    <message>
        <source>The decision could not be kept.</source>
        <translation>审批意见未能保存。</translation>
    </message>
    <message>
        <source>The reservations could not be read.</source>
        <translation>无法读取预约。</translation>
    </message>
    <message>
        <source>The reservation could not be removed.</source>
        <translation>预约未能删除。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationRequestDialog</name>
    <message>
        <source>Reserve a case-handling area</source>
        <translation>办案区预约申请</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>办案区：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Why, e.g. two theft suspects caught, to be questioned</source>
        <translation>借用事由，例如：抓获盗窃嫌疑人两名，需讯问</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>借用事由：</translation>
    </message>
    <message>
        <source>Suspects:</source>
        <translation>嫌疑人数量：</translation>
    </message>
    <message>
        <source>Rooms:</source>
        <translation>借用房间：</translation>
    </message>
    <message>
        <source>The station leader approves the request, then the legal head, who assigns the rooms.</source>
        <translation>申请先由所领导审批，再由法制负责人审批并分配房间。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationTimeline</name>
    <message>
        <source>Rooms not assigned</source>
        <translation>未分配房间</translation>
    </message>
</context>
<context>
    <name>Jiandu::Reservations</name>
    <message>
        <source>This workstation has no local cache to keep reservations in.</source>
        <translation>本工作站没有本地缓存，无法保存预约。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationsDialog</name>
    <message>
        <source>Reservations of the case-handling areas</source>
        <translation>场所预约统筹</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>办案区：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>借用事由</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>嫌疑人数</translation>
    </message>
    <message>
        <source>Rooms asked</source>
        <translation>申请房间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rooms assigned</source>
        <translation>分配房间</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>最近审批</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>预约申请…</translation>
    </message>
    <message>
        <source>Approve (station leader)</source>
        <translation>同意（所领导）</translation>
    </message>
    <message>
        <source>Approve and assign rooms… (legal head)</source>
        <translation>同意并分配房间…（法制负责人）</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>in use now</source>
        <translation>当前使用中</translation>
    </message>
    <message>
        <source>This workstation has no local cache: reservations cannot be kept here.</source>
        <translation>本工作站没有本地缓存，无法在此保存预约。</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>房间 %n 间</numerusform>
        </translation>
    </message>
    <message>
        <source>in use now %1 (%2 %)</source>
        <translation>当前使用 %1 间（使用率 %2%）</translation>
    </message>
    <message numerus="yes">
        <source>%n in the area</source>
        <translation>
            <numerusform>在区 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>approved %1, waiting %2</source>
        <translation>已批准 %1，待审批 %2</translation>
    </message>
    <message>
        <source>The plan of %1 is not on this workstation; its rooms cannot be assigned here.</source>
        <translation>本工作站没有「%1」的平面图，无法在此分配房间。</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>驳回预约申请</translation>
    </message>
    <message>
        <source>Why is the request rejected?</source>
        <translation>驳回理由：</translation>
    </message>
    <message>
        <source>Take the reservation back</source>
        <translation>撤销预约</translation>
    </message>
    <message>
        <source>Take back the reservation of %1 for %2?</source>
        <translation>撤销「%1」的预约（%2）？</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::Aligner</name>
    <message>
        <source>The record has no question and answer to align.</source>
        <translation>笔录中没有可对齐的问答。</translation>
    </message>
    <message>
        <source>The transcript is empty: nothing to align with.</source>
        <translation>转写为空，无法对齐。</translation>
    </message>
    <message>
        <source>%1 of %2 pairs found in the recording (overall confidence %3 %).</source>
        <translation>%2 组问答中有 %1 组在录音中找到（总体置信度 %3%）。</translation>
    </message>
    <message>
        <source>Low confidence: only %1 of %2 pairs found (overall %3 %). The transcript is probably of a different interrogation, or the record of a different recording.</source>
        <translation>置信度低：%2 组问答中仅找到 %1 组（总体 %3%）。该转写很可能属于另一次讯问，或笔录对应的是另一段录音。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::DemoInterrogation</name>
    <message>
        <source>The demo interrogation cannot be written to %1.</source>
        <translation>无法将演示讯问写入 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::DocumentText</name>
    <message>
        <source>%1 is an old Word (.doc) file. Save it as .docx, PDF or text and open that.</source>
        <translation>%1 是旧版 Word（.doc）文件。请另存为 .docx、PDF 或文本后再打开。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is a ZIP file but not a Word document (.docx) Jiandu can read.</source>
        <translation>%1 是 ZIP 文件，但不是监督系统可读取的 Word 文档（.docx）。</translation>
    </message>
    <message>
        <source>%1 is too large to read as a record (its text is over %2 MB).</source>
        <translation>%1 太大，无法作为笔录读取（正文超过 %2 MB）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its text cannot be unpacked.</source>
        <translation>%1 已损坏：无法解压其正文。</translation>
    </message>
    <message>
        <source>%1 is damaged: its text is not well-formed.</source>
        <translation>%1 已损坏：其正文格式不正确。</translation>
    </message>
    <message>
        <source>%1 is not a PDF Jiandu can read (damaged or not a PDF).</source>
        <translation>%1 不是可读取的 PDF（已损坏或并非 PDF）。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open an unprotected copy.</source>
        <translation>%1 受密码保护。请打开未加密的副本。</translation>
    </message>
    <message>
        <source>%1 is too large to read as a record.</source>
        <translation>%1 太大，无法作为笔录读取。</translation>
    </message>
    <message>
        <source>%1 holds no text (a scan?). Open the record&apos;s text or Word file, or a PDF with text.</source>
        <translation>%1 中没有文字（是扫描件吗？）。请打开笔录的文本或 Word 文件，或带文字的 PDF。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::FunAsrEngine</name>
    <message>
        <source>FunASR runtime (WebSocket)</source>
        <translation>FunASR 运行时（WebSocket）</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::FunAsrJob</name>
    <message>
        <source>The FunASR service at %1 did not answer within %2 s.</source>
        <translation>位于 %1 的 FunASR 服务在 %2 秒内没有应答。</translation>
    </message>
    <message>
        <source>The FunASR service at %1 cannot be reached or broke off: %2</source>
        <translation>无法连接位于 %1 的 FunASR 服务，或连接中断：%2</translation>
    </message>
    <message>
        <source>The FunASR service at %1 closed the connection before it answered.</source>
        <translation>位于 %1 的 FunASR 服务在应答前关闭了连接。</translation>
    </message>
    <message>
        <source>The FunASR address “%1” is not a ws:// or wss:// address.</source>
        <translation>FunASR 地址“%1”不是 ws:// 或 wss:// 地址。</translation>
    </message>
    <message>
        <source>The recording&apos;s sound cannot be read: %1</source>
        <translation>无法读取录音的声音：%1</translation>
    </message>
    <message>
        <source>Sending the sound</source>
        <translation>正在发送声音</translation>
    </message>
    <message>
        <source>The service is recognising the speech</source>
        <translation>服务正在识别语音</translation>
    </message>
    <message>
        <source>The FunASR service&apos;s answer</source>
        <translation>FunASR 服务的应答</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::MediaPanel</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>倍速</translation>
    </message>
    <message>
        <source>Playback speed; voices keep their pitch</source>
        <translation>播放速度；语音音调保持不变</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Sound only</source>
        <translation>仅有声音</translation>
    </message>
    <message>
        <source>No recording was added to this interrogation.</source>
        <translation>该讯问未添加录像。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::NewReviewDialog</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>New interrogation review</source>
        <translation>新建审讯审查</translation>
    </message>
    <message>
        <source>e.g. 王五 第1次询问 (from the record when left empty)</source>
        <translation>例如：王五 第1次询问（留空则取自笔录）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>案件编号, to take the case&apos;s files from the cache</source>
        <translation>案件编号，从本地缓存中取该案件的文件</translation>
    </message>
    <message>
        <source>Take the case&apos;s files</source>
        <translation>取该案件的文件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>同录视频</translation>
    </message>
    <message>
        <source>Recordings of the interrogation</source>
        <translation>讯问的同录视频</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.avi *.mov *.ts *.wav *.mp3 *.ogg *.m4a);;All files (*)</source>
        <translation>录像录音 (*.mp4 *.mkv *.avi *.mov *.ts *.wav *.mp3 *.ogg *.m4a);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The written record</source>
        <translation>电子笔录</translation>
    </message>
    <message>
        <source>Written records (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>电子笔录 (*.txt *.docx *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Written record</source>
        <translation>电子笔录</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>转写</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json);;All files (*)</source>
        <translation>转写 (*.vtt *.srt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::OpenAiAsrEngine</name>
    <message>
        <source>OpenAI-compatible service (faster-whisper, whisper.cpp, FunASR …)</source>
        <translation>OpenAI 兼容服务（faster-whisper、whisper.cpp、FunASR 等）</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::OpenAiAsrJob</name>
    <message>
        <source>The speech recognition address “%1” is not an http(s) address.</source>
        <translation>语音识别地址“%1”不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>The recording&apos;s sound cannot be read: %1</source>
        <translation>无法读取录音的声音：%1</translation>
    </message>
    <message>
        <source>Sending the sound</source>
        <translation>正在发送声音</translation>
    </message>
    <message>
        <source>The service is recognising the speech</source>
        <translation>服务正在识别语音</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The speech recognition service at %1 did not answer within %2 s.</source>
        <translation>位于 %1 的语音识别服务在 %2 秒内没有应答。</translation>
    </message>
    <message>
        <source>The speech recognition service at %1 cannot be reached. Is it running, and is the address right?</source>
        <translation>无法连接位于 %1 的语音识别服务。服务是否在运行？地址是否正确？</translation>
    </message>
    <message>
        <source>The speech recognition service refused the sound (HTTP %1): %2</source>
        <translation>语音识别服务拒绝了该声音（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The service answered with text but no times; Jiandu needs response_format=verbose_json, which this service does not offer.</source>
        <translation>服务只返回了文字，没有时间；需要 response_format=verbose_json，而该服务不支持。</translation>
    </message>
    <message>
        <source>The service&apos;s answer</source>
        <translation>服务的应答</translation>
    </message>
    <message>
        <source>The speech recognition service at %1 answered with more than %2 MB: that is not a transcript.</source>
        <translation>位于 %1 的语音识别服务返回了超过 %2 MB 的内容：这不是转写结果。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::PairClipExport</name>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation>无法写入 %1（磁盘已满？）。</translation>
    </message>
    <message>
        <source>The stretch to export is empty.</source>
        <translation>要导出的片段为空。</translation>
    </message>
    <message>
        <source>The recording holds neither picture nor sound.</source>
        <translation>该录像既没有画面也没有声音。</translation>
    </message>
    <message>
        <source>The recording %1 is not there.</source>
        <translation>录像 %1 不存在。</translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation>媒体引擎（GStreamer）不可用。</translation>
    </message>
    <message>
        <source>The clip cannot be set up.</source>
        <translation>无法建立片段导出。</translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation>无法读取录像 %1。</translation>
    </message>
    <message>
        <source>The recording cannot be cut at %1 ms.</source>
        <translation>无法在 %1 毫秒处截取录像。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The clip could not be made (is the disk full?).</source>
        <translation>无法生成片段（磁盘已满？）。</translation>
    </message>
    <message>
        <source>The clip could not be made: the media engine stopped.</source>
        <translation>无法生成片段：媒体引擎已停止。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::PairsModel</name>
    <message>
        <source>Not found in the recording: written down, but nothing like it was heard. Check it against the recording, or place it by hand (drag it onto the transcript).</source>
        <translation>录音中未找到：笔录中有记载，但录音中没有相应内容。请对照录像核查，或手动定位（拖到转写上）。</translation>
    </message>
    <message>
        <source>Q: %1
A: %2</source>
        <translation>问：%1
答：%2</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>未对齐</translation>
    </message>
    <message>
        <source>found %1 %</source>
        <translation>已找到 %1%</translation>
    </message>
    <message>
        <source>placed by hand</source>
        <translation>人工定位</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Question and answer (written record)</source>
        <translation>问答（电子笔录）</translation>
    </message>
    <message>
        <source>In the recording</source>
        <translation>录音中</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::RecordChecks</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>问话地点不能为空: the record does not say where the questioning took place (地点).</source>
        <translation>问话地点不能为空：笔录未写明询问地点。</translation>
    </message>
    <message>
        <source>笔录开始时间和结束时间不能为空: the record&apos;s %1 is missing.</source>
        <translation>笔录开始时间和结束时间不能为空：笔录缺少%1。</translation>
    </message>
    <message>
        <source>start and end</source>
        <translation>开始和结束时间</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>笔录制作时间不能少于五分钟或超过八小时: %1 to %2 is %3.</source>
        <translation>笔录制作时间不能少于五分钟或超过八小时：%1 至 %2，共 %3。</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>为负</translation>
    </message>
    <message>
        <source>笔录问答格式错误: %1</source>
        <translation>笔录问答格式错误：%1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform>（另有 %n 处）</numerusform>
        </translation>
    </message>
    <message>
        <source>询问未成年人，应通知其父母或其它监护人到场: %1 is %2 and no guardian (法定代理人/监护人) is recorded.</source>
        <translation>询问未成年人，应通知其父母或其它监护人到场：%1 年龄 %2 岁，笔录未记载法定代理人/监护人。</translation>
    </message>
    <message>
        <source>the person questioned</source>
        <translation>被询问人</translation>
    </message>
    <message>
        <source>到案时间和离开时间不能为空: the record says %1 but not when the person %2.</source>
        <translation>到案时间和离开时间不能为空：笔录写明%1，但未写明%2时间。</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>传唤持续时间不得超过%1小时: from %2 to %3 is %4.</source>
        <translation>传唤持续时间不得超过%1小时：%2 至 %3，共 %4。</translation>
    </message>
    <message>
        <source>询问笔录询问时间应当在传唤证的时间之内: questioned %1 to %2, the summons runs %3 to %4.</source>
        <translation>询问笔录询问时间应当在传唤证的时间之内：询问时间 %1 至 %2，传唤时间 %3 至 %4。</translation>
    </message>
    <message>
        <source>The record says %1 to %2 but its recording runs %3 to %4: %5 of the questioning is not recorded.</source>
        <translation>笔录记载 %1 至 %2，但同步录音录像为 %3 至 %4：有 %5 的询问未录制。</translation>
    </message>
    <message>
        <source>笔录交叉签名: %1 is also named in %2 (%3 to %4), at the same time.</source>
        <translation>笔录交叉签名：%1 同一时间还出现在笔录 %2（%3 至 %4）中。</translation>
    </message>
    <message>
        <source>answer %1 = answer %2</source>
        <translation>第 %1 答 = 第 %2 答</translation>
    </message>
    <message>
        <source>复制笔录: the same answers as in %1 (%2), a record of another person: %3.</source>
        <translation>复制笔录：与另一人员的笔录 %1（%2）回答相同：%3。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewLibrary</name>
    <message>
        <source>Add at least a recording or the written record.</source>
        <translation>请至少添加一个录像或电子笔录。</translation>
    </message>
    <message>
        <source>There is no case %1 in this workstation&apos;s cache.</source>
        <translation>本工作站缓存中没有案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 has no recording or document in the cache.</source>
        <translation>缓存中案件 %1 没有录像或文书。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewModule</name>
    <message>
        <source>Interrogation review</source>
        <translation>笔录与审讯音视频联动</translation>
    </message>
    <message>
        <source>Interrogation review keeps its work in the encrypted cache, which this workstation runs without.</source>
        <translation>审讯审查的工作保存在加密缓存中，而本工作站未启用缓存。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewPage</name>
    <message>
        <source>New review…</source>
        <translation>新建审查…</translation>
    </message>
    <message>
        <source>Choose an interrogation on the left, or add one with its recordings, written record and transcript.</source>
        <translation>请在左侧选择一个讯问，或添加讯问的同录视频、电子笔录和转写。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Preparing the demo interrogation…</source>
        <translation>正在准备演示讯问…</translation>
    </message>
    <message>
        <source>The demo interrogation could not be made: %1</source>
        <translation>无法生成演示讯问：%1</translation>
    </message>
    <message>
        <source>王小五 第1次询问 (demo)</source>
        <translation>王小五 第1次询问（演示）</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewRepository</name>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The interrogation could not be kept.</source>
        <translation>无法保存该讯问。</translation>
    </message>
    <message>
        <source>The interrogations could not be read.</source>
        <translation>无法读取讯问列表。</translation>
    </message>
    <message>
        <source>The interrogation could not be read.</source>
        <translation>无法读取该讯问。</translation>
    </message>
    <message>
        <source>The versions could not be read.</source>
        <translation>无法读取版本。</translation>
    </message>
    <message>
        <source>The bookmark could not be kept.</source>
        <translation>无法保存书签。</translation>
    </message>
    <message>
        <source>The bookmark could not be removed.</source>
        <translation>无法删除书签。</translation>
    </message>
    <message>
        <source>The bookmarks could not be read.</source>
        <translation>无法读取书签。</translation>
    </message>
    <message>
        <source>What was done could not be written to the review trail.</source>
        <translation>无法将操作写入审查记录。</translation>
    </message>
    <message>
        <source>The review trail could not be read.</source>
        <translation>无法读取审查记录。</translation>
    </message>
    <message>
        <source>The alignment could not be kept.</source>
        <translation>无法保存对齐结果。</translation>
    </message>
    <message>
        <source>The transcript could not be kept.</source>
        <translation>无法保存转写。</translation>
    </message>
    <message>
        <source>The alignments could not be read.</source>
        <translation>无法读取对齐结果。</translation>
    </message>
    <message>
        <source>The transcripts could not be read.</source>
        <translation>无法读取转写。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewSession</name>
    <message>
        <source>No written record was added.</source>
        <translation>未添加电子笔录。</translation>
    </message>
    <message>
        <source>The interrogation is no longer in the cache.</source>
        <translation>该讯问已不在缓存中。</translation>
    </message>
    <message>
        <source>%1 is missing: %2</source>
        <translation>%1 缺失：%2</translation>
    </message>
    <message>
        <source>%1 has changed since it was added (its SHA-256 differs): what is shown is not the original.</source>
        <translation>%1 在添加后已被改动（SHA-256 不一致）：显示的不是原件。</translation>
    </message>
    <message>
        <source>Kept versions were edited outside Jiandu: %1.</source>
        <translation>已保存的版本在系统之外被修改：%1。</translation>
    </message>
    <message>
        <source>Transcript version %1</source>
        <translation>转写版本 %1</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>自动对齐</translation>
    </message>
    <message>
        <source>Interrogation review</source>
        <translation>笔录与审讯音视频联动</translation>
    </message>
    <message>
        <source>Aligning the record with the transcript</source>
        <translation>正在将笔录与转写对齐</translation>
    </message>
    <message>
        <source>pair %1 placed by hand on segments %2–%3</source>
        <translation>第 %1 问人工定位到转写第 %2–%3 段</translation>
    </message>
    <message>
        <source>Reading the transcript</source>
        <translation>正在读取转写</translation>
    </message>
    <message>
        <source>recognised by %1 at %2</source>
        <translation>由 %2 的 %1 识别</translation>
    </message>
    <message>
        <source>None of the chosen pairs was found in the recording: there is nothing to export.</source>
        <translation>所选问答都未在录音中找到：没有可导出的内容。</translation>
    </message>
    <message>
        <source>Exporting the clip</source>
        <translation>正在导出片段</translation>
    </message>
    <message>
        <source>pairs %1 to %2 (SHA-256 %3)</source>
        <translation>问答 %1 导出到 %2（SHA-256 %3）</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewTimeline</name>
    <message>
        <source>Where each pair was said; red: said but not written down. Click to play from there.</source>
        <translation>各问答在录音中的位置；红色：说了但未记入笔录。点击从该处播放。</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>第 %1 问</translation>
    </message>
    <message>
        <source>said but not written: %1</source>
        <translation>说了未记录：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewView</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Align again</source>
        <translation>重新对齐</translation>
    </message>
    <message>
        <source>Align the record with the transcript again</source>
        <translation>重新将笔录与转写对齐</translation>
    </message>
    <message>
        <source>Open transcript…</source>
        <translation>打开转写…</translation>
    </message>
    <message>
        <source>Read a transcript (WebVTT, SRT, whisper.cpp, FunASR or JSON) as a new version</source>
        <translation>读取转写文件（WebVTT、SRT、whisper.cpp、FunASR 或 JSON）作为新版本</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>语音转写</translation>
    </message>
    <message>
        <source>Have the speech recognition service transcribe the recording</source>
        <translation>由语音识别服务转写录音</translation>
    </message>
    <message>
        <source>Place pair</source>
        <translation>定位问答</translation>
    </message>
    <message>
        <source>Place the selected pair on the selected transcript segments (or drag the pair onto the transcript)</source>
        <translation>将选中的问答定位到选中的转写段（或把问答拖到转写上）</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Mark this moment with a note (B)</source>
        <translation>在此时刻加注书签（B）</translation>
    </message>
    <message>
        <source>Search the record, transcript and notes</source>
        <translation>搜索笔录、转写和备注</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>The next match (Enter)</source>
        <translation>下一个匹配（回车）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>从 %1 起</translation>
    </message>
    <message>
        <source>This interrogation cannot be opened: %1</source>
        <translation>无法打开该讯问：%1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Written record: %1</source>
        <translation>电子笔录：%1</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>转写：%1</translation>
    </message>
    <message>
        <source>No question and answer could be read from the written record.</source>
        <translation>未能从电子笔录中读出问答。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in the record. No transcript yet: open one or transcribe the recording.</source>
        <translation>
            <numerusform>笔录中有 %n 组问答。尚无转写：请打开转写文件或转写录音。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) said but not written down.</source>
        <translation>
            <numerusform>%n 处说了但未记入笔录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Pair %1 is written in the record but was not found in the recording.</source>
        <translation>第 %1 问记入了笔录，但录音中未找到。</translation>
    </message>
    <message>
        <source>%1–%2 said but not written down: %3</source>
        <translation>%1–%2 说了但未记入笔录：%3</translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>发现的问题（%1）</translation>
    </message>
    <message>
        <source>Double-click to play from here; Delete to remove.</source>
        <translation>双击从此处播放；按 Delete 删除。</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>转写</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Original %1 · %2 bytes · SHA-256 %3…</source>
        <translation>原件 %1 · %2 字节 · SHA-256 %3…</translation>
    </message>
    <message>
        <source>record %1 · transcript %2 · notes %3</source>
        <translation>笔录 %1 · 转写 %2 · 备注 %3</translation>
    </message>
    <message>
        <source>Place a pair</source>
        <translation>定位问答</translation>
    </message>
    <message>
        <source>Select a pair of the record and the transcript segments where it was said, or drag the pair onto the transcript.</source>
        <translation>请选中笔录中的一组问答和录音中说这段话的转写段，或把问答拖到转写上。</translation>
    </message>
    <message>
        <source>A note for %1:</source>
        <translation>%1 的备注：</translation>
    </message>
    <message>
        <source>Open a transcript</source>
        <translation>打开转写</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json *.txt);;All files (*)</source>
        <translation>转写 (*.vtt *.srt *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No speech recognition service is set. Set its engine and address under Settings (review/asrEngine: openai or funasr; review/asrEndpoint).</source>
        <translation>未设置语音识别服务。请在设置中设置引擎和地址（review/asrEngine：openai 或 funasr；review/asrEndpoint）。</translation>
    </message>
    <message>
        <source>Interrogation review</source>
        <translation>笔录与审讯音视频联动</translation>
    </message>
    <message>
        <source>Export clip…</source>
        <translation>导出片段…</translation>
    </message>
    <message>
        <source>Export the stretch of the selected pairs with its subtitles and manifest</source>
        <translation>导出所选问答对应的录像片段，附字幕和清单</translation>
    </message>
    <message>
        <source>%1 said in answer to pair %2 but left out of the record: %3</source>
        <translation>%1 回答第 %2 问时所说、未记入笔录：%3</translation>
    </message>
    <message>
        <source>Export a clip</source>
        <translation>导出片段</translation>
    </message>
    <message>
        <source>Select the pairs to export (Ctrl or Shift for several).</source>
        <translation>请选择要导出的问答（按住 Ctrl 或 Shift 可多选）。</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>第%1问</translation>
    </message>
    <message>
        <source>pairs %1-%2</source>
        <translation>第%1-%2问</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Burn what was said into the picture? The subtitles are written beside the clip (.srt) either way.</source>
        <translation>是否将所说内容烧录进画面？无论是否烧录，字幕都会另存为 .srt 文件放在片段旁。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::TextDecoding</name>
    <message>
        <source>The file holds binary data, not text. Open the record&apos;s text, Word (.docx) or PDF file.</source>
        <translation>该文件是二进制数据，不是文本。请打开笔录的文本、Word（.docx）或 PDF 文件。</translation>
    </message>
    <message>
        <source>The text is in no encoding Jiandu reads (UTF-8, UTF-16, GB18030/GBK). Save it again as UTF-8 and retry.</source>
        <translation>该文本的编码无法识别（支持 UTF-8、UTF-16、GB18030/GBK）。请另存为 UTF-8 后重试。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::Transcript</name>
    <message>
        <source>No timed cue (00:00:01,000 --&gt; 00:00:02,000) could be read.</source>
        <translation>未能读取任何带时间的字幕条（00:00:01,000 --&gt; 00:00:02,000）。</translation>
    </message>
    <message>
        <source>The JSON holds no timed segments (start, end, text).</source>
        <translation>该 JSON 中没有带时间的分段（start、end、text）。</translation>
    </message>
    <message>
        <source>The FunASR result holds no timed text.</source>
        <translation>该 FunASR 结果中没有带时间的文字。</translation>
    </message>
    <message>
        <source>The JSON is not a transcript Jiandu knows (WebVTT, SRT, whisper.cpp, FunASR or a list of timed segments).</source>
        <translation>该 JSON 不是可识别的转写格式（WebVTT、SRT、whisper.cpp、FunASR 或带时间的分段列表）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no transcript in it.</source>
        <translation>%1 为空，其中没有转写。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 不是有效的 JSON：第 %3 个字符处%2。</translation>
    </message>
    <message>
        <source>%1 is not a transcript Jiandu knows: WebVTT, SRT, whisper.cpp JSON, FunASR JSON or a JSON list of timed segments.</source>
        <translation>%1 不是可识别的转写：支持 WebVTT、SRT、whisper.cpp JSON、FunASR JSON 或带时间分段的 JSON 列表。</translation>
    </message>
    <message>
        <source>%1 holds no spoken text.</source>
        <translation>%1 中没有语音文字。</translation>
    </message>
    <message>
        <source>Segments were out of time order; they are shown sorted by their start.</source>
        <translation>分段时间顺序错乱，已按开始时间排序显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) ended before they began; their times were swapped.</source>
        <translation>
            <numerusform>%n 个分段的结束早于开始，已交换其时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) with negative times were left out.</source>
        <translation>
            <numerusform>已略去 %n 个时间为负的分段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) end after the recording does (%1); the transcript may be of another recording or its times offset.</source>
        <translation>
            <numerusform>%n 个分段的结束晚于录音结束（%1），该转写可能属于另一段录音，或时间有偏移。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::TranscriptModel</name>
    <message>
        <source>Said but not written down: no pair of the record covers this passage.</source>
        <translation>说了但未记入笔录：笔录中没有问答对应这段话。</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>What was said (transcript)</source>
        <translation>所说内容（转写）</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Said here but left out of pair %1&apos;s written answer: %2</source>
        <translation>此处所说内容未记入第 %1 问的笔录回答：%2</translation>
    </message>
    <message>
        <source>%1, part not written</source>
        <translation>%1，部分未记录</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::Transcription</name>
    <message>
        <source>No room for the recording&apos;s sound in the temporary folder: %1</source>
        <translation>临时文件夹中没有空间存放录音的声音：%1</translation>
    </message>
    <message>
        <source>Taking the sound</source>
        <translation>正在提取声音</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::WrittenRecord</name>
    <message>
        <source>Question %1 (line %2) is empty.</source>
        <translation>第 %1 问（第 %2 行）为空。</translation>
    </message>
    <message>
        <source>Question %1 (line %2) has no answer (答：).</source>
        <translation>第 %1 问（第 %2 行）没有回答（答：）。</translation>
    </message>
    <message>
        <source>The answer to question %1 (line %2) is empty.</source>
        <translation>第 %1 问的回答（第 %2 行）为空。</translation>
    </message>
    <message>
        <source>Line %1 is an answer (答：) with no question before it.</source>
        <translation>第 %1 行是回答（答：），但前面没有提问。</translation>
    </message>
    <message>
        <source>No question and answer (问：/答：) was found. Is this a written record, and is its text readable?</source>
        <translation>未找到问答（问：/答：）。这是笔录吗？其文字是否可读？</translation>
    </message>
    <message>
        <source>The record does not say where it was made (地点).</source>
        <translation>笔录未写明地点。</translation>
    </message>
    <message>
        <source>The record does not say when it began (时间).</source>
        <translation>笔录未写明开始时间。</translation>
    </message>
    <message>
        <source>The record does not say when it ended (时间 … 至 …).</source>
        <translation>笔录未写明结束时间（时间……至……）。</translation>
    </message>
    <message>
        <source>The record ends (%1) before it begins (%2).</source>
        <translation>笔录的结束时间（%1）早于开始时间（%2）。</translation>
    </message>
    <message>
        <source>The record does not name the person questioned (被询问人/被讯问人).</source>
        <translation>笔录未写明被询问人/被讯问人。</translation>
    </message>
    <message>
        <source>The record does not name the officers who questioned (询问人/讯问人).</source>
        <translation>笔录未写明询问人/讯问人。</translation>
    </message>
</context>
<context>
    <name>Jiandu::RoomAssignmentDialog</name>
    <message>
        <source>Assign the rooms</source>
        <translation>分配房间</translation>
    </message>
    <message>
        <source>Approve and assign</source>
        <translation>同意并分配</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>%1 asks for %2 in %3, %4: %5</source>
        <translation>%1 申请%3的 %2，%4：%5</translation>
    </message>
    <message>
        <source>held by %1, %2</source>
        <translation>已分配给 %1，%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleCatalogue</name>
    <message>
        <source>Use true or false.</source>
        <translation>请填 true 或 false。</translation>
    </message>
    <message>
        <source>A score is 0 to 100.</source>
        <translation>分值为 0 到 100。</translation>
    </message>
    <message>
        <source>“%1” is not a length of time; write e.g. 3d, 24h, 30min, 2mo or 1y.</source>
        <translation>“%1”不是时长；请写成 3d、24h、30min、2mo 或 1y 等。</translation>
    </message>
    <message>
        <source>This rule fires at once; it has no deadline to change.</source>
        <translation>该规则即时触发，没有可修改的期限。</translation>
    </message>
    <message>
        <source>This rule gives no advance warning; it has no lead time to change.</source>
        <translation>该规则没有提前预警，没有可修改的提前量。</translation>
    </message>
    <message>
        <source>The warning must come before the deadline (lead shorter than deadline).</source>
        <translation>预警必须早于期限（提前量应短于期限）。</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a rule.</source>
        <translation>“%1”不是规则的设置项。</translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleSet</name>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>未知字段“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>“%1”必须是非空文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a length of time like &quot;3d&quot;, &quot;24h&quot;, &quot;30min&quot;, &quot;2mo&quot; or &quot;1y&quot;</source>
        <translation>“%1”必须是时长，如 &quot;3d&quot;、&quot;24h&quot;、&quot;30min&quot;、&quot;2mo&quot; 或 &quot;1y&quot;</translation>
    </message>
    <message>
        <source>expected {&quot;field&quot;: &quot;value&quot; or [&quot;values&quot;], …}</source>
        <translation>应为 {&quot;字段&quot;: &quot;值&quot; 或 [&quot;值&quot;], …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value or a list of values</source>
        <translation>“%1”需要一个值或值列表</translation>
    </message>
    <message>
        <source>expected {&quot;event&quot;: &quot;…&quot;, &quot;where&quot;: {…}}</source>
        <translation>应为 {&quot;event&quot;: &quot;…&quot;, &quot;where&quot;: {…}}</translation>
    </message>
    <message>
        <source>an id is lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, e.g. &quot;person.detention.overdue&quot;</source>
        <translation>编号只能由小写字母、数字、“.”和“-”组成，例如 &quot;person.detention.overdue&quot;</translation>
    </message>
    <message>
        <source>&quot;element&quot; is one of %1</source>
        <translation>“element”须为以下之一：%1</translation>
    </message>
    <message>
        <source>&quot;tier&quot; is guidance (事前指引), warning (事中预警) or alarm (事后报警)</source>
        <translation>“tier”须为 guidance（事前指引）、warning（事中预警）或 alarm（事后报警）</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; is true or false</source>
        <translation>“enabled”须为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;score&quot; is a whole number 0–100</source>
        <translation>“score”须为 0–100 的整数</translation>
    </message>
    <message>
        <source>&quot;colour&quot; is one of %1</source>
        <translation>“colour”须为以下之一：%1</translation>
    </message>
    <message>
        <source>&quot;start&quot; is missing: the event that starts the rule</source>
        <translation>缺少“start”：启动该规则的事件</translation>
    </message>
    <message>
        <source>&quot;lead&quot; needs a &quot;deadline&quot;</source>
        <translation>“lead”需要同时设置“deadline”</translation>
    </message>
    <message>
        <source>&quot;stop&quot; is a list of events</source>
        <translation>“stop”须为事件列表</translation>
    </message>
    <message>
        <source>a rule file is a JSON object {&quot;format&quot;: …, &quot;rules&quot;: […]}</source>
        <translation>规则文件须为 JSON 对象 {&quot;format&quot;: …, &quot;rules&quot;: […]}</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;jiandu-rules/1&quot;</source>
        <translation>“format”须为 &quot;jiandu-rules/1&quot;</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list</source>
        <translation>“rules”须为列表</translation>
    </message>
    <message>
        <source>a rule is an object {…}</source>
        <translation>每条规则须为对象 {…}</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>编号“%1”重复使用</translation>
    </message>
    <message>
        <source>a rate rule has no &quot;%1&quot;: it is judged at the end of each period</source>
        <translation>比率规则没有 &quot;%1&quot;：它在每个统计周期结束时判定</translation>
    </message>
    <message>
        <source>&quot;count&quot; is a whole number 2–1000</source>
        <translation>&quot;count&quot; 是 2–1000 的整数</translation>
    </message>
    <message>
        <source>&quot;within&quot; is missing: the time the repeats fall in</source>
        <translation>缺少 &quot;within&quot;：重复发生的时间范围</translation>
    </message>
    <message>
        <source>a repeat rule is raised at once; it has no deadline</source>
        <translation>重复规则即时触发，没有期限</translation>
    </message>
    <message>
        <source>&quot;lead&quot; must be shorter than &quot;deadline&quot;: the warning comes that long before the deadline</source>
        <translation>&quot;lead&quot; 必须短于 &quot;deadline&quot;：预警在期限之前这么长时间发出</translation>
    </message>
    <message>
        <source>The rule file cannot be used: %1</source>
        <translation>规则文件无法使用：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleSettingsPage</name>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Warning lead</source>
        <translation>提前预警</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Supervision point</source>
        <translation>监督点位</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Double-click a score, deadline or lead time to change it; click the box to switch a rule on or off. Every change asks for a reason and is kept below.</source>
        <translation>双击分值、期限或提前量进行修改；点击复选框启用或停用规则。每次修改都需填写理由，并记录在下方。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Changed here; the catalogue says %1</source>
        <translation>已在本地修改；规则目录为 %1</translation>
    </message>
    <message>
        <source>catalogue value</source>
        <translation>目录默认值</translation>
    </message>
    <message>
        <source>Switch the rule off</source>
        <translation>停用规则</translation>
    </message>
    <message>
        <source>Switch the rule on</source>
        <translation>启用规则</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Why (kept with the change)</source>
        <translation>修改理由（随修改记录保存）</translation>
    </message>
    <message>
        <source>Search: name, element, stage or rule id…</source>
        <translation>搜索：名称、要素、环节或规则编号…</translation>
    </message>
    <message>
        <source>Search the rules</source>
        <translation>搜索规则</translation>
    </message>
    <message>
        <source>Rules not changed</source>
        <translation>规则未修改</translation>
    </message>
    <message>
        <source>%1 (%2)
A length of time: 30min, 24h, 3d, 6mo or 1y; empty for the catalogue&apos;s value.</source>
        <translation>%1（%2）
时长：30min、24h、3d、6mo 或 1y；留空则恢复目录默认值。</translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleSettingsRepository</name>
    <message>
        <source>The rule settings could not be read.</source>
        <translation>规则设置无法读取。</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a rule.</source>
        <translation>“%1”不是规则的设置项。</translation>
    </message>
    <message>
        <source>Say why the rule is changed; the change is recorded with the reason.</source>
        <translation>请说明修改理由；修改将连同理由一并记录。</translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation>缓存正忙，请重试。</translation>
    </message>
    <message>
        <source>The rule setting could not be saved.</source>
        <translation>规则设置无法保存。</translation>
    </message>
    <message>
        <source>The rule settings&apos; history could not be read.</source>
        <translation>规则修改记录无法读取。</translation>
    </message>
    <message>
        <source>The central service sent a rule setting without its rule.</source>
        <translation>中心服务发来的规则设置缺少规则编号。</translation>
    </message>
    <message>
        <source>A rule setting from the central service could not be stored.</source>
        <translation>无法存储来自中心服务的规则设置。</translation>
    </message>
    <message>
        <source>The central service sent a rule change without its id.</source>
        <translation>中心服务发来的规则修改记录缺少编号。</translation>
    </message>
    <message>
        <source>A rule change from the central service could not be stored.</source>
        <translation>无法存储来自中心服务的规则修改记录。</translation>
    </message>
    <message>
        <source>A rule change the central service did not accept could not be removed.</source>
        <translation>无法移除中心服务未接受的规则修改记录。</translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleWorker</name>
    <message>
        <source>Supervision alerts are not running</source>
        <translation>监督预警未运行</translation>
    </message>
    <message>
        <source>Rule engine state not understood</source>
        <translation>无法识别规则引擎状态</translation>
    </message>
    <message>
        <source>The saved deadlines could not be read; they start again from the next events.</source>
        <translation>已保存的期限无法读取；将从后续事件重新计时。</translation>
    </message>
    <message>
        <source>The alerts could not be read</source>
        <translation>预警无法读取</translation>
    </message>
    <message>
        <source>Alerts not stored</source>
        <translation>预警未保存</translation>
    </message>
    <message>
        <source>Events from the future refused</source>
        <translation>拒绝了时间在未来的事件</translation>
    </message>
    <message>
        <source>%1: %2 events are dated later than now and were not applied; check the clock of the system that sent them.</source>
        <translation>%1：%2 个事件的时间晚于当前时间，未予处理；请检查发送系统的时钟。</translation>
    </message>
    <message>
        <source>Jiandu</source>
        <translation>监督</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Event lines refused</source>
        <translation>事件行被拒绝</translation>
    </message>
    <message>
        <source>The cache could not be written: %1. The alerts are kept in memory and no further event files are read until they are stored; Jiandu tries again every second.</source>
        <translation>无法写入本地缓存：%1。预警暂存于内存，在保存成功之前不再读取新的事件文件；监督系统每秒重试一次。</translation>
    </message>
    <message>
        <source>Alerts stored again</source>
        <translation>预警已重新保存</translation>
    </message>
    <message>
        <source>The cache can be written again; the alerts kept in memory are stored.</source>
        <translation>本地缓存已可写入；暂存于内存的预警已保存。</translation>
    </message>
    <message>
        <source>Event file too large</source>
        <translation>事件文件过大</translation>
    </message>
    <message>
        <source>%1 holds %2 MB; event files of up to %3 MB are read. Split it into smaller files.</source>
        <translation>%1 大小为 %2 MB；事件文件最多读取 %3 MB。请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1: %2 lines are not events and were skipped (first: %3). The list is kept beside the file in processed/.</source>
        <translation>%1：%2 行不是事件，已跳过（第一处：%3）。清单保存在 processed/ 中该文件旁。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Event file not moved</source>
        <translation>事件文件未移走</translation>
    </message>
    <message>
        <source>The events of %1 are applied and stored, but the file cannot be moved to processed/ (%2). It is not read again; move it away by hand.</source>
        <translation>%1 中的事件已应用并保存，但该文件无法移入 processed/（%2）。它不会被再次读取；请手动将其移走。</translation>
    </message>
    <message>
        <source>The rule engine&apos;s saved deadlines cannot be read (%1); they are kept as they are. Restart Jiandu; if it persists, check the cache.</source>
        <translation>无法读取规则引擎保存的期限（%1）；这些期限保持原样。请重启监督客户端；若仍出现，请检查本地缓存。</translation>
    </message>
    <message>
        <source>Event folder unusable</source>
        <translation>事件文件夹不可用</translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read: no events reach the supervision alerts. Check the folder and its permissions.</source>
        <translation>%1 不存在或无法读取：没有事件能进入监督预警。请检查该文件夹及其权限。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Schema</name>
    <message>
        <source>The cache&apos;s schema version cannot be read.</source>
        <translation>无法读取缓存的架构版本。</translation>
    </message>
    <message>
        <source>The cache cannot be upgraded: it is locked or read-only.</source>
        <translation>无法升级缓存：缓存被锁定或为只读。</translation>
    </message>
    <message>
        <source>This cache was written by a newer Jiandu (layout %1; this version understands up to %2). Update Jiandu on this computer.</source>
        <translation>此缓存由更新版本的监督写入（布局 %1；本版本最高支持 %2）。请在本机升级监督。</translation>
    </message>
    <message>
        <source>The cache could not be upgraded (%1, step %2); it is unchanged.</source>
        <translation>缓存无法升级（%1，第 %2 步）；缓存未改动。</translation>
    </message>
    <message>
        <source>The cache could not be upgraded; it is unchanged.</source>
        <translation>缓存无法升级；缓存未改动。</translation>
    </message>
    <message>
        <source>The module %1 brings a broken list of cache migrations; it cannot start. Reinstall Jiandu.</source>
        <translation>模块 %1 的缓存迁移列表有误，无法启动。请重新安装监督。</translation>
    </message>
    <message>
        <source>The cache holds %1 data written by a newer Jiandu (version %2; this one understands up to %3). Update Jiandu on this computer.</source>
        <translation>缓存中的 %1 数据由更新版本的监督写入（版本 %2；本版本最高支持 %3）。请在本机升级监督。</translation>
    </message>
    <message>
        <source>This cache was written by an older Jiandu; open it once with this version (not read-only) to upgrade it.</source>
        <translation>此缓存由旧版本的监督写入；请用本版本以可写方式打开一次以完成升级。</translation>
    </message>
    <message>
        <source>The cache&apos;s tables are not the ones this Jiandu writes (storage %1, expected %2).</source>
        <translation>缓存的数据表与本版本监督写入的不一致（storage %1，应为 %2）。</translation>
    </message>
</context>
<context>
    <name>Jiandu::ScreenLock</name>
    <message>
        <source>Jiandu is locked</source>
        <translation>监督客户端已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter the password to go on; the work behind this screen is kept as it was.</source>
        <translation>当前登录：%1。请输入密码继续；锁定期间的工作内容保持不变。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>请 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::SealedFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file cannot be encrypted.</source>
        <translation>文件无法加密。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed or is incomplete: it cannot be decrypted.</source>
        <translation>%1 已被改动或不完整，无法解密。</translation>
    </message>
</context>
<context>
    <name>Jiandu::SealedPhotos</name>
    <message>
        <source>The photos cannot be kept in %1.</source>
        <translation>照片无法保存到 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read; choose another photo.</source>
        <translation>无法读取 %1，请选择其他照片。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; choose a smaller photo.</source>
        <translation>%1 超过 20 MB，请选择较小的照片。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or BMP picture.</source>
        <translation>%1 不是 JPEG、PNG 或 BMP 图片。</translation>
    </message>
    <message>
        <source>%1 is not a picture of at most 50 megapixels.</source>
        <translation>%1 不是 5000 万像素以内的图片。</translation>
    </message>
    <message>
        <source>%1 could not be kept: %2</source>
        <translation>%1 未能保存：%2</translation>
    </message>
    <message>
        <source>%1 changed while it was kept; add it again.</source>
        <translation>%1 在保存过程中被改动，请重新添加。</translation>
    </message>
</context>
<context>
    <name>Jiandu::SegmentRepository</name>
    <message>
        <source>The recording index could not be updated.</source>
        <translation>无法更新录像索引。</translation>
    </message>
    <message>
        <source>The recording index cannot be read.</source>
        <translation>无法读取录像索引。</translation>
    </message>
</context>
<context>
    <name>Jiandu::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
</context>
<context>
    <name>Jiandu::SettingsStore</name>
    <message>
        <source>the path is a directory</source>
        <translation>该路径是一个目录</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <source>the file is damaged (not a text configuration file)</source>
        <translation>文件已损坏（不是文本配置文件）</translation>
    </message>
    <message>
        <source>the file is damaged (format error)</source>
        <translation>文件已损坏（格式错误）</translation>
    </message>
    <message>
        <source>Configuration file %1 could not be used: %2. Default settings are in effect and will not be saved there.</source>
        <translation>配置文件 %1 无法使用：%2。当前使用默认设置，且不会保存到该文件。</translation>
    </message>
    <message>
        <source>Configuration file %1 could not be used: %2. Default settings are in effect; the damaged file was kept as %3.</source>
        <translation>配置文件 %1 无法使用：%2。当前使用默认设置；损坏的文件已另存为 %3。</translation>
    </message>
    <message>
        <source>the path is not a regular file (a device or a pipe)</source>
        <translation>该路径不是普通文件（而是设备或管道）</translation>
    </message>
    <message>
        <source>the file is too large for a configuration file (%1 bytes)</source>
        <translation>文件过大，不是配置文件（%1 字节）</translation>
    </message>
</context>
<context>
    <name>Jiandu::Shell</name>
    <message>
        <source>Leave wall mode</source>
        <translation>退出大屏模式</translation>
    </message>
    <message>
        <source>Leave video wall mode and close Jiandu on every wall screen?</source>
        <translation>退出大屏模式并关闭所有大屏上的监督客户端吗？</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check free disk space and permissions; they stay in effect until Jiandu closes.</source>
        <translation>设置无法写入 %1。请检查磁盘剩余空间和权限；在关闭客户端之前，这些设置仍然有效。</translation>
    </message>
    <message>
        <source>Quit Jiandu?</source>
        <translation>退出监督？</translation>
    </message>
    <message>
        <source>Quitting now interrupts:

%1

Quit anyway?</source>
        <translation>现在退出将中断：

%1

仍要退出吗？</translation>
    </message>
</context>
<context>
    <name>Jiandu::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message numerus="yes">
        <source>Sign in with your account of the central service (%1). Without a network, an account confirmed on this workstation in the last %n days signs in from the local cache.</source>
        <translation>
            <numerusform>请使用中心服务（%1）的账号登录。无网络时，最近 %n 天内在本机经中心确认过的账号可使用本地缓存登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>Jiandu::SimulatedFeed</name>
    <message>
        <source>Simulated positions (demo site)</source>
        <translation>模拟定位数据（演示站点）</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
</context>
<context>
    <name>Jiandu::SiteDescription</name>
    <message>
        <source>The site description is not valid JSON: %1 at offset %2.</source>
        <translation>站点描述不是有效的 JSON：%1（位置 %2）。</translation>
    </message>
    <message>
        <source>The site description needs a &quot;code&quot; and a &quot;name&quot;.</source>
        <translation>站点描述需要包含“code”和“name”。</translation>
    </message>
    <message>
        <source>The site description %1 cannot be read: %2</source>
        <translation>无法读取站点描述 %1：%2</translation>
    </message>
    <message>
        <source>A camera of the site description has no &quot;id&quot; or &quot;url&quot;.</source>
        <translation>站点描述中有摄像机缺少“id”或“url”。</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>摄像机 %1：%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::Snapshot</name>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>尚无可保存的画面。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation>无法读取录像 %1。</translation>
    </message>
    <message>
        <source>There is no recording of this camera at %1.</source>
        <translation>该摄像机在 %1 没有录像。</translation>
    </message>
    <message>
        <source>A snapshot is saved as .jpg or .png, not as &quot;%1&quot;.</source>
        <translation>抓拍只能保存为 .jpg 或 .png，不能保存为“%1”。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The snapshot could not be saved to %1: %2.</source>
        <translation>抓拍无法保存到 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Jiandu::SqlError</name>
    <message>
        <source>the disk holding the cache is full; free some space</source>
        <translation>本地缓存所在磁盘已满；请释放空间</translation>
    </message>
    <message>
        <source>the cache is read-only</source>
        <translation>本地缓存为只读</translation>
    </message>
    <message>
        <source>the cache is busy with another writer</source>
        <translation>本地缓存正被其他写入者占用</translation>
    </message>
    <message>
        <source>the disk holding the cache cannot be written</source>
        <translation>本地缓存所在磁盘无法写入</translation>
    </message>
</context>
<context>
    <name>Jiandu::StatisticsPage</name>
    <message>
        <source>Problems by element</source>
        <translation>按要素统计问题</translation>
    </message>
    <message>
        <source>Problems by unit</source>
        <translation>按单位统计问题</translation>
    </message>
    <message>
        <source>Problems by month</source>
        <translation>按月统计问题</translation>
    </message>
    <message>
        <source>Problems by stage</source>
        <translation>按环节统计问题</translation>
    </message>
    <message>
        <source>Average time in each stage (slowest first)</source>
        <translation>各环节平均用时（最慢在前）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export for Excel…</source>
        <translation>导出为 Excel 格式…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation>统计已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); problems found in %1 of %2 cases (%3%)</source>
        <translation>
            <numerusform>共 %n 个问题；%2 个案件中 %1 个发现问题（%3%）</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics not exported</source>
        <translation>统计未导出</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The figures are still being computed; export again in a moment.</source>
        <translation>统计数据仍在计算中，请稍后再导出。</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>Jiandu::StayDocumentPrinter</name>
    <message>
        <source>Save %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>文书已保存</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>文书未保存</translation>
    </message>
</context>
<context>
    <name>Jiandu::StayHistoryDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Entry registration</source>
        <translation>入区登记</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>人身安全检查</translation>
    </message>
    <message>
        <source>Belongings registered</source>
        <translation>随身物品登记</translation>
    </message>
    <message>
        <source>Information collected</source>
        <translation>信息采集</translation>
    </message>
    <message>
        <source>Drug test</source>
        <translation>吸毒检测</translation>
    </message>
    <message>
        <source>Case linked</source>
        <translation>人案关联</translation>
    </message>
    <message>
        <source>Temporary leave</source>
        <translation>临时离开</translation>
    </message>
    <message>
        <source>Back from leave</source>
        <translation>临时离开返回</translation>
    </message>
    <message>
        <source>Belongings returned</source>
        <translation>物品处置</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>出区注销</translation>
    </message>
    <message>
        <source>Stay history</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <source>Reading the stay…</source>
        <translation>正在读取档案…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Time there</source>
        <translation>停留时长</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间轨迹</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍速</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>轨迹回放</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书开具</translation>
    </message>
    <message>
        <source>Trajectory video…</source>
        <translation>轨迹视频…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>This stay is not in the cache.</source>
        <translation>本地缓存中没有这条入区记录。</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 入区</translation>
    </message>
    <message>
        <source>still in the area</source>
        <translation>仍在办案区</translation>
    </message>
    <message>
        <source>out %1 (%2)</source>
        <translation>%1 出区（%2）</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>%1 合计</translation>
    </message>
    <message>
        <source>No room is on record for band %1 in this time.</source>
        <translation>此期间没有手环 %1 的房间记录。</translation>
    </message>
    <message>
        <source>not heard</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>Trajectory video</source>
        <translation>轨迹视频</translation>
    </message>
    <message>
        <source>%1 was in no room a camera watches.</source>
        <translation>%1 未处于任何有摄像机的房间。</translation>
    </message>
    <message>
        <source>Save the trajectory video</source>
        <translation>保存轨迹视频</translation>
    </message>
    <message>
        <source>Matroska video (*.mkv);;MP4 video (*.mp4)</source>
        <translation>Matroska 视频 (*.mkv);;MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Putting the rooms&apos; recordings together…</source>
        <translation>正在合成各房间的录像…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Trajectory video saved</source>
        <translation>轨迹视频已保存</translation>
    </message>
    <message>
        <source>The video is saved. Make a disc image of it with its manifest, captions and a printed cover?</source>
        <translation>视频已保存。是否连同清单、字幕和封面制作光盘镜像？</translation>
    </message>
    <message>
        <source>Save the disc image</source>
        <translation>保存光盘镜像</translation>
    </message>
    <message>
        <source>Disc images (*.iso)</source>
        <translation>光盘镜像 (*.iso)</translation>
    </message>
    <message>
        <source>Disc image</source>
        <translation>光盘镜像</translation>
    </message>
    <message>
        <source>Disc image saved</source>
        <translation>光盘镜像已保存</translation>
    </message>
    <message>
        <source>%1 (cover to print: %2)</source>
        <translation>%1（待打印封面：%2）</translation>
    </message>
    <message>
        <source>Burn it now on %1?</source>
        <translation>现在用 %1 刻录吗？</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <source>Burnt on %1.</source>
        <translation>已在 %1 刻录完成。</translation>
    </message>
    <message>
        <source>%1 %2–%3: no camera in the room</source>
        <translation>%1 %2–%3：房间无摄像机</translation>
    </message>
    <message>
        <source>%1 %2–%3: camera %4 recorded nothing</source>
        <translation>%1 %2–%3：摄像机 %4 无录像</translation>
    </message>
    <message>
        <source>Not in the video:
%1</source>
        <translation>以下时段不在视频中：
%1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No photos were taken during this stay.</source>
        <translation>本次在区期间未拍摄照片。</translation>
    </message>
    <message>
        <source>(not on this workstation yet)</source>
        <translation>（尚未传到本工作站）</translation>
    </message>
</context>
<context>
    <name>Jiandu::StepForms</name>
    <message>
        <source>Entry registration</source>
        <translation>入区登记</translation>
    </message>
    <message>
        <source>Identity unknown</source>
        <translation>身份不明</translation>
    </message>
    <message>
        <source>Sex, apparent age, build, clothes</source>
        <translation>性别、大致年龄、体型、衣着</translation>
    </message>
    <message>
        <source>Wristband number</source>
        <translation>手环编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>体貌特征</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Escorting officer</source>
        <translation>带入民警</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>手环</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>特殊人员</translation>
    </message>
    <message>
        <source>%1, born %2, %3 years old</source>
        <translation>%1，%2 出生，%3 岁</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Bind an officer&apos;s card</source>
        <translation>民警绑定胸卡</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Police number</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <source>Personal safety check</source>
        <translation>人身安全检查</translation>
    </message>
    <message>
        <source>Injuries found on the body, where and how; empty if none</source>
        <translation>体表伤情：部位及情况；无伤情则留空</translation>
    </message>
    <message>
        <source>Prohibited or dangerous items carried</source>
        <translation>携带的违禁品或危险物品</translation>
    </message>
    <message>
        <source>What the person says about the injuries</source>
        <translation>被检查人对伤情的陈述</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>体表伤情</translation>
    </message>
    <message>
        <source>Items carried</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>本人陈述</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查民警</translation>
    </message>
    <message>
        <source>Register belongings</source>
        <translation>随身物品登记</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>储物柜</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <source>Information collection</source>
        <translation>信息采集</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已采集项目</translation>
    </message>
    <message>
        <source>Drug test</source>
        <translation>吸毒检测</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检测方式</translation>
    </message>
    <message>
        <source>Link to a case or incident</source>
        <translation>人案关联</translation>
    </message>
    <message>
        <source>Temporary leave</source>
        <translation>临时离开</translation>
    </message>
    <message>
        <source>The leader who approved it</source>
        <translation>审批领导</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Escorted by</source>
        <translation>押解民警</translation>
    </message>
    <message>
        <source>Back from temporary leave</source>
        <translation>临时离开返回</translation>
    </message>
    <message>
        <source>Record that the person is back in the area.</source>
        <translation>登记该人员已返回办案区。</translation>
    </message>
    <message>
        <source>Return or hand on belongings</source>
        <translation>物品返还或移交</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Deregistration</source>
        <translation>出区注销</translation>
    </message>
    <message>
        <source>Where the person goes (看守所, 拘留所, 家属领回 …)</source>
        <translation>去向（看守所、拘留所、家属领回……）</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>The wristband is unbound when the stay is deregistered.</source>
        <translation>注销后手环自动解绑。</translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation>出区注销</translation>
    </message>
    <message>
        <source>Injury photos</source>
        <translation>伤情照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::AccountVerifier</name>
    <message>
        <source>The account could not be kept for offline sign-in.</source>
        <translation>无法保存账号以供离线登录。</translation>
    </message>
    <message>
        <source>The accounts kept for offline sign-in cannot be read.</source>
        <translation>无法读取供离线登录的账号。</translation>
    </message>
    <message>
        <source>%1 has not signed in on this workstation while the central service was reachable, so it cannot sign in offline. Connect to the network once.</source>
        <translation>%1 从未在连接中心服务时于本机登录，无法离线登录。请先联网登录一次。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was last confirmed by the central service on %2, more than %n days ago: offline sign-in has expired. Connect to the network to sign in.</source>
        <translation>
            <numerusform>%1 最近一次经中心服务确认是在 %2，已超过 %n 天，离线登录已失效。请联网后登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account kept for offline sign-in could not be removed.</source>
        <translation>无法删除供离线登录的账号。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind the time %1 was last confirmed by the central service (%2). Set the clock right, or connect to the network to sign in.</source>
        <translation>本机时钟早于 %1 最近一次经中心服务确认的时间（%2）。请校正时钟，或联网后登录。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::CentralTransport</name>
    <message>
        <source>The server&apos;s certificate is not the one pinned in the settings: it was replaced, or something sits between this workstation and the server. Nothing was sent; ask the administrator before trusting the new certificate.</source>
        <translation>服务器证书与设置中固定的证书不符：证书已被更换，或本机与服务器之间有其他设备。未发送任何数据；请先询问管理员，再决定是否信任新证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this workstation; pin it in the settings or install the organisation&apos;s CA.</source>
        <translation>本机不信任服务器证书；请在设置中固定该证书，或安装本单位的CA证书。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>服务器出错（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::FileTransfer</name>
    <message>
        <source>The sync was stopped.</source>
        <translation>同步已停止。</translation>
    </message>
    <message>
        <source>%1 is missing or changed since it was attached; it cannot be sent.</source>
        <translation>%1 已丢失或在添加为附件后被修改，无法发送。</translation>
    </message>
    <message>
        <source>The central service does not hold this file yet.</source>
        <translation>中心服务尚无此文件。</translation>
    </message>
    <message>
        <source>The central service did not accept the file.</source>
        <translation>中心服务未接受该文件。</translation>
    </message>
    <message>
        <source>The central service sent %1 bytes of a file where %2 were asked for.</source>
        <translation>中心服务发来文件的 %1 字节，而请求的是 %2 字节。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A received piece cannot be kept in %1.</source>
        <translation>无法将收到的分片保存在 %1。</translation>
    </message>
    <message>
        <source>A received file cannot be kept in %1.</source>
        <translation>无法将收到的文件保存在 %1。</translation>
    </message>
    <message>
        <source>A file received from the central service does not match its SHA-256; it is fetched again later.</source>
        <translation>从中心服务收到的文件与其 SHA-256 不符，稍后将重新获取。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::ShareClient</name>
    <message>
        <source>The share token expired; a new one is taken.</source>
        <translation>共享令牌已过期，正在重新获取。</translation>
    </message>
    <message>
        <source>The server limits the request rate; waiting.</source>
        <translation>服务器限流，正在等待。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The server could not answer: %1</source>
        <translation>服务器无法应答：%1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts.</source>
        <translation>
            <numerusform>尝试 %n 次后放弃。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SharePageReader</name>
    <message>
        <source>The server&apos;s answer is not the share API&apos;s JSON; it may be a proxy&apos;s error page.</source>
        <translation>服务器的应答不是共享接口的 JSON，可能是代理服务器的错误页面。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no result code; it is not the share API.</source>
        <translation>服务器的应答没有响应码，不是共享接口。</translation>
    </message>
    <message>
        <source>The server answered a page without a list of records.</source>
        <translation>服务器返回的分页中没有记录列表。</translation>
    </message>
    <message>
        <source>a record without %1: %2</source>
        <translation>缺少 %1 的记录：%2</translation>
    </message>
    <message>
        <source>record %1 has no valid %2 (&quot;%3&quot;)</source>
        <translation>记录 %1 的 %2 无效（“%3”）</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the token request is not the share API&apos;s JSON.</source>
        <translation>服务器对令牌请求的应答不是共享接口的 JSON。</translation>
    </message>
    <message>
        <source>The server refused the share key: %1</source>
        <translation>服务器拒绝了共享密钥：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the token request holds no token.</source>
        <translation>服务器对令牌请求的应答中没有令牌。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SharePull</name>
    <message>
        <source>%1 (attempt %2, again in %3 s)</source>
        <translation>%1（第 %2 次尝试，%3 秒后重试）</translation>
    </message>
    <message>
        <source>The server&apos;s %1 pages are not in time order; the pull stopped so that nothing is skipped.</source>
        <translation>服务器的 %1 分页未按时间排序；为避免遗漏，已停止拉取。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::ShareStore</name>
    <message>
        <source>The pulled records could not be stored (is the disk full?); the pull resumes from its last stored page.</source>
        <translation>拉取的记录无法保存（磁盘是否已满？）；下次将从最后保存的分页继续拉取。</translation>
    </message>
    <message>
        <source>The sync state in the cache cannot be read.</source>
        <translation>无法读取缓存中的同步状态。</translation>
    </message>
    <message>
        <source>The share key&apos;s secret could not be stored in the cache.</source>
        <translation>共享密钥的密码无法保存到缓存。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SupervisionClient</name>
    <message>
        <source>The central service answered something that is not its API (a proxy or another program at that address?).</source>
        <translation>中心服务返回的内容不是其接口的应答（该地址上是代理或其他程序？）。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; the central service asks to wait.</source>
        <translation>登录尝试过多，中心服务要求稍后再试。</translation>
    </message>
    <message>
        <source>The central service refused the sign-in of %1: %2</source>
        <translation>中心服务拒绝了 %1 的登录：%2</translation>
    </message>
    <message>
        <source>The central service limits the request rate; waiting.</source>
        <translation>中心服务限制请求频率，正在等待。</translation>
    </message>
    <message>
        <source>The central service refused the request: %1</source>
        <translation>中心服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The central service sent a page of changes without its position or its list.</source>
        <translation>中心服务发来的变更页缺少位置或列表。</translation>
    </message>
    <message>
        <source>The central service sent a change without its kind or key.</source>
        <translation>中心服务发来的变更缺少类型或主键。</translation>
    </message>
    <message>
        <source>The central service answered %1 of %2 operations.</source>
        <translation>中心服务只应答了 %2 项操作中的 %1 项。</translation>
    </message>
    <message>
        <source>The central service could not sign you in now: %1</source>
        <translation>中心服务暂时无法完成登录：%1</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SupervisionStore</name>
    <message>
        <source>The sync state could not be read.</source>
        <translation>无法读取同步状态。</translation>
    </message>
    <message>
        <source>The cache is busy; the sync will try again.</source>
        <translation>缓存正忙，同步将稍后重试。</translation>
    </message>
    <message>
        <source>The records from the central service could not be stored.</source>
        <translation>无法保存来自中心服务的记录。</translation>
    </message>
    <message>
        <source>The sync state could not be saved.</source>
        <translation>无法保存同步状态。</translation>
    </message>
    <message>
        <source>The central service&apos;s answer could not be stored.</source>
        <translation>无法保存中心服务的应答。</translation>
    </message>
    <message>
        <source>The central service&apos;s answers could not be stored.</source>
        <translation>无法保存中心服务的应答。</translation>
    </message>
    <message>
        <source>The conflicts could not be read.</source>
        <translation>无法读取冲突记录。</translation>
    </message>
    <message>
        <source>The conflicts could not be updated.</source>
        <translation>无法更新冲突记录。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SupervisionSync</name>
    <message>
        <source>A sync round is already running.</source>
        <translation>同步正在进行中。</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>同步已停止。</translation>
    </message>
    <message numerus="yes">
        <source>The central service&apos;s answers to %n operations were not understood; they stay queued.</source>
        <translation>
            <numerusform>无法理解中心服务对 %n 项操作的应答；这些操作仍在队列中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The central service&apos;s change log went backwards (from %1 to %2): its database was restored from a backup? The sync stopped; ask the administrator.</source>
        <translation>中心服务的变更日志倒退了（从 %1 到 %2）：其数据库是否从备份恢复？同步已停止，请联系管理员。</translation>
    </message>
    <message numerus="yes">
        <source>The central service could not apply %n operations now; they stay queued and are sent again.</source>
        <translation>
            <numerusform>中心服务暂时无法执行 %n 项操作；这些操作仍在队列中，将再次发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncModule</name>
    <message>
        <source>Sync</source>
        <translation>数据同步</translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncPage</name>
    <message>
        <source>接报 (jb)</source>
        <translation>接报 (jb)</translation>
    </message>
    <message>
        <source>警情 (jq)</source>
        <translation>警情 (jq)</translation>
    </message>
    <message>
        <source>下发 (jqxf)</source>
        <translation>下发 (jqxf)</translation>
    </message>
    <message>
        <source>反馈 (jqfk)</source>
        <translation>反馈 (jqfk)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Stored this pull</source>
        <translation>本次保存</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Crowded seconds</source>
        <translation>超量秒数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enter the central service&apos;s address and this workstation&apos;s share key under Settings → Sync. A standalone site works without.</source>
        <translation>请在“设置 → 数据同步”中填写中心服务地址和本工作站的共享密钥。独立站点无需同步。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>拉取中</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>The 警情 share feeds are pulled from the central service through the 警情中心 share API; a pull that is interrupted resumes where its last stored page ended.</source>
        <translation>警情共享数据通过警情中心共享接口从中心服务拉取；中断的拉取将从最后保存的分页处继续。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>您的操作</translation>
    </message>
    <message>
        <source>What won</source>
        <translation>最终结果</translation>
    </message>
    <message>
        <source>Alerts and problems</source>
        <translation>预警与问题</translation>
    </message>
    <message>
        <source>Changes decided otherwise:</source>
        <translation>未被采纳的操作：</translation>
    </message>
    <message>
        <source>Open the problem “%1”</source>
        <translation>建立问题“%1”</translation>
    </message>
    <message>
        <source>%1 on the problem “%2”</source>
        <translation>对问题“%2”执行“%1”</translation>
    </message>
    <message>
        <source>Acknowledge the alert “%1”</source>
        <translation>确认预警“%1”</translation>
    </message>
    <message>
        <source>%1 had already done “%2” at %3; your change was not applied.</source>
        <translation>%1 已于 %3 执行“%2”；您的操作未被采纳。</translation>
    </message>
    <message>
        <source>%1 had already done it at %2; your change was not applied.</source>
        <translation>%1 已于 %2 完成该操作；您的操作未被采纳。</translation>
    </message>
    <message>
        <source>Refused by the central service: %1</source>
        <translation>中心服务拒绝：%1</translation>
    </message>
    <message>
        <source>Not signed in with a central account: alerts and problems stay on this workstation.</source>
        <translation>未使用中心账号登录：预警与问题仅保存在本机。</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. %n change(s) of this workstation waiting to be sent.</source>
        <translation>
            <numerusform>当前登录：%1。本机有 %n 项操作待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last exchange with the central service: %1.</source>
        <translation>最近一次与中心服务交换数据：%1。</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>最近一次尝试失败：%1</translation>
    </message>
    <message>
        <source>None: the central service took every change of this workstation as it was.</source>
        <translation>无：中心服务已采纳本机的全部操作。</translation>
    </message>
    <message>
        <source>Complete up to</source>
        <translation>完整截至</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最近成功</translation>
    </message>
    <message>
        <source>Save the layout “%1”</source>
        <translation>保存布局“%1”</translation>
    </message>
    <message>
        <source>Delete the layout “%1”</source>
        <translation>删除布局“%1”</translation>
    </message>
    <message>
        <source>Send camera %1 to the video wall</source>
        <translation>将摄像机 %1 上墙</translation>
    </message>
    <message>
        <source>Files: %1 to send, %2 to receive.</source>
        <translation>文件：待发送 %1 个，待接收 %2 个。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Change rule %1 (“%2”)</source>
        <translation>修改规则 %1（“%2”）</translation>
    </message>
    <message>
        <source>Save the floor plan of %1, floor %2</source>
        <translation>保存「%1」%2 层的平面图</translation>
    </message>
    <message>
        <source>Record %1 at the desk of %2</source>
        <translation>在「%2」登记台记录 %1</translation>
    </message>
    <message>
        <source>Reserve %1: %2</source>
        <translation>预约「%1」：%2</translation>
    </message>
    <message>
        <source>Decide a reservation (%1)</source>
        <translation>审批预约（%1）</translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncService</name>
    <message>
        <source>Sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>The share key&apos;s secret is not set; enter it under Settings → Sync.</source>
        <translation>尚未设置共享密钥的密码；请在“设置 → 数据同步”中填写。</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <source>Sync: off (offline mode)</source>
        <translation>同步：已关闭（离线模式）</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Sync: waiting</source>
        <translation>同步：等待中</translation>
    </message>
    <message>
        <source>Syncing: %1 records</source>
        <translation>同步中：%1 条</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>，%1 条/秒</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 秒</translation>
    </message>
    <message>
        <source>Sync: server unreachable</source>
        <translation>同步：服务器无法连接</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>, about %1 min left</source>
        <translation>，约剩 %1 分钟</translation>
    </message>
    <message>
        <source>Central sync</source>
        <translation>中心同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>offline mode: working from the local cache</source>
        <translation>离线模式：使用本地缓存工作</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>synced at %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <source>waiting for the first pull</source>
        <translation>等待首次拉取</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>%1 records so far</source>
        <translation>已同步 %1 条</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>working from the local cache; retried every few seconds</source>
        <translation>使用本地缓存工作；每隔几秒重试</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>Changes decided otherwise</source>
        <translation>操作未被采纳</translation>
    </message>
    <message>
        <source>Signed out by the central service</source>
        <translation>已被中心服务注销</translation>
    </message>
    <message>
        <source>The central service no longer accepts your account: %1 Your changes stay queued here; sign in again.</source>
        <translation>中心服务不再接受您的账号：%1 您的操作仍保留在本机队列中；请重新登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 项待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided otherwise</source>
        <translation>
            <numerusform>%n 项未采纳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central service decided %n of your changes otherwise: someone else acted first, or the step is not allowed. The Sync page says what won.</source>
        <translation>
            <numerusform>中心服务未采纳您的 %n 项操作：他人已先处理，或该步骤不被允许。详见“数据同步”页面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncSettingsPage</name>
    <message>
        <source>SHA-256 of the server certificate (optional)</source>
        <translation>服务器证书的 SHA-256（可选）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>接报</source>
        <translation>接报</translation>
    </message>
    <message>
        <source>警情</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>下发</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Central service:</source>
        <translation>中心服务：</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>固定证书：</translation>
    </message>
    <message>
        <source>Share key:</source>
        <translation>共享密钥：</translation>
    </message>
    <message>
        <source>Share key secret:</source>
        <translation>密钥密码：</translation>
    </message>
    <message>
        <source>Feeds:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>Pull every:</source>
        <translation>拉取间隔：</translation>
    </message>
    <message>
        <source>First pull reaches back:</source>
        <translation>首次拉取范围：</translation>
    </message>
    <message>
        <source>The secret is kept in the encrypted cache, never in the settings file. Leave the address empty on a standalone site.</source>
        <translation>密码保存在加密缓存中，不写入配置文件。独立站点请将地址留空。</translation>
    </message>
</context>
<context>
    <name>Jiandu::SystemModule</name>
    <message>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Duty clock</source>
        <translation>值班时钟</translation>
    </message>
    <message>
        <source>Workstation status</source>
        <translation>工作站状态</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>站点概览</translation>
    </message>
</context>
<context>
    <name>Jiandu::SystemStatusWidget</name>
    <message>
        <source>Workstation status</source>
        <translation>工作站状态</translation>
    </message>
    <message>
        <source>Modules running</source>
        <translation>运行中的模块</translation>
    </message>
    <message>
        <source>Warnings and errors (last hour)</source>
        <translation>警告和错误（近一小时）</translation>
    </message>
    <message>
        <source>Free space for data</source>
        <translation>数据盘剩余空间</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>已运行</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>Jiandu::TextSetting</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
</context>
<context>
    <name>Jiandu::TrackRepository</name>
    <message>
        <source>Where people were could not be kept in the cache.</source>
        <translation>人员位置记录无法保存到本地缓存。</translation>
    </message>
    <message>
        <source>The history of the area could not be read from the cache.</source>
        <translation>无法从本地缓存读取办案区历史记录。</translation>
    </message>
</context>
<context>
    <name>Jiandu::VideoPatrolModule</name>
    <message>
        <source>Video patrol</source>
        <translation>视频巡查</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>录像回放</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Cameras on the wall</source>
        <translation>上墙视频</translation>
    </message>
    <message>
        <source>Recording schedules</source>
        <translation>录像计划</translation>
    </message>
</context>
<context>
    <name>Jiandu::VideoPatrolPage</name>
    <message>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n 宫格</numerusform>
        </translation>
    </message>
    <message>
        <source>Patrol round</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Show every camera of the site in turn</source>
        <translation>轮流查看站点的所有摄像机</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> 秒/轮</translation>
    </message>
    <message>
        <source>Patrol interval</source>
        <translation>巡查间隔</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>发现问题…</translation>
    </message>
    <message>
        <source>Record what you see on the selected tile, with a snapshot</source>
        <translation>对选中窗口抓拍并记录发现的问题</translation>
    </message>
    <message>
        <source>No camera selected</source>
        <translation>未选择摄像机</translation>
    </message>
    <message>
        <source>Show a camera in the grid and click its tile first.</source>
        <translation>请先在宫格中打开摄像机并点击选中其窗口。</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>未录像</translation>
    </message>
    <message>
        <source>This workstation has no local cache for the recording index.</source>
        <translation>本工作站没有本地缓存，无法建立录像索引。</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Save this grid under a name, or bring back a saved one</source>
        <translation>以名称保存当前画面布局，或调出已保存的布局</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>保存布局</translation>
    </message>
    <message>
        <source>Save this layout as…</source>
        <translation>将当前布局另存为…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tile(s), by %2)</source>
        <translation>
            <numerusform>%1（%n 画面，%2 保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the video wall</source>
        <translation>已上墙</translation>
    </message>
    <message>
        <source>Not sent to the video wall</source>
        <translation>未能上墙</translation>
    </message>
    <message>
        <source>Video patrol</source>
        <translation>视频巡查</translation>
    </message>
    <message>
        <source>this workstation keeps no recordings.</source>
        <translation>本工作站不保存录像。</translation>
    </message>
    <message>
        <source>No replay: %1</source>
        <translation>无法回放：%1</translation>
    </message>
    <message>
        <source>this camera is not being recorded (its schedule, or Record on the tile).</source>
        <translation>该摄像机未在录像（请设置录像计划或点击画面上的“录像”）。</translation>
    </message>
    <message>
        <source>Taking a full-resolution snapshot…</source>
        <translation>正在抓取原始分辨率画面…</translation>
    </message>
    <message>
        <source>The full picture did not come in time: the snapshot has the tile&apos;s size.</source>
        <translation>未能及时取得原始画面：抓拍为窗格分辨率。</translation>
    </message>
    <message>
        <source>camera %1 of %2</source>
        <translation>第 %1/%2 路</translation>
    </message>
    <message>
        <source>cameras %1–%2 of %3</source>
        <translation>第 %1–%2 路（共 %3 路）</translation>
    </message>
    <message>
        <source>Round %1: %2, next in %3 s</source>
        <translation>第 %1 轮巡查：%2，%3 秒后切换</translation>
    </message>
    <message>
        <source>Name (the other operators of your unit see it too):</source>
        <translation>名称（本单位其他操作员也能看到）：</translation>
    </message>
    <message>
        <source>Diagnose now</source>
        <translation>立即诊断</translation>
    </message>
    <message>
        <source>Take its view as it is now for reference</source>
        <translation>以当前画面作为参考画面</translation>
    </message>
    <message>
        <source>Export the cameras&apos; health (CSV)…</source>
        <translation>导出视频质量诊断报告（CSV）…</translation>
    </message>
    <message>
        <source>Camera health</source>
        <translation>视频质量诊断</translation>
    </message>
    <message>
        <source>The camera is looked at now; if its picture is sound, it becomes the view it is held to.</source>
        <translation>正在诊断该摄像机；若画面正常，将作为其参考画面。</translation>
    </message>
    <message>
        <source>The camera is looked at now; its verdict shows in the list in a few seconds.</source>
        <translation>正在诊断该摄像机；几秒后结论将显示在列表中。</translation>
    </message>
    <message>
        <source>Export the cameras&apos; health</source>
        <translation>导出视频质量诊断报告</translation>
    </message>
    <message>
        <source>camera-health-%1.csv</source>
        <translation>视频质量诊断-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>Camera health exported</source>
        <translation>视频质量诊断报告已导出</translation>
    </message>
    <message>
        <source>Camera health not exported</source>
        <translation>视频质量诊断报告未导出</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Jiandu::VideoTile</name>
    <message>
        <source>Video tile %1</source>
        <translation>视频窗口 %1</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>抓拍</translation>
    </message>
    <message>
        <source>Save a still of this camera as evidence</source>
        <translation>抓拍当前画面作为督察证据</translation>
    </message>
    <message>
        <source>Close this tile</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <source>Drag a camera here</source>
        <translation>将摄像机拖到此处</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reconnecting (%1); next attempt in %2 s</source>
        <translation>正在重连（%1），%2 秒后重试</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Record this camera continuously</source>
        <translation>对此摄像机连续录像</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>截取</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● 录像中</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Play the last seconds recorded again, then back to live</source>
        <translation>即时回放最近的录像，结束后回到实时画面</translation>
    </message>
    <message>
        <source>Instant replay</source>
        <translation>即时回放</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Listen to this camera (同步监听); other tiles go quiet</source>
        <translation>同步监听该摄像机的声音；其他画面静音</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Show this camera full screen at full resolution (Esc to leave)</source>
        <translation>以原始分辨率全屏显示该摄像机（按 Esc 退出）</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>无声音</translation>
    </message>
    <message>
        <source>♪ Sound on</source>
        <translation>♪ 监听中</translation>
    </message>
    <message>
        <source>Sub-stream</source>
        <translation>子码流</translation>
    </message>
    <message>
        <source>To wall</source>
        <translation>上墙</translation>
    </message>
    <message>
        <source>Show this camera on the video wall (上墙)</source>
        <translation>将该摄像机画面发送到大屏（上墙）</translation>
    </message>
    <message>
        <source>Export a clip of this camera&apos;s recording, with its hash</source>
        <translation>截取该摄像机的录像并生成哈希清单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>The buttons that do not fit on this tile</source>
        <translation>画面较小时放不下的按钮</translation>
    </message>
</context>
<context>
    <name>Jiandu::WallWindow</name>
    <message>
        <source>Jiandu video wall</source>
        <translation>监督大屏</translation>
    </message>
    <message>
        <source>No wall content is enabled. Choose it under Tools → Settings → General on an operator workstation.</source>
        <translation>未启用任何大屏内容。请在操作员工作站的“工具 → 设置 → 常规”中选择。</translation>
    </message>
    <message>
        <source>This content could not be shown.</source>
        <translation>该内容无法显示。</translation>
    </message>
</context>
<context>
    <name>Jiandu::Workspace</name>
    <message>
        <source>No module provides a page. See Tools → Module status.</source>
        <translation>没有模块提供页面。请查看“模块 → 模块状态”。</translation>
    </message>
    <message>
        <source>Page navigator</source>
        <translation>页面导航</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>在新窗口中打开</translation>
    </message>
    <message>
        <source>This page could not be created; see the run log.</source>
        <translation>该页面无法创建，请查看运行日志。</translation>
    </message>
    <message>
        <source>“%1” is open in its own window.</source>
        <translation>“%1”已在独立窗口中打开。</translation>
    </message>
    <message>
        <source>Go to window</source>
        <translation>切换到该窗口</translation>
    </message>
    <message>
        <source>Put back here</source>
        <translation>收回到主窗口</translation>
    </message>
    <message>
        <source>%1 (window)</source>
        <extracomment>Navigator entry of a page that is open in its own window</extracomment>
        <translation>%1（独立窗口）</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>expected {&quot;of&quot;: {…}, &quot;met&quot;: {…}, &quot;per&quot;: &quot;unit&quot;, &quot;period&quot;: &quot;1mo&quot;, &quot;below&quot;: 0.9}</source>
        <translation>应为 {&quot;of&quot;: {…}, &quot;met&quot;: {…}, &quot;per&quot;: &quot;unit&quot;, &quot;period&quot;: &quot;1mo&quot;, &quot;below&quot;: 0.9}</translation>
    </message>
    <message>
        <source>&quot;period&quot; is missing, e.g. &quot;7d&quot; or &quot;1mo&quot;</source>
        <translation>缺少 &quot;period&quot;，例如 &quot;7d&quot; 或 &quot;1mo&quot;</translation>
    </message>
    <message>
        <source>a period is whole days (&quot;7d&quot;) or months (&quot;1mo&quot;)</source>
        <translation>统计周期为整天（&quot;7d&quot;）或整月（&quot;1mo&quot;）</translation>
    </message>
    <message>
        <source>&quot;below&quot; is the threshold as a fraction, e.g. 0.9 for 90%</source>
        <translation>&quot;below&quot; 是以小数表示的阈值，例如 0.9 表示 90%</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; is a whole number ≥ 1</source>
        <translation>&quot;minimum&quot; 是不小于 1 的整数</translation>
    </message>
</context>
</TS>
