// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>
#include <QVector>

class QMainWindow;
class QShortcut;
class QWidget;

namespace Quadrant {

class AnalysisTabs;

// The window as slides for a projector (View > Presentation Mode, F11): full screen, larger
// type, the side panels, menus, status bar and each analysis's definition hidden, so that only
// the chart and its one-line result show; Page Down and Page Up go through the open analyses,
// Escape (or F11 again) brings everything back as it was.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    PresentationMode(QMainWindow *window, AnalysisTabs *tabs);

    bool isActive() const { return m_active; }
    void enter();
    void leave();
    void toggle() { m_active ? leave() : enter(); }
    // The next or previous open analysis, as the next or previous slide.
    void step(int by);

signals:
    void activeChanged(bool active);

private:
    void showAnalysesOnly(bool presenting);

    QMainWindow *m_window;
    AnalysisTabs *m_tabs;
    bool m_active = false;
    // What was shown before, to put back.
    Qt::WindowStates m_windowState;
    QVector<QWidget *> m_hidden;
    QFont m_font;
    QVector<QShortcut *> m_keys;
};

} // namespace Quadrant
