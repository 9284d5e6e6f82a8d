#pragma once

#include "util/error.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace artgen::gui {

// A line in the status bar about the secrets, never a modal box: the offer to keep a profile's
// .env secrets in the keychain ("Keep in keychain" / "Not now"), why the keychain cannot be
// used, and how many secrets were kept.
class SecretsNotice : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsNotice(QWidget* parent = nullptr);

    void showOffer(const QString& profile, int count);
    void showProblem(const core::Error& problem);
    void showImported(const QString& profile, int count);

Q_SIGNALS:
    void keepRequested(const QString& profile);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Kind { None, Offer, Problem, Imported };
    void present(Kind kind, const QString& profile, int count);
    void render();

    QLabel* m_text = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_dismiss = nullptr;
    Kind m_kind = Kind::None;
    QString m_profile;
    int m_count = 0;
    core::Error m_problem;
};

} // namespace artgen::gui
