#pragma once

#include <QImage>
#include <QWidget>
#include <core/sitedescription.h>

namespace Jiandu {

//! One camera in 录像回放: the recorded frame due at the playback position, the camera's
//! name, the frame's own time, the operator's watermark, and what is happening when there is
//! no picture (loading, no recording at this time).
class PlaybackView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qint64 frameTimeMs READ frameTimeMs)
    Q_PROPERTY(QImage frame READ frame)
public:
    PlaybackView(const SiteCamera &camera, const QString &operatorName, const QString &workstation,
                 QWidget *parent = nullptr);

    const SiteCamera &camera() const { return m_camera; }
    void showFrame(const QImage &frame, qint64 timeMs);
    //! Empty: the frame is current. Otherwise said over the (dimmed) picture.
    void setStatus(const QString &status);
    const QImage &frame() const { return m_frame; }
    qint64 frameTimeMs() const { return m_frameTimeMs; }
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    SiteCamera m_camera;
    QString m_operator;
    QString m_workstation;
    QImage m_frame;
    qint64 m_frameTimeMs = -1;
    QString m_status;
};

} // namespace Jiandu
