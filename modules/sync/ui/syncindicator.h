#pragma once

#include <QToolButton>

namespace Jiandu {

class SyncService;

//! The status bar's word on sync: a coloured mark and a few words (synced at, syncing with
//! records and rate, server away, error); the reason in its tooltip; a click opens the page.
class SyncIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncIndicator(SyncService &service, QWidget *parent = nullptr);

private:
    void refresh();
    SyncService &m_service;
};

} // namespace Jiandu
