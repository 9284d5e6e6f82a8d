// The start-up baseline: a bare QMainWindow built with the same Qt and flags as artgen-panel,
// measured the same way (FirstPaintWatcher prints the time from process start to first paint).
#include "app/firstpaintwatcher.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    artgen::gui::FirstPaintWatcher watcher;
    watcher.watch(&window);
    window.show();
    return app.exec();
}
