#pragma once

#include <QString>

namespace Jiandu::CommandMap::WebCompositing {

//! How the map's web page reaches the screen, chosen once before the first page exists: the
//! scene graph on OpenGL where the workstation has a graphics card, the software scene graph
//! where its OpenGL is itself drawn by the processor (llvmpipe and the like, a virtual
//! machine, a remote desktop) or there is none — there OpenGL costs a core more for the same
//! frames. QT_QUICK_BACKEND, when set, decides instead. Says what was chosen and why.
QString choose();

} // namespace Jiandu::CommandMap::WebCompositing
