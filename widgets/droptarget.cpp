// SPDX-License-Identifier: MIT
#include "droptarget.h"

#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>
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

namespace {
// Every kind of drag the catalog starts, and what it carries in words.
constexpr std::pair<const char *, const char *> catalogKinds[]
    = {{EventCatalogModel::mimeType, QT_TRANSLATE_NOOP("DropTarget", "an event")},
       {PropertyCatalogModel::mimeType, QT_TRANSLATE_NOOP("DropTarget", "a property")}};

const char *kindOf(const QString &mimeType)
{
    for (const auto &[type, words] : catalogKinds)
        if (mimeType == QLatin1String(type))
            return words;
    return nullptr;
}

bool fromCatalog(const QMimeData *mime)
{
    for (const auto &kind : catalogKinds)
        if (mime->hasFormat(QString::fromLatin1(kind.first)))
            return true;
    return false;
}
} // namespace

void DropTarget::refuse(QWidget *target, const QString &reason)
{
    if (auto *window = qobject_cast<QMainWindow *>(target->window()))
        window->statusBar()->showMessage(reason, 10000);
}

bool DropTarget::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        // The other catalog kind is let in too, so that its drop can say why it is refused.
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(m_mimeType) && !fromCatalog(drag->mimeData()))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(m_mimeType)) {
            if (!fromCatalog(drop->mimeData()))
                return false;
            drop->ignore();
            const char *wanted = kindOf(m_mimeType);
            refuse(qobject_cast<QWidget *>(watched),
                   tr("This field takes %1, not %2: drag one from the catalog's %3 tab.")
                       .arg(wanted ? tr(wanted) : tr("something else"),
                            m_mimeType == QLatin1String(catalogKinds[0].first)
                                ? tr(catalogKinds[1].second)
                                : tr(catalogKinds[0].second),
                            m_mimeType == QLatin1String(catalogKinds[0].first) ? tr("Events")
                                                                               : tr("Properties")));
            return true;
        }
        drop->acceptProposedAction();
        m_handler(QString::fromUtf8(drop->mimeData()->data(m_mimeType)));
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace Quadrant
