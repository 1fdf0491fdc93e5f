#pragma once

#include "mediaexport.h"

#include <QObject>
#include <functional>

namespace Jiandu {

//! The one clock that several cameras' playback follows, so they stay in step: a wall-clock
//! position that runs at a rate (0.25×–8×) while playing and stands still while paused.
class JIANDU_MEDIA_EXPORT PlaybackClock : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinRate = 0.25;
    static constexpr double kMaxRate = 8.0;
    using Monotonic = std::function<qint64()>; //!< ms, only ever increasing

    explicit PlaybackClock(Monotonic monotonic = {}, QObject *parent = nullptr);

    qint64 position() const;
    bool isPlaying() const { return m_playing; }
    double rate() const { return m_rate; }

    void play();
    void pause();
    void setRate(double rate); //!< clamped to [kMinRate, kMaxRate]
    //! Jumps to \a wallMs; players re-read from there (seeked()).
    void seek(qint64 wallMs);
    //! Moves to \a wallMs without re-reading (a frame step within what is decoded).
    void moveTo(qint64 wallMs);

Q_SIGNALS:
    void seeked(qint64 wallMs);
    void stateChanged();

private:
    void reanchor();

    Monotonic m_monotonic;
    qint64 m_anchorWallMs = 0;
    qint64 m_anchorMonotonicMs = 0;
    double m_rate = 1.0;
    bool m_playing = false;
};

} // namespace Jiandu
