// SPDX-License-Identifier: MIT
#include "elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>

namespace Quadrant {

void ElidedLabel::setFullText(const QString &text)
{
    // Its share follows the window's width.
    if (!m_watchingWindow && window() != this) {
        window()->installEventFilter(this);
        m_watchingWindow = true;
    }
    m_fullText = text;
    setToolTip(text);
    updateGeometry();
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few words; the rest of the width goes to whoever needs it.
    return QSize(fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height());
}

QSize ElidedLabel::sizeHint() const
{
    // At most 55 % of the window: a status bar's messages keep the rest.
    int width = fontMetrics().horizontalAdvance(m_fullText) + 8;
    if (const QWidget *top = window(); top && top != this)
        width = std::min(width, top->width() * 55 / 100);
    return QSize(width, QLabel::sizeHint().height());
}

bool ElidedLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize)
        updateGeometry();
    return QLabel::eventFilter(watched, event);
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    setText(fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, std::max(0, width() - 8)));
}

} // namespace Quadrant
