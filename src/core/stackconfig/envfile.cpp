#include "envfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace artgen::core {

Result<EnvFile> EnvFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error::Code code =
            file.exists() ? Error::Code::PermissionDenied : Error::Code::NotFound;
        return fail(Error(code, tr("Cannot read the environment file %1.").arg(path),
                          file.errorString(),
                          tr("Check that the stack folder is right and the file is readable.")));
    }
    return parse(file.readAll());
}

static QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
        return v.mid(1, v.size() - 2);
    // An unquoted value ends at an inline comment (" #"), as in compose.
    const qsizetype hash = v.indexOf(QStringLiteral(" #"));
    return hash >= 0 ? v.left(hash).trimmed() : v;
}

EnvFile EnvFile::parse(const QByteArray& text)
{
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    EnvFile env;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QStringLiteral("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        const QString key = eq > 0 ? line.left(eq).trimmed() : QString();
        if (!keyRe.match(key).hasMatch()) {
            env.m_malformed << i + 1;
            continue;
        }
        env.m_values.insert(key, unquote(line.mid(eq + 1)));
    }
    return env;
}

QString EnvFile::value(const QString& key, const QString& fallback) const
{
    return m_values.value(key, fallback);
}

} // namespace artgen::core
