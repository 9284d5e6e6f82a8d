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
    if (!code.isEmpty() && code != QStringLiteral("system"))
        return availableLanguages().contains(code) ? code : QStringLiteral("en");
    // The system's UI languages follow LANGUAGE, then LC_ALL/LC_MESSAGES/LANG; the default
    // QLocale cannot tell: apply() sets it to the chosen language.
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.section(u'-', 0, 0).section(u'_', 0, 0);
        if (availableLanguages().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QLocale LanguageManager::formatLocale(const QString& lang)
{
    // The user's country when they speak the chosen language (en_GB keeps its dates), else the
    // language's own. Never QLocale::system() itself: under LANGUAGE=ru with LANG=en_US it is
    // named ru_RU but writes numbers from LC_NUMERIC, the English way ("50,000").
    const QString system = QLocale::system().name();
    if (system.section(u'_', 0, 0) == lang)
        return QLocale(system);
    return QLocale(lang);
}

QString LanguageManager::apply(const QString& code)
{
    const QString lang = resolve(code);
    if (lang == m_current)
        return lang;
    removeTranslators();
    // English too: artgen_en holds the plural forms of the %n messages ("1 table", "2 tables");
    // without it English shows the source's "table(s)".
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
    // Numbers, dates and sizes follow the words: every QLocale() formats in the chosen
    // language. Set before the translators send LanguageChange, so retranslated texts use it.
    QLocale::setDefault(formatLocale(lang));
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
