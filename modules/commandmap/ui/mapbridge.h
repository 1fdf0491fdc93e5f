#pragma once

#include <QJsonObject>
#include <QObject>

namespace Jiandu::CommandMap {

//! The map page's end of the web channel (the page knows it as "jiandu"): what the page says
//! arrives as signals of this object; what the client sends the page goes out through its
//! other signals. No logic of its own, so the page's protocol is read here in one place.
class MapBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // From the page.
    Q_INVOKABLE void pageReady() { emit ready(); }
    Q_INVOKABLE void viewChanged(double west, double south, double east, double north, int zoom)
    {
        emit viewMoved(west, south, east, north, zoom);
    }
    Q_INVOKABLE void clicked(const QString &kind, const QString &id)
    {
        emit objectClicked(kind, id);
    }
    Q_INVOKABLE void pointChosen(double lat, double lon) { emit pointPicked(lat, lon); }
    Q_INVOKABLE void areaDrawn(const QJsonObject &area) { emit areaPicked(area); }
    Q_INVOKABLE void drawn(double batch) { emit batchDrawn(qint64(batch)); }
    Q_INVOKABLE void log(const QString &level, const QString &message)
    {
        emit pageLog(level, message);
    }

Q_SIGNALS:
    // To the page.
    void setup(const QJsonObject &base);
    void fixedLayers(const QJsonObject &layers);
    void viewData(const QJsonObject &layers);
    void heat(const QJsonObject &cells);
    void command(const QString &name, const QJsonObject &args);

    // From the page, for the client.
    void ready();
    void viewMoved(double west, double south, double east, double north, int zoom);
    void objectClicked(const QString &kind, const QString &id);
    void pointPicked(double lat, double lon);
    void areaPicked(const QJsonObject &area);
    void batchDrawn(qint64 batch);
    void pageLog(const QString &level, const QString &message);
};

} // namespace Jiandu::CommandMap
