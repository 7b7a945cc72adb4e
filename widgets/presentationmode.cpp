// SPDX-License-Identifier: MIT
#include "presentationmode.h"

#include "analysistabs.h"
#include "analysisview.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>

namespace Quadrant {

namespace {
constexpr double s_fontScale = 1.5; // read from the back of a meeting room
}

PresentationMode::PresentationMode(QMainWindow *window, AnalysisTabs *tabs)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
{
    // Active only while presenting, so that the keys keep their usual meaning otherwise.
    const QList<std::pair<QKeySequence, std::function<void()>>> keys{
        {QKeySequence(Qt::Key_PageDown), [this] { step(1); }},
        {QKeySequence(Qt::Key_Right), [this] { step(1); }},
        {QKeySequence(Qt::Key_Space), [this] { step(1); }},
        {QKeySequence(Qt::Key_PageUp), [this] { step(-1); }},
        {QKeySequence(Qt::Key_Left), [this] { step(-1); }},
        {QKeySequence(Qt::Key_Escape), [this] { leave(); }}};
    for (const auto &[key, act] : keys) {
        auto *shortcut = new QShortcut(key, window);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setEnabled(false);
        connect(shortcut, &QShortcut::activated, this, act);
        m_keys << shortcut;
    }
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_windowState = m_window->windowState();
    m_font = QApplication::font();
    QFont larger = m_font;
    larger.setPointSizeF(m_font.pointSizeF() * s_fontScale);
    QApplication::setFont(larger);
    m_hidden.clear();
    for (QWidget *widget : {static_cast<QWidget *>(m_window->menuBar()),
                            static_cast<QWidget *>(m_window->statusBar()),
                            static_cast<QWidget *>(m_tabs->tabBar())})
        if (widget->isVisible()) {
            widget->hide();
            m_hidden << widget;
        }
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        if (dock->isVisible()) {
            dock->hide();
            m_hidden << dock;
        }
    showAnalysesOnly(true);
    for (QShortcut *key : std::as_const(m_keys))
        key->setEnabled(true);
    m_window->showFullScreen();
    m_tabs->recomputeAll(); // the charts take the larger type when drawn
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    for (QShortcut *key : std::as_const(m_keys))
        key->setEnabled(false);
    QApplication::setFont(m_font);
    for (QWidget *widget : std::as_const(m_hidden))
        widget->show();
    m_hidden.clear();
    showAnalysesOnly(false);
    m_window->setWindowState(m_windowState);
    m_tabs->recomputeAll();
    emit activeChanged(false);
}

void PresentationMode::step(int by)
{
    const QVector<AnalysisView *> views = m_tabs->views();
    if (views.isEmpty())
        return;
    const int at = std::max(0, int(views.indexOf(m_tabs->current())));
    const int next = std::clamp(at + by, 0, int(views.size()) - 1);
    m_tabs->setCurrentWidget(views[next]);
}

void PresentationMode::showAnalysesOnly(bool presenting)
{
    for (AnalysisView *view : m_tabs->views())
        view->setPresenting(presenting);
    // The project overview is not a slide: start on the first analysis.
    if (presenting && !m_tabs->current() && !m_tabs->views().isEmpty())
        m_tabs->setCurrentWidget(m_tabs->views().first());
}

} // namespace Quadrant
