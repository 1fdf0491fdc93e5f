#pragma once

#include "asrengine.h"

#include <QList>

namespace Jiandu::Review {

//! The speech recognition engines installed (plugins in the "asr" folder of the plugin
//! path, beside the installation's other plugins), loaded once.
class AsrEngines
{
public:
    static QList<AsrEngine *> all();
    static AsrEngine *find(const QString &id);
};

} // namespace Jiandu::Review
