#include "webcompositing.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap::WebCompositing {

namespace {

//! The OpenGL renderer's name ("llvmpipe (LLVM 15.0.6, 256 bits)"), empty without OpenGL.
QString openGlRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *name =
        reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = name ? QString::fromUtf8(name) : QString();
    context.doneCurrent();
    return renderer;
}

} // namespace

QString choose()
{
    static const QString chosen = [] {
        if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
            return u"as QT_QUICK_BACKEND says (%1)"_s.arg(qEnvironmentVariable("QT_QUICK_BACKEND"));
        const QString renderer = openGlRenderer();
        const QString lower = renderer.toLower();
        if (!renderer.isEmpty() && !lower.contains(u"llvmpipe"_s) &&
            !lower.contains(u"softpipe"_s) && !lower.contains(u"software"_s) &&
            !lower.contains(u"swrast"_s))
            return u"OpenGL on %1"_s.arg(renderer);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return renderer.isEmpty()
                   ? u"software (no OpenGL)"_s
                   : u"software (OpenGL here is drawn by the processor: %1)"_s.arg(renderer);
    }();
    return chosen;
}

} // namespace Jiandu::CommandMap::WebCompositing
