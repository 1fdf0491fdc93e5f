#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWebEngineUrlSchemeHandler>
#include <commandmap/geo/sitegeography.h>

class QWebEngineUrlRequestJob;

namespace Jiandu::CommandMap {

//! The map's tiles for the page, at jiandu-tiles:/base/{z}/{x}/{y}: read from an MBTiles
//! file or fetched from the agency's tile server (with its disk cache) on a thread of their
//! own, so a slow disk or server never holds the UI; a tile that is not there is answered
//! "not found" (the page draws a placeholder) and a tile server that is gone is said once.
//! With "?jurisdictions=1" the units' jurisdictions are drawn into the tile (kept in memory
//! once drawn): the page then needs no layer of its own over the whole map for them.
class TileScheme : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_PROPERTY(qint64 served READ served)
    Q_PROPERTY(qint64 missing READ missing)

public:
    static constexpr const char *kScheme = "jiandu-tiles";
    //! Registers the scheme with the web engine: once, before any page exists.
    static void registerScheme();

    //! \a source: an .mbtiles file or an http(s) URL template; \a cacheDirectory for a
    //! server's tiles.
    TileScheme(const QString &source, const QString &cacheDirectory,
               const QList<SiteGeography::Area> &jurisdictions = {}, QObject *parent = nullptr);
    ~TileScheme() override;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    qint64 served() const { return m_served; }
    qint64 missing() const { return m_missing; }

Q_SIGNALS:
    //! The source cannot be read or reached, in words; empty when it is again.
    void problem(const QString &text);

private:
    void answer(quint64 request, const QByteArray &data, const QString &mimeType,
                const QString &error);

    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QHash<quint64, QPointer<QWebEngineUrlRequestJob>> m_jobs;
    quint64 m_nextRequest = 1;
    qint64 m_served = 0;
    qint64 m_missing = 0;
    QString m_lastProblem;
};

} // namespace Jiandu::CommandMap
