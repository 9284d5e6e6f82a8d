#pragma once

// Golden files of the configuration documents' tests (tests/unit/data/stackconfig).

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace stackconfigdata {

inline QString path(const QString& name)
{
    return QStringLiteral(ARTGEN_TEST_SOURCE_DIR "/tests/unit/data/stackconfig/") + name;
}

inline QByteArray demo(const QString& relative)
{
    QFile f(QStringLiteral(ARTGEN_TEST_SOURCE_DIR "/resources/demo-stack/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A golden file, or with "demo/" the demo stack's own file (the unedited inputs are not copied).
inline QByteArray read(const QString& name)
{
    if (name.startsWith(u"demo/"))
        return demo(name.mid(5));
    QFile f(path(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

inline QByteArray crlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

} // namespace stackconfigdata
