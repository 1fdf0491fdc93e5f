#include "qsqlcipherdriver.h"

#include <QSqlDriverPlugin>

//! Makes QSqlDatabase::addDatabase("QSQLCIPHER") find the driver.
class SqlCipherDriverPlugin : public QSqlDriverPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.Qt.QSqlDriverFactoryInterface" FILE "qsqlcipher.json")

public:
    QSqlDriver *create(const QString &name) override
    {
        return name == QLatin1String("QSQLCIPHER") ? new Jiandu::SqlCipherDriver : nullptr;
    }
};

#include "qsqlcipherplugin.moc"
