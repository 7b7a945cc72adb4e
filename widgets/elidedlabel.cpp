// SPDX-License-Identifier: MIT
#include "elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>

#include <algorithm>

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
    const QMargins margins = contentsMargins();
    int width = fontMetrics().horizontalAdvance(m_fullText) + margins.left() + margins.right()
                + 2 * margin() + 4;
    if (const QWidget *top = window(); top && top != this)
        width = std::min(width, top->width() * m_share / 100);
    return QSize(width, QLabel::sizeHint().height());
}

void ElidedLabel::setShare(int percent)
{
    m_share = std::clamp(percent, 10, 100);
    updateGeometry();
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
    const int room = contentsRect().width() - 2 * margin();
    setText(fontMetrics().horizontalAdvance(m_fullText) <= room
                ? m_fullText
                : fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, std::max(0, room)));
}

} // namespace Quadrant
