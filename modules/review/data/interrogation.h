#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Jiandu::Review {

//! A file of an interrogation as it was added: never changed by Jiandu, known by its hash.
struct ReviewFile
{
    enum class Role { Recording, Record, Transcript };
    Role role = Role::Recording;
    QString name;
    QString path;
    QString sha256;
    qint64 bytes = 0;
    qint64 offsetMs = 0; //!< a recording's start after the first recording's (cameras apart)

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
};

//! An interrogation under review: its recordings (one or several cameras, a separate sound),
//! its written record and the transcripts it arrived with.
struct Interrogation
{
    QString uid;
    QString title;
    QString ajbh; //!< the case it belongs to, when known
    qint64 createdMs = 0;
    QString createdBy;
    QList<ReviewFile> files;

    QList<ReviewFile> filesIn(ReviewFile::Role role) const
    {
        QList<ReviewFile> list;
        for (const ReviewFile &f : files)
            if (f.role == role)
                list.append(f);
        return list;
    }
};

//! A derivative kept as a version: a transcript (from a file or a recognition service) or an
//! alignment (computed, or corrected by hand). Never changed once kept; its hash is of body.
struct ReviewVersion
{
    QString kind; //!< "transcript" or "alignment"
    int version = 0;
    QByteArray body; //!< JSON
    QString sha256;
    int basedOn = 0; //!< an alignment's transcript version
    qint64 madeMs = 0;
    QString madeBy;
    QString note; //!< how it was made: "file …", "asr openai …", "aligned", "pair 5 by hand"
};

struct Bookmark
{
    QString uid;
    QString interrogation;
    qint64 atMs = 0; //!< in the recording
    QString note;
    qint64 madeMs = 0;
    QString madeBy;
};

//! Who did what, when, to which interrogation: views, plays, exports, re-alignments.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;
    QString action; //!< "create", "view", "play", "export", "transcribe", "realign", "bookmark" …
    QString interrogation;
    QString detail;
};

} // namespace Jiandu::Review
