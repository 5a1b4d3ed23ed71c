#include "ImportPage.h"

#include "ImportNames.h"
#include "ImportWizard.h"
#include "NoSettingPanel.h"
#include "ReviewQueuePage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace enc::ui {

ImportPage::ImportPage(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_wizard(new ImportWizard(this)),
      m_review(new ReviewQueuePage(this)), m_noSetting(new NoSettingPanel(this))
{
    setObjectName(QLatin1String(names::ImportPage));
    m_tabs->setObjectName(QLatin1String(names::ImportTabs));
    m_tabs->addTab(m_wizard, tr("&Import a file"));
    m_tabs->addTab(m_review, tr("&Review queue"));
    m_tabs->addTab(m_noSetting, tr("No &known setting"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_wizard, &ImportWizard::imported, this, [this]() {
        m_review->refresh();
        m_noSetting->refresh();
        emit changed();
    });
    connect(m_review, &ReviewQueuePage::changed, this, &ImportPage::changed);
    connect(m_review, &ReviewQueuePage::countChanged, this, &ImportPage::updateReviewTab);
    connect(m_noSetting, &NoSettingPanel::changed, this, &ImportPage::changed);
}

void ImportPage::setDatabase(Database *db)
{
    m_wizard->setDatabase(db);
    m_review->setDatabase(db);
    m_noSetting->setDatabase(db);
}

void ImportPage::refresh()
{
    if (!m_wizard->isBusy())
        m_wizard->refreshBatches();
    m_review->refresh();
    m_noSetting->refresh();
}

void ImportPage::openFile(const QString &path)
{
    m_tabs->setCurrentWidget(m_wizard);
    m_wizard->openFile(path);
}

void ImportPage::updateReviewTab(int open)
{
    m_tabs->setTabText(m_tabs->indexOf(m_review),
                       open > 0 ? tr("&Review queue (%1)").arg(open) : tr("&Review queue"));
}

} // namespace enc::ui
