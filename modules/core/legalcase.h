#pragma once

#include <QString>

namespace Jiandu {

//! A case (案件) as the cache keeps it for review; ajbh is the key.
struct LegalCase
{
    QString ajbh;         //!< 案件编号
    QString ajmc;         //!< 案件名称
    QString ajlx;         //!< 案件类型 (刑事 / 行政)
    QString zbdw;         //!< 主办单位
    QString zbmj;         //!< 主办民警
    qint64 larqMs = 0;    //!< 立案日期
    qint64 updatedMs = 0; //!< last change

    friend bool operator==(const LegalCase &, const LegalCase &) = default;
};

//! A file that belongs to a case: an evidence clip, a transcript, a document.
struct CaseFile
{
    enum class Kind { Invalid = 0, Clip, Transcript, Document };
    QString ajbh;
    QString name; //!< unique within the case, e.g. "讯问-2026-11-23.mp4"
    Kind kind = Kind::Invalid;
    QString path; //!< where the file is on this computer
    qint64 bytes = 0;
    QString sha256; //!< hex, of the file's content

    friend bool operator==(const CaseFile &, const CaseFile &) = default;
};

} // namespace Jiandu
