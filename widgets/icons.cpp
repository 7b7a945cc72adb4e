// SPDX-License-Identifier: MIT
#include "icons.h"

#include <QFile>

// resources/quadrant.qrc is compiled into this static library; a static library's resources are
// registered by name, outside any namespace.
static void registerResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(quadrant);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace Quadrant::Icons {

QIcon application()
{
    registerResources();
    return QIcon(QStringLiteral(":/icons/quadrant.svg"));
}

QIcon kind(const QString &id)
{
    registerResources();
    const QString path = QStringLiteral(":/icons/kinds/") + id + QStringLiteral(".svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace Quadrant::Icons
