// SPDX-License-Identifier: MIT
#include "droptarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace Quadrant {

DropTarget::DropTarget(QWidget *widget, const char *mimeType, Handler handler)
    : QObject(widget)
    , m_mimeType(QString::fromLatin1(mimeType))
    , m_handler(std::move(handler))
{}

DropTarget *DropTarget::install(QWidget *widget, const char *mimeType, Handler handler)
{
    auto *target = new DropTarget(widget, mimeType, std::move(handler));
    widget->setAcceptDrops(true);
    widget->installEventFilter(target);
    return target;
}

bool DropTarget::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(m_mimeType))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(m_mimeType))
            return false;
        drop->acceptProposedAction();
        m_handler(QString::fromUtf8(drop->mimeData()->data(m_mimeType)));
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace Quadrant
