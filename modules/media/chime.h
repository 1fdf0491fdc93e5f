#pragma once

#include "mediaexport.h"

namespace Jiandu {

//! A short attention tone on the default sound output (alerts). Returns at once; a
//! workstation without a sound device stays silent and says so in the log.
class JIANDU_MEDIA_EXPORT Chime
{
public:
    static void play();
};

} // namespace Jiandu
