#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

class QTranslator;

namespace artgen::core {

// Installs the translators for the chosen UI language on the application: ours (built into the
// binary from translations/*.ts) and Qt's own (standard dialog buttons). Switching at run time
// makes Qt send LanguageChange to every widget, which retranslates itself. The default QLocale
// follows the language, so numbers and dates are written the chosen language's way.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // Codes the panel ships ("en", "ru").
    static QStringList availableLanguages();
    // "system" resolves to the system locale's language when we ship it, else English.
    static QString resolve(const QString& code);
    // The locale numbers and dates are written in for a language: the system's country when
    // the system speaks that language, else the language's own.
    static QLocale formatLocale(const QString& lang);

    // Returns the language actually applied.
    QString apply(const QString& code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QString m_current;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace artgen::core
