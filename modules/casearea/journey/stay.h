#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Jiandu::CaseArea {

//! One step of a subject's stay as the desk records it (入区登记, 人身安全检查, 临时离开, 注销 …),
//! named as the rule engine's event is: "area.entered", "safetycheck.done", …
struct JourneyStep
{
    QString uid;     //!< the step's own id
    QString stayUid; //!< the stay it belongs to (empty for an officer's card)
    QString kind;
    qint64 atMs = 0;
    QString operatorName; //!< who recorded it
    QJsonObject body;     //!< what the form said

    QJsonObject toJson() const;
    static JourneyStep fromJson(const QJsonObject &json);
};

//! An item taken from the subject at the desk (随身物品) or held as evidence (涉案物品).
struct Belonging
{
    QString id; //!< "1", "2", … in the order registered
    QString name;
    QString kind; //!< 随身物品 or 涉案物品
    int count = 1;
    QString cabinet; //!< where it is kept (储物柜 number)
    QString note;
    QStringList photos; //!< SHA-256 of the photos in the cache's files
    bool held = true;
    QString disposal; //!< how it left the area's keeping (返还本人, 移交, 扣押 …)
    qint64 disposedMs = -1;
};

//! One person's stay in the area, from 入区登记 to 注销, as its steps made it.
struct Stay
{
    QString uid;
    QString personId; //!< the number the inbox and the documents give the stay
    QString name;
    QString idCard;      //!< empty for an unknown person
    QString description; //!< what an unknown person looks like
    QString gender;
    QDate birthDate;
    int age = -1;
    QStringList categories; //!< special categories (未成年人员, 醉酒人员 …)
    QString unit;
    QString reason; //!< why brought in (传唤, 拘传, 抓获 …)
    QString caseNo;
    QString incidentNo;
    QString tag; //!< the wristband while the stay lasts
    QString escort;
    qint64 enteredMs = 0;
    qint64 safetyCheckMs = -1;
    qint64 infoCollectedMs = -1;
    qint64 drugTestMs = -1;
    QString drugTestResult;
    bool away = false; //!< on an approved temporary leave
    qint64 leftMs = -1;
    QString leftReason;
    QString destination;
    QList<Belonging> belongings;
    QList<JourneyStep> steps;

    bool inArea() const { return leftMs < 0; }
    bool caseLinked() const { return !caseNo.isEmpty() || !incidentNo.isEmpty(); }
    QList<Belonging> held() const;
    //! Who the stay is, as every event of it names them.
    QJsonObject identity() const;
};

} // namespace Jiandu::CaseArea
