// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

namespace Quadrant {

// Lets any widget accept one kind of drag from the catalog (events or properties): installed
// as an event filter, it accepts drags carrying `mimeType` and hands the dropped text over.
class DropTarget : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QString &payload)>;
    // Installs itself on `widget` (a view's viewport for item views) and sets acceptDrops.
    static DropTarget *install(QWidget *widget, const char *mimeType, Handler handler);
    // Says why a drop on `target` was refused, in its window's status line. A drop of the
    // other catalog's kind (an event where a property goes) is refused this way by itself.
    static void refuse(QWidget *target, const QString &reason);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DropTarget(QWidget *widget, const char *mimeType, Handler handler);
    QString m_mimeType;
    Handler m_handler;
};

} // namespace Quadrant
