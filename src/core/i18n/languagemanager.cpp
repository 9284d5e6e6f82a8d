#include "languagemanager.h"

#include "logging/categories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace artgen::core {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString LanguageManager::resolve(const QString& code)
{
    QString lang = code;
    if (lang.isEmpty() || lang == QStringLiteral("system")) {
        // The default QLocale is the user's (LANGUAGE/LC_ALL/LANG): the panel never changes it.
        lang = QLocale().name().section(u'_', 0, 0);
    }
    return availableLanguages().contains(lang) ? lang : QStringLiteral("en");
}

QString LanguageManager::apply(const QString& code)
{
    const QString lang = resolve(code);
    if (lang == m_current)
        return lang;
    removeTranslators();
    // English is the source language, but its .qm carries the plural forms ("%n line(s)" ->
    // "1 line" / "2 lines"): without it English plurals read "line(s)".
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/artgen_") + lang))
        m_translators.push_back(std::move(ours));
    else
        qCWarning(lcCore) << "no built-in translation for" << lang;
    if (lang != QStringLiteral("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_translators.push_back(std::move(qt));
    }
    for (const auto& t : m_translators)
        QCoreApplication::installTranslator(t.get());
    m_current = lang;
    Q_EMIT languageChanged(lang);
    return lang;
}

void LanguageManager::removeTranslators()
{
    for (const auto& t : m_translators)
        QCoreApplication::removeTranslator(t.get());
    m_translators.clear();
}

} // namespace artgen::core
