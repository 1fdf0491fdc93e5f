<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Jiandu::ActionDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlarmBoard</name>
    <message>
        <source>Reading the alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged alarms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every alarm has been taken up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertInboxModel</name>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertInboxPage</name>
    <message>
        <source>Show silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alert to see it whole and act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert stays in the list as acknowledged, with your name and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, e.g. called the officer on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem goes through the closed loop: issued to the responsible unit, answered or appealed, reviewed, confirmed, rectified, audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silenced alert leaves the inbox until the time you set; it stays on record with your name and reason and can be listed with “Show silenced”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live picture of the camera in the subject&apos;s room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 is not one of this site&apos;s cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, ID or case number, rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Become the alert&apos;s owner: the others see who is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide it from the inbox until a time you set, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n…</source>
        <translation>
            <numerusform>Acknowledge %n…</numerusform>
            <numerusform>Acknowledge %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formal objection to the alert, with its grounds, for the legal officer to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold (the alert is closed) or reject the unit&apos;s appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the leaders at %1, not acknowledged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n alerts</source>
        <translation>
            <numerusform>Acknowledge %n alert</numerusform>
            <numerusform>Acknowledge %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected new alerts stay in the list as acknowledged, each with your name and this note.</source>
        <translation>
            <numerusform>The selected new alert stays in the list as acknowledged, with your name and this note.</numerusform>
            <numerusform>The %n selected new alerts stay in the list as acknowledged, each with your name and this note.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the appeal (close the alert)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal against the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grounds, e.g. the suspect was handed to the detention centre at 14:00 (record no. …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert is closed on the appeal&apos;s ground and not raised again for this subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert stays open; the unit sees your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formal objection: the legal officer decides it. Upheld, the alert is closed; rejected, it stays open. Silencing only hides an alert for a while and decides nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. the suspect is in hospital until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertNotifier</name>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Jiandu: %n alert(s)</source>
        <translation>
            <numerusform>Jiandu: %n alert</numerusform>
            <numerusform>Jiandu: %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm escalated to the leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (not acknowledged within %n minute(s))</source>
        <translation>
            <numerusform>%1 (not acknowledged within %n minute)</numerusform>
            <numerusform>%1 (not acknowledged within %n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated: not acknowledged within %n minute(s)</source>
        <translation>
            <numerusform>Escalated: not acknowledged within %n minute</numerusform>
            <numerusform>Escalated: not acknowledged within %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to acknowledge</source>
        <translation>
            <numerusform>%n alert to acknowledge</numerusform>
            <numerusform>%n alerts to acknowledge</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (the first if none is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the alert in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertPresentation</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertRepository</name>
    <message>
        <source>The alert could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the alert is silenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be silenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule engine&apos;s state could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule engine&apos;s state could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed file %1 could not be recorded as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of feed files read cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be taken on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal needs its grounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert is closed or already under appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert has no appeal waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertService</name>
    <message>
        <source>Rule file refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The built-in catalogue runs instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rule settings not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision alerts need the local cache; unlock it to start them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence must end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; attach another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment cannot be stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 “%2” (%3, %4) is past its due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision alerts are not running here; the problem cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert concerns %1; %2 cannot appeal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal officer or a leader decides an appeal, not the unit that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the appeal is upheld; the alert is closed on that ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made this appeal and cannot decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal upheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision alerts are not running here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the responsible unit appeals an alert; this workstation acts as %1 (Settings → Alerts and problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible unit does not change the rules that supervise it: the legal officer or a leader does. The rules are shown for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts to handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new or acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past their stage&apos;s time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule settings not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision alerts not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertSettingsPage</name>
    <message>
        <source>Play a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash unacknowledged alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal officer (issues, reviews, audits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit (answers, appeals, rectifies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader (confirms or dismisses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popup for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role in the closed loop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alarm nobody acknowledged in this time is escalated to the leaders: it pops up on their workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate unacknowledged alarms after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertsModule</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AlertsReplica</name>
    <message>
        <source>A record from the central service could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent an alert without a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of kind %1 are not kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent an alert without its rule or subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent a problem without its id or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by a newer alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised while a silence held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Analytics::CameraHealth</name>
    <message>
        <source>Signal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too small to judge (%1×%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean brightness %1 of 255, its brightest parts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean brightness %1 of 255, %2 blown out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise σ %1 grey levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is washed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise hides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A black picture without any detail or sensor noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too dark to tell a cover from the night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the picture without detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the picture without detail; %2 alike the reference view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference view is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s shape differs from the reference view&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifted by %1 of the width; edges %2 alike the reference view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera looks elsewhere: store a new reference view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur %1 (reference view %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little detail to judge sharpness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur %1 (0 sharp, 1 no edges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second picture is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s size changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the picture before: %1 grey levels on average, %2 where it changed most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grey picture (infrared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint towards %1: %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference picture is too small to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Analytics::CameraHealthService</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked at yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Analytics::HealthRecords</name>
    <message>
        <source>The reference view is not a colour picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference view could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference views cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s health could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cameras&apos; health cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference view could not be forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AnalyticsModule</name>
    <message>
        <source>Camera health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Application</name>
    <message numerus="yes">
        <source>--screens: there is no screen %1; this machine has %n screen(s), numbered from 0.</source>
        <translation>
            <numerusform>--screens: there is no screen %1; this machine has %n screen, numbered from 0.</numerusform>
            <numerusform>--screens: there is no screen %1; this machine has %n screens, numbered from 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Jiandu cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiandu modules are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log cannot be written to %1: %2. Messages are shown in the run log page only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service could not be reached (%1). You work from the local cache; your changes are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AudioExtraction</name>
    <message>
        <source>%1 is not there or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sound Jiandu can read (no audio track, or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound of %1 is damaged part-way through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sound Jiandu can read (no audio track, or it is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound of %1 is too long for one WAV file (over 37 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WAV file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::AudioMonitor</name>
    <message>
        <source>This camera sends no sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound can only be monitored from a live camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This camera sends no sound, or cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output is available on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This camera&apos;s sound cannot be played here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::BarChart</name>
    <message>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::BoolSetting</name>
    <message>
        <source>%1: &quot;%2&quot; is not true or false (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::BoundedFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most %3 are read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); give the path of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Briefs</name>
    <message>
        <source>The briefs folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CacheDatabase</name>
    <message>
        <source>The encrypted cache driver (QSQLCIPHER) is not installed. Reinstall Jiandu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be decrypted with this key, or it is not a Jiandu cache. If the key is lost, delete the cache and synchronise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be prepared for use; the disk may be full or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be re-encrypted; it still uses the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CacheUnlockDialog</name>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the local cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no local cache yet. Choose a password for it: the cache is encrypted, and without this password it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of this computer&apos;s local cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this computer&apos;s local cache? Everything in it is fetched again at the next synchronisation; cases imported for offline review must be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CameraFeed</name>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not a live camera (rtsp://): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CameraModel</name>
    <message>
        <source>%1 — recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the camera list (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::DiscImage</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xorriso is not installed: install the xorriso package to write disc images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xorriso could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xorriso took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xorriso failed (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disc holds a video exported by Jiandu and the files that prove it. Each file&apos;s SHA-256 is below; the video&apos;s is also in its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room to prepare the disc next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put on the disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc image could not be put at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc in %1 cannot be read back to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc in %1 ends before the image does: the burn failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc in %1 differs from the image: the burn failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::FloorPlan</name>
    <message>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information collection room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongings storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a floor plan: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan is a JSON object with its rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width and height are the floor&apos;s size in metres (more than 0, at most 10 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has %1 rooms; at most %2 are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no id (at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two rooms have the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the type “%2” is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the outline needs 3 to %2 corners [x, y] in metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a corner is not [x, y] inside the floor&apos;s %2 × %3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan lists %1 devices; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 has no id (at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two devices have the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1: the kind “%2” is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 is in room %2, which the plan does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning base station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongings cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of service%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered as a %2 of this area (see Devices).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::IdentityCard</name>
    <message>
        <source>Enter the identity card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 15-digit identity card number holds digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity card number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity card number is 17 digits and a digit or X at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a province&apos;s code: check the first two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 (%1) are not a possible date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character should be %1, not %2: a digit is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::JourneyBook</name>
    <message>
        <source>Bind a wristband or card: its number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 is bound to %2, who is still in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 is the card of officer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer holds card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stay %1 is registered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deregistered at %2; the stay is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drug test&apos;s result: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case number or the incident number to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say whether it is a personal item or evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a count from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the items given back or handed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the items leave the area&apos;s keeping (返还本人, 移交 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item %1 was registered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already given back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already out on a temporary leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 leaves the area (就医, 辨认现场 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary leave needs the approving leader&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not out on a temporary leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of a stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration needs a new stay id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the unknown person (sex, apparent age, build, clothes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already registered in the area since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the special categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for deregistration (释放, 刑事拘留, 移交 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out on a temporary leave: record the return first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 are still held: %2. Give them back or hand them on first, or deregister anyway and the inbox will say so.</source>
        <translation>
            <numerusform>%n item of %1 is still held: %2. Give them back or hand them on first, or deregister anyway and the inbox will say so.</numerusform>
            <numerusform>%n items of %1 are still held: %2. Give them back or hand them on first, or deregister anyway and the inbox will say so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::MqttPositionSource</name>
    <message>
        <source>A position message of %1 bytes was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch of positions is not a JSON array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions arrive faster than they are drawn; some were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::PositionFix</name>
    <message>
        <source>A position message is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position message names no tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position of %1 has no time it was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position of %1 is not a place on a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position of %1 has neither x and y nor a room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::Reservation</name>
    <message>
        <source>Waiting for the station leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the legal head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the station leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the legal head, rooms assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 kinds of room are asked for at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation needs its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case-handling area to reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation&apos;s time has passed; choose a time to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation lasts at most 72 hours (the longest a person may be held in the area is 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations are taken for the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the area is needed (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of suspects is 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at least one room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is not reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to %1 rooms of a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 rooms are reserved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation is not waiting for the station leader: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station leader approves a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation is not waiting for the legal head: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal head approves and assigns the rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 is not known here; its rooms cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 is assigned twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 × %2 (%3 assigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign only the rooms asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station leader decides a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal head decides a request the station leader approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation is %1; it can no longer be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation is %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who asked, takes the reservation back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation&apos;s time is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned to %2 for part of that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for this reservation and cannot approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved this reservation as station leader; another person approves it as legal head.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseArea::TrajectoryVideo</name>
    <message>
        <source>%1 was in no room a camera watches in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captions could not be written beside the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera recorded %1 in this time: the rooms&apos; recordings are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseAreaModule</name>
    <message>
        <source>Case-handling area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No floor plan is set for the case-handling area. Set its file under Settings (casearea/planFile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning system %1: connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning system %1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positioning system is set (casearea/broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s records could not be read: %1 The desk takes no step until they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseAreaPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera of this room can be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positions %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind officer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held</source>
        <translation>
            <numerusform>%n item held</numerusform>
            <numerusform>%n items held</numerusform>
        </translation>
    </message>
    <message>
        <source>on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subject in the list for the next step of the stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a stay to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-handling area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning brief (17:00–08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening brief (08:00–17:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns card %2: it is unbound and may be given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseBundle</name>
    <message>
        <source>Case %1 is not in this computer&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of case %2 is missing or was changed since it was recorded; the case cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new folder for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle in %1 was altered or is incomplete (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no case bundle (manifest.json is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer password is wrong, or bundle.key was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written; check its permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be stored in the cache; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported; free some space and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CaseRepository</name>
    <message>
        <source>The case %1 could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident could not be linked to case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be recorded for case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ChoiceSetting</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ClipAssembly::Writer</name>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip cannot be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no frames in the requested time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip cannot be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ClipExportDialog</name>
    <message>
        <source>Burn the watermark into the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a clip — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact (frame-accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast (from the keyframe before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 (plays everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matroska (MKV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by policy: every exported clip carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encodes the whole clip with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This camera has not been recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No footage for %1: the clip jumps over it (a gap in the recording, or a damaged segment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip saved with footage missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… (closing this window lets it finish in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded in this range: choose another time (Playback shows what this camera recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s of the %2 s asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No footage %1; the clip jumps over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1–%2 (%3 s) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No footage for %1: the clip jumps over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the recording; export again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ClipExporter</name>
    <message>
        <source>The end of the clip must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recording of this camera between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip&apos;s manifest could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no manifest (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its manifest: it was changed after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no time range was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a clip file (a folder, a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest beside %1 is that of another file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its manifest: it has %2 bytes, the manifest says %3; it was changed after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file %1 cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DemoResponder</name>
    <message>
        <source>Handling another incident, cannot go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the scene and dealt with; order restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DispatchDialog</name>
    <message>
        <source>Send an instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction (指令下发): recipients accept, arrive and report back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing (情况发布): recipients confirm they have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DispatchPanel</name>
    <message>
        <source>Not yet at the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction / recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instruction or a recipient for its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what a recipient reported by phone or radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1 s after it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 reported as done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is still on its way from the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see it large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the scene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the answer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::DispatchService</name>
    <message>
        <source>This workstation has no local cache to keep instructions in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::Instruction</name>
    <message>
        <source>Say whether this is an instruction or a briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction needs a title saying what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction is too long (title up to 200 characters, text up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one officer or unit to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instruction goes to at most %1 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction must say who sent it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent this instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot come before the one it follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the instruction is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done (the feedback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback is too long (up to %1 characters and 20 photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position given is not on Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who sent it, can cancel the instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the instruction is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to cancel: every recipient has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction&apos;s record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction&apos;s record is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of the feedback is not named by its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::InstructionRepository</name>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instruction was sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::MapPage</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Near %1, %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area drawn is not usable; draw it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a circle: everything inside it is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a polygon: everything inside it is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a route: everything within 200 m of it is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an officer, an incident or a camera; right-click anywhere for what is nearest; draw an area for what is inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the week hour by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) and vehicle(s) on the map</source>
        <translation>
            <numerusform>%n officer and vehicle on the map</numerusform>
            <numerusform>%n officers and vehicles on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not heard for over %1 min</source>
        <translation>
            <numerusform>, %n not heard for over %1 min</numerusform>
            <numerusform>, %n not heard for over %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation>
            <numerusform>%n incident in the period</numerusform>
            <numerusform>%n incidents in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known address</source>
        <translation>
            <numerusform>; %n without a known address</numerusform>
            <numerusform>; %n without a known address</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Received %3 · %4&lt;br&gt;%5&lt;br&gt;Handled by %6 %7&lt;br&gt;%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3&lt;br&gt;Heard %4 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 of the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 officers, %3 vehicles, %4 incidents, %5 cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera %1 cannot be shown: video patrol is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind,id,name,unit,latitude,longitude,distance (m),ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the centre, then the edge (Esc: cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click point by point, double-click to finish (Esc: cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指令下发: send an instruction to the officers and vehicles chosen in the list, and follow their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况发布: tell the leaders responsible for where the incident shown happened, at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1, received %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1, received %2 (%3).
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Way drawn from %1 to %2 (%n position(s))</source>
        <translation>
            <numerusform>Way drawn from %1 to %2 (%n position)</numerusform>
            <numerusform>Way drawn from %1 to %2 (%n positions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction %1: %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::MbTiles</name>
    <message>
        <source>The map tiles %1 are not there (or not a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a map tile file (MBTiles) Jiandu can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tiles %1 cannot be read (damaged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile of %1 is too large to be a tile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::MbTilesWriter</name>
    <message>
        <source>The map tiles %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::SiteGeography</name>
    <message>
        <source>%1: a point must be [latitude, longitude] in degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map has more than %L1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site map %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site map %1 is larger than %L2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site map %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site map %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::TileScheme</name>
    <message>
        <source>The tile server does not answer; the map shows tiles kept from before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::TileServer</name>
    <message>
        <source>The tile address must name {z}, {x} and {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile address must be an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server has no tile here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMap::TopoPolygons</name>
    <message>
        <source>it is not a TopoJSON topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an arc has a point without two numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topology has no object &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ring refers to an arc that is not there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::CommandMapModule</name>
    <message>
        <source>Command map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site map is set for the command map. Set its file under Settings (commandmap/siteMap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural Earth · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions feed %1 unreachable: the map shows the last known positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions feed %1: connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: a simulated day of patrols (demo site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positions feed is set (commandmap/positionsBroker, commandmap/receivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receivers cannot be read (commandmap/receivers): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver %1 (%2): connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver %1 (%2): receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver %1 (%2) gives no position: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver %1 (%2) lost: %3; trying again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a directory. Choose another path with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created or written. Check its permissions or choose another path with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Jiandu (process %1 on %2) is already using the data directory %3. Switch to that window, or start this one with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 cannot be locked. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::DemoProblems</name>
    <message>
        <source>The demo&apos;s problems could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::DevicesDialog</name>
    <message>
        <source>Devices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard but not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices were changed on another workstation while this list was open. Close it and open it again to see their change, then make yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::DutyClockWidget</name>
    <message>
        <source>Duty clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%4, %2/%3/%1</source>
        <extracomment>Date on the duty clock: %1 year, %2 month, %3 day, %4 weekday</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::EventFeed</name>
    <message>
        <source>not JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;time&quot;, or not a time (use &quot;yyyy-MM-dd HH:mm:ss&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;subject&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;time&quot; lies outside the years 2000 to 2099</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Evidence</name>
    <message>
        <source>Snapshot saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no local cache to record findings in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed loop is not running on this workstation; the finding is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on video patrol: %1, %2, by %3.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 (%2) is in the closed loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is recorded, but the problem was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips will not be sealed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::EvidencePage</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file (double-click does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ intact, sealed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ intact (not sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ the manifest&apos;s seal does not match this workstation: changed together with its manifest, or exported elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1; it is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::FileCatalog</name>
    <message>
        <source>The file could not be queued for the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be recorded as awaited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s files could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s files could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::FilePlayer</name>
    <message>
        <source>the recording is damaged or in a format that cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds neither picture nor sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::FindingDialog</name>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong? e.g. nobody at the duty desk, a door left open, a suspect without escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record with snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it as a problem in the closed loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible unit will be asked to put it right; the snapshot goes with it as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::FindingRepository</name>
    <message>
        <source>Describe the problem you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent a finding without its id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::FindingsReplica</name>
    <message>
        <source>The finding could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::FloorPlanView</name>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions are not arriving: where people are is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 silent, last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to watch its camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::FrameSampler</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a video file (a directory, device or pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture came within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n picture(s) came within the time allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The video ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture came.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::GeneralSettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall rotation interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Jiandu starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall rotation interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Gst</name>
    <message>
        <source>the camera has no stream at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the camera broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera&apos;s picture or sound cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera stopped sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the media engine is missing; reinstall Jiandu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media engine reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine took too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::IncidentJson</name>
    <message>
        <source>An incident without 警情编号 (jqbh) was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 has a malformed time in %2: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::IncidentRepository</name>
    <message>
        <source>The cache cannot store incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy or read-only; the incidents were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents could not be stored (is the disk full?); nothing of this batch was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident without 警情编号 (jqbh) cannot be stored; nothing of this batch was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::IntSetting</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::JourneyRepository</name>
    <message>
        <source>The step could not be kept in the cache; it was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case area&apos;s records could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case area&apos;s records could not be updated in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step shared by the central service could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Journeys</name>
    <message>
        <source>This workstation has no local cache to keep the area&apos;s records in; sign in with the cache to use the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s records are still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::KeyWrap</name>
    <message>
        <source>A password is needed to protect the cache key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key could not be protected (cryptography failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key file is damaged or of an unknown format. The cache cannot be opened: delete it and synchronise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, or the cache key file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LaunchOptionsParser</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the embedded demo site with its own data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video wall mode: full-screen rotating content on the chosen screens. Leave it with Ctrl+Alt+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens for wall mode, e.g. 0,1 (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work from the local cache only; do not contact servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep data (cache, logs, layout) in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the modules that load, with versions, as JSON and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run jiandu --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run jiandu --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screens only applies to wall mode; add --wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screens expects screen numbers separated by commas, e.g. 0,1; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang expects %1; &quot;%2&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiandu police supervision workstation.

Exit codes: 0 success, 1 failure, 2 bad command line, 3 data directory unusable or in use, 4 module directory missing, 5 local cache unusable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LayoutLibrary</name>
    <message>
        <source>Layout not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no local cache to keep layouts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the unit&apos;s other video walls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LayoutRepository</name>
    <message>
        <source>The saved layouts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the layout a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent a layout without its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video wall&apos;s cameras could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video wall&apos;s cameras could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LinkSearch</name>
    <message>
        <source>reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LinkSearchBox</name>
    <message>
        <source>Search incidents and cases: number, name, ID number, place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident or case in this workstation&apos;s cache mentions “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LivePlace</name>
    <message>
        <source>Case-handling area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latency log %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LiveStream</name>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera&apos;s pictures cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LocalCache</name>
    <message>
        <source>The cache key could not be saved to %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a cache in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache directory %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cache in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was re-encrypted but its new key could not be put in place; it will be on the next open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a cache file (a folder, a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is empty: its data was lost (the disk was full, or the file was truncated). Restore it from a backup, or move the cache folder away and synchronise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key %1 is missing or damaged. Without it the cache cannot be read: delete the cache and synchronise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s keys cannot be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s keys cannot be stored in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LogRecordModel</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LogSettingsPage</name>
    <message>
        <source>Sources logging at debug level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages at info level and above are always logged. Tick a source to also log its debug messages, e.g. while a support engineer investigates a problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::LogViewerPage</name>
    <message>
        <source>Minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest message in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding new messages to the view; they are still written to the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · log file: not written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::MainWindow</name>
    <message>
        <source>Jiandu supervision workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiandu main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open current page in new &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Jiandu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Jiandu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jiandu %1&lt;/h3&gt;&lt;p&gt;Police supervision workstation: video and voice patrol, case-area tracking, supervision alerts and the closed-loop problem workflow.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: local cache only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) not loaded</source>
        <translation>
            <numerusform>%n module not loaded</numerusform>
            <numerusform>%n modules not loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleGraph</name>
    <message>
        <source>another file (%1) already provides module &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs module &quot;%1&quot;, which is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs module &quot;%1&quot;, which cannot load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs module &quot;%1&quot; %2 or newer, %3 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dependencies form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleManager</name>
    <message>
        <source>The module directory %1 does not exist. The installation is incomplete: reinstall Jiandu, or point JIANDU_MODULE_DIR at the modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module directory %1 cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin does not implement a Jiandu module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleSpec</name>
    <message>
        <source>%1 is not a usable Jiandu module: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Qt plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it implements interface &quot;%1&quot;, this Jiandu expects &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;Id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;Version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata has no &quot;Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;Dependencies&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dependency has no valid &quot;Id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ModuleStatusDialog</name>
    <message>
        <source>Module status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Outbox</name>
    <message>
        <source>The change could not be queued for the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued changes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued change could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued changes could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::OverviewPage</name>
    <message>
        <source>No site configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo site: sample data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: working from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache encrypted, %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: working from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up: this workstation works alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PageWindow</name>
    <message>
        <source>%1 — Jiandu</source>
        <extracomment>Title of a detached page window: %1 page title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PdfDocument</name>
    <message>
        <source>%1 cannot be written: choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PhotoPicker</name>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PlaceHistory</name>
    <message>
        <source>This workstation keeps no recordings (it has no local cache).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanCanvas</name>
    <message>
        <source>Move a corner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanEditorDialog</name>
    <message>
        <source>Edit the floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw: click each corner, double-click (or Enter) to close; corners snap to the half-metre grid and to other rooms&apos; corners. Select: click a room, drag its corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the room&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the room&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1, floor %2, is shown and shared with the unit&apos;s workstations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanLibrary</name>
    <message>
        <source>Case-handling area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor plan could not be kept in the cache: %1 The plan file&apos;s is shown; edits are not shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the floor plan of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PlanRepository</name>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor plan could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor plans could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not say which case-handling area it is of (&quot;area&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor plan %1 in the cache is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor plan could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor plan could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::PlaybackPage</name>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick up to %1 cameras to play them in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀| Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame |▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what you see in the selected camera, with this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected camera around the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick cameras on the left to play their recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback shows up to %1 cameras in step; untick one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemRepository</name>
    <message>
        <source>The step could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the problem a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which unit is responsible for the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem was already opened from this alert (problem %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem&apos;s history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems&apos; history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemStatistics</name>
    <message>
        <source>Found by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time in each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem rate per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemWorkflow</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a step of the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can %2 (you are signed in as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This problem was issued to %1; %2 can act only on its own problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem is %1; “%2” is possible only when it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a reason or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue to the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismiss the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the legal officer or the leader can open a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already acted on this problem as %2 and cannot also act as %3; another person must take this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ProblemsPage</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a problem to see its history and take the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or description (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem found without an alert, e.g. on a patrol or in a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since it was attached; it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, raised %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not arrived from the central service yet; it is fetched with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Recorder</name>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1 MB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped: the disk for recordings is full or cannot be written (%1). Free space or change the recordings folder, then record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera changed its picture format (e.g. its resolution); recording goes on in a new segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera&apos;s frames carry no time that advances (they all have the same timestamp), so they cannot be recorded as a playable segment; check the camera&apos;s encoder settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RecordingSchedule</name>
    <message>
        <source>A recording schedule has at most 48 time windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recording schedule: write &quot;continuous&quot;, &quot;manual&quot;, &quot;on alert&quot; or time windows such as &quot;08:00-12:00, 14:00-18:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RecordingSettingsPage</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the site says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 This schedule is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this workstation records each camera by itself, whatever is on screen: “continuous”, “manual” (only when someone presses Record), “on alert” (for a while after an alert names the camera), or daily times such as “08:00-12:00, 14:00-18:00” (a time may run past midnight: “22:00-06:00”). Empty: as the site description says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Recordings</name>
    <message>
        <source>Recording index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; it resumes when the camera is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old recording(s) could not be deleted, e.g. %1.</source>
        <translation>
            <numerusform>%n old recording could not be deleted, e.g. %1.</numerusform>
            <numerusform>%n old recordings could not be deleted, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) are recording; recording stops until Jiandu is started again.</source>
        <translation>
            <numerusform>%n camera is recording; recording stops until Jiandu is started again.</numerusform>
            <numerusform>%n cameras are recording; recording stops until Jiandu is started again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cameras recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n camera(s)</source>
        <translation>
            <numerusform>of %n camera</numerusform>
            <numerusform>of %n cameras</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera or network down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cameras delivering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationRepository</name>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationRequestDialog</name>
    <message>
        <source>Reserve a case-handling area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. two theft suspects caught, to be questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station leader approves the request, then the legal head, who assigns the rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationTimeline</name>
    <message>
        <source>Rooms not assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Reservations</name>
    <message>
        <source>This workstation has no local cache to keep reservations in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ReservationsDialog</name>
    <message>
        <source>Reservations of the case-handling areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (station leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and assign rooms… (legal head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no local cache: reservations cannot be kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message>
        <source>in use now %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the area</source>
        <translation>
            <numerusform>%n in the area</numerusform>
            <numerusform>%n in the area</numerusform>
        </translation>
    </message>
    <message>
        <source>approved %1, waiting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 is not on this workstation; its rooms cannot be assigned here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the request rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the reservation back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the reservation of %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::Aligner</name>
    <message>
        <source>The record has no question and answer to align.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is empty: nothing to align with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs found in the recording (overall confidence %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence: only %1 of %2 pairs found (overall %3 %). The transcript is probably of a different interrogation, or the record of a different recording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::DemoInterrogation</name>
    <message>
        <source>The demo interrogation cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::DocumentText</name>
    <message>
        <source>%1 is an old Word (.doc) file. Save it as .docx, PDF or text and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ZIP file but not a Word document (.docx) Jiandu can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read as a record (its text is over %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its text cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its text is not well-formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF Jiandu can read (damaged or not a PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read as a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text (a scan?). Open the record&apos;s text or Word file, or a PDF with text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::FunAsrEngine</name>
    <message>
        <source>FunASR runtime (WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::FunAsrJob</name>
    <message>
        <source>The FunASR service at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FunASR service at %1 cannot be reached or broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FunASR service at %1 closed the connection before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FunASR address “%1” is not a ws:// or wss:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording&apos;s sound cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is recognising the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FunASR service&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::MediaPanel</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed; voices keep their pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording was added to this interrogation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::NewReviewDialog</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interrogation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王五 第1次询问 (from the record when left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件编号, to take the case&apos;s files from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the case&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings of the interrogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.avi *.mov *.ts *.wav *.mp3 *.ogg *.m4a);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written records (*.txt *.docx *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::OpenAiAsrEngine</name>
    <message>
        <source>OpenAI-compatible service (faster-whisper, whisper.cpp, FunASR …)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::OpenAiAsrJob</name>
    <message>
        <source>The speech recognition address “%1” is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording&apos;s sound cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is recognising the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech recognition service at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech recognition service at %1 cannot be reached. Is it running, and is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech recognition service refused the sound (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with text but no times; Jiandu needs response_format=verbose_json, which this service does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech recognition service at %1 answered with more than %2 MB: that is not a transcript.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::PairClipExport</name>
    <message>
        <source>%1 cannot be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch to export is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording holds neither picture nor sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (GStreamer) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip cannot be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be cut at %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be made (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be made: the media engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::PairsModel</name>
    <message>
        <source>Not found in the recording: written down, but nothing like it was heard. Check it against the recording, or place it by hand (drag it onto the transcript).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q: %1
A: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question and answer (written record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::RecordChecks</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问话地点不能为空: the record does not say where the questioning took place (地点).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录开始时间和结束时间不能为空: the record&apos;s %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录制作时间不能少于五分钟或超过八小时: %1 to %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录问答格式错误: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>询问未成年人，应通知其父母或其它监护人到场: %1 is %2 and no guardian (法定代理人/监护人) is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到案时间和离开时间不能为空: the record says %1 but not when the person %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>传唤持续时间不得超过%1小时: from %2 to %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>询问笔录询问时间应当在传唤证的时间之内: questioned %1 to %2, the summons runs %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record says %1 to %2 but its recording runs %3 to %4: %5 of the questioning is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录交叉签名: %1 is also named in %2 (%3 to %4), at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 = answer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制笔录: the same answers as in %1 (%2), a record of another person: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewLibrary</name>
    <message>
        <source>Add at least a recording or the written record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this workstation&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no recording or document in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewModule</name>
    <message>
        <source>Interrogation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation review keeps its work in the encrypted cache, which this workstation runs without.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewPage</name>
    <message>
        <source>New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interrogation on the left, or add one with its recordings, written record and transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo interrogation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo interrogation could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>王小五 第1次询问 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewRepository</name>
    <message>
        <source>%1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrogation could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrogations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrogation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmark could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmark could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmarks could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done could not be written to the review trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review trail could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alignment could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alignments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcripts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewSession</name>
    <message>
        <source>No written record was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrogation is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since it was added (its SHA-256 differs): what is shown is not the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept versions were edited outside Jiandu: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligning the record with the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 placed by hand on segments %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen pairs was found in the recording: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs %1 to %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewTimeline</name>
    <message>
        <source>Where each pair was said; red: said but not written down. Click to play from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said but not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::ReviewView</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the record with the transcript again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a transcript (WebVTT, SRT, whisper.cpp, FunASR or JSON) as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the speech recognition service transcribe the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the selected pair on the selected transcript segments (or drag the pair onto the transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this moment with a note (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the record, transcript and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interrogation cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question and answer could be read from the written record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in the record. No transcript yet: open one or transcribe the recording.</source>
        <translation>
            <numerusform>%n pair in the record. No transcript yet: open one or transcribe the recording.</numerusform>
            <numerusform>%n pairs in the record. No transcript yet: open one or transcribe the recording.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) said but not written down.</source>
        <translation>
            <numerusform>%n passage said but not written down.</numerusform>
            <numerusform>%n passages said but not written down.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1 is written in the record but was not found in the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 said but not written down: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to play from here; Delete to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original %1 · %2 bytes · SHA-256 %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 · transcript %2 · notes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair of the record and the transcript segments where it was said, or drag the pair onto the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech recognition service is set. Set its engine and address under Settings (review/asrEngine: openai or funasr; review/asrEndpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the stretch of the selected pairs with its subtitles and manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said in answer to pair %2 but left out of the record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the pairs to export (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn what was said into the picture? The subtitles are written beside the clip (.srt) either way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::TextDecoding</name>
    <message>
        <source>The file holds binary data, not text. Open the record&apos;s text, Word (.docx) or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is in no encoding Jiandu reads (UTF-8, UTF-16, GB18030/GBK). Save it again as UTF-8 and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::Transcript</name>
    <message>
        <source>No timed cue (00:00:01,000 --&gt; 00:00:02,000) could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds no timed segments (start, end, text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FunASR result holds no timed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not a transcript Jiandu knows (WebVTT, SRT, whisper.cpp, FunASR or a list of timed segments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no transcript in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a transcript Jiandu knows: WebVTT, SRT, whisper.cpp JSON, FunASR JSON or a JSON list of timed segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no spoken text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments were out of time order; they are shown sorted by their start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) ended before they began; their times were swapped.</source>
        <translation>
            <numerusform>%n segment ended before they began; their times were swapped.</numerusform>
            <numerusform>%n segments ended before they began; their times were swapped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) with negative times were left out.</source>
        <translation>
            <numerusform>%n segment with negative times were left out.</numerusform>
            <numerusform>%n segments with negative times were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) end after the recording does (%1); the transcript may be of another recording or its times offset.</source>
        <translation>
            <numerusform>%n segment end after the recording does (%1); the transcript may be of another recording or its times offset.</numerusform>
            <numerusform>%n segments end after the recording does (%1); the transcript may be of another recording or its times offset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::TranscriptModel</name>
    <message>
        <source>Said but not written down: no pair of the record covers this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said (transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said here but left out of pair %1&apos;s written answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, part not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::Transcription</name>
    <message>
        <source>No room for the recording&apos;s sound in the temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Review::WrittenRecord</name>
    <message>
        <source>Question %1 (line %2) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 (line %2) has no answer (答：).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to question %1 (line %2) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is an answer (答：) with no question before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question and answer (问：/答：) was found. Is this a written record, and is its text readable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not say where it was made (地点).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not say when it began (时间).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not say when it ended (时间 … 至 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ends (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not name the person questioned (被询问人/被讯问人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not name the officers who questioned (询问人/讯问人).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RoomAssignmentDialog</name>
    <message>
        <source>Assign the rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for %2 in %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleCatalogue</name>
    <message>
        <source>Use true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a length of time; write e.g. 3d, 24h, 30min, 2mo or 1y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule fires at once; it has no deadline to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule gives no advance warning; it has no lead time to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning must come before the deadline (lead shorter than deadline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting of a rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleSet</name>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a length of time like &quot;3d&quot;, &quot;24h&quot;, &quot;30min&quot;, &quot;2mo&quot; or &quot;1y&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;field&quot;: &quot;value&quot; or [&quot;values&quot;], …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value or a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;event&quot;: &quot;…&quot;, &quot;where&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, e.g. &quot;person.detention.overdue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;element&quot; is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tier&quot; is guidance (事前指引), warning (事中预警) or alarm (事后报警)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;enabled&quot; is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;score&quot; is a whole number 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;colour&quot; is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;start&quot; is missing: the event that starts the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lead&quot; needs a &quot;deadline&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stop&quot; is a list of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule file is a JSON object {&quot;format&quot;: …, &quot;rules&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;jiandu-rules/1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule is an object {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate rule has no &quot;%1&quot;: it is judged at the end of each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; is a whole number 2–1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;within&quot; is missing: the time the repeats fall in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repeat rule is raised at once; it has no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lead&quot; must be shorter than &quot;deadline&quot;: the warning comes that long before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleSettingsPage</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a score, deadline or lead time to change it; click the box to switch a rule on or off. Every change asks for a reason and is kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here; the catalogue says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the rule off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the rule on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, element, stage or rule id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
A length of time: 30min, 24h, 3d, 6mo or 1y; empty for the catalogue&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleSettingsRepository</name>
    <message>
        <source>The rule settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting of a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the rule is changed; the change is recorded with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule settings&apos; history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent a rule setting without its rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule setting from the central service could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent a rule change without its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule change from the central service could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule change the central service did not accept could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::RuleWorker</name>
    <message>
        <source>Supervision alerts are not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule engine state not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved deadlines could not be read; they start again from the next events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from the future refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events are dated later than now and were not applied; check the clock of the system that sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiandu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event lines refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be written: %1. The alerts are kept in memory and no further event files are read until they are stored; Jiandu tries again every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts stored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache can be written again; the alerts kept in memory are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event file too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 MB; event files of up to %3 MB are read. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines are not events and were skipped (first: %3). The list is kept beside the file in processed/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event file not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of %1 are applied and stored, but the file cannot be moved to processed/ (%2). It is not read again; move it away by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule engine&apos;s saved deadlines cannot be read (%1); they are kept as they are. Restart Jiandu; if it persists, check the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event folder unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or cannot be read: no events reach the supervision alerts. Check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Schema</name>
    <message>
        <source>The cache&apos;s schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache cannot be upgraded: it is locked or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache was written by a newer Jiandu (layout %1; this version understands up to %2). Update Jiandu on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be upgraded (%1, step %2); it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be upgraded; it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 brings a broken list of cache migrations; it cannot start. Reinstall Jiandu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache holds %1 data written by a newer Jiandu (version %2; this one understands up to %3). Update Jiandu on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache was written by an older Jiandu; open it once with this version (not read-only) to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s tables are not the ones this Jiandu writes (storage %1, expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::ScreenLock</name>
    <message>
        <source>Jiandu is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1. Enter the password to go on; the work behind this screen is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::SealedFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed or is incomplete: it cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SealedPhotos</name>
    <message>
        <source>The photos cannot be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; choose a smaller photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or BMP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture of at most 50 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was kept; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SegmentRepository</name>
    <message>
        <source>The recording index could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording index cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SettingsStore</name>
    <message>
        <source>the path is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (not a text configuration file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (format error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1 could not be used: %2. Default settings are in effect and will not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1 could not be used: %2. Default settings are in effect; the damaged file was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is not a regular file (a device or a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for a configuration file (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Shell</name>
    <message>
        <source>Leave wall mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave video wall mode and close Jiandu on every wall screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check free disk space and permissions; they stay in effect until Jiandu closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Jiandu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting now interrupts:

%1

Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign in with your account of the central service (%1). Without a network, an account confirmed on this workstation in the last %n days signs in from the local cache.</source>
        <translation>
            <numerusform>Sign in with your account of the central service (%1). Without a network, an account confirmed on this workstation in the last day signs in from the local cache.</numerusform>
            <numerusform>Sign in with your account of the central service (%1). Without a network, an account confirmed on this workstation in the last %n days signs in from the local cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SimulatedFeed</name>
    <message>
        <source>Simulated positions (demo site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SiteDescription</name>
    <message>
        <source>The site description is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site description needs a &quot;code&quot; and a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site description %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera of the site description has no &quot;id&quot; or &quot;url&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Snapshot</name>
    <message>
        <source>There is no picture to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recording of this camera at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is saved as .jpg or .png, not as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SqlError</name>
    <message>
        <source>the disk holding the cache is full; free some space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache is busy with another writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the cache cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::StatisticsPage</name>
    <message>
        <source>Problems by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time in each stage (slowest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); problems found in %1 of %2 cases (%3%)</source>
        <translation>
            <numerusform>%n problem; problems found in %1 of %2 cases (%3%)</numerusform>
            <numerusform>%n problems; problems found in %1 of %2 cases (%3%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are still being computed; export again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::StayDocumentPrinter</name>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::StayHistoryDialog</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongings registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongings returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stay is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room is on record for band %1 in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was in no room a camera watches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trajectory video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matroska video (*.mkv);;MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the rooms&apos; recordings together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory video saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is saved. Make a disc image of it with its manifest, captions and a printed cover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the disc image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc images (*.iso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc image saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cover to print: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn it now on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnt on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3: no camera in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3: camera %4 recorded nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the video:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were taken during this stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this workstation yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::StepForms</name>
    <message>
        <source>Entry registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex, apparent age, build, clothes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wristband number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escorting officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2, %3 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind an officer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries found on the body, where and how; empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited or dangerous items carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person says about the injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a case or incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader who approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escorted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from temporary leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the person is back in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or hand on belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the person goes (看守所, 拘留所, 家属领回 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wristband is unbound when the stay is deregistered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::AccountVerifier</name>
    <message>
        <source>The account could not be kept for offline sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts kept for offline sign-in cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed in on this workstation while the central service was reachable, so it cannot sign in offline. Connect to the network once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was last confirmed by the central service on %2, more than %n days ago: offline sign-in has expired. Connect to the network to sign in.</source>
        <translation>
            <numerusform>%1 was last confirmed by the central service on %2, more than a day ago: offline sign-in has expired. Connect to the network to sign in.</numerusform>
            <numerusform>%1 was last confirmed by the central service on %2, more than %n days ago: offline sign-in has expired. Connect to the network to sign in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account kept for offline sign-in could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind the time %1 was last confirmed by the central service (%2). Set the clock right, or connect to the network to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::CentralTransport</name>
    <message>
        <source>The server&apos;s certificate is not the one pinned in the settings: it was replaced, or something sits between this workstation and the server. Nothing was sent; ask the administrator before trusting the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this workstation; pin it in the settings or install the organisation&apos;s CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::FileTransfer</name>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or changed since it was attached; it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service does not hold this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service did not accept the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent %1 bytes of a file where %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received piece cannot be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received file cannot be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file received from the central service does not match its SHA-256; it is fetched again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::ShareClient</name>
    <message>
        <source>The share token expired; a new one is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server limits the request rate; waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts.</source>
        <translation>
            <numerusform>Gave up after %n attempt.</numerusform>
            <numerusform>Gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SharePageReader</name>
    <message>
        <source>The server&apos;s answer is not the share API&apos;s JSON; it may be a proxy&apos;s error page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no result code; it is not the share API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a page without a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record without %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has no valid %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the token request is not the share API&apos;s JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the share key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the token request holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SharePull</name>
    <message>
        <source>%1 (attempt %2, again in %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s %1 pages are not in time order; the pull stopped so that nothing is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::ShareStore</name>
    <message>
        <source>The pulled records could not be stored (is the disk full?); the pull resumes from its last stored page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state in the cache cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share key&apos;s secret could not be stored in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SupervisionClient</name>
    <message>
        <source>The central service answered something that is not its API (a proxy or another program at that address?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts; the central service asks to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service refused the sign-in of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service limits the request rate; waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent a page of changes without its position or its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service sent a change without its kind or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service answered %1 of %2 operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service could not sign you in now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SupervisionStore</name>
    <message>
        <source>The sync state could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is busy; the sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records from the central service could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answers could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Sync::SupervisionSync</name>
    <message>
        <source>A sync round is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The central service&apos;s answers to %n operations were not understood; they stay queued.</source>
        <translation>
            <numerusform>The central service&apos;s answer to %n operation was not understood; it stays queued.</numerusform>
            <numerusform>The central service&apos;s answers to %n operations were not understood; they stay queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central service&apos;s change log went backwards (from %1 to %2): its database was restored from a backup? The sync stopped; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The central service could not apply %n operations now; they stay queued and are sent again.</source>
        <translation>
            <numerusform>The central service could not apply %n operation now; it stays queued and is sent again.</numerusform>
            <numerusform>The central service could not apply %n operations now; they stay queued and are sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncModule</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncPage</name>
    <message>
        <source>接报 (jb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警情 (jq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下发 (jqxf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈 (jqfk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored this pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crowded seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the central service&apos;s address and this workstation&apos;s share key under Settings → Sync. A standalone site works without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 警情 share feeds are pulled from the central service through the 警情中心 share API; a pull that is interrupted resumes where its last stored page ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes decided otherwise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the problem “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the problem “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the alert “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already done “%2” at %3; your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already done it at %2; your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the central service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in with a central account: alerts and problems stay on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. %n change(s) of this workstation waiting to be sent.</source>
        <translation>
            <numerusform>Signed in as %1. %n change of this workstation waiting to be sent.</numerusform>
            <numerusform>Signed in as %1. %n changes of this workstation waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last exchange with the central service: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the central service took every change of this workstation as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the layout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the layout “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send camera %1 to the video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 to send, %2 to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rule %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the floor plan of %1, floor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 at the desk of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide a reservation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncService</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share key&apos;s secret is not set; enter it under Settings → Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: off (offline mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline mode: working from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working from the local cache; retried every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes decided otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out by the central service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service no longer accepts your account: %1 Your changes stay queued here; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided otherwise</source>
        <translation>
            <numerusform>%n decided otherwise</numerusform>
            <numerusform>%n decided otherwise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central service decided %n of your changes otherwise: someone else acted first, or the step is not allowed. The Sync page says what won.</source>
        <translation>
            <numerusform>The central service decided %n of your changes otherwise: someone else acted first, or the step is not allowed. The Sync page says what won.</numerusform>
            <numerusform>The central service decided %n of your changes otherwise: someone else acted first, or the step is not allowed. The Sync page says what won.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiandu::SyncSettingsPage</name>
    <message>
        <source>SHA-256 of the server certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share key secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First pull reaches back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the encrypted cache, never in the settings file. Leave the address empty on a standalone site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SystemModule</name>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::SystemStatusWidget</name>
    <message>
        <source>Workstation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors (last hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::TextSetting</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::TrackRepository</name>
    <message>
        <source>Where people were could not be kept in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of the area could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::VideoPatrolModule</name>
    <message>
        <source>Video patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording schedules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::VideoPatrolPage</name>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n tile</numerusform>
            <numerusform>%n tiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Patrol round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every camera of the site in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what you see on the selected tile, with a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a camera in the grid and click its tile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no local cache for the recording index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this grid under a name, or bring back a saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this layout as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tile(s), by %2)</source>
        <translation>
            <numerusform>%1 (%n tile, by %2)</numerusform>
            <numerusform>%1 (%n tiles, by %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation keeps no recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this camera is not being recorded (its schedule, or Record on the tile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a full-resolution snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full picture did not come in time: the snapshot has the tile&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cameras %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2, next in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (the other operators of your unit see it too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take its view as it is now for reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cameras&apos; health (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is looked at now; if its picture is sound, it becomes the view it is held to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is looked at now; its verdict shows in the list in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cameras&apos; health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera-health-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera health exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera health not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::VideoTile</name>
    <message>
        <source>Video tile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a still of this camera as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a camera here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting (%1); next attempt in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this camera continuously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the last seconds recorded again, then back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to this camera (同步监听); other tiles go quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this camera full screen at full resolution (Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♪ Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this camera on the video wall (上墙)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a clip of this camera&apos;s recording, with its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buttons that do not fit on this tile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::WallWindow</name>
    <message>
        <source>Jiandu video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wall content is enabled. Choose it under Tools → Settings → General on an operator workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jiandu::Workspace</name>
    <message>
        <source>No module provides a page. See Tools → Module status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be created; see the run log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (window)</source>
        <extracomment>Navigator entry of a page that is open in its own window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>expected {&quot;of&quot;: {…}, &quot;met&quot;: {…}, &quot;per&quot;: &quot;unit&quot;, &quot;period&quot;: &quot;1mo&quot;, &quot;below&quot;: 0.9}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;period&quot; is missing, e.g. &quot;7d&quot; or &quot;1mo&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period is whole days (&quot;7d&quot;) or months (&quot;1mo&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;below&quot; is the threshold as a fraction, e.g. 0.9 for 90%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;minimum&quot; is a whole number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
