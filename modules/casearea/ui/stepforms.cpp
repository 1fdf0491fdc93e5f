#include "stepforms.h"

#include "../journeys.h"
#include "linksearchbox.h"
#include "stepdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <photos/photopicker.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
QComboBox *choices(const QStringList &items, bool editable, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItems(items);
    box->setEditable(editable);
    return box;
}

QJsonArray checked(const QList<QCheckBox *> &boxes)
{
    QJsonArray list;
    for (const QCheckBox *box : boxes) {
        if (box->isChecked())
            list.append(box->text());
    }
    return list;
}
} // namespace

StepDialog *StepForms::entry(Journeys &journeys, const QString &unit, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"area.entered"_s,
                                  QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  tr("Entry registration"), parent);
    dialog->setObjectName(u"entryDialog"_s);
    auto *form = dialog->form();
    auto *name = new QLineEdit(dialog);
    name->setObjectName(u"entryName"_s);
    auto *idCard = new QLineEdit(dialog);
    idCard->setObjectName(u"entryIdCard"_s);
    idCard->setMaxLength(24);
    auto *idState = new QLabel(dialog);
    idState->setObjectName(u"entryIdState"_s);
    auto *unknown = new QCheckBox(tr("Identity unknown"), dialog);
    auto *description = new QLineEdit(dialog);
    description->setPlaceholderText(tr("Sex, apparent age, build, clothes"));
    description->setEnabled(false);
    auto *reason = choices(
        {u"传唤"_s, u"拘传"_s, u"抓获"_s, u"投案自首"_s, u"扭送"_s, u"继续盘问"_s, u"其他"_s}, true,
        dialog);
    auto *caseNo = new QLineEdit(dialog);
    auto *incidentNo = new QLineEdit(dialog);
    auto *escort = new QLineEdit(dialog);
    auto *tag = new QLineEdit(dialog);
    tag->setObjectName(u"entryTag"_s);
    tag->setPlaceholderText(tr("Wristband number"));
    auto *categoryBox = new QWidget(dialog);
    auto *grid = new QGridLayout(categoryBox);
    grid->setContentsMargins(0, 0, 0, 0);
    QList<QCheckBox *> categories;
    for (const QString &category : JourneyBook::specialCategories()) {
        auto *box = new QCheckBox(category, categoryBox);
        grid->addWidget(box, int(categories.size()) / 3, int(categories.size()) % 3);
        categories.append(box);
    }
    form->addRow(tr("Name"), name);
    form->addRow(tr("Identity card"), idCard);
    form->addRow(QString(), idState);
    form->addRow(QString(), unknown);
    form->addRow(tr("Description"), description);
    form->addRow(tr("Reason"), reason);
    form->addRow(tr("Case number"), caseNo);
    form->addRow(tr("Incident number"), incidentNo);
    form->addRow(tr("Escorting officer"), escort);
    form->addRow(tr("Wristband"), tag);
    form->addRow(tr("Special categories"), categoryBox);

    // The number is read as it is typed: what it says (sex, birth, age) or what is wrong,
    // and the categories its birth date gives ticked and fixed.
    const auto readCard = [=] {
        const bool known = !unknown->isChecked();
        idCard->setEnabled(known);
        description->setEnabled(!known);
        QStringList derived;
        if (!known || idCard->text().trimmed().isEmpty()) {
            idState->clear();
        } else if (auto card = IdentityCard::parse(idCard->text())) {
            const int age = card->ageOn(QDate::currentDate());
            idState->setStyleSheet(QString());
            idState->setText(
                tr("%1, born %2, %3 years old")
                    .arg(card->male ? u"男"_s : u"女"_s, card->birthDate.toString(u"yyyy-MM-dd"_s))
                    .arg(age));
            derived = JourneyBook::derivedCategories(card->birthDate, QDate::currentDate());
        } else {
            idState->setStyleSheet(u"color: #b71c1c"_s);
            idState->setText(card.error().message);
        }
        for (QCheckBox *box : categories) {
            const bool given = derived.contains(box->text());
            if (given)
                box->setChecked(true);
            else if (!box->isEnabled())
                box->setChecked(false);
            box->setEnabled(!given);
        }
    };
    QObject::connect(idCard, &QLineEdit::textChanged, dialog, readCard);
    QObject::connect(unknown, &QCheckBox::toggled, dialog, readCard);
    dialog->setConfirmText(tr("Register"));
    dialog->setBody([=] {
        return QJsonObject{{u"name"_s, name->text()},
                           {u"idCard"_s, unknown->isChecked() ? QString() : idCard->text()},
                           {u"unknown"_s, unknown->isChecked()},
                           {u"description"_s, description->text()},
                           {u"reason"_s, reason->currentText()},
                           {u"caseNo"_s, caseNo->text()},
                           {u"incidentNo"_s, incidentNo->text()},
                           {u"escort"_s, escort->text()},
                           {u"tag"_s, tag->text().trimmed()},
                           {u"unit"_s, unit},
                           {u"categories"_s, checked(categories)}};
    });
    return dialog;
}

StepDialog *StepForms::officerCard(Journeys &journeys, QWidget *parent)
{
    auto *dialog =
        new StepDialog(journeys, u"officer.card-bound"_s, {}, tr("Bind an officer's card"), parent);
    auto *name = new QLineEdit(dialog);
    auto *officerId = new QLineEdit(dialog);
    auto *tag = new QLineEdit(dialog);
    dialog->form()->addRow(tr("Officer"), name);
    dialog->form()->addRow(tr("Police number"), officerId);
    dialog->form()->addRow(tr("Card"), tag);
    dialog->setBody([=] {
        return QJsonObject{{u"name"_s, name->text()},
                           {u"officerId"_s, officerId->text()},
                           {u"tag"_s, tag->text().trimmed()}};
    });
    return dialog;
}

StepDialog *StepForms::safetyCheck(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"safetycheck.done"_s, stayUid,
                                  tr("Personal safety check"), parent);
    auto *injuries = new QPlainTextEdit(dialog);
    injuries->setPlaceholderText(tr("Injuries found on the body, where and how; empty if none"));
    injuries->setMaximumHeight(90);
    auto *carried = new QLineEdit(dialog);
    carried->setPlaceholderText(tr("Prohibited or dangerous items carried"));
    auto *statement = new QLineEdit(dialog);
    statement->setPlaceholderText(tr("What the person says about the injuries"));
    auto *checkedBy = new QLineEdit(dialog);
    auto *photos = new PhotoPicker(dialog);
    dialog->form()->addRow(tr("Injuries"), injuries);
    dialog->form()->addRow(tr("Injury photos"), photos);
    dialog->form()->addRow(tr("Items carried"), carried);
    dialog->form()->addRow(tr("Statement"), statement);
    dialog->form()->addRow(tr("Checked by"), checkedBy);
    dialog->setBody([=] {
        return QJsonObject{{u"injuries"_s, injuries->toPlainText()},
                           {u"carried"_s, carried->text()},
                           {u"statement"_s, statement->text()},
                           {u"checkedBy"_s, checkedBy->text()},
                           {u"photoFiles"_s, QJsonArray::fromStringList(photos->files())}};
    });
    return dialog;
}

StepDialog *StepForms::belongings(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"belongings.registered"_s, stayUid,
                                  tr("Register belongings"), parent);
    dialog->setObjectName(u"belongingsDialog"_s);
    auto *items = new QTableWidget(0, 5, dialog);
    items->setObjectName(u"belongingItems"_s);
    items->setHorizontalHeaderLabels(
        {tr("Item"), tr("Kind"), tr("Count"), tr("Cabinet"), tr("Note")});
    items->horizontalHeader()->setStretchLastSection(true);
    items->verticalHeader()->hide();
    items->setMinimumWidth(520);
    const auto addRow = [items] {
        const int row = items->rowCount();
        items->insertRow(row);
        items->setItem(row, 0, new QTableWidgetItem);
        auto *kind = new QComboBox(items);
        kind->addItems(JourneyBook::belongingKinds());
        items->setCellWidget(row, 1, kind);
        auto *count = new QSpinBox(items);
        count->setRange(1, 9999);
        items->setCellWidget(row, 2, count);
        items->setItem(row, 3, new QTableWidgetItem);
        items->setItem(row, 4, new QTableWidgetItem);
    };
    addRow();
    auto *add = new QPushButton(tr("Add item"), dialog);
    QObject::connect(add, &QPushButton::clicked, dialog, addRow);
    auto *photos = new PhotoPicker(dialog);
    dialog->form()->addRow(items);
    dialog->form()->addRow(add);
    dialog->form()->addRow(tr("Photos"), photos);
    dialog->setBody([items, photos] {
        QJsonArray list;
        for (int row = 0; row < items->rowCount(); ++row) {
            const QString name = items->item(row, 0)->text().trimmed();
            if (name.isEmpty())
                continue;
            list.append(QJsonObject{
                {u"name"_s, name},
                {u"kind"_s, static_cast<QComboBox *>(items->cellWidget(row, 1))->currentText()},
                {u"count"_s, static_cast<QSpinBox *>(items->cellWidget(row, 2))->value()},
                {u"cabinet"_s, items->item(row, 3)->text()},
                {u"note"_s, items->item(row, 4)->text()}});
        }
        return QJsonObject{{u"items"_s, list},
                           {u"photoFiles"_s, QJsonArray::fromStringList(photos->files())}};
    });
    return dialog;
}

StepDialog *StepForms::infoCollection(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"infocollection.done"_s, stayUid,
                                  tr("Information collection"), parent);
    auto *box = new QWidget(dialog);
    auto *grid = new QGridLayout(box);
    QList<QCheckBox *> items;
    for (const QString &item : {u"人像"_s, u"指纹"_s, u"掌纹"_s, u"DNA"_s, u"声纹"_s, u"虹膜"_s,
                                u"足迹"_s, u"手机信息"_s}) {
        auto *check = new QCheckBox(item, box);
        grid->addWidget(check, int(items.size()) / 4, int(items.size()) % 4);
        items.append(check);
    }
    dialog->form()->addRow(tr("Collected"), box);
    dialog->setBody([items] { return QJsonObject{{u"items"_s, checked(items)}}; });
    return dialog;
}

StepDialog *StepForms::drugTest(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"drugtest.done"_s, stayUid, tr("Drug test"), parent);
    auto *result = choices(JourneyBook::drugTestResults(), false, dialog);
    auto *method = choices({u"尿液检测"_s, u"唾液检测"_s, u"毛发检测"_s}, true, dialog);
    dialog->form()->addRow(tr("Result"), result);
    dialog->form()->addRow(tr("Method"), method);
    dialog->setBody([=] {
        return QJsonObject{{u"result"_s, result->currentText()},
                           {u"method"_s, method->currentText()}};
    });
    return dialog;
}

StepDialog *StepForms::caseLink(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"case.linked"_s, stayUid,
                                  tr("Link to a case or incident"), parent);
    dialog->setObjectName(u"caseLinkDialog"_s);
    auto *caseNo = new QLineEdit(dialog);
    caseNo->setObjectName(u"linkCaseNo"_s);
    auto *incidentNo = new QLineEdit(dialog);
    incidentNo->setObjectName(u"linkIncidentNo"_s);
    if (const Stay *stay = journeys.book().stay(stayUid)) {
        caseNo->setText(stay->caseNo);
        incidentNo->setText(stay->incidentNo);
    }
    // Found among the synced incidents and the cases, by the subject's name to begin with.
    auto *search = new LinkSearchBox(journeys, dialog);
    QObject::connect(search, &LinkSearchBox::picked, dialog, [=](const LinkCandidate &c) {
        (c.kind == LinkCandidate::Kind::Case ? caseNo : incidentNo)->setText(c.number);
    });
    dialog->form()->addRow(tr("Search"), search);
    dialog->form()->addRow(tr("Case number"), caseNo);
    dialog->form()->addRow(tr("Incident number"), incidentNo);
    dialog->setBody([=] {
        return QJsonObject{{u"caseNo"_s, caseNo->text()}, {u"incidentNo"_s, incidentNo->text()}};
    });
    if (const Stay *stay = journeys.book().stay(stayUid); stay && !stay->name.isEmpty())
        search->search(stay->name);
    return dialog;
}

StepDialog *StepForms::temporaryLeave(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"area.temporarily-left"_s, stayUid,
                                  tr("Temporary leave"), parent);
    auto *reason =
        choices({u"就医"_s, u"辨认现场"_s, u"指认现场"_s, u"提取证据"_s, u"其他"_s}, true, dialog);
    auto *approvedBy = new QLineEdit(dialog);
    approvedBy->setPlaceholderText(tr("The leader who approved it"));
    auto *escort = new QLineEdit(dialog);
    dialog->form()->addRow(tr("Reason"), reason);
    dialog->form()->addRow(tr("Approved by"), approvedBy);
    dialog->form()->addRow(tr("Escorted by"), escort);
    dialog->setBody([=] {
        return QJsonObject{{u"reason"_s, reason->currentText()},
                           {u"approvedBy"_s, approvedBy->text()},
                           {u"escort"_s, escort->text()}};
    });
    return dialog;
}

StepDialog *StepForms::returnFromLeave(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"area.returned"_s, stayUid,
                                  tr("Back from temporary leave"), parent);
    dialog->form()->addRow(new QLabel(tr("Record that the person is back in the area."), dialog));
    return dialog;
}

StepDialog *StepForms::returnBelongings(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"belongings.returned"_s, stayUid,
                                  tr("Return or hand on belongings"), parent);
    auto *list = new QListWidget(dialog);
    if (const Stay *stay = journeys.book().stay(stayUid)) {
        for (const Belonging &item : stay->held()) {
            auto *row = new QListWidgetItem(
                u"%1 ×%2 · %3 · %4"_s.arg(item.name).arg(item.count).arg(item.kind, item.cabinet),
                list);
            row->setData(Qt::UserRole, item.id);
            row->setCheckState(Qt::Checked);
        }
    }
    auto *disposal =
        choices({u"返还本人"_s, u"移交办案单位"_s, u"扣押"_s, u"转交家属"_s}, true, dialog);
    dialog->form()->addRow(tr("Items"), list);
    dialog->form()->addRow(tr("Disposal"), disposal);
    dialog->setBody([=] {
        QJsonArray ids;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                ids.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return QJsonObject{{u"ids"_s, ids}, {u"disposal"_s, disposal->currentText()}};
    });
    return dialog;
}

StepDialog *StepForms::deregistration(Journeys &journeys, const QString &stayUid, QWidget *parent)
{
    auto *dialog = new StepDialog(journeys, u"area.left"_s, stayUid, tr("Deregistration"), parent);
    dialog->setObjectName(u"deregistrationDialog"_s);
    auto *reason = choices({u"释放"_s, u"刑事拘留"_s, u"行政拘留"_s, u"取保候审"_s, u"监视居住"_s,
                            u"移交"_s, u"送医"_s, u"其他"_s},
                           true, dialog);
    auto *destination = new QLineEdit(dialog);
    destination->setPlaceholderText(tr("Where the person goes (看守所, 拘留所, 家属领回 …)"));
    dialog->form()->addRow(tr("Reason"), reason);
    dialog->form()->addRow(tr("Destination"), destination);
    dialog->form()->addRow(
        new QLabel(tr("The wristband is unbound when the stay is deregistered."), dialog));
    dialog->setConfirmText(tr("Deregister"));
    dialog->setBody([=] {
        return QJsonObject{{u"reason"_s, reason->currentText()},
                           {u"destination"_s, destination->text()}};
    });
    return dialog;
}

} // namespace Jiandu
