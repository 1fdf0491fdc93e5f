#pragma once

#include "../data/trackrepository.h"
#include "../journey/stay.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QTableWidget;

namespace Jiandu {

class IShell;
class Journeys;
class LivePlace;
class PlaceHistory;
class ReplayView;

//! 场所人员档案: everything about one stay on one page — the desk's steps with their times and
//! officers, the rooms with how long in each, the stay replayed on the plan with a time slider
//! and a speed, its papers, and its trajectory video and disc. Opened for a stay in the area or
//! one long gone; reads the cache, never waits for it.
class StayHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    StayHistoryDialog(IShell &shell, const LivePlace &place, Journeys &journeys,
                      PlaceHistory &history, const QString &stayUid, QWidget *parent = nullptr);

private:
    void showStay(const CaseArea::Stay &stay);
    void showRooms(const QList<TrackRepository::Row> &rows);
    void showPhotos(const CaseArea::Stay &stay);
    void setMoment(qint64 ms);
    void exportVideo();
    void makeDisc(const QString &video, const QString &captions, const QString &sha256);
    qint64 endMs() const;

    IShell &m_shell;
    const LivePlace &m_place;
    Journeys &m_journeys;
    PlaceHistory &m_history;
    CaseArea::Stay m_stay;
    QList<CaseArea::RoomStretch> m_stretches;
    QLabel *m_header;
    QTableWidget *m_steps;
    QTableWidget *m_rooms;
    QListWidget *m_photos;
    ReplayView *m_replay;
    QSlider *m_slider;
    QLabel *m_moment;
    QPushButton *m_play;
    QComboBox *m_speed;
    QPushButton *m_documents;
    QPushButton *m_video;
    QTimer m_player;
};

} // namespace Jiandu
