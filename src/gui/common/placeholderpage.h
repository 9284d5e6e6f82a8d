#pragma once

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace artgen::gui {

// A page whose feature has not landed yet. It says so plainly and tells what the page will do,
// so nobody mistakes an empty page for a broken one.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    // The texts are produced by functions so they are translated again on a language switch.
    PlaceholderPage(std::function<QString()> title, std::function<QString()> description,
                    QWidget* parent = nullptr);
    ~PlaceholderPage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PlaceholderPage> m_ui;
    std::function<QString()> m_title;
    std::function<QString()> m_description;
};

} // namespace artgen::gui
