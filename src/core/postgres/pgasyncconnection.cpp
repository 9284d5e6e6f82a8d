#include "pgasyncconnection.h"

#include "pgfaultclassifier.h"

#include <QSocketNotifier>
#include <QTimer>
#include <libpq-fe.h>
#include <vector>

namespace artgen::core {

PgAsyncConnection::PgAsyncConnection(PgConnectionInfo info, QObject* parent)
    : QObject(parent), m_info(std::move(info)), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        const QString step = m_step == Step::Connecting ? tr("connecting") : tr("a query");
        failNow(PgFaultClassifier::timeout(m_info.describe(), step, m_deadlineMs));
    });
}

PgAsyncConnection::~PgAsyncConnection()
{
    close();
}

bool PgAsyncConnection::isOpen() const
{
    return m_conn && m_step != Step::Connecting && PQstatus(m_conn) == CONNECTION_OK;
}

int PgAsyncConnection::backendPid() const
{
    return isOpen() ? PQbackendPID(m_conn) : 0;
}

void PgAsyncConnection::dropNotifiers()
{
    // Later: close() may run inside a notifier's own activated().
    for (QSocketNotifier* n : {m_read, m_write})
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
        }
    m_read = m_write = nullptr;
    m_socket = -1;
}

void PgAsyncConnection::close()
{
    m_done = nullptr; // a request cut short by close() gets no answer
    dropNotifiers();
    m_deadline->stop();
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_step = Step::Idle;
}

void PgAsyncConnection::open(int deadlineMs, Done done)
{
    close();
    m_done = std::move(done);
    m_step = Step::Connecting;
    m_deadlineMs = deadlineMs;
    m_deadline->start(deadlineMs);
    const QByteArray host = m_info.host.toUtf8(), port = QByteArray::number(m_info.port),
                     db = m_info.database.toUtf8(), user = m_info.user.toUtf8(),
                     password = m_info.password.toUtf8(), app = m_info.applicationName.toUtf8();
    // Keywords, not a conninfo string: nothing that could be logged holds the password.
    const char* keys[] = {
        "host", "port", "dbname", "user", "password", "application_name", "client_encoding",
        nullptr};
    const char* values[] = {
        host.constData(),     port.constData(), db.constData(), user.constData(),
        password.constData(), app.constData(),  "UTF8",         nullptr};
    m_conn = PQconnectStartParams(keys, values, 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        failNow(PgFaultClassifier::classify(
            {}, m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)) : tr("out of memory"),
            m_info.describe()));
        return;
    }
    PQsetnonblocking(m_conn, 1);
    m_wantWrite = true; // PQconnectPoll's contract: start as if it had said "writing"
    watchSocket();
}

void PgAsyncConnection::watchSocket()
{
    const int socket = PQsocket(m_conn);
    if (socket < 0)
        return;
    if (socket != m_socket) {
        // libpq moves to a new socket when it tries the next address.
        dropNotifiers();
        m_socket = socket;
        m_read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_read, &QSocketNotifier::activated, this, [this] { onSocket(false); });
        connect(m_write, &QSocketNotifier::activated, this, [this] { onSocket(true); });
    }
    m_read->setEnabled(!m_wantWrite);
    m_write->setEnabled(m_wantWrite);
}

void PgAsyncConnection::quietNotifiers()
{
    // An idle session has nothing to wait for; a server that ends it is noticed by the next
    // query.
    for (QSocketNotifier* n : {m_read, m_write})
        if (n)
            n->setEnabled(false);
}

void PgAsyncConnection::onSocket(bool writable)
{
    Q_UNUSED(writable)
    if (m_step == Step::Connecting)
        pollConnect();
    else if (m_step == Step::Querying)
        flushAndRead();
}

void PgAsyncConnection::pollConnect()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        m_wantWrite = false;
        watchSocket();
        return;
    case PGRES_POLLING_WRITING:
        m_wantWrite = true;
        watchSocket();
        return;
    case PGRES_POLLING_OK:
        m_step = Step::Idle;
        m_deadline->stop();
        m_wantWrite = false;
        quietNotifiers();
        finish(PgResult{});
        return;
    default:
        failNow(PgFaultClassifier::classify({}, QString::fromUtf8(PQerrorMessage(m_conn)),
                                            m_info.describe()));
        return;
    }
}

void PgAsyncConnection::send(const QByteArray& sql, int deadlineMs, Done done)
{
    Q_ASSERT(!isBusy());
    m_done = std::move(done);
    if (!isOpen()) {
        failNow(
            PgFaultClassifier::classify({}, tr("connection to server lost"), m_info.describe()));
        return;
    }
    m_result = PgResult{};
    m_sqlState.clear();
    m_error.clear();
    m_clock.start();
    m_deadlineMs = deadlineMs;
    m_deadline->start(deadlineMs);
    if (!PQsendQuery(m_conn, sql.constData())) {
        failNow(PgFaultClassifier::classify({}, QString::fromUtf8(PQerrorMessage(m_conn)),
                                            m_info.describe()));
        return;
    }
    m_step = Step::Querying;
    flushAndRead();
}

void PgAsyncConnection::flushAndRead()
{
    const int flushed = PQflush(m_conn);
    if (flushed < 0) {
        failNow(PgFaultClassifier::classify({}, QString::fromUtf8(PQerrorMessage(m_conn)),
                                            m_info.describe()));
        return;
    }
    m_wantWrite = flushed == 1;
    watchSocket();
    if (!PQconsumeInput(m_conn)) {
        failNow(PgFaultClassifier::classify({}, QString::fromUtf8(PQerrorMessage(m_conn)),
                                            m_info.describe()));
        return;
    }
    readResults();
}

void PgAsyncConnection::readResults()
{
    while (!PQisBusy(m_conn)) {
        PGresult* res = PQgetResult(m_conn);
        if (!res) {
            // The query is done: every result of it has been read.
            m_step = Step::Idle;
            m_deadline->stop();
            quietNotifiers();
            m_result.roundTripUs = m_clock.nsecsElapsed() / 1000;
            if (!m_error.isEmpty())
                finish(tl::unexpected(
                    PgFaultClassifier::classify(m_sqlState, m_error, m_info.describe())));
            else
                finish(m_result);
            return;
        }
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_TUPLES_OK) {
            const int nFields = PQnfields(res), nRows = PQntuples(res);
            m_result.columns.clear();
            for (int c = 0; c < nFields; ++c)
                m_result.columns << QString::fromUtf8(PQfname(res, c));
            for (int r = 0; r < nRows; ++r) {
                QStringList row;
                row.reserve(nFields);
                for (int c = 0; c < nFields; ++c)
                    row << QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c));
                m_result.rows << row;
            }
        } else if (status != PGRES_COMMAND_OK && m_error.isEmpty()) {
            m_sqlState = QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE));
            m_error = QString::fromUtf8(PQresultErrorMessage(res));
        }
        PQclear(res);
    }
    if (PQstatus(m_conn) == CONNECTION_BAD)
        failNow(PgFaultClassifier::classify({}, QString::fromUtf8(PQerrorMessage(m_conn)),
                                            m_info.describe()));
}

void PgAsyncConnection::failNow(const SourceFault& fault)
{
    Done done = std::exchange(m_done, nullptr);
    close();
    if (done)
        done(tl::unexpected(fault));
}

void PgAsyncConnection::finish(const PgReply& reply)
{
    if (Done done = std::exchange(m_done, nullptr))
        done(reply);
}

} // namespace artgen::core
