#include "tilescheme.h"

#include "../render/basemaprenderer.h"
#include "../tiles/mbtiles.h"
#include "../tiles/tileserver.h"

#include <QBuffer>
#include <QCache>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTiles, "jiandu.commandmap.tiles")

namespace Jiandu::CommandMap {

//! Lives on the scheme's thread: opens the source there and answers each request.
class TileScheme::Worker : public QObject
{
public:
    Worker(QString source, QString cacheDirectory, QList<SiteGeography::Area> jurisdictions)
        : m_source(std::move(source))
        , m_cacheDirectory(std::move(cacheDirectory))
        , m_jurisdictions(std::move(jurisdictions))
        , m_drawn(64 << 20) // bytes of PNG
    {}

    using Answer = std::function<void(const QByteArray &, const QString &, const QString &)>;

    //! Tile z/x/y, with the jurisdictions drawn in when \a withJurisdictions.
    void fetch(int z, int x, int y, bool withJurisdictions, const Answer &answer)
    {
        if (!withJurisdictions || m_jurisdictions.isEmpty()) {
            fetchBase(z, x, y, answer);
            return;
        }
        const QString key = u"%1/%2/%3"_s.arg(z).arg(x).arg(y);
        if (const QByteArray *drawn = m_drawn.object(key)) {
            answer(*drawn, u"image/png"_s, {});
            return;
        }
        fetchBase(z, x, y,
                  [this, key, z, x, y, answer](const QByteArray &data, const QString &mimeType,
                                               const QString &problem) {
                      QImage image;
                      if (data.isEmpty() || !image.loadFromData(data)) {
                          answer(data, mimeType, problem);
                          return;
                      }
                      image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
                      {
                          QPainter painter(&image);
                          BaseMapRenderer::drawJurisdictions(painter, m_jurisdictions, z, x, y);
                      }
                      QByteArray png;
                      QBuffer buffer(&png);
                      buffer.open(QIODevice::WriteOnly);
                      image.save(&buffer, "PNG");
                      m_drawn.insert(key, new QByteArray(png), int(png.size()));
                      answer(png, u"image/png"_s, problem);
                  });
    }

    void fetchBase(int z, int x, int y, const Answer &answer)
    {
        if (m_source.startsWith(u"http://"_s) || m_source.startsWith(u"https://"_s)) {
            if (!m_server)
                m_server = std::make_unique<TileServer>(
                    TileServer::Options{m_source, m_cacheDirectory}, this);
            m_server->fetch(z, x, y, [answer](const Result<TileServer::Tile> &tile) {
                if (!tile)
                    answer({}, {}, tile.error().message);
                else
                    answer(tile->data, mimeOf(tile->data),
                           tile->stale ? tr("The tile server does not answer; the map shows "
                                            "tiles kept from before.")
                                       : QString());
            });
            return;
        }
        if (!m_tiles && m_openError.isEmpty()) {
            auto opened = MbTiles::open(m_source);
            if (opened)
                m_tiles = std::move(opened).value();
            else
                m_openError = opened.error().text();
        }
        if (!m_tiles) {
            answer({}, {}, m_openError);
            return;
        }
        auto tile = m_tiles->tile(z, x, y);
        if (!tile)
            answer({}, {}, tile.error().text());
        else if (!*tile)
            answer({}, {}, {});
        else
            answer(**tile, mimeOf(**tile), {});
    }

    static QString mimeOf(const QByteArray &data)
    {
        if (data.startsWith("\x89PNG"))
            return u"image/png"_s;
        if (data.startsWith("\xff\xd8"))
            return u"image/jpeg"_s;
        if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
            return u"image/webp"_s;
        return u"application/octet-stream"_s;
    }

    static QString tr(const char *text)
    {
        return QCoreApplication::translate("Jiandu::CommandMap::TileScheme", text);
    }

private:
    QString m_source;
    QString m_cacheDirectory;
    QList<SiteGeography::Area> m_jurisdictions;
    QCache<QString, QByteArray> m_drawn;
    std::unique_ptr<MbTiles> m_tiles;
    QString m_openError;
    std::unique_ptr<TileServer> m_server;
};

void TileScheme::registerScheme()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
}

TileScheme::TileScheme(const QString &source, const QString &cacheDirectory,
                       const QList<SiteGeography::Area> &jurisdictions, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_worker(new Worker(source, cacheDirectory, jurisdictions))
{
    setObjectName(u"mapTiles"_s);
    m_thread.setObjectName(u"map-tiles"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TileScheme::~TileScheme()
{
    m_thread.quit();
    m_thread.wait();
}

void TileScheme::requestStarted(QWebEngineUrlRequestJob *job)
{
    static const QRegularExpression path(u"^/base/(\\d{1,2})/(\\d{1,8})/(\\d{1,8})(\\.\\w+)?$"_s);
    const auto match = path.match(job->requestUrl().path());
    if (!match.hasMatch()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const quint64 request = m_nextRequest++;
    m_jobs.insert(request, job);
    connect(job, &QObject::destroyed, this, [this, request] { m_jobs.remove(request); });
    const int z = match.captured(1).toInt(), x = match.captured(2).toInt(),
              y = match.captured(3).toInt();
    const bool withJurisdictions =
        QUrlQuery(job->requestUrl()).queryItemValue(u"jurisdictions"_s) == u"1"_s;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self = QPointer(this), request, z, x, y,
                                         withJurisdictions] {
        worker->fetch(
            z, x, y, withJurisdictions,
            [self, request](const QByteArray &data, const QString &mimeType, const QString &error) {
                if (self)
                    QMetaObject::invokeMethod(self.data(), [self, request, data, mimeType, error] {
                        if (self)
                            self->answer(request, data, mimeType, error);
                    });
            });
    });
}

void TileScheme::answer(quint64 request, const QByteArray &data, const QString &mimeType,
                        const QString &error)
{
    if (error != m_lastProblem) {
        m_lastProblem = error;
        if (!error.isEmpty())
            qCWarning(lcTiles) << error;
        emit problem(error);
    }
    const QPointer<QWebEngineUrlRequestJob> job = m_jobs.take(request);
    if (!job)
        return;
    if (data.isEmpty()) {
        ++m_missing;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    ++m_served;
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    job->reply(mimeType.toUtf8(), buffer);
}

} // namespace Jiandu::CommandMap
