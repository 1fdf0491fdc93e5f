#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Jiandu {

class Journeys;
class StepDialog;

//! The desk's forms, one a step of a stay, each a StepDialog ready to show.
class StepForms
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::StepForms)

public:
    //! 入区登记: who (identity card checked as typed, or an unknown person described), why, the
    //! case, the wristband, the special categories (those the birth date gives are ticked).
    static StepDialog *entry(Journeys &journeys, const QString &unit, QWidget *parent);
    //! An officer's card bound to the officer as they come into the area.
    static StepDialog *officerCard(Journeys &journeys, QWidget *parent);
    static StepDialog *safetyCheck(Journeys &journeys, const QString &stayUid, QWidget *parent);
    static StepDialog *belongings(Journeys &journeys, const QString &stayUid, QWidget *parent);
    static StepDialog *infoCollection(Journeys &journeys, const QString &stayUid, QWidget *parent);
    static StepDialog *drugTest(Journeys &journeys, const QString &stayUid, QWidget *parent);
    static StepDialog *caseLink(Journeys &journeys, const QString &stayUid, QWidget *parent);
    static StepDialog *temporaryLeave(Journeys &journeys, const QString &stayUid, QWidget *parent);
    static StepDialog *returnFromLeave(Journeys &journeys, const QString &stayUid, QWidget *parent);
    static StepDialog *returnBelongings(Journeys &journeys, const QString &stayUid,
                                        QWidget *parent);
    static StepDialog *deregistration(Journeys &journeys, const QString &stayUid, QWidget *parent);
};

} // namespace Jiandu
