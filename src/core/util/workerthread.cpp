#include "workerthread.h"

namespace artgen::core {

WorkerThread::WorkerThread(const QString& name) : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(name);
}

WorkerThread::~WorkerThread()
{
    m_thread->quit();
    m_thread->wait();
}

void WorkerThread::adopt(QObject* object)
{
    Q_ASSERT(object && !object->parent());
    object->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, object, &QObject::deleteLater);
    if (!m_thread->isRunning())
        m_thread->start();
}

} // namespace artgen::core
