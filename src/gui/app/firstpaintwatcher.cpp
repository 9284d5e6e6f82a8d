#include "firstpaintwatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace artgen::gui {

namespace {
// Milliseconds since this process started, from /proc/self/stat (start time in clock ticks
// since boot) and CLOCK_BOOTTIME, so the figure includes dynamic loading and static init.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 overall
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}
} // namespace

FirstPaintWatcher::FirstPaintWatcher(QObject* parent) : QObject(parent) {}

void FirstPaintWatcher::watch(QWidget* window)
{
    window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        watched->removeEventFilter(this);
        // Measure after the paint has been delivered to the window, then leave.
        QTimer::singleShot(0, this, [] {
            std::printf("first-paint-ms %.1f\n", msSinceProcessStart());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace artgen::gui
