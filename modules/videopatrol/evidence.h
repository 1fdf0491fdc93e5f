#pragma once

#include <QCoreApplication>
#include <QImage>
#include <core/result.h>

class QWidget;

namespace Jiandu {

class IShell;
struct SiteCamera;

//! What an operator keeps from what they watched, live or played back: snapshots (抓拍)
//! and findings (发现问题, a note with the snapshot of that moment). Both tell the operator
//! how it went.
class Evidence
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Evidence)

public:
    //! Saves \a frame (seen at \a timeMs) under the snapshots folder.
    static Result<QString> saveSnapshot(IShell &shell, const SiteCamera &camera,
                                        const QImage &frame, qint64 timeMs);
    //! Asks for the note, then stores the finding with \a frame as its snapshot.
    static void reportFinding(IShell &shell, QWidget *parent, const SiteCamera &camera,
                              const QImage &frame, qint64 seenAtMs);
};

} // namespace Jiandu
