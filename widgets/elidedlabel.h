// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Quadrant {

// A one-line label that gives up width when its neighbours need it: it asks for at most a share
// of its window's width, and its text is cut with "…" in the middle rather than pushing them
// aside, and shown whole in its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    // The most of the window's width it asks for, in percent (100 by default).
    void setShare(int percent);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
    bool m_watchingWindow = false;
    int m_share = 100;
};

} // namespace Quadrant
